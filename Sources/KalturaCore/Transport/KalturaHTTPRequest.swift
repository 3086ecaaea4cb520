import Foundation

/// An HTTP request as the client hands it to a ``KalturaTransport``.
public struct KalturaHTTPRequest: Sendable, Hashable {
    /// The HTTP method: `POST` for API calls, `GET` for the schema.
    public var method: String
    /// The full URL.
    public var url: URL
    /// Header fields in the order they are sent. Names are compared case-insensitively by servers.
    public var headers: [(name: String, value: String)]
    /// The body, empty for a `GET` and when ``bodyParts`` holds it.
    public var body: [UInt8]
    /// The body as parts, when some of it is a file range to read while sending (a chunk of an
    /// upload); `nil` when ``body`` holds it all. A transport that streams reads each file range
    /// as it sends it; any other calls ``completeBody()``.
    public var bodyParts: [KalturaHTTPBodyPart]?
    /// How long the whole exchange may take, in seconds: connecting, sending, and receiving the
    /// last byte of the response. A server that keeps sending slowly does not extend it.
    public var timeout: Double
    /// The most bytes of response body (after decompression) to accept; a transport stops
    /// reading beyond it and throws `KalturaClientError.responseTooLarge`.
    /// `nil` sets no limit.
    public var maximumResponseBytes: Int?

    /// Creates a request.
    public init(method: String, url: URL, headers: [(name: String, value: String)] = [], body: [UInt8] = [],
                timeout: Double = 120, maximumResponseBytes: Int? = nil) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
        self.timeout = timeout
        self.maximumResponseBytes = maximumResponseBytes
    }

    /// How many bytes the body holds, whichever way it is kept.
    public var bodyLength: Int {
        bodyParts.map { $0.reduce(0) { $0 + $1.count } } ?? body.count
    }

    /// The whole body in memory: ``body``, or ``bodyParts`` with their file ranges read.
    ///
    /// - Throws: ``KalturaFileError`` when a file range cannot be read.
    public func completeBody() throws(KalturaFileError) -> [UInt8] {
        guard let bodyParts else { return body }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(bodyLength)
        for part in bodyParts {
            switch part {
            case .bytes(let piece): bytes.append(contentsOf: piece)
            case .file(let range): bytes.append(contentsOf: try range.read())
            }
        }
        return bytes
    }

    /// The value of the first header called `name` (compared case-insensitively).
    public func header(_ name: String) -> String? {
        // ASCII case folding on bytes: header names are ASCII, and Foundation's
        // caseInsensitiveCompare cost more than the rest of a small call's encoding.
        headers.first { Self.equalIgnoringASCIICase($0.name, name) }?.value
    }

    private static func equalIgnoringASCIICase(_ lhs: String, _ rhs: String) -> Bool {
        lhs.utf8.count == rhs.utf8.count && zip(lhs.utf8, rhs.utf8).allSatisfy { left, right in
            left == right || (left | 0x20 == right | 0x20 && (0x61...0x7A).contains(left | 0x20))
        }
    }

    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.method == rhs.method && lhs.url == rhs.url && lhs.body == rhs.body && lhs.bodyParts == rhs.bodyParts
            && lhs.timeout == rhs.timeout
            && lhs.maximumResponseBytes == rhs.maximumResponseBytes
            && lhs.headers.map(\.name) == rhs.headers.map(\.name) && lhs.headers.map(\.value) == rhs.headers.map(\.value)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(method)
        hasher.combine(url)
        hasher.combine(body)
        hasher.combine(bodyParts)
        hasher.combine(maximumResponseBytes)
        for header in headers {
            hasher.combine(header.name)
            hasher.combine(header.value)
        }
    }
}
