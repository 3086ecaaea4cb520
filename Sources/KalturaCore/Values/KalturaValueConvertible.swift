/// A Swift type that converts to a ``KalturaValue``, so its values can be arguments of dynamic calls.
///
/// `String`, `Substring`, `Character`, `Bool`, the integer types but `UInt8` (so a byte array is
/// never sent as a list of numbers: wrap bytes in a ``KalturaFile``), `Double`, `Float`, `Date`
/// (Unix seconds), `URL` (its absolute string), arrays and optionals of convertible values (`nil` is
/// ``KalturaValue/null``), `OrderedDictionary<String, …>` (a map, or an object when it has an
/// `"objectType"`), ``KalturaValue``, ``KalturaObject`` and ``KalturaResultReference`` conform.
/// Swift's `Dictionary` does not: it has no order, and a request's fields keep the order you give
/// them. Write a dictionary literal (a ``KalturaValue``) or an `OrderedDictionary` instead.
///
/// Conform your own types to send them too:
///
/// ```swift
/// struct Tags: KalturaValueConvertible {
///     var names: [String]
///     var kalturaValue: KalturaValue { .string(names.joined(separator: ",")) }
/// }
/// try await client.media.update(entryId: id, mediaEntry: KalturaObject("KalturaMediaEntry", ["tags": KalturaValue(Tags(names: ["a", "b"]))]))
/// ```
public protocol KalturaValueConvertible: KalturaArgumentConvertible {
    /// The value to send.
    var kalturaValue: KalturaValue { get }
}

extension KalturaValue: KalturaValueConvertible {
    /// The value itself.
    public var kalturaValue: KalturaValue { self }

    /// The value `convertible` converts to, to place a Swift value inside a literal:
    /// `["objectType": "KalturaMediaEntryFilter", "nameLike": KalturaValue(name)]`.
    public init(_ convertible: some KalturaValueConvertible) {
        self = convertible.kalturaValue
    }
}

extension KalturaObject: KalturaValueConvertible {
    /// The object as ``KalturaValue/object(_:)``.
    public var kalturaValue: KalturaValue { .object(self) }
}
