import Foundation
import Kaltura
import Testing

/// Sessions made locally by the client, and `session.start` through the API like any action.
@Suite("Client sessions")
struct ClientSessionTests {
    static let secret = "0123456789abcdef0123456789abcdef"

    @Test func generatedSessionsUseTheConfiguredPartner() throws {
        let client = TestClients.make(partnerId: 12345)
        let v1 = try client.generateSession(adminSecret: Self.secret, userId: "me", type: .admin, expiry: 600, privileges: "disableentitlement",
                                        version: .v1)
        let opened = try KalturaSession.open(v1, secrets: [Self.secret])
        #expect(opened.version == .v1)
        #expect(opened.partnerId == 12345)
        #expect(opened.userId == "me")
        #expect(opened.type == .admin)
        #expect(opened.privileges == ["disableentitlement": ""])
        #expect(abs(opened.expiry - Int(Date().timeIntervalSince1970) - 600) < 60)

        let v2 = try client.generateSession(adminSecret: Self.secret, userId: "you", type: .user)  // V2 by default
        let openedV2 = try KalturaSession.open(v2, secrets: [Self.secret])
        #expect(openedV2.version == .v2)
        #expect(openedV2.userId == "you")
        #expect(openedV2.type == .user)
    }

    @Test func withoutAPartnerIdThereIsNoLocalSession() {
        let client = TestClients.make()
        #expect(throws: KalturaClientError.missingPartnerId) {
            _ = try client.generateSession(adminSecret: Self.secret)
        }
    }

    @Test func sessionStartIsAnOrdinaryActionAndItsSecretIsNeverLogged() async throws {
        let logs = CapturedLogs()
        let transport = FakeTransport(body: #""djJ8MTIzNDV8c2Vzc2lvbg==""#)
        let client = TestClients.make(transport: transport, logger: logs.logger())
        let ks = try await client.session.start(Self.secret, "me", "ADMIN", 12345)
        #expect(ks == "djJ8MTIzNDV8c2Vzc2lvbg==")
        #expect(transport.lastBody == #"{"format":1,"clientTag":"swift-test","apiVersion":"22.15.0","# +
            #""secret":"0123456789abcdef0123456789abcdef","userId":"me","type":2,"partnerId":12345}"#)
        client.ks = ks.stringValue
        _ = try await client.system.ping()
        #expect(!logs.text.isEmpty)
        #expect(!logs.text.contains(Self.secret))
        #expect(logs.text.contains("[redacted]"))
    }
}
