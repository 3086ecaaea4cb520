import Foundation
import Kaltura
import KalturaEmulator
import OrderedCollections
import Testing

@Suite("Object ids")
struct IdentifierTests {
    private func addProfile(_ harness: EmulatorHarness, id: KalturaValue? = nil, name: String) async throws -> KalturaValue {
        var profile: OrderedDictionary<String, KalturaValue> = [
            "objectType": "KalturaMetadataProfile", "name": .string(name), "metadataObjectType": "1",
        ]
        if let id { profile["id"] = id }
        return try await harness.admin("metadata_metadataprofile", "add", ["metadataProfile": .map(profile), "xsdData": "<xsd/>"])
    }

    @Test("generated ids never land on a client-chosen one: they go on past it, as an auto-increment column does")
    func clientChosenIdIsKept() async throws {
        let harness = try EmulatorHarness()
        #expect(try await addProfile(harness, id: 2, name: "client")["id"] == 2)
        #expect(try await addProfile(harness, name: "generated one")["id"] == 3)
        #expect(try await addProfile(harness, name: "generated two")["id"] == 4)
        #expect(try await harness.admin("metadata_metadataprofile", "get", ["id": 2])["name"] == "client")
    }

    @Test("a client-chosen id that is taken is refused, and the stored object is unchanged")
    func takenClientIdIsRefused() async throws {
        let harness = try EmulatorHarness()
        _ = try await addProfile(harness, id: 2, name: "first")
        #expect(try await addProfile(harness, id: 2, name: "second").apiError
            == KalturaAPIError(code: "INVALID_OBJECT_ID", message: "Invalid object id [2]", args: ["ID": "2"]))
        #expect(try await harness.admin("metadata_metadataprofile", "get", ["id": 2])["name"] == "first")
    }

    @Test("deleted ids are never handed out again, also after a restart")
    func deletedIdsAreNotReused() async throws {
        let folder = PersistenceTests.makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = try PersistenceTests.emulator(folder)
        for name in ["one", "two", "three"] {
            _ = try await first.admin("category", "add", ["category": ["objectType": "KalturaCategory", "name": .string(name)]])
        }
        _ = try await first.admin("category", "delete", ["id": 3])
        _ = try await first.admin("category", "delete", ["id": 2])
        let second = try PersistenceTests.emulator(folder)
        #expect(try await second.admin("category", "add", ["category": ["objectType": "KalturaCategory", "name": "four"]])["id"] == 4)
    }

    @Test("after the id Int.max, the next add is an API error, not a crash, also after a restart")
    func exhaustedIdSpace() async throws {
        let folder = PersistenceTests.makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let exhausted = KalturaAPIError(
            code: "ID_SPACE_EXHAUSTED",
            message: "The id space of KalturaMetadataProfile is exhausted: ids go up to 9223372036854775807",
            args: ["OBJECT_TYPE": "KalturaMetadataProfile", "ID": "9223372036854775807"])
        let first = try PersistenceTests.emulator(folder)
        #expect(try await addProfile(first, id: "9223372036854775807", name: "last")["id"] != nil)
        #expect(try await addProfile(first, name: "one more").apiError == exhausted)
        let second = try PersistenceTests.emulator(folder)
        #expect(try await addProfile(second, name: "one more").apiError == exhausted)
        #expect(try await second.admin("metadata_metadataprofile", "get", ["id": "9223372036854775807"])["name"] == "last")
    }
}
