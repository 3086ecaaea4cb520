import Foundation
import Kaltura
import Testing

/// Sessions and secrets stay out of logs and error messages.
@Suite("Redaction")
struct RedactionTests {
    @Test func requestLogsRedactSessionsSecretsAndPasswords() async throws {
        let logs = CapturedLogs()
        let transport = FakeTransport(body: #"{"code":"INVALID_KS","message":"Invalid KS \"KS-SECRET-1\", Error \"-1,INVALID_STR\"","# +
            #""objectType":"KalturaAPIException","args":{"KSID":"KS-SECRET-1"}}"#)
        let client = TestClients.make(transport: transport, validates: false, logger: logs.logger())
        client.ks = "KS-SECRET-1"
        await #expect(throws: KalturaAPIError.self) {
            _ = try await client.user.loginByLoginId(loginId: "a@b.c", password: "hunter2-password", ks: "KS-SECRET-2")
        }
        let text = logs.text
        #expect(text.contains("user.loginByLoginId"))
        #expect(text.contains("INVALID_KS"))
        for secret in ["KS-SECRET-1", "KS-SECRET-2", "hunter2-password"] {
            #expect(!text.contains(secret), "\(secret) leaked into the logs")
        }
        // The error itself is the server's, unchanged: callers may need the KS id it names.
        #expect(transport.lastBody?.contains("KS-SECRET-2") == true)
    }

    @Test func sessionShapedTokensAreRedactedEvenWhenUnknown() async {
        let v2 = KalturaSessionGenerator.generateV2(adminSecret: "x", userId: "someone@example.com", type: .admin, partnerId: 99)
        let v1 = KalturaSessionGenerator.generateV1(adminSecret: "x", userId: "someone", type: .user, partnerId: 99)
        let body = "<html>ks=\(v1)&next=\(v2)</html>"
        let client = TestClients.make(transport: FakeTransport(status: 401, contentType: "text/html", body: body))
        do {
            _ = try await client.system.ping()
            Issue.record("expected an error")
        } catch {
            let text = "\(error)"
            #expect(!text.contains(v1))
            #expect(!text.contains(v2))
            #expect(text.contains("body starts \"<html>ks=[redacted]&next=[redacted]</html>\""))
        }
    }

    @Test func longBodiesAreCut() async {
        let body = "<html>" + String(repeating: "x ", count: 3000) + "</html>"
        let client = TestClients.make(transport: FakeTransport(status: 500, contentType: "text/html", body: body))
        do {
            _ = try await client.system.ping()
        } catch let error as KalturaClientError where error.code == .unexpectedResponse {
            #expect(error.responseProblem?.excerpt.count == 201)
            #expect(error.responseProblem?.excerpt.hasSuffix("…") == true)
        } catch {
            Issue.record("unexpected \(error)")
        }
    }
}
