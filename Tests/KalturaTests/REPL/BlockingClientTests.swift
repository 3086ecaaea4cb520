import Foundation
import Kaltura
import KalturaEmulator
import KalturaSchema
import Testing

/// `KalturaBlockingClient`: the REPL's and scripts' client, called from synchronous code against an
/// in-process emulator. Serialized: each test blocks its thread while the call runs on another.
@Suite("Blocking client", .serialized)
struct BlockingClientTests {
    static let secret = "blocking-admin-secret-4242"
    let emulator = try! KalturaEmulator(configuration: .init(partners: [EmulatorPartner(id: 101, adminSecret: Self.secret)]))

    /// A blocking client on the emulator, made without `await` (the schema comes through the transport).
    func makeClient() throws -> KalturaBlockingClient {
        try KalturaClient.blocking(.init(partnerId: 101, serviceURL: URL(string: "http://emulator.invalid")!,
                                         schemaSource: .server(cache: nil), http: .init(transport: emulator.transport)))
    }

    @Test func callsRunWithoutAwait() throws {
        let client = try makeClient()
        #expect(client.apiSchema.services.count == Schema.demo().services.count)
        client.ks = try client.generateSession(adminSecret: Self.secret, userId: "me", type: .admin)
        #expect(client.asyncClient.ks == client.ks)  // one session, shared with the async client

        let added = try client.media.add(entry: ["objectType": "KalturaMediaEntry", "name": "Blocking", "mediaType": 1])
        let id = try #require(added.id?.stringValue)
        let fetched: KalturaObject = try client.media.get(entryId: id)
        #expect(fetched.objectType == "KalturaMediaEntry")
        #expect(fetched.name == "Blocking")
        let page = try client.media.list(filter: ["objectType": "KalturaMediaEntryFilter", "idEqual": .string(id), "statusIn": "7"])
        #expect(page.totalCount == 1)
        #expect(try client.call(#require(KalturaCall("media.get", parameters: ["entryId": .string(id)]))).id == added.id)
    }

    @Test func everyPageWithoutAwait() throws {
        let client = try makeClient()
        client.ks = try client.generateSession(adminSecret: Self.secret, type: .admin)
        var added: [KalturaValue] = []
        for number in 1...7 {
            added.append(try client.media.add(entry: ["objectType": "KalturaMediaEntry", "name": .string("page \(number)"),
                                                      "mediaType": 1]).id ?? .null)
        }
        let walk = try client.media.list.all(filter: ["objectType": "KalturaMediaEntryFilter", "statusIn": "2,7"], pager: ["pageSize": 3])
        let ids = try walk.map { try $0.get().id ?? .null }
        #expect(ids == added)

        let failing = try client.media.list.all(filter: ["objectType": "KalturaMediaEntryFilter", "mediaTypeEqual": "VIDO"])
        let outcomes = Array(failing)
        #expect(outcomes.count == 1)
        #expect(throws: KalturaValidationError.self) { try outcomes[0].get() }
    }

    @Test func multirequestRecordsThenWaits() throws {
        let client = try makeClient()
        client.ks = try client.generateSession(adminSecret: Self.secret, type: .admin)
        let results = try client.multirequest { batch in
            let entry = batch.media.add(entry: ["objectType": "KalturaMediaEntry", "name": "In a batch", "mediaType": 1])
            batch.media.get(entryId: KalturaValue(entry.id))
        }
        #expect(results.count == 2)
        let second: KalturaObject = try results[1].get()
        #expect(second.name == "In a batch")
    }

    @Test func errorsAreThrownUnchanged() throws {
        let client = try makeClient()
        client.ks = try client.generateSession(adminSecret: Self.secret, type: .admin)
        // The server's error, as the async client throws it.
        let apiError = #expect(throws: KalturaAPIError.self) { try client.media.get(entryId: "0_missing") }
        #expect(apiError?.code == "ENTRY_ID_NOT_FOUND")
        #expect(apiError?.description == "ENTRY_ID_NOT_FOUND: Entry id \"0_missing\" not found")
        // Validation before sending.
        let invalid = #expect(throws: KalturaValidationError.self) { try client.media.get(entryID: "0_x") }
        #expect(invalid?.description == """
            invalid call to media.get (2 problems):
              - entryID: unknown parameter; did you mean "entryId"?
              - entryId: missing required parameter (string)
            """)
        // A path that names no action.
        let path = #expect(throws: KalturaClientError.self) { try client.media() }
        #expect(path?.code == .invalidCallPath)
        #expect(path?.description == "client.media cannot be called: it names a service or a plugin; call an action, such as client.media.list()")
    }

    @Test func creatingAClientThrowsTheLoadErrorUnchanged() {
        let refusing = RefusingTransport()
        let error = #expect(throws: KalturaClientError.self) {
            try KalturaClient.blocking(.init(partnerId: 1, serviceURL: URL(string: "http://nowhere.invalid")!,
                                             schemaSource: .server(cache: nil), http: .init(transport: refusing)))
        }
        #expect(error?.code == .schemaUnavailable)
    }
}

/// A transport whose every request fails, as an unreachable server's would.
private struct RefusingTransport: KalturaTransport {
    struct Refused: Error {}

    func send(_ request: KalturaHTTPRequest) async throws -> KalturaHTTPResponse {
        throw Refused()
    }
}
