import KalturaSchema

extension KalturaClient: CustomReflectable, CustomDebugStringConvertible {
    /// What `dump`, the debugger and the REPL show: the server, the partner, a summary of the schema and
    /// whether a session is set — never the session itself, and never the whole registry.
    public var customMirror: Mirror {
        Mirror(self, children: [
            "serviceURL": configuration.serviceURL.absoluteString,
            "partnerId": configuration.partnerId as Any,
            "schema": Self.summary(of: apiSchema),
            "wire": "\(wireFormat)",
            "ks": ks.map { _ in KalturaRedaction.placeholder } as Any,
            "requestConfiguration": requestConfiguration,
        ], displayStyle: .class)
    }

    /// One line: server, partner, schema summary, wire and session, the session redacted.
    public var debugDescription: String {
        let partner = configuration.partnerId.map { "partner \($0)" } ?? "no partner"
        let session = ks == nil ? "no ks" : "ks \(KalturaRedaction.placeholder)"
        return "KalturaClient(\(configuration.serviceURL.absoluteString), \(partner), \(Self.summary(of: apiSchema)), "
            + "wire \(wireFormat), \(session))"
    }

    /// `schema 22.15.0: 120 services, 1,400 actions, 60 plugins`.
    static func summary(of schema: Schema) -> String {
        let statistics = schema.statistics
        return "schema \(schema.apiVersion ?? "of unknown version"): \(statistics.services) services, "
            + "\(statistics.actions) actions, \(statistics.plugins) plugins"
    }
}
