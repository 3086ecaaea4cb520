/// A failure of the client itself rather than of the Kaltura API: a call that cannot be made, a
/// transport failure, or a response that is not a Kaltura response.
///
/// Errors the server reports arrive as ``KalturaAPIError``; problems with a call's arguments found
/// before sending arrive as ``KalturaValidationError``. Descriptions never include a KS or a secret.
///
/// A struct rather than an enum, so that new failures can be added without breaking callers'
/// `switch` statements. Tell failures apart by ``code`` and read their details from the properties:
///
/// ```swift
/// do {
///     try await client.media.list()
/// } catch let error as KalturaClientError where error.code == .timedOut {
///     print("retry later: \(error.url ?? "")")
/// }
/// ```
public struct KalturaClientError: Error, Sendable, Hashable {
    /// Which failure an error is, without its details; compare with the static members.
    public struct Code: Sendable, Hashable, CustomStringConvertible {
        enum Value: Sendable, Hashable {
            case callOutsideSubset, unsupportedAction, invalidCallPath, transportFailed, unexpectedResponse
            case schemaUnavailable, missingPartnerId, resultTypeMismatch, unexpectedResultType
            case responseTooLarge, timedOut, redirected, pagingStopped
        }

        let value: Value

        /// See ``KalturaClientError/callOutsideSubset(call:reason:)``.
        public static let callOutsideSubset = Code(value: .callOutsideSubset)
        /// See ``KalturaClientError/pagingStopped(call:reason:)``.
        public static let pagingStopped = Code(value: .pagingStopped)
        /// See ``KalturaClientError/unsupportedAction(call:reason:)``.
        public static let unsupportedAction = Code(value: .unsupportedAction)
        /// See ``KalturaClientError/invalidCallPath(path:reason:)``.
        public static let invalidCallPath = Code(value: .invalidCallPath)
        /// See ``KalturaClientError/transportFailed(url:reason:)``.
        public static let transportFailed = Code(value: .transportFailed)
        /// See ``KalturaClientError/unexpectedResponse(_:)``.
        public static let unexpectedResponse = Code(value: .unexpectedResponse)
        /// See ``KalturaClientError/schemaUnavailable(url:reason:)``.
        public static let schemaUnavailable = Code(value: .schemaUnavailable)
        /// See ``KalturaClientError/missingPartnerId``.
        public static let missingPartnerId = Code(value: .missingPartnerId)
        /// See ``KalturaClientError/resultTypeMismatch(expected:reason:)``.
        public static let resultTypeMismatch = Code(value: .resultTypeMismatch)
        /// See ``KalturaClientError/unexpectedResultType(call:expected:received:)``.
        public static let unexpectedResultType = Code(value: .unexpectedResultType)
        /// See ``KalturaClientError/responseTooLarge(url:limit:)``.
        public static let responseTooLarge = Code(value: .responseTooLarge)
        /// See ``KalturaClientError/timedOut(url:seconds:)``.
        public static let timedOut = Code(value: .timedOut)
        /// See ``KalturaClientError/redirected(url:status:location:)``.
        public static let redirected = Code(value: .redirected)

        /// The failure's name, such as `timedOut`.
        public var description: String { "\(value)" }
    }

    /// The failures with their details; internal, so that it can grow.
    enum Failure: Sendable, Hashable {
        case callOutsideSubset(call: String, reason: String)
        case unsupportedAction(call: String, reason: String)
        case invalidCallPath(path: String, reason: String)
        case transportFailed(url: String, reason: String)
        case unexpectedResponse(KalturaResponseProblem)
        case schemaUnavailable(url: String, reason: String)
        case missingPartnerId
        case resultTypeMismatch(expected: String, reason: String)
        case unexpectedResultType(call: String, expected: String, received: String)
        case responseTooLarge(url: String, limit: Int)
        case timedOut(url: String, seconds: Double)
        case redirected(url: String, status: Int, location: String?)
        case pagingStopped(call: String, reason: String)
    }

    let failure: Failure

