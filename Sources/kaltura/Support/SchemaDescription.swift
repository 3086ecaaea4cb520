import KalturaSchema

/// Readable descriptions of schema definitions for `kaltura schema describe`.
enum SchemaDescription {
    static func describe(_ name: String, in schema: Schema) -> String? {
        if let service = schema.service(named: name) { return describe(service, in: schema) }
        if let (service, action) = schema.action(named: name) { return describe(action, of: service, in: schema) }
        if let definition = schema.classDefinition(named: name) { return describe(definition, in: schema) }
        if let definition = schema.enumeration(named: name) { return describe(definition) }
        if let plugin = schema.plugin(named: name) {
            let services = schema.services(inPlugin: plugin.name)
            var lines = ["plugin \(plugin.name)"]
            if !plugin.dependencies.isEmpty { lines.append("  depends on: \(plugin.dependencies.joined(separator: ", "))") }
            for service in services { lines.append("  \(plugin.name).\(service.name)  (wire id \(service.id)): \(service.actions.map(\.name).joined(separator: ", "))") }
            return lines.joined(separator: "\n")
        }
        if let error = schema.error(named: name) {
            var text = "error \(error.name) (code \(error.code))\n  message: \(error.message)"
            if !error.parameters.isEmpty { text += "\n  arguments: \(error.parameters.joined(separator: ", "))" }
            return text
        }
        return nil
    }

    static func allNames(in schema: Schema) -> [String] {
        var names = schema.services.map(\.id) + schema.classes.map(\.name) + schema.enums.map(\.name)
        names += schema.plugins.map(\.name) + schema.errors.map(\.name)
        for service in schema.services { names += service.actions.map { "\(service.id).\($0.name)" } }
        return names
    }

    private static func describe(_ service: ServiceDefinition, in schema: Schema) -> String {
        var lines = ["service \(service.name)  (wire id \(service.id)\(service.plugin.map { ", plugin \($0)" } ?? "")\(service.isDeprecated ? ", deprecated" : ""))"]
        if let description = service.description { lines.append("  \(description)") }
        lines.append("")
        for action in service.actions {
            lines.append("  \(signature(of: action))")
        }
        return lines.joined(separator: "\n")
    }

    private static func signature(of action: ActionDefinition) -> String {
        let parameters = action.parameters.map { parameter in
            "\(parameter.name): \(parameter.type.displayName)\(parameter.isOptional ? " = \(parameter.defaultValue ?? "null")" : "")"
        }
        let result = action.result?.displayName ?? "void"
        return "\(action.name)(\(parameters.joined(separator: ", "))) -> \(result)\(action.isDeprecated ? "  [deprecated]" : "")"
    }

    private static func describe(_ action: ActionDefinition, of service: ServiceDefinition, in schema: Schema) -> String {
        var lines = ["\(service.id).\(signature(of: action))"]
        if let description = action.description { lines.append("  \(description.replacingNewlines())") }
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
                if let description = parameter.description { lines.append("      \(description.replacingNewlines())") }
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

    private static func describe(_ definition: ClassDefinition, in schema: Schema) -> String {
        var header = "class \(definition.name)"
        let ancestors = schema.ancestors(of: definition.name)
        if !ancestors.isEmpty { header += " : \(ancestors.joined(separator: " : "))" }
        var flags: [String] = []
        if definition.isAbstract { flags.append("abstract") }
        if let plugin = definition.plugin { flags.append("plugin \(plugin)") }
        if definition.isDeprecated { flags.append("deprecated") }
        if !flags.isEmpty { header += "  (\(flags.joined(separator: ", ")))" }
        var lines = [header]
        if let description = definition.description { lines.append("  \(description.replacingNewlines())") }
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

    private static func describe(_ definition: EnumDefinition) -> String {
        var lines = ["enum \(definition.name) (\(definition.base.rawValue)\(definition.plugin.map { ", plugin \($0)" } ?? ""))"]
        for constant in definition.constants { lines.append("  \(constant.name) = \(constant.value)") }
        return lines.joined(separator: "\n")
    }
}

extension String {
    /// The text on one line: line breaks and the indentation after them become single spaces.
    fileprivate func replacingNewlines() -> String {
        split(whereSeparator: \.isNewline)
            .map { line in line.drop { $0 == " " || $0 == "\t" } }
            .filter { !$0.isEmpty }
            .joined(separator: " ")
    }
}
