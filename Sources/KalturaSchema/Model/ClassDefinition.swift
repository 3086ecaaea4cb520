/// A `<class>` of the schema: an object type with properties and at most one base class.
public struct ClassDefinition: Sendable, Hashable {
    /// The class name, which is also its `objectType` on the wire.
    public var name: String
    /// The base class named by the `base` attribute, if any.
    public var baseName: String?
    /// Whether the class is abstract (cannot be sent or instantiated as such).
    public var isAbstract: Bool
    /// The plugin that declares the class, if any.
    public var plugin: String?
    /// Whether the class is marked deprecated.
    public var isDeprecated: Bool
    /// The permissions the class requires (`requiresPermissions`), if any.
    public var requiredPermissions: String?
    /// The class's description, if the schema gives one.
    public var description: String?
    /// The properties the class declares itself, in document order.
    public var properties: [PropertyDefinition]

    public init(name: String, baseName: String? = nil, isAbstract: Bool = false, plugin: String? = nil,
                isDeprecated: Bool = false, requiredPermissions: String? = nil, description: String? = nil,
                properties: [PropertyDefinition] = []) {
        self.name = name
        self.baseName = baseName
        self.isAbstract = isAbstract
        self.plugin = plugin
        self.isDeprecated = isDeprecated
        self.requiredPermissions = requiredPermissions
        self.description = description
        self.properties = properties
    }
}