    private init(_ failure: Failure) {
        self.failure = failure
    }

    // MARK: - Failures

    /// The call is outside the API subset the client is configured for; nothing was sent.
    ///
    /// - Parameters:
    ///   - call: The call as `service.action` (wire names).
    ///   - reason: Which rule keeps it out.
    public static func callOutsideSubset(call: String, reason: String) -> KalturaClientError {
        KalturaClientError(.callOutsideSubset(call: call, reason: reason))
    }

    /// A call this client cannot perform as asked, such as files given to a serve action (a `GET`
    /// URL), or ``KalturaClient/serveURL(for:)`` asked for an action that serves no file.
    public static func unsupportedAction(call: String, reason: String) -> KalturaClientError {
        KalturaClientError(.unsupportedAction(call: call, reason: reason))
    }

    /// A dynamic member path that does not name an action, such as `client.media(...)`.
    public static func invalidCallPath(path: String, reason: String) -> KalturaClientError {
        KalturaClientError(.invalidCallPath(path: path, reason: reason))
    }

    /// The request could not be sent or no complete response arrived (connection refused or
    /// reset, DNS, a body cut short). Deadlines, size limits and redirects have failures of their own.
    ///
    /// - Parameters:
    ///   - url: The URL without its query.
    ///   - reason: The transport's explanation.
    public static func transportFailed(url: String, reason: String) -> KalturaClientError {
        KalturaClientError(.transportFailed(url: url, reason: reason))
    }

    /// The server answered, but not with a Kaltura JSON response: an HTML page from a proxy, an
    /// error status, an empty or truncated body.
    public static func unexpectedResponse(_ problem: KalturaResponseProblem) -> KalturaClientError {
        KalturaClientError(.unexpectedResponse(problem))
    }

    /// No schema could be loaded from the server, and none was cached.
    ///
    /// - Parameters:
    ///   - url: Where the schema was fetched from.
    ///   - reason: Why it is unusable.
    public static func schemaUnavailable(url: String, reason: String) -> KalturaClientError {
        KalturaClientError(.schemaUnavailable(url: url, reason: reason))
    }

    /// A session cannot be generated locally because the configuration has no partner id.
    public static let missingPartnerId = KalturaClientError(.missingPartnerId)

    /// The result could not be returned as the type the caller asked for.
    ///
    /// - Parameters:
    ///   - expected: The Swift type asked for.
    ///   - reason: What the result was, or why decoding failed.
    public static func resultTypeMismatch(expected: String, reason: String) -> KalturaClientError {
        KalturaClientError(.resultTypeMismatch(expected: expected, reason: reason))
    }

    /// The server's result is not of the type the schema declares for the action, such as a bool
    /// where a list response is declared, or a list response where an entry is.
    ///
    /// - Parameters:
    ///   - call: The call as written (`media.list`; `[2] media.list` in a multirequest).
    ///   - expected: The declared type, such as `KalturaMediaListResponse` or `array<KalturaMediaEntry>`.
    ///   - received: What arrived, such as `the bool true` or `a KalturaMediaListResponse object`;
    ///     never a string's content.
    public static func unexpectedResultType(call: String, expected: String, received: String) -> KalturaClientError {
        KalturaClientError(.unexpectedResultType(call: call, expected: expected, received: received))
    }

    /// A response was larger than the limit for it; reading stopped there.
    ///
    /// - Parameters:
    ///   - url: The URL without its query.
    ///   - limit: The limit in bytes.
    public static func responseTooLarge(url: String, limit: Int) -> KalturaClientError {
        KalturaClientError(.responseTooLarge(url: url, limit: limit))
    }

    /// The whole exchange (connecting, sending, receiving every byte) took longer than allowed.
    ///
    /// - Parameters:
    ///   - url: The URL without its query.
    ///   - seconds: The deadline in seconds.
    public static func timedOut(url: String, seconds: Double) -> KalturaClientError {
        KalturaClientError(.timedOut(url: url, seconds: seconds))
    }

