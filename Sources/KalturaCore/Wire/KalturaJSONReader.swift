import OrderedCollections

/// Reads JSON text from a buffer of UTF-8 bytes straight into ``KalturaValue``.
///
/// A recursive-descent parser over raw pointers: no per-byte bounds checks, no
/// intermediate token stream, strings built directly from the input bytes when they
/// hold no escapes. The buffer must stay valid while the reader runs.
struct KalturaJSONReader {
    private let start: UnsafePointer<UInt8>
    private let end: UnsafePointer<UInt8>
    private var cursor: UnsafePointer<UInt8>
    private let maxDepth: Int
    private var depth = 0
    /// Bytes of the string being unescaped; reused between strings.
    private var scratch: [UInt8] = []
    /// Per nesting level, the largest object member count and array element count seen so
    /// far (capped): capacity hints, since sibling objects (list items) tend to have the
    /// same shape.
    private var objectCountHints: [Int] = []
    private var arrayCountHints: [Int] = []
    /// The cap on capacity hints, so one large container does not inflate its cousins.
    private static let maxCountHint = 64
    /// Recently read member names, so repeated names share one string.
    private var names = KalturaJSONNameCache()

    private init(start: UnsafePointer<UInt8>, count: Int, maxDepth: Int) {
        self.start = start
        self.end = start + count
        self.cursor = start
        self.maxDepth = maxDepth
    }

    /// Reads the single JSON value in `buffer`.
    static func read(
        _ buffer: UnsafeBufferPointer<UInt8>, maxDepth: Int
    ) -> Result<KalturaValue, KalturaWireError> {
        guard let base = buffer.baseAddress, buffer.count > 0 else {
            return .failure(.invalidJSON(offset: 0, reason: .emptyInput))
        }
        var reader = KalturaJSONReader(start: base, count: buffer.count, maxDepth: maxDepth)
        do {
            return .success(try reader.readDocument())
        } catch {
            return .failure(error)
        }
    }

    // MARK: - Structure

    private mutating func readDocument() throws(KalturaWireError) -> KalturaValue {
        // A UTF-8 byte order mark.
        if end - cursor >= 3, cursor[0] == 0xEF, cursor[1] == 0xBB, cursor[2] == 0xBF {
            cursor += 3
        }
        skipWhitespace()
        guard cursor < end else { throw failure(.emptyInput) }
        let value = try readValue()
        skipWhitespace()
        guard cursor == end else { throw failure(.trailingCharacters) }
        return value
    }

    private mutating func readValue() throws(KalturaWireError) -> KalturaValue {
        guard cursor < end else { throw failure(.unexpectedEndOfInput) }
        switch cursor.pointee {
        case UInt8(ascii: "\""):
            return .string(try readString())
        case UInt8(ascii: "{"):
            return try readObject()
        case UInt8(ascii: "["):
            return try readArray()
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return try readNumber()
        case UInt8(ascii: "t"):
            try readLiteral("true")
            return .bool(true)
        case UInt8(ascii: "f"):
            try readLiteral("false")
            return .bool(false)
        case UInt8(ascii: "n"):
            try readLiteral("null")
            return .null
        case let byte:
            throw failure(.unexpectedCharacter(byte))
        }
    }

    private mutating func readObject() throws(KalturaWireError) -> KalturaValue {
        var fields = OrderedDictionary<String, KalturaValue>()
        if try openContainer(closedBy: UInt8(ascii: "}")) { return .map(fields) }
        let hint = objectCountHints[depth - 1]
        if hint > 0 {
            fields.reserveCapacity(hint)
        }
        var objectType: String?
        var nonStringObjectType = false
        while true {
            guard cursor < end else { throw failure(.unexpectedEndOfInput) }
            guard cursor.pointee == UInt8(ascii: "\"") else {
                throw failure(.unexpectedCharacter(cursor.pointee))
            }
            let name = try readName()
            skipWhitespace()
            guard cursor < end else { throw failure(.unexpectedEndOfInput) }
            guard cursor.pointee == UInt8(ascii: ":") else {
                throw failure(.unexpectedCharacter(cursor.pointee))
            }
            cursor += 1
            skipWhitespace()
            let value = try readValue()
            if name.utf8.count == 10, name == "objectType" {
                if case .string(let type) = value {
                    objectType = type
                } else {
                    nonStringObjectType = true
                    fields[name] = value
                }
            } else {
                fields[name] = value
            }
            if try closes(with: UInt8(ascii: "}")) { break }
        }
        if fields.count > hint {
            objectCountHints[depth - 1] = min(fields.count, Self.maxCountHint)
        }
        depth -= 1
        guard let objectType else { return .map(fields) }
        if nonStringObjectType {
            fields.removeValue(forKey: "objectType")
        }
        return .object(KalturaObject(validatedObjectType: objectType, fields: fields))
    }

