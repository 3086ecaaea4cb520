import Foundation
import KalturaSchema

/// `search TEXT` in `kaltura shell`: the services, actions, classes, enums and errors whose name or
/// description contains every word of the text, ignoring case.
enum ShellSearch {
    /// The most matches listed; the rest are counted.
    static let limit = 40

    /// One line per match (`kind  name: first words of the description`), in schema order:
    /// services, actions, classes, enums, errors.
    static func lines(matching text: String, in schema: Schema) -> [String] {
        let words = text.lowercased().split(whereSeparator: \.isWhitespace).map(String.init)
        var matches: [String] = []
        func consider(_ kind: String, _ name: String, _ description: String?) {
            let haystack = (name + " " + (description ?? "")).lowercased()
            guard words.allSatisfy({ haystack.contains($0) }) else { return }
            let summary = description.map(summarize) ?? ""
            matches.append("\(kind.padding(toLength: 8, withPad: " ", startingAt: 0))\(name)\(summary.isEmpty ? "" : ": " + summary)")
        }
        for service in schema.services { consider("service", serviceName(service), service.description) }
        for service in schema.services {
            for action in service.actions { consider("action", "\(serviceName(service)).\(action.name)", action.description) }
        }
        for definition in schema.classes { consider("class", definition.name, definition.description) }
        for definition in schema.enums { consider("enum", definition.name, definition.description) }
        for error in schema.errors { consider("error", error.name, error.message) }
        guard matches.count > limit else { return matches }
        return matches.prefix(limit) + ["… and \(matches.count - limit) more; add words to narrow the search"]
    }

    /// How the shell's calls name a service: `media`, or `metadata.metadataProfile` for a plugin's.
    private static func serviceName(_ service: ServiceDefinition) -> String {
        service.plugin.map { "\($0).\(service.name)" } ?? service.id
    }

    /// The description on one line, cut to about 80 characters.
    private static func summarize(_ description: String) -> String {
        let line = description.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }.joined(separator: " ")
        return line.count > 80 ? String(line.prefix(79)) + "…" : line
    }
}
