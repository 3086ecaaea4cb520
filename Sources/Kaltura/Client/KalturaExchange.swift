import Foundation
import Logging
import OrderedCollections

/// The sending step of a call: hands a request to the ``KalturaTransport``, sends it again when
/// its retry policy allows, refuses a response over the request's size limit, logs the exchange
/// with secrets redacted, and reports transport failures as ``KalturaClientError``s.
struct KalturaExchange: Sendable {
    /// What sends requests.
    let transport: any KalturaTransport
    /// Where the exchange is logged: parameters at trace level, responses and failures at debug
    /// level, retries at warning level.
    let logger: Logger
    /// How the exchange pauses between attempts.
    var timing: KalturaRetryTiming = .live

    /// Sends a request and decodes its response with `decode`, retrying as `retryPolicy` allows:
    /// after a transport failure other than a deadline, or an HTTP 429 or 5xx answer (the last
    /// attempt's answer is decoded as usual).
    ///
    /// - Parameters:
    ///   - call: The call as written, for logs.
    ///   - parameters: What is sent, for the trace log (redacted).
    ///   - secrets: Values to keep out of logs and errors (the KS, sensitive parameters).
    ///   - retryPolicy: When to send again; ``KalturaRetryPolicy/never`` sends once.
    ///   - decode: Turns the response into a result; a ``KalturaAPIError`` it throws is logged.
    /// - Throws: A ``KalturaClientError`` the transport threw, unchanged (deadline, size limit,
    ///   redirect); ``KalturaClientError/transportFailed(url:reason:)`` for any other transport
    ///   failure, and when the task is cancelled while pausing between attempts;
    ///   ``KalturaClientError/responseTooLarge(url:limit:)`` for a body over
    ///   ``KalturaHTTPRequest/maximumResponseBytes``; and whatever `decode` throws.
    func send<Decoded>(_ request: KalturaHTTPRequest, call: String, parameters: OrderedDictionary<String, KalturaValue>,
                       secrets: [String], retryPolicy: KalturaRetryPolicy = .never,
                       decode: (KalturaHTTPResponse) throws -> Decoded) async throws -> Decoded {
        if logger.logLevel <= .trace {
            let redacted = KalturaRedaction.redacting(.map(parameters))
            logger.trace("request", metadata: ["call": "\(call)", "parameters": "\(redacted)"])
        }
        var attempt = 1
        while true {
            let response: KalturaHTTPResponse
            switch await sendOnce(request, call: call, secrets: secrets) {
            case .success(let received):
                response = received
            case .failure(let error):
                guard error.isWorthRetrying, attempt < retryPolicy.maximumAttempts, !Task.isCancelled else { throw error }
                try await pause(before: attempt + 1, of: retryPolicy, call: call, request: request,
                                reason: KalturaRedaction.redacting("\(error)", secrets: secrets), retryAfter: nil)
                attempt += 1
                continue
            }
            if response.status == 429 || (500..<600).contains(response.status),
               attempt < retryPolicy.maximumAttempts, !Task.isCancelled {
                let retryAfter = response.header("Retry-After").flatMap { KalturaRetryAfter.seconds(in: $0) }
                if retryPolicy.delay(beforeRetry: attempt, retryAfter: retryAfter, random: 0) != nil {
                    try await pause(before: attempt + 1, of: retryPolicy, call: call, request: request,
                                    reason: "HTTP \(response.status)", retryAfter: retryAfter)
                    attempt += 1
                    continue
                }
                logger.warning("not retrying", metadata: [
                    "call": "\(call)", "reason": "HTTP \(response.status)",
                    "retryAfter": "\(retryAfter ?? 0) s, longer than the policy's \(retryPolicy.maximumDelay) s",
                ])
            }
            do {
                return try decode(response)
            } catch let error as KalturaAPIError {
                logger.debug("API error", metadata: [
                    "call": "\(call)", "code": "\(error.code)",
                    "message": "\(KalturaRedaction.redacting(error.message, secrets: secrets))",
                ])
                throw error
            }
        }
    }

