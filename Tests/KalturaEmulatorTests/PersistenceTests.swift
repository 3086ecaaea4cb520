import Foundation
import Kaltura
import KalturaEmulator
import Testing

@Suite("State saved in --data")
struct PersistenceTests {
    @Test("objects, uploads, id counters and ended sessions survive a restart")
    func restart() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("emulator-data-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        func emulator() throws -> EmulatorHarness {
            EmulatorHarness(emulator: try KalturaEmulator(configuration: .init(
                schema: EmulatorHarness.realSchema, partners: [EmulatorHarness.partner], dataDirectory: folder)))
        }

        let first = try emulator()
        let ended = first.adminKS()
        let (entryId, tokenId) = try await first.live { _ in
            let entry = try await first.admin("media", "add", ["entry": ["objectType": "KalturaMediaEntry", "name": "kept",
                                                                       "mediaType": 1, "tags": "a,b"]])
            _ = try await first.admin("category", "add", ["category": ["objectType": "KalturaCategory", "name": "one"]])
            _ = try await first.admin("category", "add", ["category": ["objectType": "KalturaCategory", "name": "two"]])
            let token = try await first.admin("uploadtoken", "add", ["uploadToken": ["objectType": "KalturaUploadToken"]])
            _ = try await first.call("session", "end", ks: ended)
            return (try #require(entry["id"]), try #require(token["id"]))
        }
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("state.json").path))

        let second = try emulator()
        let entry = try await second.admin("media", "get", ["entryId": entryId])
        #expect(entry["name"] == "kept")
        #expect(entry["tags"] == "a, b")
        #expect(entry["objectType"] == "KalturaMediaEntry")
        #expect(try await second.admin("category", "add", ["category": ["objectType": "KalturaCategory", "name": "three"]])["id"] == 3)
        #expect(try await second.admin("uploadtoken", "get", ["uploadTokenId": tokenId])["status"] == 0)
        #expect(try await second.call("media", "list", ks: ended).apiError?.args["ERR_CODE"] == "-6")
    }

    @Test("a state file that is not one is an error at start, not an empty server")
    func corruptState() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("emulator-data-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("{\"version\":99}".utf8).write(to: folder.appendingPathComponent("state.json"))
        #expect(throws: StatePersistenceError.unreadableState("not a version 1 emulator state")) {
            _ = try KalturaEmulator(configuration: .init(partners: [EmulatorHarness.partner], dataDirectory: folder))
        }
    }
}
