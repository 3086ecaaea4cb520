import Foundation
import Kaltura
import KalturaEmulator
import Testing

@Suite("State saved in --data")
struct PersistenceTests {
    /// A fresh data folder for one test.
    static func makeFolder() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("emulator-data-\(UUID().uuidString)")
    }

    /// An emulator keeping its state in `folder`.
    static func emulator(_ folder: URL) throws -> EmulatorHarness {
        EmulatorHarness(emulator: try KalturaEmulator(configuration: .init(
            schema: try EmulatorHarness.realSchema(), partners: [EmulatorHarness.partner], dataDirectory: folder)))
    }

    @Test("objects, uploads, id counters and ended sessions survive a restart")
    func restart() async throws {
        let folder = Self.makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = try Self.emulator(folder)
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
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("state.sqlite").path))

        let second = try Self.emulator(folder)
        let entry = try await second.admin("media", "get", ["entryId": entryId])
        #expect(entry["name"] == "kept")
        #expect(entry["tags"] == "a, b")
        #expect(entry["objectType"] == "KalturaMediaEntry")
        #expect(try await second.admin("category", "add", ["category": ["objectType": "KalturaCategory", "name": "three"]])["id"] == 3)
        #expect(try await second.admin("uploadtoken", "get", ["uploadTokenId": tokenId])["status"] == 0)
        #expect(try await second.call("media", "list", ks: ended).apiError?.args["ERR_CODE"] == "-6")
    }

    @Test("every answered write is on disk before its response: an emulator abandoned without shutdown loses nothing")
    func writeThrough() async throws {
        let folder = Self.makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = try Self.emulator(folder)
        let ended = first.adminKS()
        let entry = try await first.admin("media", "add", ["entry": ["objectType": "KalturaMediaEntry", "name": "e", "mediaType": 1]])
        var ids: [KalturaValue] = []
        for name in ["a", "b", "c", "d"] {
            ids.append(try #require(try await first.admin("category", "add", ["category": ["objectType": "KalturaCategory",
                                                                                          "name": .string(name)]])["id"]))
        }
        _ = try await first.admin("category", "update", ["id": ids[0], "category": ["objectType": "KalturaCategory", "name": "a2"]])
        _ = try await first.admin("category", "delete", ["id": ids[2]])
        let token = try await first.admin("uploadtoken", "add", ["uploadToken": ["objectType": "KalturaUploadToken", "fileSize": 6]])
        let tokenId = try #require(token["id"]?.stringValue)
        _ = try await UploadTests().upload(first, token: tokenId, "abc", resume: false, finalChunk: false, resumeAt: -1)
        _ = try await first.call("session", "end", ks: ended)

        // The first emulator is never stopped, as if its process had been killed.
        let second = try Self.emulator(folder)
        #expect(try await second.admin("media", "get", ["entryId": try #require(entry["id"])])["name"] == "e")
        let list = try await second.admin("category", "list")
        let names = (list["objects"]?.arrayValue ?? []).compactMap { $0["name"]?.stringValue }
        #expect(names == ["a2", "b", "d"])  // insertion order kept, the update in place, the delete gone
        #expect(try await second.call("media", "list", ks: ended).apiError?.args["ERR_CODE"] == "-6")
        // The first chunk's bytes were saved: appending the rest makes the declared six bytes.
        let done = try await UploadTests().upload(second, token: tokenId, "def", resume: true, finalChunk: true, resumeAt: -1)
        #expect(done["uploadedFileSize"] == 6.0)
        #expect(done["status"] == 2)
    }

    @Test("a damaged database is an error at start, never an empty server")
    func damagedDatabase() throws {
        let folder = Self.makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("state.sqlite")
        try Data(repeating: 0x5A, count: 8192).write(to: file)
        #expect(throws: StatePersistenceError.unreadableState("\(file.path): file is not a database")) {
            _ = try KalturaEmulator(configuration: .init(partners: [EmulatorHarness.partner], dataDirectory: folder))
        }
    }

    @Test("a database cut short is an error at start")
    func truncatedDatabase() async throws {
        let folder = Self.makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        do {  // the emulator is released at the end of the block, which moves SQLite's log into the file
            let first = try Self.emulator(folder)
            for index in 0..<200 {
                _ = try await first.admin("category", "add", ["category": ["objectType": "KalturaCategory",
                                                                          "name": .string(String(repeating: "n", count: 200) + "\(index)")]])
            }
        }
        let file = folder.appendingPathComponent("state.sqlite")
        for name in ["state.sqlite-wal", "state.sqlite-shm"] {
            try? FileManager.default.removeItem(at: folder.appendingPathComponent(name))
        }
        let bytes = try Data(contentsOf: file)
        try bytes.prefix(bytes.count / 2).write(to: file)
        #expect(throws: StatePersistenceError.unreadableState("\(file.path): database disk image is malformed")) {
            _ = try KalturaEmulator(configuration: .init(partners: [EmulatorHarness.partner], dataDirectory: folder))
        }
    }

    @Test("a state.json from an earlier version is imported once, then renamed")
    func importsStateJSON() async throws {
        let folder = Self.makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let legacy = #"{"version":1,"partners":{"101":{"collections":{"KalturaCategory":[{"id":7,"name":"old","objectType":"KalturaCategory"},{"id":5,"name":"older","objectType":"KalturaCategory"}]},"uploads":{}}},"endedSessions":[]}"#
        try Data(legacy.utf8).write(to: folder.appendingPathComponent("state.json"))
        try Data("stale".utf8).write(to: folder.appendingPathComponent(".state.json.4242.tmp"))

        let first = try Self.emulator(folder)
        #expect(try await first.admin("category", "get", ["id": 7])["name"] == "old")
        #expect(try await first.admin("category", "add", ["category": ["objectType": "KalturaCategory", "name": "new"]])["id"] == 8)
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(files.filter { !$0.hasPrefix("state.sqlite") } == ["state.json.imported"])

        let second = try Self.emulator(folder)
        let list = try await second.admin("category", "list")
        #expect((list["objects"]?.arrayValue ?? []).compactMap { $0["name"]?.stringValue } == ["old", "older", "new"])
    }

    @Test("a state file that is not one is an error at start, not an empty server")
    func corruptState() throws {
        let folder = Self.makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("{\"version\":99}".utf8).write(to: folder.appendingPathComponent("state.json"))
        #expect(throws: StatePersistenceError.unreadableState("not a version 1 emulator state")) {
            _ = try KalturaEmulator(configuration: .init(partners: [EmulatorHarness.partner], dataDirectory: folder))
        }
        // Nothing was imported, so the next start tries again rather than serving an empty state.
        #expect(throws: StatePersistenceError.unreadableState("not a version 1 emulator state")) {
            _ = try KalturaEmulator(configuration: .init(partners: [EmulatorHarness.partner], dataDirectory: folder))
        }
    }
}