    /// Logs a retry and waits before it.
    ///
    /// - Throws: ``KalturaClientError/transportFailed(url:reason:)`` when the task is cancelled meanwhile.
    private func pause(before attempt: Int, of policy: KalturaRetryPolicy, call: String, request: KalturaHTTPRequest,
                       reason: String, retryAfter: Double?) async throws {
        let delay = policy.delay(beforeRetry: attempt - 1, retryAfter: retryAfter, random: timing.random()) ?? 0
        logger.warning("retrying", metadata: [
            "call": "\(call)", "attempt": "\(attempt) of \(policy.maximumAttempts)", "reason": "\(reason)",
            "delay": "\(delay) s",
        ])
        do {
            try await timing.pause(delay)
        } catch {
            throw KalturaClientError.transportFailed(url: Self.withoutQuery(request.url), reason: "the call was cancelled")
        }
        if Task.isCancelled {
            throw KalturaClientError.transportFailed(url: Self.withoutQuery(request.url), reason: "the call was cancelled")
        }
    }

    /// One exchange: the response within the request's size limit, or the failure as a client error.
    private func sendOnce(_ request: KalturaHTTPRequest, call: String, secrets: [String]) async
        -> Result<KalturaHTTPResponse, KalturaClientError> {
        let clock = ContinuousClock()
        let start = clock.now
        let response: KalturaHTTPResponse
        do {
            var request = request
            if request.bodyParts != nil, !transport.handlesBodyParts {
                // A transport written before body parts existed reads only `body`: read the file
                // ranges for it.
                request.body = try request.completeBody()
                request.bodyParts = nil
            }
            response = try await transport.send(request)
        } catch let error as KalturaFileError {
            return .failure(.transportFailed(url: Self.withoutQuery(request.url), reason: error.description))
        } catch let error as KalturaClientError {
            // The transport's own typed failures (deadline, size limit, redirect) say it all.
            logger.debug("transport failed", metadata: ["call": "\(call)", "error": "\(error)"])
            return .failure(error)
        } catch {
            let url = request.url.absoluteString
            logger.debug("transport failed", metadata: ["call": "\(call)", "error": "\(error)"])
            return .failure(.transportFailed(url: url, reason: KalturaRedaction.redacting("\(error)", secrets: secrets)))
        }
        let elapsed = clock.now - start
        if let limit = request.maximumResponseBytes, response.body.count > limit {
            // A transport that does not enforce the limit while reading still cannot pass a larger body on.
            return .failure(.responseTooLarge(url: Self.withoutQuery(request.url), limit: limit))
        }
        logger.debug("response", metadata: [
            "call": "\(call)", "status": "\(response.status)", "bytes": "\(response.body.count)",
            "duration": "\(elapsed)",
        ])
        return .success(response)
    }

    /// A serve action's result, without sending anything: the request's signed URL as a string,
    /// logged with its KS and secrets redacted.
    func serveURL(of request: KalturaHTTPRequest, call: String, secrets: [String]) -> KalturaValue {
        let url = request.url.absoluteString
        logger.debug("serve URL", metadata: [
            "call": "\(call)", "url": "\(KalturaRedaction.redacting(url, secrets: secrets))",
        ])
        return .string(url)
    }

    /// A URL as errors show it: without its query, which may hold a KS.
    static func withoutQuery(_ url: URL) -> String {
        let text = url.absoluteString
        return text.firstIndex(of: "?").map { String(text[..<$0]) } ?? text
    }
}

private extension KalturaClientError {
    /// Whether another attempt may cure this failure: a connection refused, reset or cut short,
    /// but not a deadline, a size limit or a redirect, which the next attempt would meet again.
    var isWorthRetrying: Bool {
        guard case .transportFailed(url: _, reason: let reason) = failure else { return false }
        return reason != "the call was cancelled"
    }
}
