import Foundation
import Kaltura
import KalturaSchema
import Logging
import Testing

/// The client against a misbehaving server on 127.0.0.1 (``MisbehavingServer``), through each real
/// transport (the socket transport that is the default for `http://`, and `URLSession`): every
/// fault ends in a typed error with a whole, asserted message, within a short deadline, and a
/// failing writing call is sent exactly once.
@Suite("Client faults over loopback", .serialized, .timeLimit(.minutes(1)))
struct ClientFaultTests {
    /// No test may take longer than this, whatever the server does.
    static let bound: Duration = .seconds(5)

    /// The transports under test.
    enum Stack: String, CaseIterable, CustomTestStringConvertible {
        case socket, urlSession
        var testDescription: String { rawValue }
        func make() -> any KalturaTransport {
            switch self {
            case .socket: KalturaSocketTransport()
            case .urlSession: KalturaURLSessionTransport()
            }
        }
    }

    private func client(_ server: MisbehavingServer, _ stack: Stack, timeout: Double = 1, limit: Int = 64 << 10) -> KalturaClient {
        KalturaClient(configuration: .init(
            partnerId: 1, serviceURL: server.url, schemaSource: .demo,
            http: .init(timeout: timeout, transport: stack.make(), maximumResponseBytes: limit),
            logger: Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() })), schema: Schema.demo())
    }

    private static let entry: KalturaValue = ["objectType": "KalturaMediaEntry", "name": "x", "mediaType": 1]

    /// Runs `call` and returns what it threw, checking the time it took.
    private func failure(of call: () async throws -> Void, sourceLocation: SourceLocation = #_sourceLocation) async -> String? {
        let clock = ContinuousClock()
        let start = clock.now
        var thrown: (any Error)?
        do { try await call() } catch { thrown = error }
        #expect(clock.now - start < Self.bound, "took \(clock.now - start)", sourceLocation: sourceLocation)
        guard let error = thrown else {
            Issue.record("nothing was thrown", sourceLocation: sourceLocation)
            return nil
        }
        #expect(error is KalturaClientError, "\(type(of: error)): \(error)", sourceLocation: sourceLocation)
        return "\(error)"
    }

    private func addURL(_ server: MisbehavingServer) -> String {
        "\(server.url.absoluteString)/api_v3/service/media/action/add"
    }

    @Test(arguments: Stack.allCases) func aConnectionResetIsATransportFailureAndNotRetried(_ stack: Stack) async throws {
        let server = try MisbehavingServer(.reset)
        defer { server.stop() }
        let message = await failure { _ = try await client(server, stack).media.add(entry: Self.entry) }
        #expect(message == "no response from \(addURL(server)): the connection was lost before the response was complete")
        #expect(server.requests == ["/api_v3/service/media/action/add"])
    }

    /// A server that drops a kept-alive connection after reading a call. The socket transport
    /// reports the reset at once. libcurl (under `URLSession`) retries a dead reused connection on
    /// a fresh one, but FoundationNetworking cannot rewind the POST body, so the retry never
    /// delivers a complete request and stalls until the deadline. Either way the server has
    /// received the writing call exactly once.
    @Test(arguments: Stack.allCases) func aResetOnAReusedConnectionIsNotSentTwice(_ stack: Stack) async throws {
        let server = try MisbehavingServer(.answerThenReset(body: #"{"id":"0_a","objectType":"KalturaMediaEntry"}"#))
        defer { server.stop() }
        let client = client(server, stack, timeout: 1)
        _ = try await client.media.add(entry: Self.entry)
        let message = await failure { _ = try await client.media.add(entry: Self.entry) }
        switch stack {
        case .socket:
            #expect(message == "no response from \(addURL(server)): the connection was lost before the response was complete")
        case .urlSession:
            #expect(message == "no complete response from \(addURL(server)) within 1 second (the deadline for the whole exchange)")
        }
        #expect(server.requests == ["/api_v3/service/media/action/add", "/api_v3/service/media/action/add"])
    }

    @Test(arguments: Stack.allCases) func aSlowDripHitsTheWholeExchangeDeadline(_ stack: Stack) async throws {
        let server = try MisbehavingServer(.drip(announced: 1000, interval: 0.1))
        defer { server.stop() }
        let message = await failure { _ = try await client(server, stack, timeout: 1).media.add(entry: Self.entry) }
        #expect(message == "no complete response from \(addURL(server)) within 1 second (the deadline for the whole exchange)")
        #expect(server.requests.count == 1)
    }

    @Test(arguments: Stack.allCases) func aSilentServerTimesOutWithTheSameMessage(_ stack: Stack) async throws {
        let server = try MisbehavingServer(.drip(announced: 1000, interval: 10))
        defer { server.stop() }
        let message = await failure { _ = try await client(server, stack, timeout: 0.5).system.ping() }
        #expect(message == "no complete response from \(server.url.absoluteString)/api_v3/service/system/action/ping "
            + "within 0.5 seconds (the deadline for the whole exchange)")
    }

    @Test(arguments: Stack.allCases) func aBodyCutShortIsATransportFailure(_ stack: Stack) async throws {
        let server = try MisbehavingServer(.truncated(announced: 1000, sent: 10))
        defer { server.stop() }
        let message = await failure { _ = try await client(server, stack).media.add(entry: Self.entry) }
        #expect(message == "no response from \(addURL(server)): the connection closed after 10 of the 1000 body bytes announced")
        #expect(server.requests.count == 1)
    }

    @Test(arguments: Stack.allCases) func anHTMLErrorPageWithStatus200(_ stack: Stack) async throws {
        let page = "<html><head><title>Maintenance</title></head><body>Back soon</body></html>"
        let server = try MisbehavingServer(.raw("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: \(page.utf8.count)\r\n\r\n\(page)"))
        defer { server.stop() }
        let message = await failure { _ = try await client(server, stack).media.add(entry: Self.entry) }
        #expect(message == "unexpected response to media.add: HTTP 200, Content-Type text/html: an HTML page, not JSON; "
            + "body starts \"\(page)\"")
        #expect(server.requests.count == 1)
    }

    @Test(arguments: Stack.allCases) func anHTMLErrorPageWithStatus502(_ stack: Stack) async throws {
        let page = "<html><body><h1>502 Bad Gateway</h1></body></html>"
        let server = try MisbehavingServer(.raw("HTTP/1.1 502 Bad Gateway\r\nContent-Type: text/html\r\nContent-Length: \(page.utf8.count)\r\n\r\n\(page)"))
        defer { server.stop() }
        let message = await failure { _ = try await client(server, stack).media.add(entry: Self.entry) }
        #expect(message == "unexpected response to media.add: HTTP 502, Content-Type text/html: the status is not 2xx; "
            + "body starts \"\(page)\"")
        #expect(server.requests.count == 1)
    }

    @Test(arguments: Stack.allCases) func aServerErrorIsNotRetried(_ stack: Stack) async throws {
        let server = try MisbehavingServer(.raw("HTTP/1.1 503 Service Unavailable\r\nContent-Type: text/plain\r\nContent-Length: 4\r\n\r\nbusy"))
        defer { server.stop() }
        let message = await failure { _ = try await client(server, stack).media.add(entry: Self.entry) }
        #expect(message == "unexpected response to media.add: HTTP 503, Content-Type text/plain: the status is not 2xx; body starts \"busy\"")
        #expect(server.requests.count == 1)
    }

    @Test(arguments: Stack.allCases) func aRedirectToAnotherHostIsRefused(_ stack: Stack) async throws {
        let server = try MisbehavingServer(.raw("HTTP/1.1 307 Temporary Redirect\r\n"
            + "Location: http://127.0.0.2:9/api_v3/service/media/action/add?ks=SECRETKS\r\nContent-Length: 0\r\n\r\n"))
        defer { server.stop() }
        let message = await failure { _ = try await client(server, stack).media.add(entry: Self.entry) }
        #expect(message == "\(addURL(server)) answered HTTP 307, a redirect to http://127.0.0.2:9/api_v3/service/media/action/add; "
            + "the client follows no redirects, so set serviceURL to the server's real address")
        #expect(message?.contains("SECRETKS") == false)
        #expect(server.requests.count == 1)
    }

    @Test(arguments: Stack.allCases) func aSameHostRedirectIsRefusedToo(_ stack: Stack) async throws {
        let server = try MisbehavingServer(.raw("HTTP/1.1 301 Moved Permanently\r\n"
            + "Location: /api_v3/index.php?service=media&action=add\r\nContent-Length: 0\r\n\r\n"))
        defer { server.stop() }
        let message = await failure { _ = try await client(server, stack).media.add(entry: Self.entry) }
        #expect(message?.hasPrefix("\(addURL(server)) answered HTTP 301, a redirect to ") == true)
        #expect(server.requests.count == 1)
    }

    @Test(arguments: Stack.allCases) func anOversizedBodyStopsAtTheLimit(_ stack: Stack) async throws {
        // No Content-Length: the body ends at close, so only counting while reading can stop it.
        let server = try MisbehavingServer(.stream(bytes: 8 << 20, announced: nil))
        defer { server.stop() }
        let message = await failure { _ = try await client(server, stack, limit: 64 << 10).system.getVersion() }
        #expect(message == "the response from \(server.url.absoluteString)/api_v3/service/system/action/getVersion "
            + "is larger than the limit of 65536 bytes; reading stopped there")
    }

    /// A large body under the limit arrives whole, read in place (no copy per chunk).
    @Test(arguments: Stack.allCases) func aLargeBodyUnderTheLimitArrivesWhole(_ stack: Stack) async throws {
        let server = try MisbehavingServer(.stream(bytes: 8 << 20, announced: nil))
        defer { server.stop() }
        let clock = ContinuousClock()
        let start = clock.now
        let version = try await client(server, stack, timeout: 4, limit: 16 << 20).system.getVersion()
        #expect(version.stringValue?.utf8.count == 8 << 20)
        #expect(clock.now - start < .seconds(4))
    }

    @Test(arguments: Stack.allCases) func anAnnouncedOversizedBodyIsRefusedBeforeReading(_ stack: Stack) async throws {
        let server = try MisbehavingServer(.stream(bytes: 8 << 20, announced: 300 << 20))
        defer { server.stop() }
        let message = await failure { _ = try await client(server, stack, limit: 64 << 10).media.add(entry: Self.entry) }
        #expect(message == "the response from \(addURL(server)) is larger than the limit of 65536 bytes; reading stopped there")
        #expect(server.requests.count == 1)
    }

    /// The schema download stops at the loader's 64 MiB limit as soon as a larger body is announced.
    @Test(arguments: Stack.allCases) func anOversizedSchemaIsRefusedBeforeReading(_ stack: Stack) async throws {
        let server = try MisbehavingServer(.stream(bytes: 1 << 20, announced: 300 << 20))
        defer { server.stop() }
        let message = await failure {
            _ = try await KalturaClient(configuration: .init(
                serviceURL: server.url, schemaSource: .server(cache: nil), http: .init(timeout: 2, transport: stack.make()),
                logger: Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() })))
        }
        let schemaURL = "\(server.url.absoluteString)/api_v3/api_schema.php"
        #expect(message == "cannot load the API schema from \(schemaURL): the response from \(schemaURL) "
            + "is larger than the limit of 67108864 bytes; reading stopped there")
    }

    @Test(arguments: Stack.allCases) func connectionRefused(_ stack: Stack) async throws {
        let server = try MisbehavingServer(.reset)
        let url = server.url
        server.stop()
        let client = KalturaClient(configuration: .init(serviceURL: url, schemaSource: .demo,
                                                       http: .init(timeout: 1, transport: stack.make())),
                                   schema: Schema.demo())
        let message = await failure { _ = try await client.system.ping() }
        #expect(message == "no response from \(url.absoluteString)/api_v3/service/system/action/ping: "
            + "cannot connect to the server (connection refused)")
    }
}

