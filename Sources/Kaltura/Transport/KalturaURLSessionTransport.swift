import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// The default ``KalturaTransport``: Foundation's `URLSession`, with TLS certificate verification
/// as the system does it (this client offers no switch to turn it off).
///
/// Limits are enforced while reading, not after:
///
/// - ``KalturaHTTPRequest/timeout`` bounds the whole exchange, from connecting to the last byte
///   (a server dripping a byte a second cannot hold a call open past it), and is also the idle
///   timeout between bytes: ``KalturaClientError/timedOut(url:seconds:)``;
/// - ``KalturaHTTPRequest/maximumResponseBytes`` stops reading as soon as the body (decompressed)
///   or its announced `Content-Length` passes it: ``KalturaClientError/responseTooLarge(url:limit:)``;
/// - redirects are never followed (a `POST` redirected loses its body, and another host would
///   receive the KS): ``KalturaClientError/redirected(url:status:location:)``.
///
/// Other failures (connection refused or reset, a body cut short) throw
/// ``KalturaClientError/transportFailed(url:reason:)`` with a readable reason. Responses
/// compressed with gzip or deflate are decompressed by `URLSession` on every platform.
public struct KalturaURLSessionTransport: KalturaTransport {
    /// Owns the session, and invalidates it when the last copy of the transport goes away (a
    /// session holds its delegate strongly until it is invalidated).
    private final class Owner: Sendable {
        let session: URLSession
        let tasks: KalturaURLSessionTasks

        init(configuration: URLSessionConfiguration) {
            tasks = KalturaURLSessionTasks()
            session = URLSession(configuration: configuration, delegate: tasks, delegateQueue: nil)
        }

        deinit {
            session.finishTasksAndInvalidate()
        }
    }

    private let owner: Owner
    private var session: URLSession { owner.session }
    private var tasks: KalturaURLSessionTasks { owner.tasks }

    /// A transport over an ephemeral session (no cookies or cache on disk).
    public init() {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.httpCookieStorage = nil
        configuration.httpShouldSetCookies = false
        configuration.urlCache = nil
        self.init(configuration: configuration)
    }

    /// A transport over a session with the given configuration, for proxies and other
    /// session-level settings.
    public init(configuration: URLSessionConfiguration) {
        owner = Owner(configuration: configuration)
    }

    /// A transport with the configuration of the given session. The transport makes its own
    /// session from that configuration, because it reads responses through its own delegate.
    public init(session: URLSession) {
        self.init(configuration: session.configuration)
    }

    /// File ranges are read whole here: `URLSession` cannot stream part of a file.
    public var handlesBodyParts: Bool { true }

    public func send(_ request: KalturaHTTPRequest) async throws -> KalturaHTTPResponse {
        var urlRequest = URLRequest(url: request.url)
        urlRequest.httpMethod = request.method
        // URLSession's own timeout is between bytes, and on Linux one under a second fires at
        // once; whole seconds keep it a backstop behind the deadline below.
        urlRequest.timeoutInterval = max(1, request.timeout.rounded(.up))
        for header in request.headers {
            urlRequest.addValue(header.value, forHTTPHeaderField: header.name)
        }
        let url = KalturaExchange.withoutQuery(request.url)
        if request.bodyLength > 0 {
            // URLSession cannot stream part of a file, so file ranges (upload chunks) are read here.
            do {
                urlRequest.httpBody = Data(try request.completeBody())
            } catch {
                throw KalturaClientError.transportFailed(url: url, reason: error.description)
            }
        }
        let task = session.dataTask(with: urlRequest)
        let identifier = task.taskIdentifier
        let deadline = Task { [tasks] in
            try await Task.sleep(nanoseconds: UInt64(max(0, request.timeout) * 1_000_000_000))
            tasks.fail(identifier, with: .timedOut(url: url, seconds: request.timeout))
        }
        defer { deadline.cancel() }

        let outcome: KalturaURLSessionTasks.Outcome = await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                tasks.start(task, url: url, limit: request.maximumResponseBytes, timeout: request.timeout,
                            continuation: continuation)
            }
        } onCancel: {
            tasks.fail(identifier, with: .transportFailed(url: url, reason: "the call was cancelled"))
        }

        let (response, body) = try outcome.get()
        try KalturaRedirect.refuse(status: response.statusCode, location: response.value(forHTTPHeaderField: "Location"),
                                   url: url)
        var headers: [String: String] = [:]
        for (name, value) in response.allHeaderFields {
            if let name = name as? String, let value = value as? String {
                headers[name] = value
            }
        }
        return KalturaHTTPResponse(status: response.statusCode, headers: headers, body: body)
    }
}