    /// The server answered with a redirect, which the client does not follow: a `POST` redirected
    /// loses its body (and a redirect to another host would carry the KS there).
    ///
    /// - Parameters:
    ///   - url: The URL without its query.
    ///   - status: The HTTP status, such as 301 or 307.
    ///   - location: The `Location` header without its query, or `nil` when there was none.
    public static func redirected(url: String, status: Int, location: String?) -> KalturaClientError {
        KalturaClientError(.redirected(url: url, status: status, location: location))
    }

    /// A walk over every page of a list (``KalturaObjectSequence``) could not go on, such as past
    /// the server's 10,000-match cap with a filter that cannot move a `createdAt` bound.
    ///
    /// - Parameters:
    ///   - call: The list call as written.
    ///   - reason: Why the walk stopped and what would let it go on.
    public static func pagingStopped(call: String, reason: String) -> KalturaClientError {
        KalturaClientError(.pagingStopped(call: call, reason: reason))
    }

    // MARK: - Details

    /// Which failure this is.
    public var code: Code {
        switch failure {
        case .callOutsideSubset: return .callOutsideSubset
        case .unsupportedAction: return .unsupportedAction
        case .invalidCallPath: return .invalidCallPath
        case .transportFailed: return .transportFailed
        case .unexpectedResponse: return .unexpectedResponse
        case .schemaUnavailable: return .schemaUnavailable
        case .missingPartnerId: return .missingPartnerId
        case .resultTypeMismatch: return .resultTypeMismatch
        case .unexpectedResultType: return .unexpectedResultType
        case .responseTooLarge: return .responseTooLarge
        case .timedOut: return .timedOut
        case .redirected: return .redirected
        case .pagingStopped: return .pagingStopped
        }
    }

    /// The call concerned, as written (`media.list`, `[2] media.list` in a multirequest) or, for a
    /// call outside the subset, in wire names; for an invalid call path, the path as written
    /// (`client.media`); `nil` for failures not tied to one call.
    public var call: String? {
        switch failure {
        case .callOutsideSubset(let call, _), .unsupportedAction(let call, _), .unexpectedResultType(let call, _, _),
             .pagingStopped(let call, _):
            return call
        case .invalidCallPath(let path, _):
            return path
        case .unexpectedResponse(let problem):
            return problem.call
        default:
            return nil
        }
    }

    /// The URL concerned, without its query (which may hold a KS); `nil` for failures before any
    /// request, and for a response problem (see ``responseProblem``).
    public var url: String? {
        switch failure {
        case .transportFailed(let url, _), .schemaUnavailable(let url, _), .responseTooLarge(let url, _),
             .timedOut(let url, _), .redirected(let url, _, _):
            return url
        default:
            return nil
        }
    }

    /// Why, in words, for the failures that carry an explanation; `nil` for the others.
    public var reason: String? {
        switch failure {
        case .callOutsideSubset(_, let reason), .unsupportedAction(_, let reason), .invalidCallPath(_, let reason),
             .transportFailed(_, let reason), .schemaUnavailable(_, let reason), .resultTypeMismatch(_, let reason),
             .pagingStopped(_, let reason):
            return reason
        default:
            return nil
        }
    }

    /// What was wrong with a response that is not a Kaltura response (``Code/unexpectedResponse``).
    public var responseProblem: KalturaResponseProblem? {
        guard case .unexpectedResponse(let problem) = failure else { return nil }
        return problem
    }

    /// The HTTP status of a redirect (``Code/redirected``) or of an unexpected response.
    public var httpStatus: Int? {
        switch failure {
        case .redirected(_, let status, _): return status
        case .unexpectedResponse(let problem): return problem.status
        default: return nil
        }
    }
}

extension KalturaClientError: CustomStringConvertible {
    public var description: String {
        switch failure {
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
            return "\(url) answered HTTP \(status), a redirect \(target); the client follows no redirects, so set serviceURL to the server's real address"
        case .pagingStopped(let call, let reason):
            return "walking every page of \(call) stopped: \(reason)"
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
