import Foundation
import Kaltura

/// A transport that records requests and answers from a closure, for tests that must not touch the network.
final class FakeTransport: KalturaTransport, @unchecked Sendable {
    private let lock = NSLock()
    private var recorded: [KalturaHTTPRequest] = []
    private let responder: @Sendable (KalturaHTTPRequest) throws -> KalturaHTTPResponse

    init(_ responder: @escaping @Sendable (KalturaHTTPRequest) throws -> KalturaHTTPResponse) {
        self.responder = responder
    }

    /// Answers every request with the same body.
    convenience init(status: Int = 200, contentType: String? = "application/json", body: String) {
        self.init { _ in
            KalturaHTTPResponse(status: status, headers: contentType.map { ["Content-Type": $0] } ?? [:], body: Array(body.utf8))
        }
    }

    /// The requests sent so far.
    var requests: [KalturaHTTPRequest] {
        lock.lock()
        defer { lock.unlock() }
        return recorded
    }

    /// The body of the last request as text.
    var lastBody: String? {
        requests.last.map { String(decoding: $0.body, as: UTF8.self) }
    }

    func send(_ request: KalturaHTTPRequest) async throws -> KalturaHTTPResponse {
        record(request)
        return try responder(request)
    }

    private func record(_ request: KalturaHTTPRequest) {
        lock.lock()
        defer { lock.unlock() }
        recorded.append(request)
    }
}

/// A transport whose server is never there.
struct UnreachableTransport: KalturaTransport {
    struct ConnectionRefused: Error, CustomStringConvertible {
        var description: String { "connection refused" }
    }

    func send(_ request: KalturaHTTPRequest) async throws -> KalturaHTTPResponse {
        throw ConnectionRefused()
    }
}
