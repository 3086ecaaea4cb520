import ArgumentParser

/// The `kaltura` command-line tool: schema exploration, calls, sessions and the local emulator.
@main
struct KalturaCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kaltura",
        abstract: "A dynamic, schema-driven Kaltura API v3 tool.",
        subcommands: [DemoCommand.self, SchemaCommand.self, SessionCommand.self, CallCommand.self, UploadCommand.self,
                      ServeCommand.self, ShellCommand.self])
}
