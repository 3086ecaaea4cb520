import Foundation

/// Reads and writes the JSON used by the Kaltura API (`format=1`).
///
/// The decoder walks UTF-8 bytes straight into ``KalturaValue``, without Foundation's
/// `JSONSerialization` or `JSONDecoder`:
///
/// - a JSON object with a string `"objectType"` member becomes ``KalturaValue/object(_:)``
///   (member order kept, `objectType` moved out of the fields); any other object becomes
///   ``KalturaValue/map(_:)``;
/// - a number without fraction or exponent becomes ``KalturaValue/int(_:)`` and must fit `Int`
///   (PHP writes larger numbers as floats, so a longer integer literal is an error, not a rounded
///   float); any other number becomes ``KalturaValue/float(_:)``, correctly rounded, and must be
///   finite (one beyond the range of `Double` is an error, not an infinity);
/// - a repeated member name keeps its first position and its last value, as in PHP.
///
/// The encoder writes compact JSON; ``EncodingOptions`` choose how explicit nulls, empty
/// maps and `objectType` are written, with presets for requests and for server responses.
public enum KalturaJSON {
    /// How deeply arrays and objects may nest before decoding fails (512).
    public static let defaultMaxDepth = 512

    // MARK: - Decoding

    /// Decodes one JSON value from UTF-8 bytes.
    ///
    /// Whitespace may surround the value, and a leading UTF-8 byte order mark is skipped.
    ///
    /// - Parameters:
    ///   - bytes: The JSON text as UTF-8.
    ///   - maxDepth: The deepest nesting of arrays and objects accepted.
    /// - Returns: The decoded value.
    /// - Throws: ``KalturaWireError/invalidJSON(offset:reason:)`` for empty, truncated or
    ///   malformed input, invalid UTF-8, trailing characters, or nesting deeper than `maxDepth`.
    public static func decode(
        _ bytes: [UInt8], maxDepth: Int = defaultMaxDepth
    ) throws(KalturaWireError) -> KalturaValue {
        try bytes.withUnsafeBufferPointer { buffer in
            KalturaJSONReader.read(buffer, maxDepth: maxDepth)
        }.get()
    }

    /// Decodes one JSON value from UTF-8 bytes in `data`.
    ///
    /// - Throws: ``KalturaWireError/invalidJSON(offset:reason:)``; see ``decode(_:maxDepth:)-([UInt8],_)``.
    public static func decode(
        _ data: Data, maxDepth: Int = defaultMaxDepth
    ) throws(KalturaWireError) -> KalturaValue {
        try data.withUnsafeBytes { raw in
            KalturaJSONReader.read(raw.bindMemory(to: UInt8.self), maxDepth: maxDepth)
        }.get()
    }

    /// Decodes one JSON value from a collection of UTF-8 bytes, such as a byte buffer view.
    ///
    /// Collections with contiguous storage are read in place; others are copied first.
    ///
    /// - Throws: ``KalturaWireError/invalidJSON(offset:reason:)``; see ``decode(_:maxDepth:)-([UInt8],_)``.
    public static func decode(
        _ bytes: some Collection<UInt8>, maxDepth: Int = defaultMaxDepth
    ) throws(KalturaWireError) -> KalturaValue {
        let inPlace = bytes.withContiguousStorageIfAvailable { buffer in
            KalturaJSONReader.read(buffer, maxDepth: maxDepth)
        }
        if let inPlace {
            return try inPlace.get()
        }
        return try decode(Array(bytes), maxDepth: maxDepth)
    }

    /// Decodes one JSON value from text.
    ///
    /// - Throws: ``KalturaWireError/invalidJSON(offset:reason:)``; offsets count UTF-8 bytes.
    public static func decode(
        _ text: String, maxDepth: Int = defaultMaxDepth
    ) throws(KalturaWireError) -> KalturaValue {
        var text = text
        return try text.withUTF8 { buffer in
            KalturaJSONReader.read(buffer, maxDepth: maxDepth)
        }.get()
    }

    // MARK: - Encoding

    /// Encodes `value` as compact JSON in UTF-8.
    ///
    /// With the default options the output decodes back to an equal value: explicit nulls
    /// are written as JSON `null`, empty maps as `{}`, and `objectType` follows an object's
    /// fields. Use ``EncodingOptions/request`` for request bodies and
    /// ``EncodingOptions/response`` to write what the Kaltura server writes.
    ///
    /// Non-finite floats (NaN and infinities) have no JSON spelling; they are written as
    /// `null`, as JavaScript's `JSON.stringify` does.
    ///
    /// - Parameters:
    ///   - value: The value to encode.
    ///   - options: How to write nulls, empty maps and `objectType`.
    /// - Returns: The JSON text as UTF-8 bytes.
    public static func encode(_ value: KalturaValue, options: EncodingOptions = EncodingOptions()) -> [UInt8] {
        var writer = KalturaJSONWriter(options: options)
        writer.write(value)
        return writer.bytes
    }

    /// Encodes `value` as compact JSON, choosing only how explicit nulls are written.
    ///
    /// - Parameters:
    ///   - value: The value to encode.
    ///   - nullStyle: How a member whose value is ``KalturaValue/null`` is written.
    /// - Returns: The JSON text as UTF-8 bytes.
    package static func encode(_ value: KalturaValue, nullStyle: NullStyle) -> [UInt8] {
        encode(value, options: EncodingOptions(nullStyle: nullStyle))
    }

    /// Encodes a call outcome the way the server writes a `format=1` response.
    ///
    /// A success is its value, a failure the `KalturaAPIException` object (see
    /// ``KalturaAPIError/kalturaValue``), and a multi-request a list of the items' outcomes.
    /// A void result is `null`.
    ///
    /// - Parameters:
    ///   - result: The outcome to write.
    ///   - options: Defaults to ``EncodingOptions/response``.
    /// - Returns: The response body as UTF-8 bytes.
    package static func encode(_ result: KalturaResult, options: EncodingOptions = .response) -> [UInt8] {
        var writer = KalturaJSONWriter(options: options)
        writer.write(result)
        return writer.bytes
    }
}
