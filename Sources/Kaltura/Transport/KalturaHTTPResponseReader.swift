/// Reads one HTTP/1.1 response from bytes as they arrive on a connection: the status line, the
/// header fields, and a body framed by `Content-Length`, by `Transfer-Encoding: chunked`, or by
/// the connection closing.
///
/// Everything it reads comes from a server that may be wrong or hostile: a head larger than
/// ``maximumHeadBytes``, a malformed status line or chunk size, or a body past the limit ends
/// reading with a ``Failure`` instead of growing without bound. `1xx` interim responses are
/// skipped.
struct KalturaHTTPResponseReader {
    /// Why reading stopped before a complete response.
    enum Failure: Error, Equatable {
        /// The bytes are not an HTTP/1.x response; the text says where.
        case malformed(String)
        /// The body (or its announced length) passes the limit.
        case tooLarge
        /// The connection closed before the response was complete; the text says where.
        case closedEarly(String)
    }

    /// The most bytes a response head (status line and header fields) may take.
    static let maximumHeadBytes = 64 * 1024

    private static let headTooLarge = Failure.malformed("the response headers are larger than \(maximumHeadBytes / 1024) KiB")
    private static let chunkLineTooLong = Failure.malformed("a chunk size line is longer than 1 KiB")
    private static let trailersTooLong = Failure.malformed("a chunked trailer line is longer than \(maximumHeadBytes / 1024) KiB")

    private enum Framing {
        case length(remaining: Int)
        case chunked
        case untilClose
    }

    private enum ChunkState {
        case size
        case data(remaining: Int)
        case dataEnd
        case trailers
    }

    /// The most body bytes to accept; `nil` sets no limit.
    let limit: Int?
    /// The status code, once the head is read.
    private(set) var status = 0
    /// The header fields, once the head is read; repeated fields are joined with `", "`.
    private(set) var headers: [String: String] = [:]
    /// The body bytes so far (without chunk framing).
    private(set) var body: [UInt8] = []
    /// Whether the head has been read.
    private(set) var hasHead = false
    /// Whether the response is complete.
    private(set) var isComplete = false
    /// Whether the connection may carry another request after this response.
    private(set) var keepsConnection = false
    /// Whether any byte of a response has arrived.
    private(set) var hasStarted = false
    /// The `Content-Length` the server announced, if any.
    private(set) var announcedLength: Int?

    private var pending: [UInt8] = []
    private var framing = Framing.untilClose
    private var chunk = ChunkState.size

    /// A reader that accepts at most `limit` body bytes.
    init(limit: Int?) {
        self.limit = limit
    }

    /// Takes the next bytes from the connection.
    ///
    /// - Throws: ``Failure`` when they break the protocol or the limit.
    mutating func consume(_ bytes: UnsafeRawBufferPointer) throws(Failure) {
        guard !bytes.isEmpty, !isComplete else { return }
        hasStarted = true
        if hasHead, pending.isEmpty, case .length(let remaining) = framing {
            // The common case: body bytes copied straight into the body.
            let count = min(remaining, bytes.count)
            try appendBody(UnsafeRawBufferPointer(rebasing: bytes[0..<count]))
            framing = .length(remaining: remaining - count)
            if remaining - count == 0 { isComplete = true }
            if count < bytes.count { keepsConnection = false }  // bytes past the response: the stream is out of step
            return
        }
        pending.append(contentsOf: bytes)
        try process()
    }

    /// Notes that the connection closed: completes a body framed by the close, or fails.
    ///
    /// - Throws: ``Failure/closedEarly(_:)`` when the response is not complete.
    mutating func finish() throws(Failure) {
        guard !isComplete else { return }
        guard hasHead else {
            throw .closedEarly(hasStarted ? "the connection closed before the response headers were complete"
                                          : "the server closed the connection without answering")
        }
        switch framing {
        case .untilClose:
            isComplete = true
            keepsConnection = false
        case .length:
            throw .closedEarly("the connection closed after \(body.count) of the \(announcedLength ?? 0) body bytes announced")
        case .chunked:
            throw .closedEarly("the connection closed in the middle of a chunked body, after \(body.count) bytes")
        }
    }

