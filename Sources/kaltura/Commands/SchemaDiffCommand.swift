import ArgumentParser
import KalturaSchema

/// `kaltura schema diff OLD NEW`: what an upgrade adds, removes and changes.
struct SchemaDiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "List the services, actions, parameters, classes, properties and enums that differ between two schemas.",
        discussion: "Lines start with + (added), - (removed) or ~ (changed). Exit status 0 either way.")

    @Argument(help: "The older schema file.")
    var old: String

    @Argument(help: "The newer schema file.")
    var new: String

    @Flag(help: "Only print the number of additions, removals and changes.")
    var summary = false

    func run() throws {
        let difference = SchemaDifference(from: try SchemaSource.load(path: old), to: try SchemaSource.load(path: new))
        let counts = Dictionary(grouping: difference.changes, by: \.kind).mapValues(\.count)
        if !summary {
            for change in difference.changes { print(change) }
        }
        print("\(counts[.added] ?? 0) added, \(counts[.removed] ?? 0) removed, \(counts[.changed] ?? 0) changed")
    }
}
