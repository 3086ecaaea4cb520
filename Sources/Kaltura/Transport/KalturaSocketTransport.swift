import Foundation

/// A ``KalturaTransport`` for plain `http://` servers that speaks HTTP/1.1 over its own
/// kept-alive sockets, for the lowest cost per call: the default for `http://` URLs (on-premises
/// servers on a private network, `kaltura serve`), while `https://` goes through
/// ``KalturaURLSessionTransport`` and the system's TLS.
///
/// Why it exists: on Linux, `URLSession` hands every request from Swift's thread pool to
/// libdispatch to libcurl and back, and on a small virtual machine each hand-off wakes a sleeping
/// thread. Small sequential calls spent most of their time there (`BENCHMARKS.md`, sequential
/// calls). This transport writes the request and waits for the answer on the calling thread for
/// up to ``inlineWait`` — a local server has answered by then — and only then hands the wait to
/// a thread of its own, so a slow server never holds one of Swift's few pool threads.
///
/// It keeps every guarantee of the URLSession transport:
///
/// - ``KalturaHTTPRequest/timeout`` bounds the whole exchange, connecting included:
///   ``KalturaClientError/timedOut(url:seconds:)``;
/// - ``KalturaHTTPRequest/maximumResponseBytes`` stops reading as soon as the body or its
///   announced `Content-Length` passes it: ``KalturaClientError/responseTooLarge(url:limit:)``;
/// - redirects are never followed: ``KalturaClientError/redirected(url:status:location:)``;
/// - task cancellation shuts the connection down at once;
/// - a kept-alive connection the server has closed is never reused, and a request is never sent
///   twice: a failure is reported, and the client's retry policy decides.
///
/// It asks for gzip or deflate and decodes either (``KalturaContentDecoding``), the size limit
/// applying to the decoded body. It does not use proxies (`KalturaDefaultTransport` routes
/// through `URLSession` when `http_proxy` is set).
public struct KalturaSocketTransport: KalturaTransport {
    /// How long a call waits for its answer on the calling thread before handing the wait to a
    /// thread of its own.
    public static let inlineWait = Duration.milliseconds(2)

    private let pool = KalturaSocketPool()
    private let targets = KalturaSocketTargets()

    /// A transport with no connections yet.
    public init() {}

    /// File ranges are streamed from disk through one 256 KiB buffer.
    public var handlesBodyParts: Bool { true }

    public func send(_ request: KalturaHTTPRequest) async throws -> KalturaHTTPResponse {
        let url = KalturaExchange.withoutQuery(request.url)
        let target = try targets.target(of: request.url, url: url)
        let deadline = ContinuousClock.now + .seconds(max(0, request.timeout))
        let outgoing = try Self.encode(request, target: target, url: url)
        let kept = pool.take(target.key)
        let exchange = KalturaSocketExchange(host: target.host, port: target.port, connection: kept, outgoing: outgoing,
                                             limit: request.maximumResponseBytes, url: url, timeout: request.timeout,
                                             deadline: deadline)
        do {
            let complete = try await withTaskCancellationHandler {
                if Task.isCancelled { throw KalturaClientError.transportFailed(url: url, reason: "the call was cancelled") }
                if kept != nil, try exchange.advance(until: min(deadline, .now + Self.inlineWait)) { return true }
                return try await Self.finishElsewhere(exchange)
            } onCancel: {
                exchange.cancel()
            }
            guard complete else { throw KalturaClientError.timedOut(url: url, seconds: request.timeout) }
        } catch {
            exchange.connection?.close()
            throw error
        }
        if let connection = exchange.connection {
            if exchange.leavesConnectionReusable { pool.put(connection) } else { connection.close() }
        }
        var response = exchange.response
        try KalturaRedirect.refuse(status: response.status, location: response.header("Location"), url: url)
        if let encoding = response.headers["content-encoding"], KalturaContentDecoding.decodes(encoding) {
            do throws(KalturaContentDecoding.Failure) {
                response.body = try KalturaContentDecoding.decode(response.body, limit: request.maximumResponseBytes)
            } catch {
                switch error {
                case .tooLarge:
                    throw KalturaClientError.responseTooLarge(url: url, limit: request.maximumResponseBytes ?? 0)
                case .malformed(let reason):
                    throw KalturaClientError.transportFailed(url: url, reason: "the \(encoding) body cannot be decoded: \(reason)")
                }
            }
            // The body is decoded; the fields that described the encoded one no longer apply.
            response.headers["content-encoding"] = nil
            response.headers["content-length"] = nil
        }
        return response
    }

