import ArgumentParser

/// `kaltura ks …`: create and read Kaltura sessions locally.
struct SessionCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ks",
        abstract: "Generate and inspect Kaltura sessions (KS) locally, without a server.",
        subcommands: [SessionGenerateCommand.self, SessionInspectCommand.self])
}
