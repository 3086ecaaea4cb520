/// Readable, multi-line descriptions of schema definitions: what `kaltura schema describe` prints
/// and what the client's proxies show in the REPL, the debugger and `print`.
///
/// ```swift
/// let describer = SchemaDescriber(schema: schema)
/// describer.describe("media.list")          // the action's signature, facts, parameters and errors
/// describer.describe("metadata")            // a plugin and its services
/// ```
///
/// Names are resolved like everywhere else: a service by wire id or as `plugin.service`, an action
/// as `service.action` or `plugin.service.action`, then classes, enums, plugins and errors.
public struct SchemaDescriber: Sendable {
    /// The schema whose definitions are described.
    public let schema: Schema

    /// A describer for the definitions of `schema`.
    public init(schema: Schema) {
        self.schema = schema
    }

    /// The description of whatever `name` names, or `nil` when it names nothing in the schema.
    public func describe(_ name: String) -> String? {
        if let service = schema.service(named: name) { return describe(service) }
        if let (service, action) = schema.action(named: name) { return describe(action, of: service) }
        if let definition = schema.classDefinition(named: name) { return describe(definition) }
        if let definition = schema.enumeration(named: name) { return describe(definition) }
        if let plugin = schema.plugin(named: name) { return describe(plugin) }
        if let error = schema.error(named: name) { return describe(error) }
        return nil
    }

    /// Every name ``describe(_:)`` knows: service wire ids, classes, enums, plugins, errors and
    /// `service.action` names. For suggesting a name close to a misspelt one.
    public var allNames: [String] {
        var names = schema.services.map(\.id) + schema.classes.map(\.name) + schema.enums.map(\.name)
        names += schema.plugins.map(\.name) + schema.errors.map(\.name)
        for service in schema.services { names += service.actions.map { "\(service.id).\($0.name)" } }
        return names
    }

    /// A service: its header line, its description, then one signature per action.
    public func describe(_ service: ServiceDefinition) -> String {
        var lines = ["service \(service.name)  (wire id \(service.id)\(service.plugin.map { ", plugin \($0)" } ?? "")\(service.isDeprecated ? ", deprecated" : ""))"]
        if let description = service.description { lines.append("  \(description)") }
        lines.append("")
        for action in service.actions {
            lines.append("  \(action.signature)")
        }
        return lines.joined(separator: "\n")
    }

    /// An action of `service`: its signature, description, session and multirequest facts,
    /// parameters, and the errors it declares with their catalogue messages.
    public func describe(_ action: ActionDefinition, of service: ServiceDefinition) -> String {
        var lines = ["\(service.id).\(action.signature)"]
        if let description = action.description { lines.append("  \(Self.oneLine(description))") }
        var facts: [String] = []
        if let session = action.sessionRequired { facts.append("session: \(session)") }
        facts.append(action.isEnabledInMultiRequest ? "allowed in multirequest" : "not allowed in multirequest")
        if action.servesFile { facts.append("serves a file") }
        lines.append("  (\(facts.joined(separator: "; ")))")
        if !action.parameters.isEmpty {
            lines.append("parameters:")
            for parameter in action.parameters {
                var line = "  \(parameter.name): \(parameter.type.displayName)"
                line += parameter.isOptional ? " (optional, default \(parameter.defaultValue ?? "null"))" : " (required)"
                if parameter.isTime { line += " [time]" }
                lines.append(line)
                if let description = parameter.description { lines.append("      \(Self.oneLine(description))") }
            }
        }
        if !action.errorNames.isEmpty {
            lines.append("errors:")
            for name in action.errorNames {
                lines.append("  \(name)\(schema.error(named: name).map { ": \($0.message)" } ?? " (not in the catalogue)")")
            }
        }
        return lines.joined(separator: "\n")
    }

    /// A class: its ancestry and flags, description, every property (inherited ones marked) and
    /// its direct subclasses.
    public func describe(_ definition: ClassDefinition) -> String {
        var header = "class \(definition.name)"
        let ancestors = schema.ancestors(of: definition.name)
        if !ancestors.isEmpty { header += " : \(ancestors.joined(separator: " : "))" }
        var flags: [String] = []
        if definition.isAbstract { flags.append("abstract") }
        if let plugin = definition.plugin { flags.append("plugin \(plugin)") }
        if definition.isDeprecated { flags.append("deprecated") }
        if !flags.isEmpty { header += "  (\(flags.joined(separator: ", ")))" }
        var lines = [header]
        if let description = definition.description { lines.append("  \(Self.oneLine(description))") }
        for property in schema.properties(of: definition.name) {
            var line = "  \(property.name): \(property.type.displayName)"
            var notes: [String] = []
            if property.isReadOnly { notes.append("read-only") }
            if property.isInsertOnly { notes.append("insert-only") }
            if property.isWriteOnly { notes.append("write-only") }
            if property.isTime { notes.append("time") }
            if let maximum = property.limits.maximumLength { notes.append("max length \(maximum)") }
            if let minimum = property.limits.minimumLength { notes.append("min length \(minimum)") }
            if property.declaringClass != definition.name { notes.append("from \(property.declaringClass)") }
            if !notes.isEmpty { line += "  [\(notes.joined(separator: ", "))]" }
            lines.append(line)
        }
        let subclasses = schema.directSubclasses(of: definition.name)
        if !subclasses.isEmpty { lines.append("subclasses: \(subclasses.joined(separator: ", "))") }
        return lines.joined(separator: "\n")
    }

    /// An enum: its base type, plugin and constants.
    public func describe(_ definition: EnumDefinition) -> String {
        var lines = ["enum \(definition.name) (\(definition.base.rawValue)\(definition.plugin.map { ", plugin \($0)" } ?? ""))"]
        for constant in definition.constants { lines.append("  \(constant.name) = \(constant.value)") }
        return lines.joined(separator: "\n")
    }

    /// A plugin: its dependencies and, per service, the name to call it by, its wire id and its actions.
    public func describe(_ plugin: PluginDefinition) -> String {
        let services = schema.services(inPlugin: plugin.name)
        var lines = ["plugin \(plugin.name)"]
        if !plugin.dependencies.isEmpty { lines.append("  depends on: \(plugin.dependencies.joined(separator: ", "))") }
        for service in services {
            lines.append("  \(plugin.name).\(service.name)  (wire id \(service.id)): \(service.actions.map(\.name).joined(separator: ", "))")
        }
        return lines.joined(separator: "\n")
    }

    /// An error of the catalogue: its code, message and the names of its message arguments.
    public func describe(_ error: ErrorDefinition) -> String {
        var text = "error \(error.name) (code \(error.code))\n  message: \(error.message)"
        if !error.parameters.isEmpty { text += "\n  arguments: \(error.parameters.joined(separator: ", "))" }
        return text
    }

    /// The text on one line: line breaks and the indentation after them become single spaces.
    static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline)
            .map { line in line.drop { $0 == " " || $0 == "\t" } }
            .filter { !$0.isEmpty }
            .joined(separator: " ")
    }
}
