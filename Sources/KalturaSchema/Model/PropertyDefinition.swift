/// A `<property>` of a class.
public struct PropertyDefinition: Sendable, Hashable {
    /// The property's name, e.g. `mediaType`.
    public var name: String
    /// The resolved type.
    public var type: TypeReference
    /// The raw `type` attribute as written in the schema.
    public var typeName: String
    /// The raw `enumType` attribute, if any.
    public var enumTypeName: String?
    /// The raw `arrayType` attribute, if any.
    public var arrayTypeName: String?
    /// For `map` properties whose values are enum constants: the `valuesEnumType` attribute.
    public var valuesEnumType: String?
    /// Set by the server only; clients may not send it on add or update.
    public var isReadOnly: Bool
    /// May be sent on add but not on update.
    public var isInsertOnly: Bool
    /// Accepted from clients but never returned.
    public var isWriteOnly: Bool
    /// The value is a Unix time in seconds (and relative when small, on the server).
    public var isTime: Bool
    /// The property's values may be given in several languages.
    public var isMultiLingual: Bool
    /// The permissions the server requires to read or write it (`requiresPermissions`), if any.
    public var requiredPermissions: String?
    /// Whether the property is marked deprecated.
    public var isDeprecated: Bool
    /// Declared limits (`minLength`, `maxLength`, `minValue`, `maxValue`), when present.
    public var limits: ValueLimits
    /// The property's description, if the schema gives one.
    public var description: String?
    /// The class that declares the property (useful once inherited properties are flattened).
    public var declaringClass: String

    public init(name: String, type: TypeReference, typeName: String, enumTypeName: String? = nil, arrayTypeName: String? = nil, valuesEnumType: String? = nil,
                isReadOnly: Bool = false, isInsertOnly: Bool = false, isWriteOnly: Bool = false,
                isTime: Bool = false, isMultiLingual: Bool = false, requiredPermissions: String? = nil,
                isDeprecated: Bool = false, limits: ValueLimits = ValueLimits(), description: String? = nil,
                declaringClass: String) {
        self.name = name
        self.type = type
        self.typeName = typeName
        self.enumTypeName = enumTypeName
        self.arrayTypeName = arrayTypeName
        self.valuesEnumType = valuesEnumType
        self.isReadOnly = isReadOnly
        self.isInsertOnly = isInsertOnly
        self.isWriteOnly = isWriteOnly
        self.isTime = isTime
        self.isMultiLingual = isMultiLingual
        self.requiredPermissions = requiredPermissions
        self.isDeprecated = isDeprecated
        self.limits = limits
        self.description = description
        self.declaringClass = declaringClass
    }
}

/// Length and range limits a schema may declare on a property.
public struct ValueLimits: Sendable, Hashable {
    public var minimumLength: Int?
    public var maximumLength: Int?
    public var minimumValue: Double?
    public var maximumValue: Double?

    public init(minimumLength: Int? = nil, maximumLength: Int? = nil,
                minimumValue: Double? = nil, maximumValue: Double? = nil) {
        self.minimumLength = minimumLength
        self.maximumLength = maximumLength
        self.minimumValue = minimumValue
        self.maximumValue = maximumValue
    }

    /// Whether no limit is declared.
    public var isEmpty: Bool {
        minimumLength == nil && maximumLength == nil && minimumValue == nil && maximumValue == nil
    }
}
