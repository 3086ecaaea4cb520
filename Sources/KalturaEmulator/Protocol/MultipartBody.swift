import MultipartKit

/// The parts of a `multipart/form-data` body, read with MultipartKit.
struct MultipartBody {
    /// One part: its form name, its file name when it is a file, its content type and bytes.
    struct Part {
        var name: String
        var fileName: String?
        var contentType: String?
        var bytes: [UInt8]
    }

    /// The parts in body order. Parts without a `name` are skipped.
    let parts: [Part]

    /// Parses `body` with the boundary named in `contentType`.
    ///
    /// - Throws: ``RequestDecodingError`` when the boundary is missing or the body is malformed.
    init(contentType: String, body: [UInt8]) throws(RequestDecodingError) {
        guard let boundary = HeaderParameters(contentType)["boundary"], !boundary.isEmpty else {
            throw .missingBoundary
        }
        guard Self.headerNamesAreASCII(body, boundary: Array(boundary.utf8)) else { throw .malformedMultipart }
        let parser = MultipartParser(boundary: boundary)
        var collected: [Part] = []
        var headers: [(String, String)] = []
        var bytes: [UInt8] = []
        parser.onHeader = { name, value in headers.append((name, value)) }
        parser.onBody = { buffer in bytes.append(contentsOf: buffer.readableBytesView) }
        parser.onPartComplete = {
            var disposition = HeaderParameters("")
            var contentType: String?
            for (name, value) in headers {
                switch name.lowercased() {
                case "content-disposition": disposition = HeaderParameters(value)
                case "content-type": contentType = value
                default: break
                }
            }
            if let name = disposition["name"] {
                collected.append(Part(name: name, fileName: disposition["filename"], contentType: contentType, bytes: bytes))
            }
            headers = []
            bytes = []
        }
        do {
            try parser.execute(body)
        } catch {
            throw .malformedMultipart
        }
        parts = collected
    }

    /// Whether every part header that follows a `--boundary` line has an ASCII name.
    ///
    /// MultipartKit 4.7.1 looks header-name bytes up in a 128-entry table, so a byte of 0x80 or
    /// more in a part's header name traps (index out of range) and would stop the server. Such a
    /// name is malformed anyway; this looks at every header block (after each `--boundary` and its
    /// CRLF, up to the empty line) and refuses the body first. Header values may hold any byte.
    static func headerNamesAreASCII(_ body: [UInt8], boundary: [UInt8]) -> Bool {
        let delimiter = Array("--".utf8) + boundary + [0x0D, 0x0A]
        guard body.count >= delimiter.count else { return true }
        var start = 0
        while start <= body.count - delimiter.count {
            guard body[start] == UInt8(ascii: "-"),
                  body[start..<(start + delimiter.count)].elementsEqual(delimiter) else {
                start += 1
                continue
            }
            var position = start + delimiter.count
            // One header per line: the name runs to the colon; an empty line ends the block.
            header: while position < body.count, body[position] != 0x0D {
                while position < body.count, body[position] != UInt8(ascii: ":"), body[position] != 0x0D {
                    if body[position] >= 0x80 { return false }
                    position += 1
                }
                while position < body.count, body[position] != 0x0D { position += 1 }
                guard position + 1 < body.count, body[position + 1] == 0x0A else { break header }
                position += 2
            }
            start += 1
        }
        return true
    }
}
