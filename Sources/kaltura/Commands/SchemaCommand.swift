import ArgumentParser

/// `kaltura schema …`: read and explore API schemas.
struct SchemaCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Read and explore Kaltura API schemas (api_schema.php documents).",
        subcommands: [SchemaInspectCommand.self, SchemaDescribeCommand.self, SchemaDiffCommand.self])
}
