/// Turns an HTTP response to an API call into a value, an API error or a client error.
///
/// The body decides, not the headers: a Kaltura server answers API errors with status 200, and
/// proxies answer with HTML whatever was asked.
enum KalturaResponseDecoder {
    /// The decoded body.
    ///
    /// - Parameters:
    ///   - response: What the transport returned.
    ///   - call: The call as written, for messages.
    ///   - secrets: Values to keep out of excerpts (the KS in use, secrets passed to the call).
    /// - Throws: ``KalturaAPIError`` for a `KalturaAPIException`, ``KalturaClientError/unexpectedResponse(_:)``
    ///   for anything that is not a Kaltura JSON response.
    static func decode(_ response: KalturaHTTPResponse, call: String, secrets: [String]) throws -> KalturaValue {
        func problem(_ reason: KalturaResponseProblem.Reason) -> KalturaClientError {
            Self.problem(reason, in: response, call: call, secrets: secrets)
        }
        let succeeded = (200..<300).contains(response.status)
        guard let first = response.body.first(where: { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }) else {
            throw problem(succeeded ? .emptyBody : .httpStatus)
        }
        if first == UInt8(ascii: "<") {
            guard succeeded else { throw problem(.httpStatus) }
            throw problem(isHTML(response.body) ? .html : .xml)
        }
        let value: KalturaValue
        do {
            value = try KalturaJSON.decode(response.body)
        } catch {
            guard succeeded else { throw problem(.httpStatus) }
            if case .invalidJSON(_, .unexpectedEndOfInput) = error { throw problem(.truncated) }
            throw problem(.invalidJSON(error))
        }
        if let apiError = KalturaAPIError(value) {
            throw apiError
        }
        guard succeeded else { throw problem(.httpStatus) }
        return value
    }

    /// The items of a multirequest's response already decoded by ``decode(_:call:secrets:)``, one
    /// per call, each still untyped; an item may be an API exception, which the caller turns into
    /// that call's error.
    ///
    /// - Parameter count: How many calls were sent.
    /// - Throws: ``KalturaClientError/unexpectedResponse(_:)`` when `value` is not an array of
    ///   `count` items.
    static func items(of value: KalturaValue, in response: KalturaHTTPResponse, call: String, count: Int,
                      secrets: [String]) throws -> [KalturaValue] {
        guard case .array(let items) = value else {
            throw problem(.notAnArray, in: response, call: call, secrets: secrets)
        }
        guard items.count == count else {
            throw problem(.wrongItemCount(expected: count, received: items.count), in: response, call: call, secrets: secrets)
        }
        return items
    }

    /// The error for a response that cannot be used, with its status, type and a redacted excerpt.
    static func problem(_ reason: KalturaResponseProblem.Reason, in response: KalturaHTTPResponse, call: String,
                        secrets: [String]) -> KalturaClientError {
        .unexpectedResponse(KalturaResponseProblem(
            call: call, status: response.status, contentType: response.header("Content-Type"),
            excerpt: KalturaRedaction.excerpt(of: response.body, secrets: secrets), reason: reason))
    }

    private static func isHTML(_ body: [UInt8]) -> Bool {
        let head = String(decoding: body.prefix(1024), as: UTF8.self).lowercased()
        return head.contains("<html") || head.contains("<!doctype html") || head.contains("<body") || head.contains("<head")
    }
}
