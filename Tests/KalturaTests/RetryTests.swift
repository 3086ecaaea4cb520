import Foundation
@testable import Kaltura
import KalturaSchema
import Logging
import Testing

/// Retries over loopback (``MisbehavingServer``) through the default transport (sockets): reads are
/// sent again after 5xx, 429 and connection failures, honouring `Retry-After`; writes are sent once
/// unless the call opts in; multirequests only when every call reads.
@Suite("Retries", .serialized, .timeLimit(.minutes(1)))
struct RetryTests {
    static let entry: KalturaValue = ["objectType": "KalturaMediaEntry", "name": "x", "mediaType": 1]
    static let entryJSON = #"{"objectType":"KalturaMediaEntry","id":"0_a","name":"x"}"#

    static func answer(_ status: String, body: String = "busy", contentType: String = "text/plain",
                       extra: String = "") -> String {
        "HTTP/1.1 \(status)\r\nContent-Type: \(contentType)\r\nContent-Length: \(body.utf8.count)\r\n\(extra)"
            + "Connection: close\r\n\r\n\(body)"
    }

    static let busy = answer("503 Service Unavailable")

    private func client(_ url: URL, pauses: RecordedPauses, policy: KalturaRetryPolicy = .default,
                        logger: Logger = Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() })) -> KalturaClient {
        KalturaClient(configuration: .init(
            partnerId: 1, serviceURL: url, schemaSource: .demo,
            http: .init(timeout: 2, retryPolicy: policy, retryTiming: pauses.timing()), logger: logger),
                      schema: Schema.demo())
    }

    @Test func aReadIsRetriedAfter503sHonouringRetryAfterThenSucceeds() async throws {
        let server = try MisbehavingServer(.script([
            Self.answer("503 Service Unavailable", extra: "Retry-After: 2\r\n"),
            Self.answer("503 Service Unavailable", extra: "Retry-After: 0\r\n"),
            Self.answer("200 OK", body: "true", contentType: "application/json"),
        ]))
        defer { server.stop() }
        let pauses = RecordedPauses()
        let result = try await client(server.url, pauses: pauses).system.ping()
        #expect(result == true)
        #expect(server.requests.count == 3)
        #expect(pauses.pauses == [2, 0])
    }

    @Test func withoutRetryAfterThePausesGrowWithJitter() async throws {
        let server = try MisbehavingServer(.script([
            Self.answer("500 Internal Server Error"), Self.answer("429 Too Many Requests"),
            Self.answer("200 OK", body: Self.entryJSON, contentType: "application/json"),
        ]))
        defer { server.stop() }
        let pauses = RecordedPauses()
        let entry = try await client(server.url, pauses: pauses).media.get(entryId: "0_a")
        #expect(entry["id"] == "0_a")
        #expect(server.requests == Array(repeating: "/api_v3/service/media/action/get", count: 3))
        // 0.5 s then 1 s, of which the jitter (0.5 here) keeps three quarters.
        #expect(pauses.pauses == [0.375, 0.75])
    }

    @Test func aFailingAddIsSentExactlyOnce() async throws {
        let server = try MisbehavingServer(.script([Self.busy]))
        defer { server.stop() }
        let pauses = RecordedPauses()
        await #expect(throws: KalturaClientError.self) {
            _ = try await client(server.url, pauses: pauses).media.add(entry: Self.entry)
        }
        #expect(server.requests == ["/api_v3/service/media/action/add"])
        #expect(pauses.pauses.isEmpty)
    }

    @Test func anAddIsRetriedWhenTheCallOptsIn() async throws {
        let server = try MisbehavingServer(.script([Self.busy, Self.answer("200 OK", body: Self.entryJSON, contentType: "application/json")]))
        defer { server.stop() }
        let pauses = RecordedPauses()
        let persistent = client(server.url, pauses: pauses).overriding { $0.retryPolicy = .always(maximumAttempts: 2) }
        let entry = try await persistent.media.add(entry: Self.entry)
        #expect(entry["id"] == "0_a")
        #expect(server.requests.count == 2)
        #expect(pauses.pauses.count == 1)
    }

    @Test func theLastAnswerIsReportedWhenAttemptsRunOut() async throws {
        let server = try MisbehavingServer(.script([Self.busy]))
        defer { server.stop() }
        let pauses = RecordedPauses()
        var message = ""
        do { _ = try await client(server.url, pauses: pauses).system.ping() } catch { message = "\(error)" }
        #expect(message == "unexpected response to system.ping: HTTP 503, Content-Type text/plain: the status is not 2xx; body starts \"busy\"")
        #expect(server.requests.count == 3)
        #expect(pauses.pauses.count == 2)
    }

    @Test func aRetryAfterLongerThanTheLongestPauseEndsTheRetries() async throws {
        let server = try MisbehavingServer(.script([Self.answer("503 Service Unavailable", extra: "Retry-After: 3600\r\n")]))
        defer { server.stop() }
        let pauses = RecordedPauses()
        await #expect(throws: KalturaClientError.self) { _ = try await client(server.url, pauses: pauses).system.ping() }
        #expect(server.requests.count == 1)
        #expect(pauses.pauses.isEmpty)
    }

    @Test func zeroRetriesSendsOnce() async throws {
        let server = try MisbehavingServer(.script([Self.busy]))
        defer { server.stop() }
        let pauses = RecordedPauses()
        await #expect(throws: KalturaClientError.self) {
            _ = try await client(server.url, pauses: pauses, policy: KalturaRetryPolicy(maximumAttempts: 1)).system.ping()
        }
        #expect(server.requests.count == 1)
    }

    @Test func aRefusedConnectionIsRetriedForARead() async throws {
        let server = try MisbehavingServer(.reset)
        let url = server.url
        server.stop()
        let pauses = RecordedPauses()
        var message = ""
        do { _ = try await client(url, pauses: pauses).system.ping() } catch { message = "\(error)" }
        #expect(message == "no response from \(url.absoluteString)/api_v3/service/system/action/ping: "
            + "cannot connect to the server (connection refused)")
        #expect(pauses.pauses == [0.375, 0.75])
    }

    @Test func aRefusedConnectionIsNotRetriedForAWrite() async throws {
        let server = try MisbehavingServer(.reset)
        let url = server.url
        server.stop()
        let pauses = RecordedPauses()
        await #expect(throws: KalturaClientError.self) { _ = try await client(url, pauses: pauses).media.add(entry: Self.entry) }
        #expect(pauses.pauses.isEmpty)
    }

    @Test func eachRetryIsLoggedWithItsAttemptReasonAndPauseWithoutTheKS() async throws {
        let server = try MisbehavingServer(.script([Self.busy, Self.answer("200 OK", body: "true", contentType: "application/json")]))
        defer { server.stop() }
        let logs = CapturedLogs()
        let client = client(server.url, pauses: RecordedPauses(), logger: logs.logger(level: .warning))
        client.ks = "SECRETKS"
        _ = try await client.system.ping()
        #expect(logs.entries.map(\.line) == ["retrying attempt=2 of 3 call=system.ping delay=0.375 s reason=HTTP 503"])
        #expect(logs.entries.allSatisfy { $0.level == .warning })
        #expect(!logs.text.contains("SECRETKS"))
    }
}

