/// An `<enum>` of the schema: a named set of constants with int or string values.
public struct EnumDefinition: Sendable, Hashable {
    /// One `<const>` of an enum.
    public struct Constant: Sendable, Hashable {
        /// The constant's name, e.g. `READY`.
        public var name: String
        /// The raw value as the wire carries it, e.g. `2` or `virusScan.Infected`.
        public var value: String
        /// Whether the constant is marked deprecated.
        public var isDeprecated: Bool
        /// The constant's description, if the schema gives one.
        public var description: String?

        public init(name: String, value: String, isDeprecated: Bool = false, description: String? = nil) {
            self.name = name
            self.value = value
            self.isDeprecated = isDeprecated
            self.description = description
        }
    }

    /// The enum's name, e.g. `KalturaEntryStatus`.
    public var name: String
    /// How values travel: ``PrimitiveType/int`` or ``PrimitiveType/string``.
    public var base: PrimitiveType
    /// The plugin that declares the enum, if any.
    public var plugin: String?
    /// Whether the enum is marked deprecated.
    public var isDeprecated: Bool
    /// The enum's description, if the schema gives one.
    public var description: String?
    /// The constants in document order. Values may repeat; names normally do not.
    public var constants: [Constant]

    public init(name: String, base: PrimitiveType, plugin: String? = nil, isDeprecated: Bool = false,
                description: String? = nil, constants: [Constant] = []) {
        self.name = name
        self.base = base
        self.plugin = plugin
        self.isDeprecated = isDeprecated
        self.description = description
        self.constants = constants
    }

    /// The first constant with the given name (case-sensitive, as the schema spells it).
    public func constant(named name: String) -> Constant? {
        constants.first { $0.name == name }
    }

    /// The first constant with the given raw value; an enum may list a value more than once.
    public func constant(withValue value: String) -> Constant? {
        constants.first { $0.value == value }
    }
}