    /// Runs the rest of the exchange on a thread of its own, until the deadline.
    private static func finishElsewhere(_ exchange: KalturaSocketExchange) async throws -> Bool {
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Bool, Error>) in
            let thread = Thread {
                continuation.resume(with: Result { () throws(KalturaClientError) -> Bool in
                    try exchange.advance(until: exchange.deadline)
                })
            }
            thread.name = "kaltura-http"
            thread.start()
        }
    }

    /// Where a request goes.
    struct Target: Sendable {
        let host: String
        let port: Int
        /// The `Host` header.
        let authority: String
        /// The request target: the path and query, percent-encoded.
        let path: String
        var key: String { "\(host):\(port)" }
    }

    static func target(of requestURL: URL, url: String) throws(KalturaClientError) -> Target {
        guard requestURL.scheme?.lowercased() == "http",
              let components = URLComponents(url: requestURL, resolvingAgainstBaseURL: false),
              var host = components.host, !host.isEmpty else {
            throw .transportFailed(url: url, reason: "KalturaSocketTransport sends only to http:// URLs")
        }
        if host.hasPrefix("["), host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
        let port = components.port ?? 80
        var authority = host.contains(":") ? "[\(host)]" : host
        if let explicit = components.port { authority += ":\(explicit)" }
        var path = components.percentEncodedPath.isEmpty ? "/" : components.percentEncodedPath
        if let query = components.percentEncodedQuery { path += "?" + query }
        return Target(host: host, port: port, authority: authority, path: path)
    }

    /// The request as parts to send: the request line, `Host`, `Accept-Encoding` (unless the
    /// request sets its own), the request's own header fields,
    /// the body's `Content-Length`, and the body (its file ranges still to be read).
    static func encode(_ request: KalturaHTTPRequest, target: Target, url: String) throws(KalturaClientError) -> [KalturaHTTPBodyPart] {
        var head = "\(request.method) \(target.path) HTTP/1.1\r\nHost: \(target.authority)\r\n"
        if request.header("Accept-Encoding") == nil { head += "Accept-Encoding: gzip, deflate\r\n" }
        for header in request.headers {
            let name = header.name.lowercased()
            if name == "host" || name == "content-length" || name == "connection" || name == "transfer-encoding" { continue }
            // Bytes, not characters: "\r\n" is one Character, equal to neither "\r" nor "\n".
            guard !header.name.utf8.contains(where: { $0 == 13 || $0 == 10 || $0 == 58 }),
                  !header.value.utf8.contains(where: { $0 == 13 || $0 == 10 }) else {
                throw .transportFailed(url: url, reason: "the header field \"\(header.name)\" contains a line break or a colon")
            }
            head += "\(header.name): \(header.value)\r\n"
        }
        let length = request.bodyLength
        if length > 0 || request.method != "GET" {
            head += "Content-Length: \(length)\r\n"
        }
        head += "\r\n"
        var parts = request.bodyParts ?? [.bytes(request.body)]
        // The head goes out with the first bytes of the body: one write for a small call.
        if case .bytes(let first) = parts.first {
            parts[0] = .bytes(Array(head.utf8) + first)
        } else {
            parts.insert(.bytes(Array(head.utf8)), at: 0)
        }
        return parts
    }
}
