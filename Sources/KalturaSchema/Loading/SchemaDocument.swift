/// What the streaming parser read from a schema document, before any name is resolved.
struct SchemaDocument: Sendable {
    var apiVersion: String?
    var generatedDate: String?
    var enums: [EnumDefinition] = []
    var classes: [ClassDefinition] = []
    var services: [ServiceDefinition] = []
    var plugins: [PluginDefinition] = []
    var errors: [ErrorDefinition] = []
    var configurations: [ConfigurationSection] = []
    var diagnostics: [SchemaDiagnostic] = []
    var sawRoot = false
}
