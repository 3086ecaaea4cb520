import CLibXML2

/// Walks a schema document with ``XMLStreamReader`` and collects its definitions.
///
/// The parser only reads; it never resolves a type name. Unknown elements are skipped with a
/// diagnostic, missing names are kept as empty strings with a diagnostic, so nothing the document
/// declares is silently lost.
final class SchemaDocumentParser {
    /// The deepest nesting a schema needs is 5 (`xml/services/service/action/param`); anything far
    /// beyond that is refused before libxml2 has to build it.
    static let maximumDepth = 32

    private let reader: XMLStreamReader
    private var document = SchemaDocument()

    init(reader: XMLStreamReader) {
        self.reader = reader
    }

    /// Parses the whole document.
    static func parse(_ buffer: UnsafeRawBufferPointer) throws(SchemaLoadError) -> SchemaDocument {
        guard let reader = XMLStreamReader(buffer: buffer) else {
            throw .malformedXML(message: "libxml2 could not create a reader", line: 0, column: 0)
        }
        let parser = SchemaDocumentParser(reader: reader)
        return try parser.run()
    }

    // MARK: - Driving the reader

    private func run() throws(SchemaLoadError) -> SchemaDocument {
        var sawRoot = false
        while try advance() {
            switch reader.nodeKind {
            case .documentType:
                throw .documentTypeDeclaration(line: reader.line)
            case .element:
                let name = reader.localName
                if name.lowercased() == "html" { throw .htmlDocument(title: nil) }
                guard name == "xml" else { throw .unexpectedRootElement(name: name, line: reader.line) }
                sawRoot = true
                readRootAttributes()
                if !reader.isEmptyElement { try readSections() }
            default:
                continue
            }
        }
        if let error = reader.firstError {
            throw .malformedXML(message: error.message, line: error.line, column: error.column)
        }
        guard sawRoot else { throw .malformedXML(message: "the document has no root element", line: reader.line, column: 0) }
        return document
    }

    /// Reads the next node, turning libxml2 errors and excessive depth into ``SchemaLoadError``.
    private func advance() throws(SchemaLoadError) -> Bool {
        let more = reader.read()
        if let error = reader.firstError {
            if error.message.contains("Excessive depth") {
                throw .nestingTooDeep(limit: Self.maximumDepth, line: error.line)
            }
            throw .malformedXML(message: error.message, line: error.line, column: error.column)
        }
        if more, reader.depth > Self.maximumDepth {
            throw .nestingTooDeep(limit: Self.maximumDepth, line: reader.line)
        }
        return more
    }

    /// Calls `body` for each child element of the current (non-empty) element, positioned on the child,
    /// and returns after the parent's end tag. `body` must consume the child's subtree it enters.
    private func forEachChildElement(_ body: (String) throws(SchemaLoadError) -> Void) throws(SchemaLoadError) {
        let parentDepth = reader.depth
        while try advance() {
            switch reader.nodeKind {
            case .endElement where reader.depth == parentDepth:
                return
            case .element:
                try body(reader.localName)
            case .documentType:
                throw .documentTypeDeclaration(line: reader.line)
            default:
                continue
            }
        }
    }

    /// Skips the children of the current element, if it has any.
    private func skipChildren() throws(SchemaLoadError) {
        guard !reader.isEmptyElement else { return }
        try forEachChildElement { _ throws(SchemaLoadError) in try skipChildren() }
    }

    private func skipUnknown(_ name: String, in parent: String) throws(SchemaLoadError) {
        document.diagnostics.append(.init(.unknownElement(name: name, parent: parent, line: reader.line)))
        try skipChildren()
    }

    /// Reads the current element's attributes into a small dictionary.
    private func attributes() -> [String: String] {
        var result: [String: String] = [:]
        result.reserveCapacity(12)
        reader.forEachAttribute { name, value in
            result[String(cString: name)] = String(cString: value)
        }
        return result
    }

    private func required(_ key: String, in attributes: [String: String], element: String) -> String {
        if let value = attributes[key] { return value }
        document.diagnostics.append(.init(.missingAttribute(element: element, attribute: key, line: reader.line)))
        return ""
    }

    private func flag(_ key: String, in attributes: [String: String], element: String, default defaultValue: Bool = false) -> Bool {
        guard let raw = attributes[key] else { return defaultValue }
        switch raw {
        case "1", "true": return true
        case "0", "false", "": return false
        default:
            document.diagnostics.append(.init(.unexpectedAttributeValue(element: element, attribute: key, value: raw, line: reader.line)))
            return defaultValue
        }
    }

    private func integer(_ key: String, in attributes: [String: String], element: String) -> Int? {
        guard let raw = attributes[key] else { return nil }
        if let value = Int(raw) { return value }
        document.diagnostics.append(.init(.unexpectedAttributeValue(element: element, attribute: key, value: raw, line: reader.line)))
        return nil
    }

