/// A `<service>` of the schema and its actions.
public struct ServiceDefinition: Sendable, Hashable {
    /// The wire id, e.g. `media` or `metadata_metadataprofile`. The server compares it case-insensitively.
    public var id: String
    /// The friendly name, e.g. `metadataProfile`.
    public var name: String
    /// The plugin that declares the service, if any.
    public var plugin: String?
    /// Whether the service is marked deprecated.
    public var isDeprecated: Bool
    /// The service's description, if the schema gives one.
    public var description: String?
    /// The actions in document order.
    public var actions: [ActionDefinition]

    public init(id: String, name: String, plugin: String? = nil, isDeprecated: Bool = false,
                description: String? = nil, actions: [ActionDefinition] = []) {
        self.id = id
        self.name = name
        self.plugin = plugin
        self.isDeprecated = isDeprecated
        self.description = description
        self.actions = actions
    }

    /// The action with the given name; like the server, the match ignores case.
    public func action(named name: String) -> ActionDefinition? {
        actions.first { $0.name == name } ?? actions.first { $0.name.lowercased() == name.lowercased() }
    }
}
