import ArgumentParser
import Foundation
import KalturaSchema

/// `kaltura schema describe NAME [--schema FILE]`: explains one service, action, class, enum, plugin or error.
struct SchemaDescribeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "describe",
        abstract: "Describe a service, an action (service.action), a class, an enum, a plugin or an error.",
        discussion: """
            Examples: kaltura schema describe media; kaltura schema describe media.list; \
            kaltura schema describe KalturaMediaEntry; kaltura schema describe metadata.metadataProfile.add
            """)

    @Argument(help: "What to describe.")
    var name: String

    @Option(help: "The schema file. Defaults to the bundled demo schema.")
    var schema: String?

    func run() throws {
        let loaded = try SchemaSource.load(path: schema)
        guard let text = SchemaDescription.describe(name, in: loaded) else {
            let suggestions = NameSuggestions.closest(to: name, among: SchemaDescription.allNames(in: loaded))
            var message = "\"\(name)\" is not a service, action, class, enum, plugin or error of this schema"
            if !suggestions.isEmpty { message += "; did you mean \(suggestions.joined(separator: ", "))?" }
            throw CommandFailure(message)
        }
        print(text)
    }
}
