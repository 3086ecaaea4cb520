/// What was wrong with a response that is not a usable Kaltura JSON response, with enough of it
/// to diagnose the problem: the status, the content type and a short, redacted excerpt.
public struct KalturaResponseProblem: Sendable, Hashable {
    /// Why the response cannot be used.
    ///
    /// A struct rather than an enum, so that new reasons can be added without breaking callers'
    /// `switch` statements; compare with the static members (`problem.reason == .html`).
    public struct Reason: Sendable, Hashable {
        enum Value: Sendable, Hashable {
            case httpStatus, emptyBody, html, xml, truncated, notAnArray
            case invalidJSON(KalturaWireError)
            case wrongItemCount(expected: Int, received: Int)
        }

        let value: Value

        /// The status is not 2xx.
        public static let httpStatus = Reason(value: .httpStatus)
        /// The body is empty.
        public static let emptyBody = Reason(value: .emptyBody)
        /// The body is an HTML page (typically from a proxy or a web server's error handler).
        public static let html = Reason(value: .html)
        /// The body is XML, for example a `format=2` response.
        public static let xml = Reason(value: .xml)
        /// The body ends in the middle of a JSON value.
        public static let truncated = Reason(value: .truncated)
        /// A multirequest's response is JSON, but not an array.
        public static let notAnArray = Reason(value: .notAnArray)

        /// The body is not JSON; the wire error says where reading stopped.
        public static func invalidJSON(_ error: KalturaWireError) -> Reason {
            Reason(value: .invalidJSON(error))
        }

        /// A multirequest's response has another number of results than calls were sent.
        public static func wrongItemCount(expected: Int, received: Int) -> Reason {
            Reason(value: .wrongItemCount(expected: expected, received: received))
        }

        /// Where reading stopped, for a body that is not JSON (``invalidJSON(_:)``); `nil` otherwise.
        public var wireError: KalturaWireError? {
            guard case .invalidJSON(let error) = value else { return nil }
            return error
        }
    }

    /// The call as `service.action`, or the schema URL.
    public var call: String
    /// The HTTP status.
    public var status: Int
    /// The `Content-Type` header, if any.
    public var contentType: String?
    /// Up to 200 characters of the body, with any KS or secret the client knows replaced.
    public var excerpt: String
    /// Why the response cannot be used.
    public var reason: Reason

    /// Creates a problem description.
    public init(call: String, status: Int, contentType: String?, excerpt: String, reason: Reason) {
        self.call = call
        self.status = status
        self.contentType = contentType
        self.excerpt = excerpt
        self.reason = reason
    }
}

extension KalturaResponseProblem: CustomStringConvertible {
    /// One line, such as
    /// `unexpected response to media.get: HTTP 502, Content-Type text/html: an HTML page, not JSON; body starts "<html>…"`.
    public var description: String {
        let what: String
        switch reason.value {
        case .httpStatus: what = "the status is not 2xx"
        case .emptyBody: what = "the body is empty"
        case .html: what = "an HTML page, not JSON"
        case .xml: what = "XML, not JSON"
        case .truncated: what = "the JSON body is truncated"
        case .invalidJSON(let error): what = "\(error)"
        case .notAnArray: what = "not a JSON array of results, one per call"
        case .wrongItemCount(let expected, let received):
            what = "\(received) result\(received == 1 ? "" : "s") for \(expected) call\(expected == 1 ? "" : "s")"
        }
        var text = "unexpected response to \(call): HTTP \(status), Content-Type \(contentType ?? "(none)"): \(what)"
        if !excerpt.isEmpty {
            text += "; body starts \"\(excerpt)\""
        }
        return text
    }
}
