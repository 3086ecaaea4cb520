import OrderedCollections

/// A value as it travels between a Kaltura client and the Kaltura API v3 server.
///
/// `KalturaValue` is the schema-agnostic model shared by the client and the emulator.
/// It mirrors what the wire formats can carry: JSON scalars, lists, associative maps
/// and typed objects (anything that carries an `objectType`).
///
/// Prefer literals to the explicit cases:
///
/// ```swift
/// let filter: KalturaValue = [
///     "objectType": "KalturaMediaEntryFilter",
///     "nameLike": "hello",
///     "mediaTypeEqual": 1,
/// ]
/// // filter is .object(KalturaObject(objectType: "KalturaMediaEntryFilter", ...))
/// ```
///
/// Equality is structural and order-sensitive for maps and object fields, and
/// `.int(1)` is not equal to `.float(1)` or `.string("1")`. Use the lenient accessors
/// (``intValue``, ``boolValue``, …) to read values the way the Kaltura server casts them.
@dynamicMemberLookup
public enum KalturaValue: Sendable, Hashable {
    /// An explicit null.
    ///
    /// In a request it clears a property: the form and JSON encoders write it as
    /// `name__null`. In a response it stands for a void result.
    case null

    /// A boolean. Forms write it as `1` or `0`.
    case bool(Bool)

    /// An integer (Kaltura `int`, `bigint` that fits, enum values, Unix times).
    case int(Int)

    /// A floating-point number.
    case float(Double)

    /// A string.
    case string(String)

    /// A list, such as a typed array of objects.
    case array([KalturaValue])

    /// An associative map, or any JSON object without an `objectType`.
    ///
    /// The server writes an empty map as `[]`; the accessors treat `.array([])`
    /// as an empty map (see ``mapValue``).
    case map(OrderedDictionary<String, KalturaValue>)

    /// A typed Kaltura object.
    indirect case object(KalturaObject)
}
