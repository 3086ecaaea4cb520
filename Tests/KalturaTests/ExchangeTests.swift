import Foundation
@testable import Kaltura
import Testing

/// The exchange step: transport failures mapped to client errors, oversized responses refused,
/// and the exchange logged with secrets redacted.
@Suite("Exchange")
struct ExchangeTests {
    struct Refused: Error, CustomStringConvertible {
        var description: String { "refused while sending KS-SECRET" }
    }

    static let request = KalturaHTTPRequest(method: "POST", url: URL(string: "https://kaltura.example/api_v3/service/media/action/get?ks=KS-SECRET")!,
                                            maximumResponseBytes: 10)

    private func exchange(_ transport: any KalturaTransport, logs: CapturedLogs = CapturedLogs()) -> KalturaExchange {
        KalturaExchange(transport: transport, logger: logs.logger())
    }

    private func send(_ exchange: KalturaExchange) async throws -> KalturaHTTPResponse {
        try await exchange.send(Self.request, call: "media.get", parameters: ["entryId": "0_a", "ks": "KS-SECRET"],
                                secrets: ["KS-SECRET"]) { $0 }
    }

    @Test func transportFailuresBecomeTransportFailedWithSecretsRedacted() async {
        let transport = FakeTransport { _ in throw Refused() }
        await #expect(throws: KalturaClientError.transportFailed(
            url: Self.request.url.absoluteString, reason: "refused while sending [redacted]")) {
            _ = try await send(exchange(transport))
        }
    }

    @Test func theTransportsOwnClientErrorsPassUnchanged() async {
        let timedOut = KalturaClientError.timedOut(url: "https://kaltura.example/api_v3/service/media/action/get", seconds: 2)
        await #expect(throws: timedOut) {
            _ = try await send(exchange(FakeTransport { _ in throw timedOut }))
        }
    }

    @Test func responsesOverTheLimitAreRefusedNamedWithoutTheirQuery() async throws {
        await #expect(throws: KalturaClientError.responseTooLarge(
            url: "https://kaltura.example/api_v3/service/media/action/get", limit: 10)) {
            _ = try await send(exchange(FakeTransport(body: "01234567890")))
        }
        let response = try await send(exchange(FakeTransport(body: "0123456789")))
        #expect(response == KalturaHTTPResponse(status: 200, headers: ["Content-Type": "application/json"],
                                                body: Array("0123456789".utf8)))
    }

    @Test func theExchangeIsLoggedWithSecretsRedacted() async {
        let logs = CapturedLogs()
        let failure = KalturaAPIError(code: "INVALID_KS", message: "Invalid KS \"KS-SECRET\"")
        await #expect(throws: failure) {
            _ = try await exchange(FakeTransport(body: "{}"), logs: logs)
                .send(Self.request, call: "media.get", parameters: ["entryId": "0_a", "ks": "KS-SECRET"],
                      secrets: ["KS-SECRET"]) { _ -> Int in throw failure }
        }
        let entries = logs.entries
        #expect(entries.map(\.message) == ["request", "response", "API error"])
        #expect(entries.first?.line == #"request call=media.get parameters={"entryId":"0_a","ks":"[redacted]"}"#)
        #expect(entries.last?.line == #"API error call=media.get code=INVALID_KS message=Invalid KS "[redacted]""#)
        #expect(!logs.text.contains("KS-SECRET"))
    }

    @Test func aServeURLIsReturnedWhole() {
        let logs = CapturedLogs()
        let value = exchange(FakeTransport(body: "null"), logs: logs)
            .serveURL(of: Self.request, call: "thumbAsset.serve", secrets: ["KS-SECRET"])
        #expect(value == .string(Self.request.url.absoluteString))
        #expect(logs.text
            == "serve URL call=thumbAsset.serve url=https://kaltura.example/api_v3/service/media/action/get?ks=[redacted]")
    }
}
