import ArgumentParser
import Foundation
import Kaltura
import KalturaEmulator
import KalturaSchema

/// `kaltura demo`: the sample workflow against an emulator in the same process, each step printed
/// as it happens, so a newcomer sees real calls made with no server and no network.
struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Run a sample workflow against the embedded emulator (in process, no network).",
        discussion: """
            Starts the emulator on the bundled demo schema inside this process, then: configures a \
            client, starts an admin session, adds a media entry, gets it back, calls a plugin service \
            (metadata.metadataProfile), sends a multirequest whose second call uses the first one's \
            result, and handles an API error (ENTRY_ID_NOT_FOUND). Sessions are never printed.
            """)

    func run() async throws {
        do {
            try await DemoWorkflow(output: { print($0) }).run()
        } catch {
            throw CommandFailure("the demo stopped: \(error)")
        }
    }
}
