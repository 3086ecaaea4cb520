import Foundation
import Kaltura
import KalturaEmulator
import KalturaSchema
import Testing

/// A response profile set on the client reaches the emulator, which keeps or drops the named fields.
@Suite("Response profiles")
struct ResponseProfileTests {
    static let partner = EmulatorPartner(id: 404, adminSecret: "profile-admin-secret")

    let client: KalturaClient

    init() throws {
        let emulator = try KalturaEmulator(configuration: .init(partners: [Self.partner]))
        client = KalturaClient(
            configuration: .init(partnerId: Self.partner.id, serviceURL: URL(string: "http://emulator.invalid")!,
                                 schemaSource: .demo, http: .init(transport: emulator.transport)),
            schema: Schema.demo())
        client.ks = try client.generateSession(adminSecret: Self.partner.adminSecret, userId: "profiler", type: .admin)
    }

    func addEntry() async throws -> String {
        let added = try await client.media.add(entry: ["objectType": "KalturaMediaEntry", "name": "Profiled", "mediaType": "VIDEO",
                                                       "tags": "a,b", "description": "long text"])
        return try #require(added.id?.stringValue)
    }

    @Test func includeKeepsOnlyTheNamedFields() async throws {
        let id = try await addEntry()
        let profiled = client.overriding {
            $0.responseProfile = ["objectType": "KalturaDetachedResponseProfile", "type": 1, "fields": "id, name"]
        }
        let entry = try await profiled.media.get(entryId: id)
        #expect(entry.objectValue?.objectType == "KalturaMediaEntry")
        #expect(entry.objectValue?.kalturaFields.keys.elements.sorted() == ["id", "name"])
        #expect(entry.name == "Profiled")

        let list = try await profiled.media.list(filter: ["objectType": "KalturaMediaEntryFilter", "statusIn": "2,7"])
        #expect(list.totalCount == 1)
        #expect(list.objects?[0]?.objectValue?.kalturaFields.keys.elements.sorted() == ["id", "name"])
    }

    @Test func excludeDropsTheNamedFieldsAndTheClientItselfIsUnchanged() async throws {
        let id = try await addEntry()
        let profiled = client.overriding {
            $0.responseProfile = ["objectType": "KalturaDetachedResponseProfile", "type": 2, "fields": "description,tags"]
        }
        let entry = try await profiled.media.get(entryId: id)
        #expect(entry.description == nil)
        #expect(entry.tags == nil)
        #expect(entry.name == "Profiled")
        #expect(entry.id == .string(id))

        let plain = try await client.media.get(entryId: id)
        #expect(plain.description == "long text")
        #expect(plain.tags == "a, b")  // the server normalises tags
    }
}
