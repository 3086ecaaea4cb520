import Foundation
import Kaltura
import Testing

/// A `@MainActor` view model as an app would have one: its closure touches main-actor state, so
/// this file only compiles when `multirequest { }` runs in the caller's isolation.
@MainActor
final class MainActorEntryModel {
    private(set) var recordedCalls = 0
    let client: KalturaClient

    init(client: KalturaClient) {
        self.client = client
    }

    func refresh(entryId: String) async throws -> [KalturaMultiRequestResult] {
        try await client.multirequest { batch in
            let entry = batch.media.get(entryId: entryId)
            recordedCalls += 1
            batch.media.list(filter: ["objectType": "KalturaMediaEntryFilter", "idIn": KalturaValue(entry.id)])
            recordedCalls += 1
        }
    }
}

@Suite("Multirequest from the main actor")
struct MainActorMultiRequestTests {
    @Test @MainActor func aMainActorCallerRecordsAndSends() async throws {
        let body = #"[{"id":"0_a","objectType":"KalturaMediaEntry"},{"objects":[],"totalCount":0,"objectType":"KalturaMediaListResponse"}]"#
        let transport = FakeTransport(body: body)
        let model = MainActorEntryModel(client: TestClients.make(transport: transport))
        let results = try await model.refresh(entryId: "0_a")
        #expect(model.recordedCalls == 2)
        #expect(results.map(\.call) == ["media.get", "media.list"])
        #expect(transport.requests.count == 1)
        #expect(transport.lastBody?.contains(#""idIn":"{1:result:id}""#) == true)
    }
}
