import Foundation
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
        if let parts = Self.wellFormedParts(body, boundary: Array(boundary.utf8)) {
            self.parts = parts
            return
        }
        guard Self.headerNamesAreASCII(body, boundary: Array(boundary.utf8)) else { throw .malformedMultipart }
        let parser = MultipartParser(boundary: boundary)
        var collected: [Part] = []
        var headers: [(String, String)] = []
        var bytes: [UInt8] = []
        parser.onHeader = { name, value in headers.append((name, value)) }
        parser.onBody = { buffer in bytes.append(contentsOf: buffer.readableBytesView) }
        parser.onPartComplete = {
            if let part = Self.part(headers: headers, bytes: bytes) { collected.append(part) }
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

    /// The part named by `headers` (`Content-Disposition`'s `name`), or `nil` without a name.
    private static func part(headers: [(String, String)], bytes: [UInt8]) -> Part? {
        var disposition = HeaderParameters("")
        var contentType: String?
        for (name, value) in headers {
            switch name.lowercased() {
            case "content-disposition": disposition = HeaderParameters(value)
            case "content-type": contentType = value
            default: break
            }
        }
        guard let name = disposition["name"] else { return nil }
        return Part(name: name, fileName: disposition["filename"], contentType: contentType, bytes: bytes)
    }

    /// The parts of a plainly well-formed body, found with `memchr` and `memcmp` (fast even in debug builds,
    /// where MultipartKit's byte-at-a-time parse of a 5 MB upload chunk takes seconds): the body
    /// starts with `--boundary`, each part has `Name: value` header lines with ASCII names, an
    /// empty line, its bytes up to `CRLF--boundary`, and the last delimiter is `--boundary--`.
    /// Anything else (a preamble, a malformed or cut-short body) is `nil`, left to MultipartKit.
    static func wellFormedParts(_ body: [UInt8], boundary: [UInt8]) -> [Part]? {
        let delimiter = Array("--".utf8) + boundary
        let partEnd = [0x0D, 0x0A] + delimiter
        return body.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> [Part]? in
            guard let base = raw.baseAddress, body.count >= delimiter.count,
                  body[0..<delimiter.count].elementsEqual(delimiter) else { return nil }
            func find(_ needle: [UInt8], from start: Int) -> Int? {
                guard start <= body.count else { return nil }
                return needle.withUnsafeBytes { pattern -> Int? in
                    var from = start
                    while body.count - from >= needle.count {
                        guard let hit = memchr(base + from, Int32(needle[0]), body.count - from - needle.count + 1) else { return nil }
                        let offset = UnsafeRawPointer(hit) - base
                        if memcmp(hit, pattern.baseAddress!, needle.count) == 0 { return offset }
                        from = offset + 1
                    }
                    return nil
                }
            }
            var parts: [Part] = []
            var position = delimiter.count
            while true {
                guard position + 2 <= body.count else { return nil }
                if body[position] == UInt8(ascii: "-"), body[position + 1] == UInt8(ascii: "-") { return parts }
                guard body[position] == 0x0D, body[position + 1] == 0x0A else { return nil }
                position += 2
                var headers: [(String, String)] = []
                while true {
                    guard let lineEnd = find([0x0D, 0x0A], from: position) else { return nil }
                    if lineEnd == position { break }
                    let line = body[position..<lineEnd]
                    guard let colon = line.firstIndex(of: UInt8(ascii: ":")), colon > position,
                          line[..<colon].allSatisfy({ $0 < 0x80 && $0 > 0x20 }) else { return nil }
                    let name = String(decoding: line[..<colon], as: UTF8.self)
                    let value = String(decoding: line[(colon + 1)...], as: UTF8.self).trimmingCharacters(in: .whitespaces)
                    headers.append((name, value))
                    position = lineEnd + 2
                }
                let start = position + 2
                guard let end = find(partEnd, from: start) else { return nil }
                if let part = part(headers: headers, bytes: Array(body[start..<end])) { parts.append(part) }
                position = end + partEnd.count
            }
        }
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