    private mutating func readArray() throws(KalturaWireError) -> KalturaValue {
        var elements: [KalturaValue] = []
        if try openContainer(closedBy: UInt8(ascii: "]")) { return .array(elements) }
        let hint = arrayCountHints[depth - 1]
        if hint > 0 {
            elements.reserveCapacity(hint)
        }
        while true {
            elements.append(try readValue())
            if try closes(with: UInt8(ascii: "]")) { break }
        }
        if elements.count > hint {
            arrayCountHints[depth - 1] = min(elements.count, Self.maxCountHint)
        }
        depth -= 1
        return .array(elements)
    }

    /// After a member or element: `true` when `closer` ends the container, `false` after a comma
    /// (with the white space after it skipped); anything else is an error.
    @inline(__always)
    private mutating func closes(with closer: UInt8) throws(KalturaWireError) -> Bool {
        skipWhitespace()
        guard cursor < end else { throw failure(.unexpectedEndOfInput) }
        let byte = cursor.pointee
        if byte == UInt8(ascii: ",") {
            cursor += 1
            skipWhitespace()
            return false
        }
        if byte == closer {
            cursor += 1
            return true
        }
        throw failure(.unexpectedCharacter(byte))
    }

    /// Steps over a container's opening bracket and the whitespace after it, one level deeper.
    ///
    /// - Returns: `true` when the container is empty: its `closer` is consumed and the level left.
    @inline(__always)
    private mutating func openContainer(closedBy closer: UInt8) throws(KalturaWireError) -> Bool {
        try enterContainer()
        cursor += 1
        skipWhitespace()
        guard cursor < end, cursor.pointee == closer else { return false }
        cursor += 1
        depth -= 1
        return true
    }

    private mutating func enterContainer() throws(KalturaWireError) {
        guard depth < maxDepth else { throw failure(.nestingTooDeep(limit: maxDepth)) }
        depth += 1
        if objectCountHints.count < depth {
            objectCountHints.append(0)
            arrayCountHints.append(0)
        }
    }

    private mutating func readLiteral(_ literal: StaticString) throws(KalturaWireError) {
        let count = literal.utf8CodeUnitCount
        let expected = literal.utf8Start
        for index in 0..<count {
            guard cursor < end else { throw failure(.unexpectedEndOfInput) }
            guard cursor.pointee == expected[index] else {
                throw failure(.unexpectedCharacter(cursor.pointee))
            }
            cursor += 1
        }
    }

    @inline(__always)
    private mutating func skipWhitespace() {
        while cursor < end {
            switch cursor.pointee {
            case 0x20, 0x0A, 0x0D, 0x09:
                cursor += 1
            default:
                return
            }
        }
    }

    // MARK: - Strings

    /// Reads a member name, sharing storage with earlier identical names.
    private mutating func readName() throws(KalturaWireError) -> String {
        let opening = cursor
        let begin = cursor + 1
        var scan = begin
        var hash = KalturaJSONNameCache.initialHash
        while scan < end {
            let byte = scan.pointee
            if byte == UInt8(ascii: "\"") {
                let bytes = UnsafeBufferPointer(start: begin, count: scan - begin)
                cursor = scan + 1
                if let cached = names.lookUp(bytes, hash: hash) {
                    return cached
                }
                let name = try makeString(bytes, openingQuote: opening)
                names.insert(name, for: bytes, hash: hash)
                return name
            }
            if byte == UInt8(ascii: "\\") || byte < 0x20 {
                break
            }
            hash = KalturaJSONNameCache.combine(hash, byte)
            scan += 1
        }
        return try readString()
    }

