import Foundation
import Kaltura
import KalturaEmulator
import KalturaSchema
import Testing

/// Multirequests against the emulator in the same process: tokens resolved by the server, per-call errors.
@Suite("Multirequest round trips")
struct MultiRequestRoundTripTests {
    static let partner = EmulatorPartner(id: 102, adminSecret: "multirequest-admin-secret")

    let client: KalturaClient

    init() throws {
        let emulator = try KalturaEmulator(configuration: .init(partners: [Self.partner]))
        client = KalturaClient(
            configuration: .init(partnerId: Self.partner.id, serviceURL: URL(string: "http://emulator.local")!,
                                 schemaSource: .demo, http: .init(transport: EmulatorTransport(emulator: emulator))),
            schema: Schema.demo())
    }

    @Test func startAddGetByTokenAndAFailingGet() async throws {
        client.ks = try client.generateSession(adminSecret: Self.partner.adminSecret, userId: "me", type: .admin)
        let results = try await client.multirequest { batch in
            batch.session.start(secret: Self.partner.adminSecret, userId: "me", type: "ADMIN", partnerId: Self.partner.id)
            let added = batch.media.add(entry: ["name": "Batched", "mediaType": "VIDEO", "tags": "x,y"])
            batch.media.get(entryId: added.id)
            batch.media.get(entryId: "0_missing")
        }
        #expect(results.count == 4)
        #expect(results.map(\.call) == ["session.start", "media.add", "media.get", "media.get"])

        let ks = try #require(try results[0].get().stringValue)
        #expect(!ks.isEmpty)
        #expect(ks != client.ks)

        let added: KalturaObject = try results[1].get()
        #expect(added.objectType == "KalturaMediaEntry")
        #expect(added.mediaType == 1)
        let id = try #require(added.id?.stringValue)

        let fetched = try results[2].get()
        #expect(fetched.id == .string(id), "the token {2:result:id} was replaced by the added entry's id")
        #expect(fetched.name == "Batched")
        #expect(fetched.partnerId == .int(Self.partner.id))

        #expect(results[3].value == nil)
        #expect(results[3].error?.code == "ENTRY_ID_NOT_FOUND")
        #expect(results[3].error?.args["ENTRY_ID"] == "0_missing")
    }

    @Test func aPathIntoAListAndATokenThatResolvesToNothing() async throws {
        client.ks = try client.generateSession(adminSecret: Self.partner.adminSecret, type: .admin)
        _ = try await client.category.add(category: ["name": "Root"])
        let results = try await client.multirequest { batch in
            let page = batch.category.list()
            batch.category.get(id: page.objects[0].id)
            let missing = batch.media.get(entryId: "0_missing")
            batch.media.get(entryId: missing.id)
        }
        #expect(try results[1].get().name == "Root")
        #expect(results[2].error?.code == "ENTRY_ID_NOT_FOUND")
        #expect(results[3].error == KalturaAPIError(code: "MISSING_MANDATORY_PARAMETER", message: #"Missing parameter "{3:result:id}""#,
                                                   args: ["PARAM_NAME": "{3:result:id}"]))
    }

    @Test func aSessionStartedInTheMultiRequestSignsTheLaterCalls() async throws {
        client.ks = nil
        let results = try await client.multirequest { batch in
            let session = batch.session.start(secret: Self.partner.adminSecret, userId: "me", type: "ADMIN",
                                              partnerId: Self.partner.id)
            batch.media.list()                    // before useSession: no KS at all
            batch.useSession(session)
            batch.media.add(entry: ["name": "Signed in the batch", "mediaType": "VIDEO"])
        }
        #expect(results[1].error?.code == "MISSING_KS")
        let added: KalturaObject = try results[2].get()
        #expect(added.name == "Signed in the batch")
        #expect(added.creatorId == "me", "the entry was made under the session the batch started")
    }

    @Test func anInvalidSessionFailsTheCallsThatNeedOneInTheirSlots() async throws {
        client.ks = "not-a-ks"
        let results = try await client.multirequest { batch in
            batch.media.list()
            batch.system.ping()
        }
        #expect(results[0].error?.code == "INVALID_KS")
        #expect(results[1].value == true, "ping needs no session")
    }
}
