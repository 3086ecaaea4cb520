/// Base64 as used for KS strings.
///
/// V1 tokens use the standard alphabet and V2 tokens the URL-safe one; both keep `=` padding.
/// Decoding mirrors the server, which maps `-` to `+` and `_` to `/` and then decodes strictly,
/// so either alphabet (or a mix) is accepted.
enum KalturaSessionBase64 {
    private static let standardAlphabet: [UInt8] = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
    private static let urlSafeAlphabet: [UInt8] = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".utf8)

    /// Encodes bytes with `=` padding.
    /// - Parameters:
    ///   - bytes: The bytes to encode.
    ///   - urlSafe: `true` for the `-`/`_` alphabet of Python's `urlsafe_b64encode`.
    static func encode(_ bytes: [UInt8], urlSafe: Bool) -> String {
        let alphabet = urlSafe ? urlSafeAlphabet : standardAlphabet
        var output: [UInt8] = []
        output.reserveCapacity((bytes.count + 2) / 3 * 4)
        var index = 0
        while index < bytes.count {
            let remaining = bytes.count - index
            let b0 = UInt32(bytes[index])
            let b1 = remaining > 1 ? UInt32(bytes[index + 1]) : 0
            let b2 = remaining > 2 ? UInt32(bytes[index + 2]) : 0
            let group = b0 << 16 | b1 << 8 | b2
            output.append(alphabet[Int(group >> 18 & 0x3F)])
            output.append(alphabet[Int(group >> 12 & 0x3F)])
            output.append(remaining > 1 ? alphabet[Int(group >> 6 & 0x3F)] : UInt8(ascii: "="))
            output.append(remaining > 2 ? alphabet[Int(group & 0x3F)] : UInt8(ascii: "="))
            index += 3
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Decodes strictly, accepting both alphabets.
    ///
    /// Any character outside the alphabets (including whitespace) is rejected. Padding may be
    /// left out, but if present it must complete the last group of four exactly.
    /// - Returns: The decoded bytes, or `nil` if `string` is not valid base64.
    static func decode(_ string: String) -> [UInt8]? {
        var sextets: [UInt8] = []
        sextets.reserveCapacity(string.utf8.count)
        var padding = 0
        for character in string.utf8 {
            if character == UInt8(ascii: "=") {
                padding += 1
                continue
            }
            guard padding == 0, let value = sextetValue(character) else { return nil }
            sextets.append(value)
        }
        if sextets.count % 4 == 1 { return nil }
        if padding > 0 && (padding > 2 || (sextets.count + padding) % 4 != 0) { return nil }

        var output: [UInt8] = []
        output.reserveCapacity(sextets.count * 3 / 4)
        var accumulator: UInt32 = 0
        var bits = 0
        for sextet in sextets {
            accumulator = accumulator << 6 | UInt32(sextet)
            bits += 6
            if bits >= 8 {
                bits -= 8
                output.append(UInt8(truncatingIfNeeded: accumulator >> UInt32(bits)))
                accumulator &= (1 << UInt32(bits)) - 1
            }
        }
        return output
    }

    private static func sextetValue(_ character: UInt8) -> UInt8? {
        switch character {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): return character - UInt8(ascii: "A")
        case UInt8(ascii: "a")...UInt8(ascii: "z"): return character - UInt8(ascii: "a") + 26
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return character - UInt8(ascii: "0") + 52
        case UInt8(ascii: "+"), UInt8(ascii: "-"): return 62
        case UInt8(ascii: "/"), UInt8(ascii: "_"): return 63
        default: return nil
        }
    }
}
