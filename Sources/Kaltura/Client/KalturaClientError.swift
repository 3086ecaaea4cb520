/// A failure of the client itself rather than of the Kaltura API: a call that cannot be made, a
/// transport failure, or a response that is not a Kaltura response.
///
/// Errors the server reports arrive as ``KalturaAPIError``; problems with a call's arguments found
/// before sending arrive as ``KalturaValidationError``. Descriptions never include a KS or a secret.
public enum KalturaClientError: Error, Sendable, Hashable {
    /// The call is outside the API subset the client is configured for; nothing was sent.
    ///
    /// - Parameters:
    ///   - call: The call as `service.action` (wire names).
    ///   - reason: Which rule keeps it out.
    case callOutsideSubset(call: String, reason: String)

    /// A call this client cannot perform as asked, such as files given to a serve action (a `GET`
    /// URL), or ``KalturaClient/serveURL(for:)`` asked for an action that serves no file.
    case unsupportedAction(call: String, reason: String)

    /// A dynamic member path that does not name an action, such as `client.media(...)`.
    case invalidCallPath(path: String, reason: String)

    /// The request could not be sent or no complete response arrived (connection refused or
    /// reset, DNS, a body cut short). Deadlines, size limits and redirects have cases of their own.
    ///
    /// - Parameters:
    ///   - url: The URL without its query.
    ///   - reason: The transport's explanation.
    case transportFailed(url: String, reason: String)

    /// The server answered, but not with a Kaltura JSON response: an HTML page from a proxy, an
    /// error status, an empty or truncated body.
    case unexpectedResponse(KalturaResponseProblem)

    /// No schema could be loaded from the server, and none was cached.
    ///
    /// - Parameters:
    ///   - url: Where the schema was fetched from.
    ///   - reason: Why it is unusable.
    case schemaUnavailable(url: String, reason: String)

    /// A session cannot be generated locally because the configuration has no partner id.
    case missingPartnerId

    /// The result could not be returned as the type the caller asked for.
    ///
    /// - Parameters:
    ///   - expected: The Swift type asked for.
    ///   - reason: What the result was, or why decoding failed.
    case resultTypeMismatch(expected: String, reason: String)

    /// The server's result is not of the type the schema declares for the action, such as a bool
    /// where a list response is declared, or a list response where an entry is.
    ///
    /// - Parameters:
    ///   - call: The call as written (`media.list`; `[2] media.list` in a multirequest).
    ///   - expected: The declared type, such as `KalturaMediaListResponse` or `array<KalturaMediaEntry>`.
    ///   - received: What arrived, such as `the bool true` or `a KalturaMediaListResponse object`;
    ///     never a string's content.
    case unexpectedResultType(call: String, expected: String, received: String)

    /// A response was larger than the limit for it; reading stopped there.
    ///
    /// - Parameters:
    ///   - url: The URL without its query.
    ///   - limit: The limit in bytes.
    case responseTooLarge(url: String, limit: Int)

    /// The whole exchange (connecting, sending, receiving every byte) took longer than allowed.
    ///
    /// - Parameters:
    ///   - url: The URL without its query.
    ///   - seconds: The deadline in seconds.
    case timedOut(url: String, seconds: Double)

    /// The server answered with a redirect, which the client does not follow: a `POST` redirected
    /// loses its body (and a redirect to another host would carry the KS there).
    ///
    /// - Parameters:
    ///   - url: The URL without its query.
    ///   - status: The HTTP status, such as 301 or 307.
    ///   - location: The `Location` header without its query, or `nil` when there was none.
    case redirected(url: String, status: Int, location: String?)
}

extension KalturaClientError: CustomStringConvertible {
    public var description: String {
        switch self {
        case .callOutsideSubset(let call, let reason):
            return "\(call) is outside the client's API subset (\(reason)); nothing was sent"
        case .unsupportedAction(let call, let reason):
            return "\(call) is not supported: \(reason)"
        case .invalidCallPath(let path, let reason):
            return "\(path) cannot be called: \(reason)"
        case .transportFailed(let url, let reason):
            return "no response from \(url): \(reason)"
        case .unexpectedResponse(let problem):
            return problem.description
        case .schemaUnavailable(let url, let reason):
            return "cannot load the API schema from \(url): \(reason)"
        case .missingPartnerId:
            return "the client configuration has no partner id, which a locally generated session needs"
        case .resultTypeMismatch(let expected, let reason):
            return "the result is not a \(expected): \(reason)"
        case .unexpectedResultType(let call, let expected, let received):
            return "\(call) returned \(received), but the schema declares \(expected)"
        case .responseTooLarge(let url, let limit):
            return "the response from \(url) is larger than the limit of \(limit) bytes; reading stopped there"
        case .timedOut(let url, let seconds):
            let unit = seconds == 1 ? "second" : "seconds"
            return "no complete response from \(url) within \(KalturaClientError.format(seconds)) \(unit) (the deadline for the whole exchange)"
        case .redirected(let url, let status, let location):
            let target = location.map { "to \($0)" } ?? "without a Location"
            return "\(url) answered HTTP \(status), a redirect \(target); the client follows no redirects, so set serviceUrl to the server's real address"
        }
    }
}

extension KalturaClientError {
    /// Seconds as written in messages: `5`, `0.25`.
    static func format(_ seconds: Double) -> String {
        if seconds == seconds.rounded(), abs(seconds) < 1e15 { return String(Int(seconds)) }
        return String(seconds)
    }
}
