/// A resolved reference from a property, parameter or result to the type it holds.
///
/// The schema spells a type with up to three attributes (`type`, `enumType`, `arrayType`);
/// the loader folds them into one value. Names the schema never defines are kept as
/// ``unresolved(_:)`` rather than failing the load: real schemas reference plugin classes
/// they do not ship.
public enum TypeReference: Sendable, Hashable {
    /// A plain scalar (`string`, `int`, `bigint`, `float`, `bool`, `file`).
    case primitive(PrimitiveType)
    /// An enumeration; `base` is how its values travel (`int` or `string`).
    case enumeration(name: String, base: PrimitiveType)
    /// An object of a class (or any of its subclasses).
    case object(String)
    /// An array whose elements have the given type.
    indirect case array(of: TypeReference)
    /// A map keyed by string whose values have the given type.
    indirect case map(of: TypeReference)
    /// A name the schema references but never defines.
    case unresolved(String)

    /// The class or enum name this reference ultimately points at, if any.
    public var referencedName: String? {
        switch self {
        case .primitive: return nil
        case .enumeration(let name, _), .object(let name), .unresolved(let name): return name
        case .array(let element), .map(let element): return element.referencedName
        }
    }

    /// A short human-readable spelling, e.g. `array<KalturaMediaEntry>` or `int enum KalturaEntryStatus`.
    public var displayName: String {
        switch self {
        case .primitive(let primitive): return primitive.rawValue
        case .enumeration(let name, let base): return "\(base.rawValue) enum \(name)"
        case .object(let name): return name
        case .array(let element): return "array<\(element.displayName)>"
        case .map(let element): return "map<\(element.displayName)>"
        case .unresolved(let name): return "\(name) (undefined)"
        }
    }
}
