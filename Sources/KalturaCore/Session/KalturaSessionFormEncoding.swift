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

    /// Percent-encodes a string like Python's `urllib.parse.quote_plus(string, safe='')`, which is
    /// exactly the form encoding of ``KalturaFormPercentCoding``.
    static func quotePlus(_ string: String) -> String {
        var output = ""
        KalturaFormPercentCoding.encode(string, into: &output)
        return output
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

    /// Reverses ``quotePlus(_:)``: `+` becomes a space and `%XX` becomes the byte `XX`; a `%` not
    /// followed by two hex digits is kept literally and invalid UTF-8 becomes U+FFFD.
    static func unquotePlus<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> String {
        Array(bytes).withUnsafeBufferPointer { KalturaFormPercentCoding.decode($0) }
    }
}
