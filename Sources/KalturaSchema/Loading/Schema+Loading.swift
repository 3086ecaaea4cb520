#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension Schema {
    /// The largest document the loader accepts by default (64 MiB; real schemas are a few MB).
    public static let defaultMaximumDocumentSize = 64 << 20

    /// Loads a schema from the bytes of an `api_schema.php` document.
    ///
    /// - Throws: ``SchemaLoadError`` when the bytes are not a usable schema: empty, an HTML page,
    ///   malformed or truncated XML, a DOCTYPE, a wrong root element, absurd nesting or size.
    public init(xml data: Data, maximumSize: Int = Schema.defaultMaximumDocumentSize) throws(SchemaLoadError) {
        guard data.count <= maximumSize else { throw .documentTooLarge(bytes: data.count, limit: maximumSize) }
        let parsed: Result<SchemaDocument, SchemaLoadError> = data.withUnsafeBytes { buffer in
            Result { () throws(SchemaLoadError) in
                try Self.checkPrologue(buffer)
                return try SchemaDocumentParser.parse(buffer)
            }
        }
        self.init(document: try parsed.get())
    }

    /// Loads a schema from a string holding the XML document.
    public init(xml text: String) throws(SchemaLoadError) {
        try self.init(xml: Data(text.utf8))
    }

    /// Loads a schema from a file.
    public init(contentsOf url: URL, maximumSize: Int = Schema.defaultMaximumDocumentSize) throws(SchemaLoadError) {
        try self.init(xml: SchemaFileReader.contents(ofFile: url.path, maximumSize: maximumSize), maximumSize: maximumSize)
    }

    /// Cheap checks before libxml2 sees the bytes: empty bodies and HTML pages get errors of their own.
    private static func checkPrologue(_ buffer: UnsafeRawBufferPointer) throws(SchemaLoadError) {
        var start = 0
        if buffer.count >= 3, buffer[0] == 0xEF, buffer[1] == 0xBB, buffer[2] == 0xBF { start = 3 }
        while start < buffer.count, [0x20, 0x09, 0x0A, 0x0D].contains(buffer[start]) { start += 1 }
        guard start < buffer.count else { throw .emptyDocument }
        let head = String(decoding: buffer[start..<min(buffer.count, start + 4096)], as: UTF8.self)
        let lowered = head.lowercased()
        if lowered.hasPrefix("<!doctype html") || lowered.hasPrefix("<html") {
            throw .htmlDocument(title: htmlTitle(in: head))
        }
        if let line = documentTypeLine(buffer, from: start) { throw .documentTypeDeclaration(line: line) }
    }

    /// The line of a DOCTYPE in the prologue (after the XML declaration, comments and processing
    /// instructions), found before libxml2 parses anything: a DTD is how entity bombs and external
    /// entities arrive, and real schemas never carry one.
    private static func documentTypeLine(_ buffer: UnsafeRawBufferPointer, from start: Int) -> Int? {
        func matches(_ literal: String, at offset: Int, ignoringCase: Bool = false) -> Bool {
            let bytes = Array(literal.utf8)
            guard offset + bytes.count <= buffer.count else { return false }
            for (index, byte) in bytes.enumerated() {
                var actual = buffer[offset + index]
                if ignoringCase, actual >= 0x61, actual <= 0x7A { actual -= 0x20 }
                if actual != byte { return false }
            }
            return true
        }
        func skip(past terminator: String, from offset: Int) -> Int? {
            var position = offset
            while position < buffer.count {
                if matches(terminator, at: position) { return position + terminator.utf8.count }
                position += 1
            }
            return nil
        }
        var position = start
        while position < buffer.count {
            switch buffer[position] {
            case 0x20, 0x09, 0x0A, 0x0D:
                position += 1
            case UInt8(ascii: "<"):
                if matches("<?", at: position) {
                    guard let next = skip(past: "?>", from: position + 2) else { return nil }
                    position = next
                } else if matches("<!--", at: position) {
                    guard let next = skip(past: "-->", from: position + 4) else { return nil }
                    position = next
                } else if matches("<!DOCTYPE", at: position, ignoringCase: true) {
                    return 1 + buffer[..<position].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
                } else {
                    return nil
                }
            default:
                return nil
            }
        }
        return nil
    }

    private static func htmlTitle(in head: String) -> String? {
        let lowered = head.lowercased()
        // Lowercasing keeps ASCII offsets, and the tags are ASCII, so UTF-8 offsets carry over.
        guard lowered.utf8.count == head.utf8.count,
              let open = lowered.utf8.firstRange(of: "<title>".utf8),
              let close = lowered.utf8[open.upperBound...].firstRange(of: "</title>".utf8) else { return nil }
        let start = lowered.utf8.distance(from: lowered.utf8.startIndex, to: open.upperBound)
        let end = lowered.utf8.distance(from: lowered.utf8.startIndex, to: close.lowerBound)
        let bytes = head.utf8.dropFirst(start).prefix(end - start)
        let title = String(decoding: bytes, as: UTF8.self).trimmingWhitespace()
        guard !title.isEmpty else { return nil }
        return String(title.prefix(80))
    }
}
