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
            #"{"service":"session","action":"start","params":{"secret":"[redacted]","userId":"","type":2,"partnerId":101,"expiry":86400}}"#,
            #"{"service":"media","action":"list","params":{"filter":{"objectType":"KalturaMediaEntryFilter","nameLike":"x","tagsLike__null":""},"pager":{"objectType":"KalturaFilterPager","pageSize":10}}}"#,
            #"{"service":"system","action":"ping","params":{}}"#,
            #"{"service":"nosuch","action":"x","params":{},"error":"SERVICE_DOES_NOT_EXISTS"}"#,
        ])
    }
}

@Suite("Call records keep credentials out")
struct RecordRedactionTests {
    @Test("passwords, admin secrets and sessions are redacted at any depth, and KS-shaped text anywhere")
    func credentialsAtAnyDepth() async throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("emulator-record-\(UUID().uuidString).jsonl")
        defer { try? FileManager.default.removeItem(at: url) }
        let harness = try EmulatorHarness(recordURL: url)
        let ks = harness.adminKS()
        _ = try await harness.admin("user", "add", [
            "user": ["objectType": "KalturaUser", "id": "alice", "email": "alice@example.com", "password": "hunter2-alice"],
        ])
        _ = try await harness.admin("partner", "register", [
            "partner": ["objectType": "KalturaPartner", "name": "p", "adminEmail": "a@b.c", "adminSecret": "partner-admin-secret"],
            "cmsPassword": "cms-password-1",
        ])
        _ = try await harness.admin("session", "get", ["session": .string(ks)])
        _ = try await harness.admin("media", "list", ["filter": ["objectType": "KalturaMediaEntryFilter", "tagsLike": .string("x \(ks) y")]])
        let text = try String(contentsOf: url, encoding: .utf8)
        let lines = text.split(separator: "\n")
        #expect(lines.count == 4)
        for secret in ["hunter2-alice", "partner-admin-secret", "cms-password-1", ks, EmulatorHarness.partner.adminSecret] {
            #expect(!text.contains(secret), "\(secret.prefix(12))… reached the record")
        }
        #expect(lines[0].contains(#""password":"[redacted]""#))
        #expect(lines[0].contains(#""email":"alice@example.com""#))
        #expect(lines[1].contains(#""adminSecret":"[redacted]""#))
        #expect(lines[2] == #"{"service":"session","action":"get","params":{"session":"[redacted]"}}"#)
        #expect(lines[3].contains(#""tagsLike":"x [redacted] y""#))
    }
}
