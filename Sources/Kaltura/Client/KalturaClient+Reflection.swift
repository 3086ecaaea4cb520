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

    /// A few lines: server and partner, the schema's version, date and counts, the wire, and the
    /// session (redacted). `print(client)` and the REPL show this.
    ///
    /// ```text
    /// KalturaClient for http://localhost:8080, partner 101
    ///   schema 22.15.0, generated 2025-06-01: 120 services, 1400 actions, 900 classes, 600 enums, 80 plugins
    ///   wire: json to /api_v3/service/X/action/Y
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
        if let date = schema.generatedDate { version += ", generated \(Self.day(ofGeneratedDate: date))" }
        let statistics = schema.statistics
        return [
            "\(kind) for \(client.configuration.serviceURL.absoluteString), \(partner)",
            "  \(version): \(statistics.services) services, \(statistics.actions) actions, \(statistics.classes) classes, "
                + "\(statistics.enums) enums, \(statistics.plugins) plugins",
            "  wire: \(client.wireFormat)",
            "  session: \(client.ks == nil ? "none" : KalturaRedaction.placeholder)",
            "  services by name, such as \(root).media; print(\(root).media) lists its actions",
        ].joined(separator: "\n")
    }

    /// `2025-12-04` for a `generatedDate` in Unix seconds; any other text as it is.
    static func day(ofGeneratedDate text: String) -> String {
        guard let seconds = Int(text) else { return text }
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        func two(_ number: Int) -> String { number < 10 ? "0\(number)" : "\(number)" }
        return "\(year)-\(two(month))-\(two(day))"
    }

    /// `schema 22.15.0: 120 services, 1,400 actions, 60 plugins`.
    static func summary(of schema: Schema) -> String {
        let statistics = schema.statistics
        return "schema \(schema.apiVersion ?? "of unknown version"): \(statistics.services) services, "
            + "\(statistics.actions) actions, \(statistics.plugins) plugins"
    }
}
