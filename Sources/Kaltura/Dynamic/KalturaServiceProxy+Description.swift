import KalturaSchema

extension KalturaServiceProxy: CustomDebugStringConvertible, CustomReflectable {
    /// What the path names, as `kaltura schema describe` explains it: `client.media` lists the
    /// service's actions with their signatures, `client.metadata` the plugin's services,
    /// `client.media.list` the action's signature, description, session requirement, parameters
    /// and errors. Shown by `print`, `po`, `dump` and the REPL (no Kaltura action or service is
    /// called `debugDescription` or `customMirror`, so no call is hidden).
    public var debugDescription: String {
        path.describe(in: client.apiSchema)
    }

    /// No children: `dump` and `po` show ``debugDescription``, never the client behind the proxy.
    public var customMirror: Mirror {
        Mirror(self, children: [])
    }
}
