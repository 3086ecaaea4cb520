import ArgumentParser
import Foundation
import KalturaSchema

/// `kaltura schema inspect [FILE] [--json]`: a summary of a schema's contents.
struct SchemaInspectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Summarise a schema: counts, version and problems found.",
        discussion: """
            With --json, prints one object with the integer counts enums, consts, classes, properties, \
            services, actions, params, plugins, errors and unresolved, and the strings apiVersion and \
            generatedDate (null when absent). Without FILE, inspects the bundled demo schema.
            """)

    @Argument(help: "The schema file (api_schema.php output). Defaults to the bundled demo schema.")
    var file: String?

    @Flag(help: "Print a JSON object instead of the readable summary.")
    var json = false

    @Flag(help: "List every diagnostic instead of the first few.")
    var allDiagnostics = false

    func run() throws {
        let schema = try SchemaSource.load(path: file)
        if json {
            print(SchemaSummary.json(for: schema))
        } else {
            print(SchemaSummary.text(for: schema, source: file ?? "bundled demo schema",
                                     diagnosticLimit: allDiagnostics ? nil : 10))
        }
    }
}
