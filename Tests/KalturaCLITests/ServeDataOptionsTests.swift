import Foundation
import Testing

@Suite("kaltura serve --data, --data-sync and --request-timeout")
struct ServeDataOptionsTests {
    @Test("an unknown --data-sync mode and a negative --request-timeout are usage errors")
    func badOptions() async throws {
        let sync = try await CommandRunner.run(["serve", "--data-sync", "fast"])
        #expect(sync.status == 64)
        #expect(sync.standardError.contains("--data-sync must be 'normal' or 'full', got 'fast'"))
        let timeout = try await CommandRunner.run(["serve", "--request-timeout=-1"])
        #expect(timeout.status == 64)
        #expect(timeout.standardError.contains("--request-timeout must be a number of seconds, 0 or more"))
    }

    @Test("a damaged state database stops the server at start with the reason, instead of serving an empty state")
    func damagedDatabase() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("serve-data-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("state.sqlite")
        try Data(repeating: 0x5A, count: 4096).write(to: file)
        let output = try await CommandRunner.run(["serve", "--partner", "1:secret", "--port", "0", "--data", folder.path])
        #expect(output.status != 0)
        #expect(output.standardOutput == "")
        #expect(output.standardError == "Error: the saved emulator state cannot be read: \(file.path): file is not a database\n")
    }
}
