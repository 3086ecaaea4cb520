import Foundation
import KalturaTestSupport
import Testing

/// `kaltura call`, unchanged, against `kaltura serve` on each real schema: the emulator behaves
/// like a server of the schema's era and the CLI speaks that era's wire on its own.
@Suite("kaltura call against every server era")
struct CallEraTests {
    @Test(arguments: ["kaltura-schema-3.1.1.xml", "kaltura-schema-3.3.0.xml", "kaltura-schema-22.15.0.xml"])
    func sessionCreateAndGet(schema: String) async throws {
        let path = try TestFixtures.sharedSchema(schema).path
        let server = try ServeCommandTests.Server(["--schema", path, "--partner", "4242:era-cli-secret", "--port", "0"])
        defer { _ = server.stop() }
        let url = try await server.listeningURL()
        let cache = FileManager.default.temporaryDirectory.appendingPathComponent("kaltura-era-cache-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: cache) }
        let call = { (arguments: [String]) in
            try await CommandRunner.run(["call"] + arguments + ["--url", url], environment: ["XDG_CACHE_HOME": cache.path])
        }

        let session = try await call(["session.start", "secret=era-cli-secret", "type=2", "partnerId=4242"])
        #expect(session.status == 0, "\(session.standardError)")
        let ks = String(session.standardOutput.trimmingCharacters(in: .newlines).dropFirst().dropLast())
        #expect(!ks.isEmpty)

        let added = try await call(["media.addFromUrl", "mediaEntry:objectType=KalturaMediaEntry", "mediaEntry:name=Via the CLI",
                                    "mediaEntry:mediaType=1", "url=http://example.com/a.mp4", "--ks", ks])
        #expect(added.status == 0, "\(added.standardError)")
        #expect(added.standardOutput.hasPrefix(#"{"objectType":"KalturaMediaEntry""#))
        let id = try #require(added.standardOutput.firstMatch(of: /"id":"([^"]+)"/)?.output.1)

        let fetched = try await call(["media.get", "entryId=\(id)", "--ks", ks])
        #expect(fetched.status == 0)
        #expect(fetched.standardOutput.contains(#""name":"Via the CLI""#))

        let missing = try await call(["media.get", "entryId=0_missing", "--ks", ks])
        #expect(missing.status == 1)
        #expect(missing.standardError == "Error: ENTRY_ID_NOT_FOUND: Entry id \"0_missing\" not found\n")
    }
}