    private func number(_ key: String, in attributes: [String: String], element: String) -> Double? {
        guard let raw = attributes[key] else { return nil }
        if let value = Double(raw) { return value }
        document.diagnostics.append(.init(.unexpectedAttributeValue(element: element, attribute: key, value: raw, line: reader.line)))
        return nil
    }

    private static func text(_ value: String?) -> String? {
        guard let value, !value.isEmpty else { return nil }
        return value
    }

    // MARK: - Sections

    private func readRootAttributes() {
        let attributes = attributes()
        document.apiVersion = Self.text(attributes["apiVersion"])
        document.generatedDate = Self.text(attributes["generatedDate"])
    }

    private func readSections() throws(SchemaLoadError) {
        try forEachChildElement { name throws(SchemaLoadError) in
            guard !reader.isEmptyElement else { return }
            switch name {
            case "enums": try forEachChildElement { child throws(SchemaLoadError) in
                if child == "enum" { try readEnum() } else { try skipUnknown(child, in: name) }
            }
            case "classes": try forEachChildElement { child throws(SchemaLoadError) in
                if child == "class" { try readClass() } else { try skipUnknown(child, in: name) }
            }
            case "services": try forEachChildElement { child throws(SchemaLoadError) in
                if child == "service" { try readService() } else { try skipUnknown(child, in: name) }
            }
            case "plugins": try forEachChildElement { child throws(SchemaLoadError) in
                if child == "plugin" { try readPlugin() } else { try skipUnknown(child, in: name) }
            }
            case "errors": try forEachChildElement { child throws(SchemaLoadError) in
                if child == "error" { try readError() } else { try skipUnknown(child, in: name) }
            }
            case "configurations": try forEachChildElement { child throws(SchemaLoadError) in
                try readConfigurationSection(named: child)
            }
            default:
                try skipUnknown(name, in: "xml")
            }
        }
    }

    private func readEnum() throws(SchemaLoadError) {
        let attributes = attributes()
        var definition = EnumDefinition(
            name: required("name", in: attributes, element: "enum"),
            base: .int,
            plugin: Self.text(attributes["plugin"]),
            isDeprecated: flag("deprecated", in: attributes, element: "enum"),
            description: Self.text(attributes["description"]))
        let declaredBase = attributes["enumType"]
        if !reader.isEmptyElement {
            try forEachChildElement { child throws(SchemaLoadError) in
                guard child == "const" else { return try skipUnknown(child, in: "enum") }
                let constant = self.attributes()
                definition.constants.append(.init(
                    name: required("name", in: constant, element: "const"),
                    value: required("value", in: constant, element: "const"),
                    isDeprecated: flag("deprecated", in: constant, element: "const"),
                    description: Self.text(constant["description"])))
                try skipChildren()
            }
        }
        switch declaredBase {
        case "int": definition.base = .int
        case "string": definition.base = .string
        default:
            // Old schemas omit enumType: an enum whose values are all integers travels as int.
            if let declaredBase {
                document.diagnostics.append(.init(.unexpectedAttributeValue(
                    element: "enum", attribute: "enumType", value: declaredBase, line: reader.line)))
            }
            definition.base = definition.constants.allSatisfy { Int($0.value) != nil } ? .int : .string
        }
        document.enums.append(definition)
    }

    private func readClass() throws(SchemaLoadError) {
        let attributes = attributes()
        let name = required("name", in: attributes, element: "class")
        var definition = ClassDefinition(
            name: name,
            baseName: Self.text(attributes["base"]),
            isAbstract: flag("abstract", in: attributes, element: "class"),
            plugin: Self.text(attributes["plugin"]),
            isDeprecated: flag("deprecated", in: attributes, element: "class"),
            requiredPermissions: Self.text(attributes["requiresPermissions"]),
            description: Self.text(attributes["description"]))
        if !reader.isEmptyElement {
            try forEachChildElement { child throws(SchemaLoadError) in
                guard child == "property" else { return try skipUnknown(child, in: "class") }
                definition.properties.append(readProperty(of: name))
                try skipChildren()
            }
        }
        document.classes.append(definition)
    }

