/// A `<plugin>`: its dependencies and the services it contributes.
public struct PluginDefinition: Sendable, Hashable {
    /// The plugin's name, e.g. `metadata`.
    public var name: String
    /// The names of the plugins it depends on.
    public var dependencies: [String]
    /// The friendly names of the services it contributes (`<pluginService name>`).
    public var serviceNames: [String]

    public init(name: String, dependencies: [String] = [], serviceNames: [String] = []) {
        self.name = name
        self.dependencies = dependencies
        self.serviceNames = serviceNames
    }
}