    /// Reads a string starting at the opening quote under the cursor.
    private mutating func readString() throws(KalturaWireError) -> String {
        let opening = cursor
        let begin = cursor + 1
        var scan = begin
        var highBits: UInt8 = 0
        while scan < end {
            let byte = scan.pointee
            if byte == UInt8(ascii: "\"") {
                cursor = scan + 1
                let bytes = UnsafeBufferPointer(start: begin, count: scan - begin)
                if highBits & 0x80 == 0 {
                    // ASCII is valid UTF-8: no need to validate.
                    return String(decoding: bytes, as: UTF8.self)
                }
                return try makeString(bytes, openingQuote: opening)
            }
            if byte == UInt8(ascii: "\\") {
                cursor = scan
                return try readEscapedString(from: begin, openingQuote: opening)
            }
            if byte < 0x20 {
                cursor = scan
                throw failure(.controlCharacterInString)
            }
            highBits |= byte
            scan += 1
        }
        cursor = end
        throw failure(.unexpectedEndOfInput)
    }

    /// Makes a string from bytes that may hold any UTF-8, rejecting invalid sequences.
    private func makeString(
        _ bytes: UnsafeBufferPointer<UInt8>, openingQuote: UnsafePointer<UInt8>
    ) throws(KalturaWireError) -> String {
        guard let string = String(validating: bytes, as: UTF8.self) else {
            throw KalturaWireError.invalidJSON(
                offset: openingQuote - start + 1 + Self.firstInvalidUTF8Offset(in: bytes),
                reason: .invalidUTF8)
        }
        return string
    }

    /// Finishes a string that holds escapes; the cursor is on the first backslash.
    private mutating func readEscapedString(
        from begin: UnsafePointer<UInt8>, openingQuote: UnsafePointer<UInt8>
    ) throws(KalturaWireError) -> String {
        scratch.removeAll(keepingCapacity: true)
        scratch.append(contentsOf: UnsafeBufferPointer(start: begin, count: cursor - begin))
        while cursor < end {
            let byte = cursor.pointee
            switch byte {
            case UInt8(ascii: "\""):
                cursor += 1
                guard let string = String(validating: scratch, as: UTF8.self) else {
                    // Escapes only produce valid UTF-8, so the culprit is a raw byte.
                    let raw = UnsafeBufferPointer(start: begin, count: cursor - 1 - begin)
                    throw KalturaWireError.invalidJSON(
                        offset: begin - start + Self.firstInvalidUTF8Offset(in: raw),
                        reason: .invalidUTF8)
                }
                return string
            case UInt8(ascii: "\\"):
                try readEscape()
            case 0..<0x20:
                throw failure(.controlCharacterInString)
            default:
                scratch.append(byte)
                cursor += 1
            }
        }
        throw failure(.unexpectedEndOfInput)
    }

