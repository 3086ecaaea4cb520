import Foundation
import Logging
import OrderedCollections

/// The sending step of a call: hands a request to the ``KalturaTransport``, refuses a response
/// over the request's size limit, logs the exchange with secrets redacted, and reports transport
/// failures as ``KalturaClientError``s.
struct KalturaExchange: Sendable {
    /// What sends requests.
    let transport: any KalturaTransport
    /// Where the exchange is logged: parameters at trace level, responses and failures at debug level.
    let logger: Logger

    /// Sends a request and decodes its response with `decode`.
    ///
    /// - Parameters:
    ///   - call: The call as written, for logs.
    ///   - parameters: What is sent, for the trace log (redacted).
    ///   - secrets: Values to keep out of logs and errors (the KS, sensitive parameters).
    ///   - decode: Turns the response into a result; a ``KalturaAPIError`` it throws is logged.
    /// - Throws: A ``KalturaClientError`` the transport threw, unchanged (deadline, size limit,
    ///   redirect); ``KalturaClientError/transportFailed(url:reason:)`` for any other transport
    ///   failure; ``KalturaClientError/responseTooLarge(url:limit:)`` for a body over
    ///   ``KalturaHTTPRequest/maximumResponseBytes``; and whatever `decode` throws.
    func send<Decoded>(_ request: KalturaHTTPRequest, call: String, parameters: OrderedDictionary<String, KalturaValue>,
                       secrets: [String], decode: (KalturaHTTPResponse) throws -> Decoded) async throws -> Decoded {
        if logger.logLevel <= .trace {
            let redacted = KalturaRedaction.redacting(.map(parameters))
            logger.trace("request", metadata: ["call": "\(call)", "parameters": "\(redacted)"])
        }
        let clock = ContinuousClock()
        let start = clock.now
        let response: KalturaHTTPResponse
        do {
            response = try await transport.send(request)
        } catch let error as KalturaClientError {
            // The transport's own typed failures (deadline, size limit, redirect) say it all.
            logger.debug("transport failed", metadata: ["call": "\(call)", "error": "\(error)"])
            throw error
        } catch {
            let url = request.url.absoluteString
            logger.debug("transport failed", metadata: ["call": "\(call)", "error": "\(error)"])
            throw KalturaClientError.transportFailed(url: url, reason: KalturaRedaction.redacting("\(error)", secrets: secrets))
        }
        let elapsed = clock.now - start
        if let limit = request.maximumResponseBytes, response.body.count > limit {
            // A transport that does not enforce the limit while reading still cannot pass a larger body on.
            throw KalturaClientError.responseTooLarge(url: Self.withoutQuery(request.url), limit: limit)
        }
        logger.debug("response", metadata: [
            "call": "\(call)", "status": "\(response.status)", "bytes": "\(response.body.count)",
            "duration": "\(elapsed)",
        ])
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
