extension KalturaWireError {
    /// Why a JSON text could not be read.
    public enum JSONReason: Sendable, Hashable {
        /// There were no bytes, or only whitespace.
        case emptyInput
        /// The input ended inside a value.
        case unexpectedEndOfInput
        /// A byte that cannot start or continue a value here.
        case unexpectedCharacter(UInt8)
        /// A complete value was followed by more than whitespace.
        case trailingCharacters
        /// A backslash escape other than `\" \\ \/ \b \f \n \r \t \uXXXX`.
        case invalidEscape
        /// A `\u` escape not followed by four hexadecimal digits.
        case invalidUnicodeEscape
        /// A `\u` escape of a UTF-16 surrogate that is not part of a valid pair.
        case loneSurrogate
        /// An unescaped control character (below U+0020) inside a string.
        case controlCharacterInString
        /// A string holding bytes that are not valid UTF-8.
        case invalidUTF8
        /// A malformed number, such as `01`, `1.`, `-` or `1e`.
        case invalidNumber
        /// Arrays and objects nested deeper than the limit.
        case nestingTooDeep(limit: Int)
        /// An integer literal (no fraction, no exponent) outside the 64-bit range. PHP writes
        /// larger numbers as floats, so such a literal would otherwise be silently rounded.
        case integerOutOfRange
        /// A number too large for a 64-bit float (it would become infinity).
        case numberOutOfRange
    }
}

extension KalturaWireError.JSONReason: CustomStringConvertible {
    /// A short explanation that quotes at most one byte of the input.
    public var description: String {
        switch self {
        case .emptyInput:
            return "empty input"
        case .unexpectedEndOfInput:
            return "unexpected end of input"
        case .unexpectedCharacter(let byte):
            let shown = Self.describe(byte)
            if byte == UInt8(ascii: "<") {
                return "unexpected character \(shown) (the input looks like HTML or XML)"
            }
            return "unexpected character \(shown)"
        case .trailingCharacters:
            return "unexpected characters after the end of the value"
        case .invalidEscape:
            return "invalid escape sequence in string"
        case .invalidUnicodeEscape:
            return "invalid \\u escape in string (expected four hexadecimal digits)"
        case .loneSurrogate:
            return "unpaired UTF-16 surrogate in \\u escape"
        case .controlCharacterInString:
            return "unescaped control character in string"
        case .invalidUTF8:
            return "invalid UTF-8 in string"
        case .invalidNumber:
            return "invalid number"
        case .nestingTooDeep(let limit):
            return "arrays and objects nested deeper than \(limit) levels"
        case .integerOutOfRange:
            return "integer out of range (outside -9223372036854775808...9223372036854775807)"
        case .numberOutOfRange:
            return "number out of range (too large for a 64-bit float)"
        }
    }

    private static func describe(_ byte: UInt8) -> String {
        if byte >= 0x21 && byte < 0x7F {
            return "'\(Character(Unicode.Scalar(byte)))'"
        }
        let hex = String(byte, radix: 16, uppercase: true)
        return "0x" + (hex.count == 1 ? "0" + hex : hex)
    }
}
