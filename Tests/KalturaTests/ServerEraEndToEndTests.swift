import Foundation
import Kaltura
import KalturaEmulator
import KalturaSchema
import KalturaTestSupport
import Testing

/// The client end to end against the emulator serving each real schema as a server of its era,
/// over a socket: the schema is downloaded, the client picks the era's wire, and a day's work
/// (a session, an entry created with addFromUrl, get, a filtered list, an update, a multirequest
/// with a dependency, a not-found error) goes through.
@Suite("Every server era, end to end")
struct ServerEraEndToEndTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var schema: String
        var era: String
        var wire: KalturaWireFormat
        var testDescription: String { "\(schema) as a server of \(era)" }
    }

    static let cases = [
        Case(schema: "kaltura-schema-3.1.1.xml", era: "2010-09-01", wire: .form),
        Case(schema: "kaltura-schema-3.3.0.xml", era: "2015-11-01", wire: .json),
        Case(schema: "kaltura-schema-22.15.0.xml", era: "2015-11-01", wire: .json),
    ]

    static let partner = EmulatorPartner(id: 2011, adminSecret: "era-end-to-end-secret")

    @Test(arguments: cases)
    func aDaysWork(_ test: Case) async throws {
        let document = try Data(contentsOf: TestFixtures.sharedSchema(test.schema))
        let emulator = try KalturaEmulator(configuration: .init(
            schema: try TestFixtures.loadedSharedSchema(test.schema), schemaXML: document, partners: [Self.partner]))
        #expect(emulator.era.start == test.era)
        let running = try await emulator.start()
        do {
            try await work(against: URL(string: "http://127.0.0.1:\(running.port)")!, test)
        } catch {
            await running.stop()
            throw error
        }
        await running.stop()
    }

    private func work(against url: URL, _ test: Case) async throws {
        let client = try await KalturaClient(configuration: .init(
            partnerId: Self.partner.id, serviceURL: url, clientTag: "era-end-to-end", schemaSource: .server(cache: nil)))
        #expect(client.wireFormat == test.wire)

        let session: KalturaValue = try await client.session.start(
            secret: Self.partner.adminSecret, userId: "era", type: 2, partnerId: Self.partner.id)
        client.ks = try #require(session.stringValue)

        let added = try await client.media.addFromUrl(
            mediaEntry: ["objectType": "KalturaMediaEntry", "name": "Imported", "mediaType": 1, "tags": "era"],
            url: "http://example.com/movie.mp4")
        let id = try #require(added.id?.stringValue)
        #expect(added.name == "Imported")

        let fetched = try await client.media.get(entryId: id)
        #expect(fetched.objectValue?.objectType == "KalturaMediaEntry")  // typed by the declared result in every era
        #expect(fetched.name == "Imported")

        let page = try await client.media.list(filter: ["objectType": "KalturaMediaEntryFilter", "nameLike": "Import"])
        #expect(page.totalCount == 1)
        #expect(page.objects?[0]?.id == .string(id))

        let change: KalturaValue = ["objectType": "KalturaMediaEntry", "name": "Renamed", "tags": nil]
        let updated = try await client.media.update(entryId: id, mediaEntry: change)
        #expect(updated.name == "Renamed")

        let results = try await client.multirequest { batch in
            let copy = batch.media.addFromUrl(mediaEntry: ["objectType": "KalturaMediaEntry", "name": "Batched", "mediaType": 1],
                                              url: "http://example.com/other.mp4")
            batch.media.get(entryId: copy.id)
        }
        let copy: KalturaObject = try results[0].get()
        let copyFetched: KalturaObject = try results[1].get()
        #expect(copyFetched.id == copy.id)
        #expect(copyFetched.name == "Batched")

        let error = await #expect(throws: KalturaAPIError.self) {
            try await client.media.get(entryId: "0_missing")
        }
        #expect(error?.description == #"ENTRY_ID_NOT_FOUND: Entry id "0_missing" not found"#)
    }

    @Test func todaysWireFailsAgainstA2011Server() async throws {
        let test = Self.cases[0]
        let document = try Data(contentsOf: TestFixtures.sharedSchema(test.schema))
        let emulator = try KalturaEmulator(configuration: .init(
            schema: try TestFixtures.loadedSharedSchema(test.schema), schemaXML: document, partners: [Self.partner]))
        let running = try await emulator.start()
        defer { Task { await running.stop() } }
        let client = try await KalturaClient(configuration: .init(
            partnerId: Self.partner.id, serviceURL: URL(string: "http://127.0.0.1:\(running.port)")!,
            schemaSource: .server(cache: nil), wire: .json))
        let error = await #expect(throws: KalturaClientError.self) {
            _ = try await client.session.start(secret: Self.partner.adminSecret, userId: "era", type: 2, partnerId: Self.partner.id)
        }
        #expect(error?.httpStatus == 404)
    }
}
