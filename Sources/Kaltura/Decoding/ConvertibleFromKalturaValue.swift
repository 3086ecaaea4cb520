/// A type a call's result can be returned as, by annotating the call:
/// `let entry: KalturaObject = try await client.media.get(entryId: id)`.
///
/// ``KalturaObject`` conforms. `Decodable` types need nothing: they are decoded through JSON
/// (see ``KalturaValue/decode(_:using:)``). Do not conform a type that is also `Decodable`: the
/// call would be ambiguous.
public protocol ConvertibleFromKalturaValue {
    /// Creates a value from a call's result.
    ///
    /// - Throws: ``KalturaClientError/resultTypeMismatch(expected:reason:)`` when the result has another shape.
    init(kalturaValue: KalturaValue) throws
}

extension KalturaObject: ConvertibleFromKalturaValue {
    /// The object a result holds.
    ///
    /// - Throws: ``KalturaClientError/resultTypeMismatch(expected:reason:)`` when the result is not an object.
    public init(kalturaValue: KalturaValue) throws {
        guard case .object(let object) = kalturaValue else {
            throw KalturaClientError.resultTypeMismatch(expected: "KalturaObject", reason: "it is \(KalturaValidator.describe(kalturaValue))")
        }
        self = object
    }
}
