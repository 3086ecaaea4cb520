extension KalturaBlockingServiceProxy: CustomDebugStringConvertible, CustomReflectable {
    /// What the path names, as for ``KalturaServiceProxy/debugDescription``.
    public var debugDescription: String {
        proxy.debugDescription
    }

    /// No children: `dump` and `po` show ``debugDescription``.
    public var customMirror: Mirror {
        Mirror(self, children: [])
    }
}
