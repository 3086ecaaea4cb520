/// A `<param>` of an action.
public struct ParameterDefinition: Sendable, Hashable {
    /// The parameter's name as sent on the wire.
    public var name: String
    /// The resolved type.
    public var type: TypeReference
    /// The raw `type` attribute as written in the schema.
    public var typeName: String
    /// The raw `enumType` attribute, if any.
    public var enumTypeName: String?
    /// The raw `arrayType` attribute, if any.
    public var arrayTypeName: String?
    /// Whether the caller may leave it out.
    public var isOptional: Bool
    /// The `default` attribute as written (`null`, `30`, `false`, …), if present.
    public var defaultValue: String?
    /// The value is a Unix time in seconds.
    public var isTime: Bool
    /// The parameter's description, if the schema gives one.
    public var description: String?

    public init(name: String, type: TypeReference, typeName: String, enumTypeName: String? = nil, arrayTypeName: String? = nil, isOptional: Bool = false,
                defaultValue: String? = nil, isTime: Bool = false, description: String? = nil) {
        self.name = name
        self.type = type
        self.typeName = typeName
        self.enumTypeName = enumTypeName
        self.arrayTypeName = arrayTypeName
        self.isOptional = isOptional
        self.defaultValue = defaultValue
        self.isTime = isTime
        self.description = description
    }
}