    /// Appends the character of the escape under the cursor to `scratch`.
    private mutating func readEscape() throws(KalturaWireError) {
        let backslash = cursor
        guard end - cursor >= 2 else {
            cursor = end
            throw failure(.unexpectedEndOfInput)
        }
        let kind = cursor[1]
        cursor += 2
        switch kind {
        case UInt8(ascii: "\""): scratch.append(UInt8(ascii: "\""))
        case UInt8(ascii: "\\"): scratch.append(UInt8(ascii: "\\"))
        case UInt8(ascii: "/"): scratch.append(UInt8(ascii: "/"))
        case UInt8(ascii: "b"): scratch.append(0x08)
        case UInt8(ascii: "f"): scratch.append(0x0C)
        case UInt8(ascii: "n"): scratch.append(0x0A)
        case UInt8(ascii: "r"): scratch.append(0x0D)
        case UInt8(ascii: "t"): scratch.append(0x09)
        case UInt8(ascii: "u"):
            let unit = try readHexQuad(escapeAt: backslash)
            var scalar: UInt32
            switch unit {
            case 0xD800...0xDBFF:
                // A high surrogate must be followed by an escaped low surrogate.
                guard end - cursor >= 2, cursor[0] == UInt8(ascii: "\\"), cursor[1] == UInt8(ascii: "u")
                else {
                    if end - cursor < 2 && (cursor == end || cursor[0] == UInt8(ascii: "\\")) {
                        cursor = end
                        throw failure(.unexpectedEndOfInput)
                    }
                    cursor = backslash
                    throw failure(.loneSurrogate)
                }
                let second = cursor
                cursor += 2
                let low = try readHexQuad(escapeAt: second)
                guard (0xDC00...0xDFFF).contains(low) else {
                    cursor = backslash
                    throw failure(.loneSurrogate)
                }
                scalar = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
            case 0xDC00...0xDFFF:
                cursor = backslash
                throw failure(.loneSurrogate)
            default:
                scalar = unit
            }
            appendUTF8(scalar)
        default:
            cursor = backslash
            throw failure(.invalidEscape)
        }
    }

