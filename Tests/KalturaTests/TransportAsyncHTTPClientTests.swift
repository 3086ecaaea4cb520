import Foundation
import Kaltura
import KalturaSchema
import Logging
import Testing

/// ``KalturaAsyncHTTPClientTransport`` against the misbehaving loopback server: the same
/// guarantees and whole messages as the URLSession transport (deadline, size cap, no redirects,
/// refused connections, cancellation), and a reset kept-alive connection failing at once.
@Suite("AsyncHTTPClient transport faults", .serialized, .timeLimit(.minutes(1)))
struct TransportAsyncHTTPClientTests {
    private func client(_ url: URL, timeout: Double = 1, limit: Int = 64 << 10) -> KalturaClient {
        KalturaClient(configuration: .init(
            partnerId: 1, serviceURL: url, schemaSource: .demo,
            http: .init(timeout: timeout, transport: KalturaAsyncHTTPClientTransport(), maximumResponseBytes: limit,
                        retryPolicy: .never),
            logger: Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() })), schema: Schema.demo())
    }

    private static let entry: KalturaValue = ["objectType": "KalturaMediaEntry", "name": "x", "mediaType": 1]

    private func message(_ call: () async throws -> Void) async -> String {
        do { try await call() } catch { return "\(error)" }
        return "nothing thrown"
    }

    @Test func aSlowDripHitsTheWholeExchangeDeadline() async throws {
        let server = try MisbehavingServer(.drip(announced: 1000, interval: 0.1))
        defer { server.stop() }
        let clock = ContinuousClock()
        let start = clock.now
        let text = await message { _ = try await client(server.url).media.add(entry: Self.entry) }
        #expect(text == "no complete response from \(server.url.absoluteString)/api_v3/service/media/action/add "
            + "within 1 second (the deadline for the whole exchange)")
        #expect(clock.now - start < .seconds(20))  // the drip would last 100 s
    }

    @Test func aResetOnAReusedConnectionFailsAtOnceAndIsSentOnce() async throws {
        let server = try MisbehavingServer(.answerThenReset(body: #"{"id":"0_a","objectType":"KalturaMediaEntry"}"#))
        defer { server.stop() }
        let client = client(server.url, timeout: 5)
        _ = try await client.media.add(entry: Self.entry)
        let text = await message { _ = try await client.media.add(entry: Self.entry) }
        #expect(text == "no response from \(server.url.absoluteString)/api_v3/service/media/action/add: "
            + "the connection was lost before the response was complete")
        #expect(server.requests.count == 2)
    }

    @Test func anOversizedBodyStopsAtTheLimit() async throws {
        let server = try MisbehavingServer(.stream(bytes: 1 << 20, announced: nil))
        defer { server.stop() }
        let text = await message { _ = try await client(server.url, limit: 1000).system.ping() }
        #expect(text == "the response from \(server.url.absoluteString)/api_v3/service/system/action/ping is larger "
            + "than the limit of 1000 bytes; reading stopped there")
    }

    @Test func aRedirectIsRefused() async throws {
        let server = try MisbehavingServer(.raw("HTTP/1.1 302 Found\r\nLocation: http://127.0.0.2:9/x?ks=SECRETKS\r\nContent-Length: 0\r\n\r\n"))
        defer { server.stop() }
        let text = await message { _ = try await client(server.url).system.ping() }
        #expect(!text.contains("SECRETKS"))
        #expect(text.contains("302"))
        #expect(server.requests.count == 1)
    }

    @Test func aRefusedConnectionFailsAtOnce() async throws {
        let server = try MisbehavingServer(.reset)
        let url = server.url
        server.stop()
        let text = await message { _ = try await client(url, timeout: 5).system.ping() }
        #expect(text == "no response from \(url.absoluteString)/api_v3/service/system/action/ping: "
            + "cannot connect to the server (connection refused)")
    }

    @Test func cancellingTheTaskStopsTheRequestPromptly() async throws {
        let server = try MisbehavingServer(.drip(announced: 100, interval: 10))
        defer { server.stop() }
        let client = client(server.url, timeout: 30)
        let call = Task { try await client.system.ping() }
        while server.requests.isEmpty { try await Task.sleep(nanoseconds: 10_000_000) }
        let clock = ContinuousClock()
        let start = clock.now
        call.cancel()
        var text = ""
        do { _ = try await call.value } catch { text = "\(error)" }
        #expect(text == "no response from \(server.url.absoluteString)/api_v3/service/system/action/ping: the call was cancelled")
        #expect(clock.now - start < .seconds(1))
    }
}
