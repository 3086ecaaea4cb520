/// The `application/x-www-form-urlencoded` encoding used for the fields of a V2 KS.
///
/// Encoding matches Python's `urllib.parse.urlencode` (which uses `quote_plus`): the unreserved
/// characters `A-Z a-z 0-9 _ . - ~` are kept, a space becomes `+`, and every other UTF-8 byte
/// becomes `%XX` with uppercase hex digits. Decoding follows PHP's `parse_str` for flat keys.
enum KalturaSessionFormEncoding {
    /// Encodes fields as `name=value` pairs joined by `&`.
    static func encode(_ fields: KalturaSessionFields) -> String {
        fields.pairs.map { quotePlus($0.name) + "=" + quotePlus($0.value) }.joined(separator: "&")
    }

    /// Percent-encodes a string like Python's `urllib.parse.quote_plus(string, safe='')`.
    static func quotePlus(_ string: String) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(string.utf8.count)
        for byte in string.utf8 {
            if isUnreserved(byte) {
                output.append(byte)
            } else if byte == UInt8(ascii: " ") {
                output.append(UInt8(ascii: "+"))
            } else {
                output.append(UInt8(ascii: "%"))
                output.append(hexDigits[Int(byte >> 4)])
                output.append(hexDigits[Int(byte & 0x0F)])
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Decodes `name=value&…` into ordered fields.
    ///
    /// Empty segments and segments with an empty name are skipped; a segment without `=` has an
    /// empty value; a repeated name keeps its first position and its last value. Unlike PHP,
    /// brackets, dots and spaces in names are kept as they are.
    static func decode<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> KalturaSessionFields {
        var fields = KalturaSessionFields()
        for segment in bytes.split(separator: UInt8(ascii: "&"), omittingEmptySubsequences: true) {
            let name: String
            let value: String
            if let equals = segment.firstIndex(of: UInt8(ascii: "=")) {
                name = unquotePlus(segment[..<equals])
                value = unquotePlus(segment[segment.index(after: equals)...])
            } else {
                name = unquotePlus(segment)
                value = ""
            }
            if name.isEmpty { continue }
            fields[name] = value
        }
        return fields
    }

    /// Reverses ``quotePlus(_:)``: `+` becomes a space and `%XX` becomes the byte `XX`.
    ///
    /// A `%` that is not followed by two hex digits is kept literally. Invalid UTF-8 is replaced
    /// with U+FFFD.
    static func unquotePlus<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> String {
        let input = Array(bytes)
        var output: [UInt8] = []
        output.reserveCapacity(input.count)
        var index = 0
        while index < input.count {
            let byte = input[index]
            if byte == UInt8(ascii: "+") {
                output.append(UInt8(ascii: " "))
            } else if byte == UInt8(ascii: "%"), index + 2 < input.count,
                      let high = hexValue(input[index + 1]), let low = hexValue(input[index + 2]) {
                output.append(high << 4 | low)
                index += 2
            } else {
                output.append(byte)
            }
            index += 1
        }
        return String(decoding: output, as: UTF8.self)
    }

    private static let hexDigits: [UInt8] = Array("0123456789ABCDEF".utf8)

    private static func isUnreserved(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: "~"):
            return true
        default:
            return false
        }
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        default: return nil
        }
    }
}
