import Foundation
import Kaltura
import KalturaSchema
import OrderedCollections

/// The text and JSON renderings of `kaltura schema inspect`.
enum SchemaSummary {
    /// One JSON object; the key set is a contract other tools rely on.
    static func json(for schema: Schema) -> String {
        let statistics = schema.statistics
        func string(_ value: String?) -> KalturaValue { value.map(KalturaValue.string) ?? .null }
        let fields: OrderedDictionary<String, KalturaValue> = [
            "apiVersion": string(schema.apiVersion),
            "generatedDate": string(schema.generatedDate),
            "enums": .int(statistics.enums),
            "consts": .int(statistics.consts),
            "classes": .int(statistics.classes),
            "properties": .int(statistics.properties),
            "services": .int(statistics.services),
            "actions": .int(statistics.actions),
            "params": .int(statistics.params),
            "plugins": .int(statistics.plugins),
            "errors": .int(statistics.errors),
            "unresolved": .int(statistics.unresolved),
        ]
        return String(decoding: KalturaJSON.encode(.map(fields)), as: UTF8.self)
    }

    static func text(for schema: Schema, source: String, diagnosticLimit: Int?) -> String {
        let statistics = schema.statistics
        var lines: [String] = []
        lines.append("Schema: \(source)")
        lines.append("API version: \(schema.apiVersion ?? "(not declared)")")
        if let generated = schema.generatedDate {
            if let seconds = TimeInterval(generated) {
                let date = ISO8601DateFormatter().string(from: Date(timeIntervalSince1970: seconds))
                lines.append("Generated: \(date) (\(generated))")
            } else {
                lines.append("Generated: \(generated)")
            }
        }
        lines.append("")
        lines.append("  services     \(pad(statistics.services))  actions \(statistics.actions), parameters \(statistics.params)")
        lines.append("  classes      \(pad(statistics.classes))  properties \(statistics.properties)")
        lines.append("  enums        \(pad(statistics.enums))  constants \(statistics.consts)")
        lines.append("  plugins      \(pad(statistics.plugins))")
        lines.append("  errors       \(pad(statistics.errors))  thrown by actions \(statistics.throwsEntries)")
        lines.append("  configurations: \(schema.configurations.isEmpty ? "none" : schema.configurations.map(\.name).joined(separator: ", "))")
        let core = schema.services.filter { $0.plugin == nil }.map(\.id)
        lines.append("")
        lines.append("Core services (\(core.count)): \(core.joined(separator: ", "))")
        let pluginNames = Dictionary(grouping: schema.services.filter { $0.plugin != nil }, by: { $0.plugin! })
        if !pluginNames.isEmpty {
            lines.append("Plugin services (\(pluginNames.values.reduce(0) { $0 + $1.count })):")
            for plugin in pluginNames.keys.sorted() {
                lines.append("  \(plugin): \(pluginNames[plugin]!.map(\.name).joined(separator: ", "))")
            }
        }
        lines.append("")
        if schema.diagnostics.isEmpty {
            lines.append("No problems found.")
        } else {
            lines.append("Problems (\(schema.diagnostics.count); the schema still loads):")
            if statistics.unresolved > 0 {
                lines.append("  \(statistics.unresolved) type names are referenced but never defined")
            }
            let shown = diagnosticLimit.map { Array(schema.diagnostics.prefix($0)) } ?? schema.diagnostics
            for diagnostic in shown { lines.append("  - \(diagnostic)") }
            if shown.count < schema.diagnostics.count {
                lines.append("  … \(schema.diagnostics.count - shown.count) more (use --all-diagnostics)")
            }
        }
        return lines.joined(separator: "\n")
    }

    private static func pad(_ value: Int) -> String {
        let text = String(value)
        return String(repeating: " ", count: max(0, 5 - text.count)) + text
    }
}
