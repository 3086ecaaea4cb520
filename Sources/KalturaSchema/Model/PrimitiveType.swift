/// The scalar and container types the schema names directly in `type` attributes.
public enum PrimitiveType: String, Sendable, Hashable, CaseIterable {
    case string
    case int
    case bigint
    case float
    case bool
    case file
    case array
    case map

    /// Whether the wire representation of the type is numeric.
    public var isNumeric: Bool { self == .int || self == .bigint || self == .float }
}
