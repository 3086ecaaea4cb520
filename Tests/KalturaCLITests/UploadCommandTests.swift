import Foundation
import Testing

/// `kaltura upload` against `kaltura serve`: the token announced on stderr, the finished token as
/// JSON on stdout, resuming by id, and errors like `kaltura call`'s.
@Suite("kaltura upload")
struct UploadCommandTests {
    private static func run(_ arguments: [String], cache: URL) async throws -> CommandRunner.Output {
        try await CommandRunner.run(arguments, environment: ["XDG_CACHE_HOME": cache.path])
    }

    @Test("uploads a file in chunks: 'upload token: ID' on stderr, the FULL_UPLOAD token as JSON on stdout")
    func uploadsAndPrintsTheToken() async throws {
        let server = try ServeCommandTests.Server(["--partner", "4242:cli-secret", "--port", "0"])
        defer { _ = server.stop() }
        let url = try await server.listeningURL()
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("kaltura-upload-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let cache = scratch.appendingPathComponent("cache")
        let file = scratch.appendingPathComponent("clip.bin")
        let bytes = Data((0..<350_000).map { UInt8(truncatingIfNeeded: $0 &* 7) })
        try bytes.write(to: file)

        let session = try await Self.run(["call", "session.start", "secret=cli-secret", "type=ADMIN", "--partner", "4242", "--url", url],
                                          cache: cache)
        let ks = String(session.standardOutput.trimmingCharacters(in: .newlines).dropFirst().dropLast())
        let uploaded = try await Self.run(["upload", file.path, "--chunk-size", "100000", "--parallel", "2", "--url", url, "--ks", ks],
                                          cache: cache)
        #expect(uploaded.status == 0)
        let id = try #require(uploaded.standardError.firstMatch(of: /^upload token: (\S+)\n$/)?.output.1)
        #expect(uploaded.standardOutput.hasPrefix(#"{"objectType":"KalturaUploadToken","#))
        #expect(uploaded.standardOutput.hasSuffix("}\n"))
        let token = try #require(try JSONSerialization.jsonObject(with: Data(uploaded.standardOutput.utf8)) as? [String: Any])
        #expect(token["id"] as? String == String(id))
        #expect(token["status"] as? Int == 2)
        #expect((token["uploadedFileSize"] as? NSNumber)?.intValue == bytes.count)
        #expect(token["fileName"] as? String == "clip.bin")

        // Resuming a finished token prints it again without sending anything.
        let resumed = try await Self.run(["upload", file.path, "--resume", String(id), "--url", url, "--ks", ks], cache: cache)
        #expect(resumed.status == 0)
        #expect(resumed.standardError == "upload token: \(id)\n")
        #expect(resumed.standardOutput == uploaded.standardOutput)

        let missing = try await Self.run(["upload", scratch.appendingPathComponent("none.bin").path, "--url", url, "--ks", ks], cache: cache)
        #expect(missing.status == 1)
        #expect(missing.standardOutput == "")
        #expect(missing.standardError == "Error: cannot read \(scratch.appendingPathComponent("none.bin").path): No such file or directory\n")

        let unknown = try await Self.run(["upload", file.path, "--resume", "0_nosuch", "--url", url, "--ks", ks], cache: cache)
        #expect(unknown.status == 1)
        #expect(unknown.standardError == "Error: UPLOAD_TOKEN_NOT_FOUND: Upload token not found\n")
    }
}
