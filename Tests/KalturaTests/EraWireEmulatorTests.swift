import Foundation
import Kaltura
import KalturaEmulator
import KalturaSchema
import KalturaTestSupport
import Testing

/// The form wire end to end: a client that loads the 2011 schema (3.1.1) from the in-process
/// emulator speaks forms to `index.php`, and the emulator answers every call it makes.
@Suite("Era wire against the emulator")
struct EraWireEmulatorTests {
    static let partner = EmulatorPartner(id: 311, adminSecret: "era-wire-admin-secret")

    /// Passes requests to the emulator and keeps them, to check what went over the wire.
    final class RecordingTransport: KalturaTransport, @unchecked Sendable {
        let inner: any KalturaTransport
        private let lock = NSLock()
        private var recorded: [KalturaHTTPRequest] = []

        init(_ inner: any KalturaTransport) { self.inner = inner }

        var requests: [KalturaHTTPRequest] {
            lock.lock()
            defer { lock.unlock() }
            return recorded
        }

        func send(_ request: KalturaHTTPRequest) async throws -> KalturaHTTPResponse {
            record(request)
            return try await inner.send(request)
        }

        private func record(_ request: KalturaHTTPRequest) {
            lock.lock()
            defer { lock.unlock() }
            recorded.append(request)
        }
    }

    private func makeClient() async throws -> (KalturaClient, RecordingTransport) {
        let url = try TestFixtures.sharedSchema("kaltura-schema-3.1.1.xml")
        let emulator = try KalturaEmulator(configuration: .init(
            schema: try TestFixtures.loadedSharedSchema("kaltura-schema-3.1.1.xml"), schemaXML: try Data(contentsOf: url),
            partners: [Self.partner]))
        let transport = RecordingTransport(emulator.transport)
        let client = try await KalturaClient(configuration: .init(
            partnerId: Self.partner.id, serviceURL: URL(string: "http://emulator.invalid")!, clientTag: "era-test",
            schemaSource: .server(cache: nil), http: .init(transport: transport)))
        return (client, transport)
    }

    @Test func aSessionAnAddAGetAListAnUpdateAMultiRequestAndANotFoundError() async throws {
        let (client, transport) = try await makeClient()
        #expect(client.apiSchema.apiVersion == "3.1.1")
        #expect(client.wireFormat == .form)

        let ks = try #require(try await client.session.start(secret: Self.partner.adminSecret, userId: "me", type: 2,
                                                             partnerId: Self.partner.id).stringValue)
        #expect(!ks.isEmpty)
        client.ks = ks

        let added = try await client.data.add(dataEntry: ["objectType": "KalturaDataEntry", "name": "Old times",
                                                          "tags": "a,b", "dataContent": "hello"])
        #expect(added.objectValue?.objectType == "KalturaDataEntry")
        let id = try #require(added.id?.stringValue)

        let fetched = try await client.data.get(entryId: id)
        #expect(fetched.name == "Old times")
        #expect(fetched.dataContent == "hello")

        let page = try await client.data.list(filter: ["objectType": "KalturaDataEntryFilter", "idEqual": .string(id)])
        #expect(page.totalCount == 1)
        #expect(page.objects?[0]?.id == .string(id))

        let change: KalturaValue = ["objectType": "KalturaDataEntry", "name": "New times", "tags": nil]
        let updated = try await client.data.update(entryId: id, documentEntry: change)
        #expect(updated.name == "New times")

        let results = try await client.multirequest { batch in
            let copy = batch.data.add(dataEntry: ["objectType": "KalturaDataEntry", "name": "Batched"])
            batch.data.get(entryId: copy.id)
        }
        let copy: KalturaObject = try results[0].get()
        let copyFetched: KalturaObject = try results[1].get()
        #expect(copyFetched.id == copy.id, "the token {1:result:id} was replaced by the added entry's id")
        #expect(copyFetched.name == "Batched")

        let error = await #expect(throws: KalturaAPIError.self) {
            try await client.data.get(entryId: "0_missing")
        }
        #expect(error?.description == #"ENTRY_ID_NOT_FOUND: Entry id "0_missing" not found"#)

        // Every call went to index.php as a form; the schema was fetched with a GET.
        let calls = transport.requests.dropFirst()
        #expect(calls.map { $0.url.absoluteString.replacingOccurrences(of: "http://emulator.invalid/api_v3/", with: "") } == [
            "index.php?service=session&action=start", "index.php?service=data&action=add",
            "index.php?service=data&action=get", "index.php?service=data&action=list",
            "index.php?service=data&action=update", "index.php?service=multirequest",
            "index.php?service=data&action=get",
        ])
        #expect(calls.allSatisfy { $0.header("Content-Type") == "application/x-www-form-urlencoded" })
        let update = String(decoding: calls[calls.startIndex + 4].body, as: UTF8.self)
        #expect(update.hasSuffix("&entryId=\(id)&documentEntry%3AobjectType=KalturaDataEntry"
            + "&documentEntry%3Aname=New+times&documentEntry%3Atags__null="))
    }
}
