import OrderedCollections

/// Reads and writes `application/x-www-form-urlencoded` parameters with Kaltura's
/// colon-flattened names.
///
/// Nested parameters are flattened into names joined by `:`, for example
/// `filter:nameLike=x` or `filter:advancedSearch:items:0:field=name`. `name:-=` stands for
/// an empty array and `name__null=` clears a property. The server regroups the names into
/// a tree; ``decode(_:)-(String)`` does the same, and `encode(_:)` writes a tree back:
///
/// ```swift
/// let query = KalturaForm.encode([
///     "format": 1,
///     "filter": ["objectType": "KalturaMediaEntryFilter", "nameLike": "hello"],
/// ])
/// // format=1&filter%3AobjectType=KalturaMediaEntryFilter&filter%3AnameLike=hello
/// ```
package enum KalturaForm {
    // MARK: - Decoding

    /// Decodes a form body or query string into the nested parameter tree the Kaltura
    /// server builds.
    ///
    /// - Names are split on `:`; PHP's `name[a][b]` brackets nest too, and `name[]` takes
    ///   the next integer index.
    /// - A final segment `-` makes an empty array (`.array([])`) unless the parameter
    ///   already has a value.
    /// - `name__null` gives ``KalturaValue/null`` for `name`; it wins over a value for the
    ///   same name, in either order.
    /// - Numeric segments stay map keys (`"0"`, `"1"`, …): whether a map is an array is
    ///   for the consumer to decide (``KalturaValue/arrayValue`` reads it as one).
    /// - A map with a string `objectType` member becomes ``KalturaValue/object(_:)``.
    /// - Names without `:` are placed first, then the `:` names are merged into them, as
    ///   the server does; otherwise the last of repeated names wins.
    /// - Leaves are ``KalturaValue/string(_:)`` (or ``KalturaValue/null``).
    ///
    /// Values are percent-decoded with `+` as a space. A malformed `%` escape is kept as
    /// is and invalid UTF-8 is replaced with U+FFFD, so decoding never fails.
    ///
    /// - Parameter body: The body or query string, without a leading `?`.
    /// - Returns: The top-level parameters in order of first appearance.
    package static func decode(_ body: String) -> OrderedDictionary<String, KalturaValue> {
        group(fields(in: body))
    }

    /// Decodes a form body given as UTF-8 bytes; see ``decode(_:)-(String)``.
    package static func decode(_ body: some Collection<UInt8>) -> OrderedDictionary<String, KalturaValue> {
        group(fields(in: body))
    }

    /// Splits a form body or query string into percent-decoded fields, without grouping.
    ///
    /// Pairs are separated by `&`; empty pairs are skipped and a pair without `=` has an
    /// empty value.
    package static func fields(in body: String) -> [Field] {
        var body = body
        return body.withUTF8 { fields(inBuffer: $0) }
    }

    /// Splits a form body given as UTF-8 bytes into percent-decoded fields.
    package static func fields(in body: some Collection<UInt8>) -> [Field] {
        if let fields = body.withContiguousStorageIfAvailable({ fields(inBuffer: $0) }) {
            return fields
        }
        return Array(body).withUnsafeBufferPointer { fields(inBuffer: $0) }
    }

    private static func fields(inBuffer bytes: UnsafeBufferPointer<UInt8>) -> [Field] {
        var fields: [Field] = []
        var pairStart = 0
        while pairStart <= bytes.count {
            var pairEnd = pairStart
            while pairEnd < bytes.count && bytes[pairEnd] != UInt8(ascii: "&") {
                pairEnd += 1
            }
            if pairEnd > pairStart {
                var separator = pairStart
                while separator < pairEnd && bytes[separator] != UInt8(ascii: "=") {
                    separator += 1
                }
                let name = UnsafeBufferPointer(rebasing: bytes[pairStart..<separator])
                let value = separator < pairEnd
                    ? UnsafeBufferPointer(rebasing: bytes[(separator + 1)..<pairEnd])
                    : UnsafeBufferPointer(rebasing: bytes[pairEnd..<pairEnd])
                fields.append(Field(
                    name: KalturaFormPercentCoding.decode(name),
                    value: KalturaFormPercentCoding.decode(value)))
            }
            pairStart = pairEnd + 1
        }
        return fields
    }

    /// Groups decoded fields into the nested parameter tree; see ``decode(_:)-(String)``.
    package static func group(_ fields: some Sequence<Field>) -> OrderedDictionary<String, KalturaValue> {
        KalturaFormGrouping.group(fields.lazy.map { (name: $0.name, value: KalturaValue.string($0.value)) })
    }

    /// Groups structured top-level parameters, such as a decoded JSON request body, the
    /// way the server does.
    ///
    /// Top-level names are split on `:` like form names, so `{"filter:nameLike": "x"}`
    /// and `{"filter": {"nameLike": "x"}}` give the same tree. At every level a
    /// `"name__null"` member becomes ``KalturaValue/null`` for `name`, and a `"-"` member
    /// is dropped (an object holding only `"-"` becomes an empty array). Maps with a
    /// string `objectType` become objects.
    ///
    /// - Parameter parameters: The top-level parameters.
    /// - Returns: The grouped parameters.
    package static func group(_ parameters: OrderedDictionary<String, KalturaValue>) -> OrderedDictionary<String, KalturaValue> {
        KalturaFormGrouping.group(parameters.lazy.map { (name: $0.key, value: KalturaFormGrouping.resolvingMarkers(in: $0.value)) })
    }

    // MARK: - Encoding

    /// Flattens a parameter tree into colon-named fields.
    ///
    /// - Objects write `name:objectType` first, then their fields.
    /// - Arrays write `name:0:…`, `name:1:…`; maps `name:key:…`.
    /// - An empty array or map writes `name:-` with an empty value.
    /// - ``KalturaValue/null`` writes `name__null` with an empty value.
    /// - Booleans write `1` or `0`; numbers as ``KalturaValue/stringValue`` spells them.
    ///
    /// - Parameter parameters: The top-level parameters, in the order to write them.
    /// - Returns: The fields in order.
    package static func flatten(_ parameters: OrderedDictionary<String, KalturaValue>) -> [Field] {
        var fields: [Field] = []
        fields.reserveCapacity(parameters.count)
        for (name, value) in parameters {
            flatten(value, name: name, into: &fields)
        }
        return fields
    }

    private static func flatten(_ value: KalturaValue, name: String, into fields: inout [Field]) {
        switch value {
        case .null:
            fields.append(Field(name: name + KalturaFormGrouping.nullSuffix, value: ""))
        case .bool, .int, .float, .string:
            fields.append(Field(name: name, value: value.stringValue ?? ""))
        case .array(let elements):
            if elements.isEmpty {
                fields.append(Field(name: name + ":" + KalturaFormGrouping.emptyArrayMarker, value: ""))
            }
            for (index, element) in elements.enumerated() {
                flatten(element, name: name + ":" + String(index), into: &fields)
            }
        case .map(let entries):
            if entries.isEmpty {
                fields.append(Field(name: name + ":" + KalturaFormGrouping.emptyArrayMarker, value: ""))
            }
            for (key, element) in entries {
                flatten(element, name: name + ":" + key, into: &fields)
            }
        case .object(let object):
            fields.append(Field(name: name + ":objectType", value: object.objectType))
            for (key, element) in object.kalturaFields {
                flatten(element, name: name + ":" + key, into: &fields)
            }
        }
    }

    /// Encodes a parameter tree as a form body or query string (without a leading `?`).
    ///
    /// The tree is flattened with ``flatten(_:)``; names and values are percent-encoded,
    /// keeping only `A-Z a-z 0-9 - . _ ~` and writing a space as `+`, so `:` becomes `%3A`.
    package static func encode(_ parameters: OrderedDictionary<String, KalturaValue>) -> String {
        encode(flatten(parameters))
    }

    /// Encodes fields as a form body or query string, percent-encoding names and values.
    package static func encode(_ fields: [Field]) -> String {
        var output = ""
        for (index, field) in fields.enumerated() {
            if index > 0 { output += "&" }
            KalturaFormPercentCoding.encode(field.name, into: &output)
            output += "="
            KalturaFormPercentCoding.encode(field.value, into: &output)
        }
        return output
    }
}