    /// Reads the four hex digits after `\u`; the cursor is on the first digit.
    private mutating func readHexQuad(escapeAt backslash: UnsafePointer<UInt8>) throws(KalturaWireError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard cursor < end else { throw failure(.unexpectedEndOfInput) }
            let byte = cursor.pointee
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte &- UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte &- UInt8(ascii: "a") &+ 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte &- UInt8(ascii: "A") &+ 10
            default:
                cursor = backslash
                throw failure(.invalidUnicodeEscape)
            }
            value = value << 4 | UInt32(digit)
            cursor += 1
        }
        return value
    }

    private mutating func appendUTF8(_ scalar: UInt32) {
        switch scalar {
        case 0..<0x80:
            scratch.append(UInt8(scalar))
        case 0x80..<0x800:
            scratch.append(UInt8(0xC0 | scalar >> 6))
            scratch.append(UInt8(0x80 | scalar & 0x3F))
        case 0x800..<0x10000:
            scratch.append(UInt8(0xE0 | scalar >> 12))
            scratch.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            scratch.append(UInt8(0x80 | scalar & 0x3F))
        default:
            scratch.append(UInt8(0xF0 | scalar >> 18))
            scratch.append(UInt8(0x80 | scalar >> 12 & 0x3F))
            scratch.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            scratch.append(UInt8(0x80 | scalar & 0x3F))
        }
    }

    /// The offset of the first byte that starts an invalid UTF-8 sequence (for error
    /// reports only; the fast path relies on the standard library's validation).
    private static func firstInvalidUTF8Offset(in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            let length: Int
            var lowest: UInt8 = 0x80
            var highest: UInt8 = 0xBF
            switch lead {
            case 0x00...0x7F: index += 1; continue
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; lowest = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; highest = 0x9F
            case 0xF0: length = 4; lowest = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; highest = 0x8F
            default: return index
            }
            guard index + length <= bytes.count else { return index }
            let second = bytes[index + 1]
            guard second >= lowest && second <= highest else { return index }
            for offset in 2..<max(length, 2) where bytes[index + offset] & 0xC0 != 0x80 {
                return index
            }
            index += length
        }
        return bytes.count
    }

    // MARK: - Numbers

    /// Exact powers of ten for the fast float path.
    private static let powersOfTen: [Double] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ]

    private mutating func readNumber() throws(KalturaWireError) -> KalturaValue {
        let begin = cursor
        var scan = cursor
        let negative = scan.pointee == UInt8(ascii: "-")
        if negative {
            scan += 1
        }
        // Up to 19 significant digits, then the rest only shifts the exponent.
        var mantissa: UInt64 = 0
        var significantDigits = 0
        var droppedDigits = false
        var exponent = 0
        var isInteger = true

        guard scan < end else {
            cursor = end
            throw failure(.unexpectedEndOfInput)
        }
        if scan.pointee == UInt8(ascii: "0") {
            scan += 1
            if scan < end, Self.isDigit(scan.pointee) {
                cursor = scan
                throw failure(.invalidNumber)
            }
        } else if Self.isDigit(scan.pointee) {
            repeat {
                let digit = UInt64(scan.pointee &- UInt8(ascii: "0"))
                if significantDigits < 19 {
                    mantissa = mantissa &* 10 &+ digit
                    significantDigits += 1
                } else {
                    droppedDigits = true
                    exponent += 1
                }
                scan += 1
            } while scan < end && Self.isDigit(scan.pointee)
        } else {
            cursor = scan
            throw failure(.invalidNumber)
        }

        if scan < end, scan.pointee == UInt8(ascii: ".") {
            isInteger = false
            scan += 1
            guard scan < end else {
                cursor = end
                throw failure(.unexpectedEndOfInput)
            }
            guard Self.isDigit(scan.pointee) else {
                cursor = scan
                throw failure(.invalidNumber)
            }
            repeat {
                let digit = UInt64(scan.pointee &- UInt8(ascii: "0"))
                if significantDigits < 19 {
                    if mantissa != 0 || digit != 0 {
                        mantissa = mantissa &* 10 &+ digit
                        significantDigits += 1
                    }
                    exponent -= 1
                } else {
                    droppedDigits = true
                }
                scan += 1
            } while scan < end && Self.isDigit(scan.pointee)
        }

        if scan < end, scan.pointee | 0x20 == UInt8(ascii: "e") {
            isInteger = false
            scan += 1
            guard scan < end else {
                cursor = end
                throw failure(.unexpectedEndOfInput)
            }
            var exponentNegative = false
            if scan.pointee == UInt8(ascii: "+") || scan.pointee == UInt8(ascii: "-") {
                exponentNegative = scan.pointee == UInt8(ascii: "-")
                scan += 1
                guard scan < end else {
                    cursor = end
                    throw failure(.unexpectedEndOfInput)
                }
            }
            guard Self.isDigit(scan.pointee) else {
                cursor = scan
                throw failure(.invalidNumber)
            }
            var explicitExponent = 0
            repeat {
                if explicitExponent < 100_000 {
                    explicitExponent = explicitExponent * 10 + Int(scan.pointee &- UInt8(ascii: "0"))
                }
                scan += 1
            } while scan < end && Self.isDigit(scan.pointee)
            exponent += exponentNegative ? -explicitExponent : explicitExponent
        }
        cursor = scan

        if isInteger && !droppedDigits {
            if !negative, mantissa <= UInt64(Int.max) {
                return .int(Int(mantissa))
            }
            if negative, mantissa <= UInt64(Int.max) + 1 {
                return .int(Int(truncatingIfNeeded: 0 &- mantissa))
            }
        }
        if isInteger {
            // PHP's integers are 64-bit and it writes larger numbers as floats (`1.0e+30`), so an
            // integer literal beyond Int64 is never a real value: refuse it rather than round it.
            cursor = begin
            throw failure(.integerOutOfRange)
        }
        if !droppedDigits, mantissa <= 1 << 53, exponent >= -22, exponent <= 22 {
            // Both operands are exact, so one rounding gives the correctly rounded result.
            var double = Double(mantissa)
            if exponent < 0 {
                double /= Self.powersOfTen[-exponent]
            } else {
                double *= Self.powersOfTen[exponent]
            }
            return .float(negative ? -double : double)
        }
        let text = String(decoding: UnsafeBufferPointer(start: begin, count: scan - begin), as: UTF8.self)
        guard let double = Double(text) else {
            cursor = begin
            throw failure(.invalidNumber)
        }
        guard double.isFinite else {
            cursor = begin
            throw failure(.numberOutOfRange)
        }
        return .float(double)
    }

    @inline(__always)
    private static func isDigit(_ byte: UInt8) -> Bool {
        byte &- UInt8(ascii: "0") < 10
    }

    // MARK: - Errors

    private func failure(_ reason: KalturaWireError.JSONReason) -> KalturaWireError {
        .invalidJSON(offset: cursor - start, reason: reason)
    }
}
