import KalturaSchema

extension KalturaClient: CustomReflectable, CustomDebugStringConvertible {
    /// What `dump`, the debugger and the REPL show: the server, the partner, a summary of the schema and
    /// whether a session is set — never the session itself, and never the whole registry.
    public var customMirror: Mirror {
        Mirror(self, children: [
            "serviceURL": configuration.serviceURL.absoluteString,
            "partnerId": configuration.partnerId as Any,
            "schema": Self.summary(of: apiSchema),
            "ks": ks.map { _ in KalturaRedaction.placeholder } as Any,
            "requestConfiguration": requestConfiguration,
        ], displayStyle: .class)
    }

    /// A few lines: server and partner, the schema's version, date and counts, and the session
    /// (redacted). `print(client)` and the REPL show this.
    ///
    /// ```text
    /// KalturaClient for http://localhost:8080, partner 101
    ///   schema 22.15.0, generated 2025-06-01: 120 services, 1400 actions, 900 classes, 600 enums, 80 plugins
    ///   session: [redacted]
    ///   services by name, such as client.media; print(client.media) lists its actions
    /// ```
    public var debugDescription: String {
        Self.description(of: self, kind: "KalturaClient", root: "client")
    }

    /// The text of ``debugDescription``, shared with ``KalturaBlockingClient``.
    static func description(of client: KalturaClient, kind: String, root: String) -> String {
        let schema = client.apiSchema
        let partner = client.configuration.partnerId.map { "partner \($0)" } ?? "no partner"
        var version = "schema \(schema.apiVersion ?? "of unknown version")"
        if let date = schema.generatedDate { version += ", generated \(date)" }
        let statistics = schema.statistics
        return [
            "\(kind) for \(client.configuration.serviceURL.absoluteString), \(partner)",
            "  \(version): \(statistics.services) services, \(statistics.actions) actions, \(statistics.classes) classes, "
                + "\(statistics.enums) enums, \(statistics.plugins) plugins",
            "  session: \(client.ks == nil ? "none" : KalturaRedaction.placeholder)",
            "  services by name, such as \(root).media; print(\(root).media) lists its actions",
        ].joined(separator: "\n")
    }

    /// `schema 22.15.0: 120 services, 1,400 actions, 60 plugins`.
    static func summary(of schema: Schema) -> String {
        let statistics = schema.statistics
        return "schema \(schema.apiVersion ?? "of unknown version"): \(statistics.services) services, "
            + "\(statistics.actions) actions, \(statistics.plugins) plugins"
    }
}
