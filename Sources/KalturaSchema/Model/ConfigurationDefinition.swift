/// A `<configurations>` section: settings that clients carry on every call.
public struct ConfigurationSection: Sendable, Hashable {
    /// The section's element name: `client` or `request`.
    public var name: String
    /// The configuration type named by the `type` attribute, e.g. `KalturaRequestConfiguration`.
    public var typeName: String?
    /// The settings in document order.
    public var settings: [ConfigurationSetting]

    public init(name: String, typeName: String? = nil, settings: [ConfigurationSetting] = []) {
        self.name = name
        self.typeName = typeName
        self.settings = settings
    }
}

/// One setting of a configuration section, e.g. `ks` (alias `sessionId`).
public struct ConfigurationSetting: Sendable, Hashable {
    /// The setting's name, which is also the wire parameter name.
    public var name: String
    /// The raw `type` attribute.
    public var typeName: String
    /// An alternative name clients may expose (`alias`).
    public var alias: String?
    /// Whether the setting is cleared after every call (`volatile`).
    public var isVolatile: Bool
    /// The setting's description, if the schema gives one.
    public var description: String?

    public init(name: String, typeName: String, alias: String? = nil, isVolatile: Bool = false,
                description: String? = nil) {
        self.name = name
        self.typeName = typeName
        self.alias = alias
        self.isVolatile = isVolatile
        self.description = description
    }
}
