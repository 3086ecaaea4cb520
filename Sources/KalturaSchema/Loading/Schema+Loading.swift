import Foundation

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
        let data: Data
        do {
            let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
            if let size = attributes[.size] as? Int, size > maximumSize {
                throw SchemaLoadError.documentTooLarge(bytes: size, limit: maximumSize)
            }
            data = try Data(contentsOf: url)
        } catch let error as SchemaLoadError {
            throw error
        } catch {
            throw .unreadableFile(path: url.path, reason: Self.reason(for: error))
        }
        try self.init(xml: data, maximumSize: maximumSize)
    }

    private static func reason(for error: any Error) -> String {
        let nsError = error as NSError
        if nsError.domain == NSCocoaErrorDomain {
            switch nsError.code {
            case NSFileReadNoSuchFileError, NSFileNoSuchFileError: return "no such file"
            case NSFileReadNoPermissionError: return "permission denied"
            default: break
            }
        }
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain,
           let code = POSIXErrorCode(rawValue: Int32(underlying.code)) {
            switch code {
            case .ENOENT: return "no such file"
            case .EACCES: return "permission denied"
            case .EISDIR: return "it is a directory"
            default: break
            }
        }
        return nsError.localizedDescription
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
        guard let open = lowered.range(of: "<title>"),
              let close = lowered.range(of: "</title>", range: open.upperBound..<lowered.endIndex) else { return nil }
        let offsetStart = lowered.distance(from: lowered.startIndex, to: open.upperBound)
        let offsetEnd = lowered.distance(from: lowered.startIndex, to: close.lowerBound)
        let title = head.dropFirst(offsetStart).prefix(offsetEnd - offsetStart)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        guard !title.isEmpty else { return nil }
        return String(title.prefix(80))
    }
}
