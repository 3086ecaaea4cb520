extension KalturaBlockingClient: CustomDebugStringConvertible, CustomReflectable {
    /// A few lines, as for ``KalturaClient``: server and partner, the schema's version, date and
    /// counts, and the session (redacted); never the registry, never the KS.
    public var debugDescription: String {
        KalturaClient.description(of: asyncClient, kind: "KalturaBlockingClient", root: "client")
    }

    /// What `dump` shows: the async client's summary (the session redacted).
    public var customMirror: Mirror {
        Mirror(self, children: ["asyncClient": asyncClient], displayStyle: .struct)
    }
}