    private mutating func process() throws(Failure) {
        var position = 0
        defer {
            if isComplete, position < pending.count { keepsConnection = false }  // bytes past the response
            if position > 0 { pending.removeFirst(position) }
        }
        while !isComplete {
            if !hasHead {
                // The same limits whether the bytes came at once or a few at a time.
                guard let end = headEnd(from: position) else {
                    if pending.count - position > Self.maximumHeadBytes { throw Self.headTooLarge }
                    return
                }
                if end - position > Self.maximumHeadBytes { throw Self.headTooLarge }
                try readHead(pending[position..<end])
                position = end + 4
                continue
            }
            switch framing {
            case .length(let remaining):
                let count = min(remaining, pending.count - position)
                try appendPending(position..<(position + count))
                position += count
                framing = .length(remaining: remaining - count)
                if remaining - count == 0 { isComplete = true }
                return
            case .untilClose:
                let count = pending.count - position
                try appendPending(position..<pending.count)
                position += count
                return
            case .chunked:
                guard try readChunked(&position) else { return }
            }
        }
    }

    /// Reads chunked framing from `position`; false when more bytes are needed.
    private mutating func readChunked(_ position: inout Int) throws(Failure) -> Bool {
        switch chunk {
        case .size:
            guard let lineEnd = lineEnd(from: position) else {
                if pending.count - position > 1024 { throw Self.chunkLineTooLong }
                return false
            }
            if lineEnd - position > 1024 { throw Self.chunkLineTooLong }
            let line = pending[position..<lineEnd]
            let digits = line.prefix { $0 != UInt8(ascii: ";") && $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") }
            guard !digits.isEmpty, digits.count <= 15,
                  let size = Int(String(decoding: digits, as: UTF8.self), radix: 16), size >= 0 else {
                throw .malformed("a chunk size is not a hexadecimal number")
            }
            position = lineEnd + 2
            chunk = size == 0 ? .trailers : .data(remaining: size)
            return true
        case .data(let remaining):
            let count = min(remaining, pending.count - position)
            guard count > 0 else { return false }
            try appendPending(position..<(position + count))
            position += count
            chunk = remaining - count == 0 ? .dataEnd : .data(remaining: remaining - count)
            return true
        case .dataEnd:
            guard pending.count - position >= 2 else { return false }
            guard pending[position] == 13, pending[position + 1] == 10 else {
                throw .malformed("a chunk is longer than its announced size")
            }
            position += 2
            chunk = .size
            return true
        case .trailers:
            guard let lineEnd = lineEnd(from: position) else {
                if pending.count - position > Self.maximumHeadBytes { throw Self.trailersTooLong }
                return false
            }
            if lineEnd - position > Self.maximumHeadBytes { throw Self.trailersTooLong }
            let isEmpty = lineEnd == position
            position = lineEnd + 2
            if isEmpty { isComplete = true }  // an empty line ends the trailers, and the response
            return true
        }
    }

    private mutating func appendBody(_ bytes: UnsafeRawBufferPointer) throws(Failure) {
        try checkLimit(adding: bytes.count)
        body.append(contentsOf: bytes)
    }

    private mutating func appendPending(_ range: Range<Int>) throws(Failure) {
        try checkLimit(adding: range.count)
        body.append(contentsOf: pending[range])
    }

    private mutating func checkLimit(adding count: Int) throws(Failure) {
        if let limit, body.count + count > limit {
            body = []
            throw .tooLarge
        }
    }

    private func headEnd(from position: Int) -> Int? {
        var index = position
        let end = pending.count - 3
        while index < end {
            if pending[index] == 13, pending[index + 1] == 10, pending[index + 2] == 13, pending[index + 3] == 10 {
                return index
            }
            index += 1
        }
        return nil
    }

    private func lineEnd(from position: Int) -> Int? {
        var index = position
        while index + 1 < pending.count {
            if pending[index] == 13, pending[index + 1] == 10 { return index }
            index += 1
        }
        return nil
    }

    private mutating func readHead(_ bytes: ArraySlice<UInt8>) throws(Failure) {
        // Parsed as bytes: a head is ASCII by the protocol, and this runs on every call.
        var lines = Self.lines(of: bytes)
        let statusLine = lines.isEmpty ? bytes[bytes.startIndex..<bytes.startIndex] : lines.removeFirst()
        let words = statusLine.split(separator: UInt8(ascii: " "), maxSplits: 2)
        let version = words.first.map { String(decoding: $0, as: UTF8.self) } ?? ""
        guard words.count >= 2, version.hasPrefix("HTTP/1."), words[1].count == 3,
              let code = Int(String(decoding: words[1], as: UTF8.self)), (100...999).contains(code) else {
            throw .malformed("the answer does not start with an HTTP/1.x status line")
        }
        var fields: [String: String] = [:]
        for line in lines {
            guard let colon = line.firstIndex(of: UInt8(ascii: ":")) else {
                throw .malformed("a response header line has no colon")
            }
            let name = String(decoding: line[..<colon].map(Self.lowercased), as: UTF8.self)
            let value = String(decoding: Self.trimmed(line[(colon + 1)...]), as: UTF8.self)
            if let existing = fields[name] {
                fields[name] = existing + ", " + value
            } else {
                fields[name] = value
            }
        }
        if (100..<200).contains(code) { return }  // an interim response: the real one follows
        status = code
        headers = fields
        hasHead = true
        let connection = fields["connection"]?.lowercased() ?? ""
        keepsConnection = version == "HTTP/1.1" ? !connection.contains("close") : connection.contains("keep-alive")
        if code == 204 || code == 304 {
            isComplete = true
            return
        }
        if let encoding = fields["transfer-encoding"]?.lowercased(), encoding.contains("chunked") {
            framing = .chunked
        } else if let length = fields["content-length"] {
            let first = length.split(separator: ",").first.map { String(decoding: Self.trimmed(Array($0.utf8)[...]), as: UTF8.self) }
            guard let count = Int(first ?? ""), count >= 0 else {
                throw .malformed("the Content-Length header is not a number")
            }
            announcedLength = count
            if let limit, count > limit { throw .tooLarge }
            framing = .length(remaining: count)
            body.reserveCapacity(count)
            if count == 0 { isComplete = true }
        } else {
            framing = .untilClose
            keepsConnection = false
        }
    }

    /// The lines of a head, split at CRLF.
    private static func lines(of bytes: ArraySlice<UInt8>) -> [ArraySlice<UInt8>] {
        var lines: [ArraySlice<UInt8>] = []
        var start = bytes.startIndex
        var index = start
        while index + 1 < bytes.endIndex {
            if bytes[index] == 13, bytes[index + 1] == 10 {
                lines.append(bytes[start..<index])
                index += 2
                start = index
            } else {
                index += 1
            }
        }
        lines.append(bytes[start..<bytes.endIndex])
        return lines
    }

    /// `bytes` without leading and trailing spaces and tabs.
    private static func trimmed(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var lower = bytes.startIndex, upper = bytes.endIndex
        while lower < upper, bytes[lower] == 32 || bytes[lower] == 9 { lower += 1 }
        while upper > lower, bytes[upper - 1] == 32 || bytes[upper - 1] == 9 { upper -= 1 }
        return bytes[lower..<upper]
    }

    /// An ASCII letter in lower case; any other byte as it is.
    private static func lowercased(_ byte: UInt8) -> UInt8 {
        (65...90).contains(byte) ? byte + 32 : byte
    }
}
