import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// The session delegate of a ``KalturaURLSessionTransport``: collects each task's body, stops a
/// task that passes its limit, refuses redirects, and resumes the task's caller exactly once.
final class KalturaURLSessionTasks: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    /// A finished exchange: the response and its body, or why there is none.
    typealias Outcome = Result<(HTTPURLResponse, [UInt8]), KalturaClientError>

    /// One task's state, touched only under the lock. A class, so appending to the body
    /// mutates it in place instead of copying it on every chunk.
    private final class Exchange {
        let task: URLSessionDataTask
        let url: String
        let limit: Int?
        let timeout: Double
        let continuation: CheckedContinuation<Outcome, Never>
        var response: HTTPURLResponse?
        var body: [UInt8] = []
        /// A failure decided here (deadline, limit, cancellation), which wins over the error the
        /// session reports for the cancelled task.
        var failure: KalturaClientError?

        init(task: URLSessionDataTask, url: String, limit: Int?, timeout: Double,
             continuation: CheckedContinuation<Outcome, Never>) {
            self.task = task
            self.url = url
            self.limit = limit
            self.timeout = timeout
            self.continuation = continuation
        }
    }

    private let lock = NSLock()
    private var exchanges: [Int: Exchange] = [:]
    /// Failures that arrived before their task was registered (a deadline of zero, say).
    private var early: [Int: KalturaClientError] = [:]

    /// Registers a task and starts it; `continuation` is resumed when it ends.
    func start(_ task: URLSessionDataTask, url: String, limit: Int?, timeout: Double,
               continuation: CheckedContinuation<Outcome, Never>) {
        lock.lock()
        if let failure = early.removeValue(forKey: task.taskIdentifier) {
            lock.unlock()
            continuation.resume(returning: .failure(failure))
            return
        }
        exchanges[task.taskIdentifier] = Exchange(task: task, url: url, limit: limit, timeout: timeout,
                                                  continuation: continuation)
        lock.unlock()
        task.resume()
    }

    /// Ends a task with `failure`: the deadline passed, or the caller was cancelled.
    func fail(_ identifier: Int, with failure: KalturaClientError) {
        lock.lock()
        guard let exchange = exchanges[identifier] else {
            early[identifier] = failure
            lock.unlock()
            return
        }
        guard exchange.failure == nil else {
            lock.unlock()
            return
        }
        exchange.failure = failure
        lock.unlock()
        exchange.task.cancel()
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
                    completionHandler: @escaping (URLSession.ResponseDisposition) -> Void) {
        lock.lock()
        guard let exchange = exchanges[dataTask.taskIdentifier] else {
            lock.unlock()
            completionHandler(.cancel)
            return
        }
        exchange.response = response as? HTTPURLResponse
        // A body announced larger than the limit is refused before any of it is read.
        if let limit = exchange.limit, response.expectedContentLength > Int64(limit) {
            exchange.failure = exchange.failure ?? .responseTooLarge(url: exchange.url, limit: limit)
            lock.unlock()
            completionHandler(.cancel)
            return
        }
        lock.unlock()
        completionHandler(.allow)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        lock.lock()
        guard let exchange = exchanges[dataTask.taskIdentifier], exchange.failure == nil else {
            lock.unlock()
            return
        }
        if let limit = exchange.limit, exchange.body.count + data.count > limit {
            exchange.failure = .responseTooLarge(url: exchange.url, limit: limit)
            exchange.body = []
            lock.unlock()
            dataTask.cancel()
            return
        }
        exchange.body.append(contentsOf: data)
        lock.unlock()
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
                    newRequest request: URLRequest, completionHandler: @escaping (URLRequest?) -> Void) {
        // Never follow: the redirect response itself completes the task, and `send` reports it.
        lock.lock()
        exchanges[task.taskIdentifier]?.response = response
        lock.unlock()
        completionHandler(nil)
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: Error?) {
        lock.lock()
        guard let exchange = exchanges.removeValue(forKey: task.taskIdentifier) else {
            lock.unlock()
            return
        }
        lock.unlock()
        let outcome: Outcome
        if let failure = exchange.failure {
            outcome = .failure(failure)
        } else if let error, (error as? URLError)?.code != .timedOut, let response = exchange.response,
                  response.expectedContentLength > Int64(exchange.body.count) {
            // The headers arrived, the announced body did not (a connection closed or reset mid-body).
            outcome = .failure(.transportFailed(url: exchange.url, reason: "the connection closed after \(exchange.body.count) "
                + "of the \(response.expectedContentLength) body bytes announced"))
        } else if let error {
            outcome = .failure(Self.failure(error, url: exchange.url, timeout: exchange.timeout))
        } else if let response = exchange.response ?? task.response as? HTTPURLResponse {
            outcome = .success((response, exchange.body))
        } else {
            outcome = .failure(.transportFailed(url: exchange.url, reason: "the server's answer is not an HTTP response"))
        }
        exchange.continuation.resume(returning: outcome)
    }

    /// The client error for an error `URLSession` reports, with a reason a person can act on
    /// (Foundation's own descriptions on Linux are often `"(null)"`).
    static func failure(_ error: Error, url: String, timeout: Double) -> KalturaClientError {
        guard let urlError = error as? URLError else {
            return .transportFailed(url: url, reason: "\(error)")
        }
        let reason: String
        switch urlError.code {
        case .timedOut:
            return .timedOut(url: url, seconds: timeout)
        case .cannotConnectToHost:
            reason = "cannot connect to the server (connection refused)"
        case .cannotFindHost, .dnsLookupFailed:
            reason = "cannot find the server's host"
        case .networkConnectionLost:
            reason = "the connection was lost before the response was complete"
        case .notConnectedToInternet:
            reason = "the network is not reachable"
        case .badServerResponse:
            reason = "the server's answer is not a valid HTTP response"
        case .cancelled:
            reason = "the request was cancelled"
        case .secureConnectionFailed, .serverCertificateUntrusted, .serverCertificateHasBadDate,
             .serverCertificateNotYetValid, .serverCertificateHasUnknownRoot, .clientCertificateRejected:
            reason = "the TLS connection failed (URL error \(urlError.code.rawValue))"
        default:
            reason = "URL error \(urlError.code.rawValue)"
        }
        return .transportFailed(url: url, reason: reason)
    }
}
