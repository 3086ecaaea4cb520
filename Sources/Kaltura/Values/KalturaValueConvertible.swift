/// A Swift type that can be passed as an argument of a dynamic call.
///
/// The client already converts `String`, the integer and floating-point types, `Bool`, `Date`
/// (Unix seconds), `URL`, arrays, `[String: …]` dictionaries, optionals (`nil` leaves the argument
/// out), `RawRepresentable` values (their raw value), ``KalturaValue`` and ``KalturaObject``.
/// Conform your own types to send them too:
///
/// ```swift
/// struct Tags: KalturaValueConvertible {
///     var names: [String]
///     var kalturaValue: KalturaValue { .string(names.joined(separator: ",")) }
/// }
/// try await client.media.update(entryId: id, mediaEntry: ["tags": Tags(names: ["a", "b"])])
/// ```
public protocol KalturaValueConvertible {
    /// The value to send.
    var kalturaValue: KalturaValue { get }
}

extension KalturaValue: KalturaValueConvertible {
    /// The value itself.
    public var kalturaValue: KalturaValue { self }
}

extension KalturaObject: KalturaValueConvertible {
    /// The object as ``KalturaValue/object(_:)``.
    public var kalturaValue: KalturaValue { .object(self) }
}