    private func readProperty(of className: String) -> PropertyDefinition {
        let attributes = attributes()
        let element = "property"
        return PropertyDefinition(
            name: required("name", in: attributes, element: element),
            type: .unresolved(""),
            typeName: required("type", in: attributes, element: element),
            enumTypeName: Self.text(attributes["enumType"]),
            arrayTypeName: Self.text(attributes["arrayType"]),
            valuesEnumType: Self.text(attributes["valuesEnumType"]),
            isReadOnly: flag("readOnly", in: attributes, element: element),
            isInsertOnly: flag("insertOnly", in: attributes, element: element),
            isWriteOnly: flag("writeOnly", in: attributes, element: element),
            isTime: flag("isTime", in: attributes, element: element),
            isMultiLingual: flag("multiLingual", in: attributes, element: element),
            requiredPermissions: Self.text(attributes["requiresPermissions"]),
            isDeprecated: flag("deprecated", in: attributes, element: element),
            limits: ValueLimits(
                minimumLength: integer("minLength", in: attributes, element: element),
                maximumLength: integer("maxLength", in: attributes, element: element),
                minimumValue: number("minValue", in: attributes, element: element),
                maximumValue: number("maxValue", in: attributes, element: element)),
            description: Self.text(attributes["description"]),
            declaringClass: className)
    }

    private func readService() throws(SchemaLoadError) {
        let attributes = attributes()
        var definition = ServiceDefinition(
            id: required("id", in: attributes, element: "service"),
            name: required("name", in: attributes, element: "service"),
            plugin: Self.text(attributes["plugin"]),
            isDeprecated: flag("deprecated", in: attributes, element: "service"),
            description: Self.text(attributes["description"]))
        if !reader.isEmptyElement {
            try forEachChildElement { child throws(SchemaLoadError) in
                guard child == "action" else { return try skipUnknown(child, in: "service") }
                definition.actions.append(try readAction())
            }
        }
        document.services.append(definition)
    }

    private func readAction() throws(SchemaLoadError) -> ActionDefinition {
        let attributes = attributes()
        var action = ActionDefinition(
            name: required("name", in: attributes, element: "action"),
            isEnabledInMultiRequest: flag("enableInMultiRequest", in: attributes, element: "action", default: true),
            sessionRequired: Self.text(attributes["sessionRequired"]),
            alias: Self.text(attributes["actionAlias"]),
            isDeprecated: flag("deprecated", in: attributes, element: "action"),
            description: Self.text(attributes["description"]))
        guard !reader.isEmptyElement else { return action }
        try forEachChildElement { child throws(SchemaLoadError) in
            let element = self.attributes()
            switch child {
            case "param":
                action.parameters.append(ParameterDefinition(
                    name: required("name", in: element, element: child),
                    type: .unresolved(""),
                    typeName: required("type", in: element, element: child),
                    enumTypeName: Self.text(element["enumType"]),
                    arrayTypeName: Self.text(element["arrayType"]),
                    isOptional: flag("optional", in: element, element: child),
                    defaultValue: element["default"],
                    isTime: flag("isTime", in: element, element: child),
                    description: Self.text(element["description"])))
            case "result":
                action.resultTypeName = Self.text(element["type"])
                action.resultArrayTypeName = Self.text(element["arrayType"])
            case "throws":
                action.errorNames.append(required("name", in: element, element: child))
            default:
                return try skipUnknown(child, in: "action")
            }
            try skipChildren()
        }
        return action
    }

    private func readPlugin() throws(SchemaLoadError) {
        let attributes = attributes()
        var plugin = PluginDefinition(name: required("name", in: attributes, element: "plugin"))
        if !reader.isEmptyElement {
            try forEachChildElement { child throws(SchemaLoadError) in
                let element = self.attributes()
                switch child {
                case "dependency": plugin.dependencies.append(required("pluginName", in: element, element: child))
                case "pluginService": plugin.serviceNames.append(required("name", in: element, element: child))
                default: return try skipUnknown(child, in: "plugin")
                }
                try skipChildren()
            }
        }
        document.plugins.append(plugin)
    }

    private func readError() throws(SchemaLoadError) {
        let attributes = attributes()
        let name = required("name", in: attributes, element: "error")
        var error = ErrorDefinition(
            name: name,
            code: attributes["code"] ?? name,
            message: attributes["message"] ?? "")
        if !reader.isEmptyElement {
            try forEachChildElement { child throws(SchemaLoadError) in
                guard child == "parameter" else { return try skipUnknown(child, in: "error") }
                error.parameters.append(required("name", in: self.attributes(), element: child))
                try skipChildren()
            }
        }
        document.errors.append(error)
    }

    private func readConfigurationSection(named name: String) throws(SchemaLoadError) {
        var section = ConfigurationSection(name: name, typeName: Self.text(attributes()["type"]))
        if !reader.isEmptyElement {
            try forEachChildElement { child throws(SchemaLoadError) in
                let element = self.attributes()
                section.settings.append(ConfigurationSetting(
                    name: child,
                    typeName: element["type"] ?? "string",
                    alias: Self.text(element["alias"]),
                    isVolatile: flag("volatile", in: element, element: child),
                    description: Self.text(element["description"])))
                try skipChildren()
            }
        }
        document.configurations.append(section)
    }
}
