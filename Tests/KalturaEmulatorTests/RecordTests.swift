import Foundation
import Kaltura
import KalturaEmulator
import Testing

@Suite("Call records")
struct RecordTests {
    @Test("one JSON line per call, with parameters as understood; multirequest items one line each; secrets redacted")
    func recordLines() async throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("emulator-record-\(UUID().uuidString).jsonl")
        defer { try? FileManager.default.removeItem(at: url) }
        let harness = try EmulatorHarness(recordURL: url)
        _ = try await harness.call("session", "start", ["secret": "admin-secret-101", "partnerId": "101", "type": "2"])
        _ = try await harness.admin("media", "list", [
            "filter": ["objectType": "KalturaMediaEntryFilter", "nameLike": "x", "tagsLike": .null],
            "pager": ["objectType": "KalturaFilterPager", "pageSize": "10"],
        ])
        _ = await harness.raw("/api_v3/service/multirequest", query: "format=1&0:service=system&0:action=ping&1:service=nosuch&1:action=x")
        let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map(String.init)
        #expect(lines == [
            #"{"service":"session","action":"start","params":{"secret":"<redacted>","userId":"","type":2,"partnerId":101,"expiry":86400}}"#,
            #"{"service":"media","action":"list","params":{"filter":{"objectType":"KalturaMediaEntryFilter","nameLike":"x","tagsLike__null":""},"pager":{"objectType":"KalturaFilterPager","pageSize":10}}}"#,
            #"{"service":"system","action":"ping","params":{}}"#,
            #"{"service":"nosuch","action":"x","params":{},"error":"SERVICE_DOES_NOT_EXISTS"}"#,
        ])
    }
}
