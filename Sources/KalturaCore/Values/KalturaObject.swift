import OrderedCollections

/// A typed Kaltura object: an `objectType` name and its fields, in order.
///
/// Fields are looked up dynamically, so any property the server sends is kept,
/// including ones this client's schema does not know:
///
/// ```swift
/// var entry = KalturaObject("KalturaMediaEntry", ["name": "Intro", "mediaType": 1])
/// entry.name            // Optional(.string("Intro"))
/// entry.tags = "a,b"    // adds a field
/// entry.tags = nil      // removes it again
/// entry.tags = .null    // an explicit null: sent as tags__null
/// ```
///
/// The type name is not stored in ``kalturaFields``; read it from ``objectType``
/// (`object["objectType"]` also returns it). Equality compares the type and the
/// fields in order.
///
/// The object's own members use names no Kaltura class gives a property (``objectType``,
/// ``kalturaFields``, ``debugDescription``), so `object.fields` and `object.description` are the
/// fields of those names. The one exception is `hash`, which Swift's `Hashable` reserves for
/// `hash(into:)`: read a field called `hash` with `object["hash"]`.
@dynamicMemberLookup
public struct KalturaObject: Sendable, Hashable {
    /// The Kaltura class name, such as `KalturaMediaEntry`.
    public var objectType: String

    /// The object's properties in wire order, without `objectType`.
    public var kalturaFields: OrderedDictionary<String, KalturaValue>

    /// Creates an object of type `objectType` with the given fields.
    ///
    /// - Parameters:
    ///   - objectType: The Kaltura class name.
    ///   - fields: The properties in order. An `"objectType"` entry here is dropped.
    public init(objectType: String, fields: OrderedDictionary<String, KalturaValue> = [:]) {
        self.objectType = objectType
        var fields = fields
        fields.removeValue(forKey: "objectType")
        self.kalturaFields = fields
    }

    /// Creates an object from a literal list of fields, keeping their order.
    ///
    /// ```swift
    /// KalturaObject("KalturaFilterPager", ["pageSize": 10, "pageIndex": 2])
    /// ```
    ///
    /// A repeated name keeps its first position and its last value; an `"objectType"`
    /// entry is dropped.
    public init(_ objectType: String, _ fields: KeyValuePairs<String, KalturaValue> = [:]) {
        var ordered = OrderedDictionary<String, KalturaValue>(minimumCapacity: fields.count)
        for (name, value) in fields {
            ordered[name] = value
        }
        self.init(objectType: objectType, fields: ordered)
    }

    /// The field called `name`, or `nil` when absent. Setting `nil` removes the field.
    public subscript(dynamicMember name: String) -> KalturaValue? {
        get { self[name] }
        set { self[name] = newValue }
    }

    /// The field called `name`, or `nil` when absent. Setting `nil` removes the field.
    ///
    /// The name `"objectType"` reads ``objectType`` as a string; setting it to a
    /// `.string` changes ``objectType`` and any other value is ignored.
    public subscript(_ name: String) -> KalturaValue? {
        get {
            if name == "objectType" { return .string(objectType) }
            return kalturaFields[name]
        }
        set {
            if name == "objectType" {
                if case .string(let type)? = newValue { objectType = type }
                return
            }
            kalturaFields[name] = newValue
        }
    }
}

extension KalturaObject {
    /// Creates an object from fields known not to contain `"objectType"` (decoders).
    init(validatedObjectType objectType: String, fields: OrderedDictionary<String, KalturaValue>) {
        self.objectType = objectType
        self.kalturaFields = fields
    }
}