/// The same limits through the ``KalturaTransport`` seam: a transport that does not enforce them
/// itself still cannot pass an oversized body on, and its typed errors reach the caller unchanged.
@Suite("Client faults through the transport seam")
struct TransportSeamFaultTests {
    @Test func anOversizedBodyFromAnyTransportIsRefused() async {
        let transport = FakeTransport(body: "\"" + String(repeating: "x", count: 2000) + "\"")
        let client = KalturaClient(configuration: .init(
            serviceURL: TestClients.serviceURL, schemaSource: .demo,
            http: .init(transport: transport, maximumResponseBytes: 1000)), schema: Schema.demo())
        await #expect(throws: KalturaClientError.responseTooLarge(
            url: "https://www.kaltura.com/api_v3/service/system/action/getVersion", limit: 1000)) {
            _ = try await client.system.getVersion()
        }
        #expect(transport.requests.first?.maximumResponseBytes == 1000)
    }

    @Test func requestsCarryTheirLimits() async throws {
        let transport = ClientSchemaLoadingTests.server()
        let client = try await KalturaClient(configuration: .init(
            serviceURL: ClientSchemaLoadingTests.serviceURL, schemaSource: .server(cache: nil),
            http: .init(timeout: 7, transport: transport)))
        _ = try await client.system.ping()
        #expect(transport.requests.map(\.maximumResponseBytes) == [Schema.defaultMaximumDocumentSize, 64 << 20])
        #expect(transport.requests.map(\.timeout) == [7, 7])
    }

    @Test func aTransportsTypedErrorsPassThrough() async {
        struct SlowTransport: KalturaTransport {
            func send(_ request: KalturaHTTPRequest) async throws -> KalturaHTTPResponse {
                throw KalturaClientError.timedOut(url: request.url.absoluteString, seconds: request.timeout)
            }
        }
        let client = TestClients.make(transport: SlowTransport())
        await #expect(throws: KalturaClientError.timedOut(url: "https://www.kaltura.com/api_v3/service/system/action/ping", seconds: 120)) {
            _ = try await client.system.ping()
        }
    }

    @Test func aFailingWritingCallIsSentOnce() async {
        let transport = FakeTransport(status: 502, contentType: "text/html", body: "<html>Bad Gateway</html>")
        let client = TestClients.make(transport: transport)
        await #expect(throws: KalturaClientError.self) {
            _ = try await client.media.add(entry: ["objectType": "KalturaMediaEntry", "name": "x", "mediaType": 1])
        }
        #expect(transport.requests.count == 1)
    }
}
