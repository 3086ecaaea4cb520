import Foundation
import Kaltura
import KalturaEmulator
import Testing

@Suite("Sessions")
struct SessionTests {
    static let now = 1_700_000_000
    let secret = EmulatorHarness.partner.adminSecret

    @Test("session.start with the admin secret returns a KS the server accepts")
    func startAdmin() async throws {
        let harness = try EmulatorHarness()
        let ks = try #require(try await harness.call("session", "start", [
            "secret": .string(secret), "userId": "alice", "type": 2, "partnerId": 101,
        ]).stringValue)
        let session = try KalturaSession.open(ks, secrets: [secret])
        #expect(session.version == .v2)
        #expect(session.userId == "alice")
        #expect(session.rawType == 2)
        #expect(try await harness.call("media", "list", ks: ks)["totalCount"] == 0)
        let info = try await harness.call("session", "get", ks: ks)
        #expect(info["objectType"] == "KalturaSessionInfo")
        #expect(info["userId"] == "alice")
        #expect(info["partnerId"] == 101)
    }

    @Test("session.start: the user secret opens user sessions only; a wrong secret is START_SESSION_ERROR")
    func startSecrets() async throws {
        let harness = try EmulatorHarness()
        let user = try await harness.call("session", "start", ["secret": "user-secret-101", "type": 0, "partnerId": 101])
        #expect(user.stringValue != nil)
        let asAdmin = try await harness.call("session", "start", ["secret": "user-secret-101", "type": 2, "partnerId": 101])
        #expect(asAdmin.apiError == KalturaAPIError(code: "START_SESSION_ERROR",
                                                    message: "Error while starting session for partner [101]", args: ["PID": "101"]))
        let wrong = try await harness.call("session", "start", ["secret": "nope", "partnerId": 101])
        #expect(wrong.apiError?.code == "START_SESSION_ERROR")
        let unknownPartner = try await harness.call("session", "start", ["secret": .string(secret), "partnerId": 999])
        #expect(unknownPartner.apiError?.message == "Error while starting session for partner [999]")
    }

    @Test("locally signed KS v1 and v2 are accepted")
    func localTokens() async throws {
        let harness = try EmulatorHarness()
        let v1 = KalturaSessionGenerator.generateV1(adminSecret: secret, userId: "bob", type: .admin, partnerId: 101, expiry: 600)
        let v2 = KalturaSessionGenerator.generateV2(adminSecret: secret, userId: "carol", type: .admin, partnerId: 101,
                                                    expiry: 600, privileges: "disableentitlement")
        #expect(try await harness.call("media", "list", ks: v1)["totalCount"] == 0)
        #expect(try await harness.call("media", "list", ks: v2)["totalCount"] == 0)
    }

    @Test("a KS signed with another secret is INVALID_KS -1,INVALID_STR (v1 and v2)")
    func wrongSecret() async throws {
        let harness = try EmulatorHarness()
        for ks in [
            KalturaSessionGenerator.generateV1(adminSecret: "other", userId: "m", type: .admin, partnerId: 101),
            KalturaSessionGenerator.generateV2(adminSecret: "other", userId: "m", type: .admin, partnerId: 101),
        ] {
            let error = try await harness.call("media", "list", ks: ks).apiError
            #expect(error == KalturaAPIError(code: "INVALID_KS", message: #"Invalid KS "\#(ks)", Error "-1,INVALID_STR""#,
                                             args: ["KSID": ks, "ERR_CODE": "-1", "ERR_DESC": "INVALID_STR"]))
        }
    }

    @Test("an expired KS is INVALID_KS -5,EXPIRED")
    func expired() async throws {
        let harness = try EmulatorHarness(clock: { Self.now })
        let ks = KalturaSessionGenerator.generateV1(adminSecret: secret, userId: "d", type: .admin, partnerId: 101,
                                                    expiry: -60, now: Self.now)
        let error = try await harness.call("media", "list", ks: ks).apiError
        #expect(error?.message == #"Invalid KS "\#(ks)", Error "-5,EXPIRED""#)
        let atExpiry = KalturaSessionGenerator.generateV2(adminSecret: secret, userId: "d", type: .admin, partnerId: 101,
                                                          expiry: 0, now: Self.now)
        #expect(try await harness.call("media", "list", ks: atExpiry).apiError?.args["ERR_CODE"] == "-5")
    }

    @Test("garbage and unknown partners: -1,INVALID_STR and -2,INVALID_PARTNER")
    func malformed() async throws {
        let harness = try EmulatorHarness()
        #expect(try await harness.call("media", "list", ks: "not a ks!").apiError?.args["ERR_DESC"] == "INVALID_STR")
        let otherPartner = KalturaSessionGenerator.generateV2(adminSecret: secret, userId: "", type: .admin, partnerId: 555)
        #expect(try await harness.call("media", "list", ks: otherPartner).apiError?.args["ERR_DESC"] == "INVALID_PARTNER")
    }

    @Test("actions that need a session refuse calls without one; ping, getTime and getVersion do not")
    func missingKS() async throws {
        let harness = try EmulatorHarness()
        #expect(try await harness.call("media", "list").apiError?.code == "MISSING_KS")
        #expect(try await harness.call("system", "ping") == true)
        #expect(try await harness.call("system", "getTime").intValue != nil)
        #expect(try await harness.call("system", "getVersion") == "22.15.0")
    }

    @Test("session.end makes the KS invalid (-6,LOGOUT)")
    func end() async throws {
        let harness = try EmulatorHarness()
        let ks = harness.adminKS()
        #expect(try await harness.call("session", "end", ks: ks) == .null)
        #expect(try await harness.call("media", "list", ks: ks).apiError?.message == #"Invalid KS "\#(ks)", Error "-6,LOGOUT""#)
    }
}
