import Foundation
import Kaltura
import KalturaSchema
import Logging
import Testing

/// The whole-exchange deadline and cancellation over loopback (``MisbehavingServer``) through the
/// default transport (``KalturaSocketTransport`` for `http://`): a slow drip is cut off at the deadline with the exact message, a
/// deadline is not retried, a call's own timeout overrides the client's, and cancelling the task
/// ends the call promptly, whether it is waiting for the server or pausing between attempts.
@Suite("Deadlines and cancellation", .serialized, .timeLimit(.minutes(1)))
struct DeadlineTests {
    private func client(_ server: MisbehavingServer, timeout: Double) -> KalturaClient {
        KalturaClient(configuration: .init(
            partnerId: 1, serviceURL: server.url, schemaSource: .demo, http: .init(timeout: timeout),
            logger: Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() })), schema: Schema.demo())
    }

    private func getURL(_ server: MisbehavingServer) -> String {
        "\(server.url.absoluteString)/api_v3/service/media/action/get"
    }

    @Test func aByteASecondDripIsCutOffAtTheDeadlineAndNotRetried() async throws {
        let server = try MisbehavingServer(.drip(announced: 100, interval: 1))
        defer { server.stop() }
        let clock = ContinuousClock()
        let start = clock.now
        var message = ""
        do { _ = try await client(server, timeout: 1.5).media.get(entryId: "0_a") } catch { message = "\(error)" }
        let elapsed = clock.now - start
        #expect(message == "no complete response from \(getURL(server)) within 1.5 seconds (the deadline for the whole exchange)")
        // The drip would last 100 s; the bound is loose because other suites share the CPU.
        #expect(elapsed >= .seconds(1.4) && elapsed < .seconds(20), "took \(elapsed)")
        #expect(server.requests.count == 1)
    }

    @Test func aCallsOwnTimeoutOverridesTheClients() async throws {
        let server = try MisbehavingServer(.drip(announced: 100, interval: 10))
        defer { server.stop() }
        let clock = ContinuousClock()
        let start = clock.now
        var message = ""
        do {
            _ = try await client(server, timeout: 30).overriding { $0.timeout = 0.5 }.media.get(entryId: "0_a")
        } catch { message = "\(error)" }
        #expect(message == "no complete response from \(getURL(server)) within 0.5 seconds (the deadline for the whole exchange)")
        #expect(clock.now - start < .seconds(10))  // the client's 30 s did not apply
    }

    @Test func cancellingTheTaskStopsTheRequestPromptly() async throws {
        let server = try MisbehavingServer(.drip(announced: 100, interval: 10))
        defer { server.stop() }
        let client = client(server, timeout: 30)
        let call = Task { try await client.media.get(entryId: "0_a") }
        try await Task.sleep(nanoseconds: 300_000_000)
        let clock = ContinuousClock()
        let start = clock.now
        call.cancel()
        var message = ""
        do { _ = try await call.value } catch { message = "\(error)" }
        #expect(message == "no response from \(getURL(server)): the call was cancelled")
        #expect(clock.now - start < .seconds(1), "took \(clock.now - start)")
        #expect(server.requests.count == 1)
    }

    @Test func cancellingDuringAPauseBetweenAttemptsStopsPromptly() async throws {
        let busy = "HTTP/1.1 503 Service Unavailable\r\nRetry-After: 20\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
        let server = try MisbehavingServer(.script([busy]))
        defer { server.stop() }
        let client = client(server, timeout: 30)
        let call = Task { try await client.system.ping() }
        // Cancel once the 503 has been answered and the client is pausing for its Retry-After.
        while server.requests.isEmpty { try await Task.sleep(nanoseconds: 10_000_000) }
        try await Task.sleep(nanoseconds: 300_000_000)
        let clock = ContinuousClock()
        let start = clock.now
        call.cancel()
        var message = ""
        do { _ = try await call.value } catch { message = "\(error)" }
        #expect(message == "no response from \(server.url.absoluteString)/api_v3/service/system/action/ping: the call was cancelled")
        #expect(clock.now - start < .seconds(1), "took \(clock.now - start)")
        #expect(server.requests.count == 1)
    }
}
