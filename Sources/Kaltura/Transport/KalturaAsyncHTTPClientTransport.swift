#if canImport(AsyncHTTPClient)
import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1

/// A ``KalturaTransport`` over SwiftNIO's `AsyncHTTPClient`, available on Linux, where it sends
/// small calls over a kept-alive connection much faster than `URLSession` (see BENCHMARKS.md).
///
/// It keeps the guarantees of ``KalturaURLSessionTransport``:
///
/// - ``KalturaHTTPRequest/timeout`` bounds the whole exchange, from connecting to the last byte of
///   the body: ``KalturaClientError/timedOut(url:seconds:)``;
/// - ``KalturaHTTPRequest/maximumResponseBytes`` stops reading as soon as the body (decompressed)
///   or its announced `Content-Length` passes it: ``KalturaClientError/responseTooLarge(url:limit:)``;
/// - redirects are never followed: ``KalturaClientError/redirected(url:status:location:)``;
/// - cancelling the calling task stops the request.
///
/// TLS certificates are verified as the system does it. Responses compressed with gzip or
/// deflate are decompressed.
public struct KalturaAsyncHTTPClientTransport: KalturaTransport {
    /// The client every instance shares: one connection pool on NIO's shared event loops, never
    /// shut down (it lives as long as the process, like `URLSession.shared`).
    private static let shared: HTTPClient = {
        var configuration = HTTPClient.Configuration(redirectConfiguration: .disallow,
                                                     decompression: .enabled(limit: .none))
        configuration.httpVersion = .http1Only
        // A refused connection fails its call at once (the client's retry policy decides what
        // follows) instead of being retried by the pool until the deadline.
        configuration.connectionPool.retryConnectionEstablishment = false
        return HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup, configuration: configuration)
    }()

    private let client: HTTPClient

    /// A transport over the process's shared client.
    public init() {
        client = Self.shared
    }

    public func send(_ request: KalturaHTTPRequest) async throws -> KalturaHTTPResponse {
        // AsyncHTTPClient's deadline ends waiting for the response head, not reading the body, so
        // the whole exchange races a timer of its own; the loser is cancelled.
        let seconds = max(0, request.timeout)
        do {
            return try await race(request, seconds: seconds)
        } catch is CancellationError {
            throw KalturaClientError.transportFailed(url: KalturaExchange.withoutQuery(request.url),
                                                     reason: "the call was cancelled")
        }
    }

    /// The exchange against a timer of `seconds`.
    private func race(_ request: KalturaHTTPRequest, seconds: Double) async throws -> KalturaHTTPResponse {
        try await withThrowingTaskGroup(of: KalturaHTTPResponse?.self) { group in
            group.addTask { try await exchange(request) }
            group.addTask {
                try await Task.sleep(nanoseconds: UInt64(seconds * 1_000_000_000))
                return nil
            }
            defer { group.cancelAll() }
            guard let response = try await group.next() ?? nil else {
                throw KalturaClientError.timedOut(url: KalturaExchange.withoutQuery(request.url), seconds: request.timeout)
            }
            return response
        }
    }

    /// One exchange, without the whole-exchange deadline.
    private func exchange(_ request: KalturaHTTPRequest) async throws -> KalturaHTTPResponse {
        let url = KalturaExchange.withoutQuery(request.url)
        var outgoing = HTTPClientRequest(url: request.url.absoluteString)
        outgoing.method = HTTPMethod(rawValue: request.method)
        for header in request.headers {
            outgoing.headers.add(name: header.name, value: header.value)
        }
        if !outgoing.headers.contains(name: "Accept-Encoding") {
            outgoing.headers.add(name: "Accept-Encoding", value: "gzip, deflate")
        }
        if !request.body.isEmpty {
            outgoing.body = .bytes(ByteBuffer(bytes: request.body))
        }
        let deadline = NIODeadline.now() + .nanoseconds(Int64(max(0, request.timeout) * 1_000_000_000) + 1_000_000_000)
        var received = 0
        var announced: Int?
        do {
            let response = try await client.execute(outgoing, deadline: deadline)
            let status = Int(response.status.code)
            if (300..<400).contains(status), status != 304 {
                let location = response.headers.first(name: "Location").map { location in
                    location.firstIndex(of: "?").map { String(location[..<$0]) } ?? location
                }
                throw KalturaClientError.redirected(url: url, status: status, location: location)
            }
            announced = response.headers.first(name: "Content-Length").flatMap { Int($0) }
            if let limit = request.maximumResponseBytes, let announced, announced > limit,
               response.headers.first(name: "Content-Encoding") == nil {
                throw KalturaClientError.responseTooLarge(url: url, limit: limit)
            }
            var body: [UInt8] = []
            body.reserveCapacity(min(announced ?? 0, request.maximumResponseBytes ?? Int.max, 1 << 20))
            for try await chunk in response.body {
                received += chunk.readableBytes
                if let limit = request.maximumResponseBytes, received > limit {
                    throw KalturaClientError.responseTooLarge(url: url, limit: limit)
                }
                body.append(contentsOf: chunk.readableBytesView)
            }
            var headers: [String: String] = [:]
            for (name, value) in response.headers {
                headers[name] = headers[name].map { $0 + ", " + value } ?? value
            }
            return KalturaHTTPResponse(status: status, headers: headers, body: body)
        } catch let error as KalturaClientError {
            throw error
        } catch {
            throw Self.failure(error, url: url, timeout: request.timeout, received: received, announced: announced)
        }
    }

    /// The client error for an error `AsyncHTTPClient` or NIO reports, with a reason a person can act on.
    static func failure(_ error: any Error, url: String, timeout: Double, received: Int, announced: Int?) -> KalturaClientError {
        if let error = error as? HTTPClientError {
            switch error {
            case .deadlineExceeded, .readTimeout, .connectTimeout, .writeTimeout:
                return .timedOut(url: url, seconds: timeout)
            case .cancelled:
                return .transportFailed(url: url, reason: "the call was cancelled")
            default:
                break
            }
        }
        if error is CancellationError {
            return .transportFailed(url: url, reason: "the call was cancelled")
        }
        if let announced, announced > received {
            return .transportFailed(url: url, reason: "the connection closed after \(received) of the \(announced) body bytes announced")
        }
        let text = "\(error)"
        let reason: String
        if text.contains("connection refused") || text.contains("Connection refused") || text.contains("ECONNREFUSED") {
            reason = "cannot connect to the server (connection refused)"
        } else if (error as? HTTPClientError) == .remoteConnectionClosed || text.contains("reset by peer")
                    || text.contains("ECONNRESET") || text.contains("remoteConnectionClosed") {
            reason = "the connection was lost before the response was complete"
        } else if text.contains("NXDOMAIN") || text.contains("lookup") || text.contains("resolve") {
            reason = "cannot find the server's host"
        } else {
            reason = text
        }
        return .transportFailed(url: url, reason: reason)
    }
}
#endif
