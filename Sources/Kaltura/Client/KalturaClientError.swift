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

    /// The request could not be sent or no response arrived (connection refused, DNS, timeout).
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
        }
    }
}
