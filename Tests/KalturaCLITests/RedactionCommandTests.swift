import Foundation
import Testing

/// The command-line tools keep credentials out of what they print about failures and out of the
/// emulator's call record, whatever the credential's depth.
@Suite("kaltura call and kaltura serve keep credentials out")
struct RedactionCommandTests {
    @Test("a forged KS, a nested password and a KS passed as a parameter reach neither stderr nor the record")
    func errorsAndRecord() async throws {
        let record = FileManager.default.temporaryDirectory.appendingPathComponent("cli-record-\(UUID().uuidString).jsonl")
        let cache = FileManager.default.temporaryDirectory.appendingPathComponent("kaltura-cli-cache-\(UUID().uuidString)")
        defer {
            try? FileManager.default.removeItem(at: record)
            try? FileManager.default.removeItem(at: cache)
        }
        let server = try ServeCommandTests.Server(["--schema", try CommandRunner.sharedSchema("kaltura-schema-22.15.0.xml"),
                                                   "--partner", "4343:cli-walk-secret", "--port", "0",
                                                   "--record", record.path])
        defer { _ = server.stop() }
        let url = try await server.listeningURL()
        func call(_ arguments: [String]) async throws -> CommandRunner.Output {
            try await CommandRunner.run(["call"] + arguments + ["--url", url], environment: ["XDG_CACHE_HOME": cache.path])
        }

        let ks = try await CommandRunner.run(["ks", "generate", "--secret", "cli-walk-secret", "--partner", "4343", "--type", "admin"])
            .standardOutput.trimmingCharacters(in: .whitespacesAndNewlines)
        let forged = try await CommandRunner.run(["ks", "generate", "--secret", "not-the-secret", "--partner", "4343", "--type", "admin"])
            .standardOutput.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(ks.hasPrefix("djJ8") && forged.hasPrefix("djJ8"))

        let refused = try await call(["media.list", "--ks", forged])
        #expect(refused.status == 1)
        #expect(refused.standardError.hasPrefix("Error: INVALID_KS: Invalid KS \"[redacted]\""))
        let added = try await call(["user.add", "user:objectType=KalturaUser", "user:id=walker", "user:email=w@example.com",
                              "user:password=cli-user-password", "--ks", ks])
        #expect(added.status == 0)
        let parsed = try await call(["session.get", "session=\(ks)", "--ks", ks])
        #expect(parsed.status == 0)
        _ = server.stop()

        let recorded = try String(contentsOf: record, encoding: .utf8)
        #expect(recorded.split(separator: "\n").count == 3)
        #expect(recorded.contains(#""password":"[redacted]""#))
        #expect(recorded.contains(#"{"service":"session","action":"get","params":{"session":"[redacted]"}}"#))
        for (name, output) in [("stderr", refused.standardError + added.standardError + parsed.standardError),
                               ("record", recorded), ("serve output", server.text)] {
            for secret in [ks, forged, "cli-user-password", "cli-walk-secret"] {
                #expect(!output.contains(secret), "\(name) shows \(secret.prefix(10))…")
            }
        }
    }
}
