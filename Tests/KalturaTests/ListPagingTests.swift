import Foundation
import Kaltura
import KalturaEmulator
import KalturaSchema
import Synchronization
import Testing

/// Every object of a list: `client.media.list.all(…)` against the emulator, which caps entry
/// lists at 10,000 matches and pages at 500 objects like the server.
@Suite("Every page of a list")
struct ListPagingTests {
    static let partner = EmulatorPartner(id: 303, adminSecret: "paging-admin-secret")
    static let readyOrNot: KalturaValue = ["objectType": "KalturaMediaEntryFilter", "statusIn": "2,7"]

    /// A client on an emulator whose clock moves one second every `callsPerSecond` calls (0: never)
    /// and whose entry lists reach `maximumMatches` matches.
    static func client(callsPerSecond: Int, maximumMatches: Int = 10_000) throws -> KalturaClient {
        let calls = Atomic<Int>(0)
        let emulator = try KalturaEmulator(configuration: .init(partners: [partner], maximumListMatches: maximumMatches, clock: {
            let call = calls.add(1, ordering: .relaxed).oldValue
            return 1_700_000_000 + (callsPerSecond > 0 ? call / callsPerSecond : 0)
        }))
        let client = KalturaClient(
            configuration: .init(partnerId: partner.id, serviceURL: URL(string: "http://emulator.invalid")!,
                                 schemaSource: .demo, http: .init(transport: emulator.transport)),
            schema: Schema.demo())
        client.ks = try client.generateSession(adminSecret: partner.adminSecret, userId: "pager", type: .admin)
        return client
    }

    /// Adds `count` entries, 500 per multirequest, and returns their ids.
    static func seed(_ client: KalturaClient, count: Int) async throws -> [String] {
        var ids: [String] = []
        var remaining = count
        while remaining > 0 {
            let batch = min(500, remaining)
            let results = try await client.multirequest { request in
                for number in 0..<batch {
                    request.media.add(entry: ["objectType": "KalturaMediaEntry", "name": .string("entry \(ids.count + number)"),
                                              "mediaType": "VIDEO"])
                }
            }
            ids += try results.map { try #require($0.get().id?.stringValue) }
            remaining -= batch
        }
        return ids
    }

    @Test func everyEntryOnceEvenPastTheCap() async throws {
        let client = try Self.client(callsPerSecond: 700)
        let added = try await Self.seed(client, count: 10_600)
        let pages = Mutex<[KalturaObjectSequence.Progress]>([])
        let sequence = try client.objects(of: KalturaCall("media.list", parameters: ["filter": Self.readyOrNot])!) { progress in
            pages.withLock { $0.append(progress) }
        }
        #expect(sequence.passesMatchCap)
        var seen: [String] = []
        for try await entry in sequence { seen.append(try #require(entry.id?.stringValue)) }
        #expect(seen.count == 10_600)
        #expect(Set(seen) == Set(added))
        let progress = pages.withLock { $0 }
        #expect(progress.first?.totalCount == 10_600)
        #expect(progress.last?.objectsFetched == 10_600)
        #expect(progress.count >= 22)
    }

    @Test func theDynamicSpellingWalksTheSameWay() async throws {
        let client = try Self.client(callsPerSecond: 3)
        let added = try await Self.seed(client, count: 345)
        var seen: [String] = []
        for try await entry in try client.media.list.all(filter: Self.readyOrNot, pager: ["pageSize": 100]) {
            seen.append(try #require(entry.id?.stringValue))
        }
        #expect(seen == added)  // +createdAt, ties in creation order
    }

    @Test func anOrderOtherThanCreatedAtStopsAtTheCapAndSaysWhy() async throws {
        let client = try Self.client(callsPerSecond: 7, maximumMatches: 100)
        _ = try await Self.seed(client, count: 130)
        let filter: KalturaValue = ["objectType": "KalturaMediaEntryFilter", "statusIn": "2,7", "orderBy": "-createdAt"]
        var count = 0
        let error = await #expect(throws: KalturaClientError.self) {
            for try await _ in try client.media.list.all(filter: filter, pager: ["pageSize": 20]) { count += 1 }
        }
        #expect(count == 100)
        #expect(error?.code == .pagingStopped)
        #expect(error?.description == """
            walking every page of media.list stopped: the server returns no match past its cap \
            (QUERY_EXCEEDED_MAX_MATCHES_ALLOWED) and the filter asks for orderBy -createdAt, and only +createdAt \
            lets a walk move past them; narrow the filter, or leave orderBy unset on a filter with createdAtGreaterThanOrEqual
            """)
    }

    @Test func morePastTheCapInOneSecondCannotBeWalked() async throws {
        let client = try Self.client(callsPerSecond: 0, maximumMatches: 100)
        _ = try await Self.seed(client, count: 101)
        var count = 0
        let error = await #expect(throws: KalturaClientError.self) {
            for try await _ in try client.media.list.all(filter: Self.readyOrNot, pager: ["pageSize": 20]) { count += 1 }
        }
        #expect(count == 100)
        #expect(error?.description == """
            walking every page of media.list stopped: more objects share createdAt 1700000000 than the server \
            returns for one query (QUERY_EXCEEDED_MAX_MATCHES_ALLOWED)
            """)
    }

    @Test func theEmulatorCapsPagesAndMatchesLikeTheServer() async throws {
        let client = try Self.client(callsPerSecond: 7, maximumMatches: 1_000)
        _ = try await Self.seed(client, count: 1_050)
        let big = try await client.media.list(filter: Self.readyOrNot, pager: ["pageSize": 2_000])
        #expect(big.objects?.arrayValue?.count == 500)
        #expect(big.totalCount == 1_050)
        let lastReachable = try await client.media.list(filter: Self.readyOrNot, pager: ["pageSize": 500, "pageIndex": 2])
        #expect(lastReachable.objects?.arrayValue?.count == 500)
        let straddling = try await client.media.list(filter: Self.readyOrNot, pager: ["pageSize": 30, "pageIndex": 34])
        #expect(straddling.objects?.arrayValue?.count == 10)  // matches 990 to 999: none past the cap
        let error = await #expect(throws: KalturaAPIError.self) {
            _ = try await client.media.list(filter: Self.readyOrNot, pager: ["pageSize": 500, "pageIndex": 3])
        }
        #expect(error?.code == "QUERY_EXCEEDED_MAX_MATCHES_ALLOWED")
        #expect(error?.message == "Unable to generate list. max matches value was reached")
    }

    @Test func onlyListActionsHavePages() async throws {
        let client = try Self.client(callsPerSecond: 0)
        let error = #expect(throws: KalturaClientError.self) {
            _ = try client.media.get.all(entryId: "0_x")
        }
        #expect(error?.description == """
            media.get is not supported: it does not return a list response (a class with an objects array), so it has no pages to walk
            """)
    }
}
