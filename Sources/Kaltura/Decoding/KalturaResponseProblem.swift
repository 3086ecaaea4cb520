/// What was wrong with a response that is not a usable Kaltura JSON response, with enough of it
/// to diagnose the problem: the status, the content type and a short, redacted excerpt.
public struct KalturaResponseProblem: Sendable, Hashable {
    /// Why the response cannot be used.
    public enum Reason: Sendable, Hashable {
        /// The status is not 2xx.
        case httpStatus
        /// The body is empty.
        case emptyBody
        /// The body is an HTML page (typically from a proxy or a web server's error handler).
        case html
        /// The body is XML, for example a `format=2` response.
        case xml
        /// The body ends in the middle of a JSON value.
        case truncated
        /// The body is not JSON; the wire error says where reading stopped.
        case invalidJSON(KalturaWireError)
        /// A multirequest's response is JSON, but not an array.
        case notAnArray
        /// A multirequest's response has another number of results than calls were sent.
        case wrongItemCount(expected: Int, received: Int)
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
        switch reason {
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