/// Which calls a retry policy applies to, through a fake transport answering 503 then success.
@Suite("Retry scope")
struct RetryScopeTests {
    private func client(_ transport: FakeTransport, pauses: RecordedPauses) -> KalturaClient {
        KalturaClient(configuration: .init(
            serviceURL: TestClients.serviceURL, schemaSource: .demo,
            http: .init(transport: transport, retryTiming: pauses.timing()),
            logger: Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() })), schema: Schema.demo())
    }

    @Test func theTableOfRepeatableActions() {
        let repeatable = ["get", "getByIds", "getVersion", "list", "listByPartner", "count", "search", "searchEntries",
                          "ping", "serve", "serveByFlavorParamsId"]
        let writing = ["add", "update", "delete", "approve", "export", "start", "forget", "regenerateSecret", "addFromUrl"]
        #expect(repeatable.allSatisfy { KalturaRepeatableCalls.isRepeatable(service: "media", action: $0, parameters: [:]) })
        #expect(!writing.contains { KalturaRepeatableCalls.isRepeatable(service: "media", action: $0, parameters: [:]) })
    }

    @Test func anUploadChunkIsRepeatableAtAnOffsetOrWhenItReplacesTheFile() {
        func repeatable(_ parameters: [String: KalturaValue]) -> Bool {
            KalturaRepeatableCalls.isRepeatable(service: "uploadtoken", action: "upload",
                                                parameters: .init(uniqueKeysWithValues: parameters.map { ($0.key, $0.value) }))
        }
        #expect(repeatable(["resume": true, "resumeAt": .float(1_048_576)]))
        #expect(repeatable(["resume": true, "resumeAt": 0]))
        #expect(repeatable([:]))
        #expect(repeatable(["resume": false]))
        #expect(!repeatable(["resume": true]))
        #expect(!repeatable(["resume": true, "resumeAt": .float(-1)]))
    }

    @Test func aMultiRequestOfReadsIsRetriedAndOneWithAWriteIsNot() async throws {
        let pauses = RecordedPauses()
        let attempts = Counter()
        let transport = FakeTransport { _ in
            attempts.increment() == 1
                ? KalturaHTTPResponse(status: 503, headers: ["Content-Type": "text/plain"], body: Array("busy".utf8))
                : KalturaHTTPResponse(status: 200, headers: ["Content-Type": "application/json"], body: Array(#"[true,"22.15.0"]"#.utf8))
        }
        _ = try await client(transport, pauses: pauses).multirequest { batch in
            batch.system.ping()
            batch.system.getVersion()
        }
        #expect(transport.requests.count == 2)

        let writing = FakeTransport(status: 503, contentType: "text/plain", body: "busy")
        await #expect(throws: KalturaClientError.self) {
            _ = try await client(writing, pauses: pauses).multirequest { batch in
                batch.system.ping()
                batch.media.delete(entryId: "0_a")
            }
        }
        #expect(writing.requests.count == 1)
        #expect(pauses.pauses.count == 1)
    }

    @Test func uploadsGetTheUploadTimeoutAndACallMayOverrideEither() async throws {
        let transport = FakeTransport(body: "null")
        let client = KalturaClient(configuration: .init(
            serviceURL: TestClients.serviceURL, schemaSource: .demo,
            http: .init(timeout: 7, uploadTimeout: 900, transport: transport)), schema: Schema.demo())
        let file = KalturaFile(data: Data("chunk".utf8), fileName: "a.bin")
        _ = try await client.system.ping()
        _ = try await client.uploadToken.upload(uploadTokenId: "t", fileData: file)
        _ = try await client.overriding { $0.timeout = 3 }.uploadToken.upload(uploadTokenId: "t", fileData: file)
        _ = try await client.overriding { $0.timeout = 3 }.system.ping()
        #expect(transport.requests.map(\.timeout) == [7, 900, 3, 3])
    }

    @Test func retryAfterReadsSecondsAndHTTPDates() {
        let now = Date(timeIntervalSince1970: 1_700_000_000)  // Tue, 14 Nov 2023 22:13:20 GMT
        #expect(KalturaRetryAfter.seconds(in: "120", now: now) == 120)
        #expect(KalturaRetryAfter.seconds(in: "Tue, 14 Nov 2023 22:13:50 GMT", now: now) == 30)
        #expect(KalturaRetryAfter.seconds(in: "Tue, 14 Nov 2023 22:00:00 GMT", now: now) == 0)
        #expect(KalturaRetryAfter.seconds(in: "soon", now: now) == nil)
    }
}
