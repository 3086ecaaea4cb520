import CLibXML2

/// Reads a schema document with libxml2's SAX2 push parser and collects its definitions.
///
/// SAX2 hands each start tag over with its attributes as slices of the input, so nothing is kept
/// but the definitions themselves: no tree, no per-node allocation by libxml2. Element and attribute
/// names arrive interned in the parser's dictionary and are matched by pointer. The parser only reads;
/// resolving names is ``Schema``'s job. Unknown elements are skipped with a diagnostic, missing names
/// are kept as empty strings with a diagnostic, so nothing the document declares is silently lost.
///
/// Options are chosen for hostile input: no entity substitution, no DTD loading, no network, and
/// libxml2's own depth and size limits stay on (no `XML_PARSE_HUGE`); a DOCTYPE stops the parse.
final class SchemaDocumentParser {
    /// The deepest nesting a schema needs is 5 (`xml/services/service/action/param`); anything far
    /// beyond that is refused as soon as it is seen.
    static let maximumDepth = 32

    /// Parses the whole document.
    static func parse(_ buffer: UnsafeRawBufferPointer) throws(SchemaLoadError) -> SchemaDocument {
        let parser = SchemaDocumentParser()
        return try parser.run(buffer)
    }

    // MARK: - State

    /// Where the parser is, by the element it is inside.
    private enum Context {
        case root, enums, enumeration, classes, classDefinition, services, service, action
        case plugins, plugin, errors, error, configurations, configurationSection
        /// `<xml><result>`, `<result><error>` and its `<code>`/`<message>`: an API error response
        /// served where the schema was expected.
        case apiResult, apiError, apiErrorText
        case leaf
        case skipped
    }

    // The parser's state is only touched from libxml2's callbacks on one thread, inside `run`, so the
    // run-time exclusivity checks Swift would make on every access to a class's stored properties
    // are switched off for the state read per element.
    @exclusivity(unchecked) private var document = SchemaDocument()
    @exclusivity(unchecked) private var contexts: [Context] = []
    @exclusivity(unchecked) private var failure: SchemaLoadError?
    @exclusivity(unchecked) private var context: xmlParserCtxtPtr?
    @exclusivity(unchecked) private var names = InternedNames()
    private let attributes = AttributeValues()

    @exclusivity(unchecked) private var currentEnum: EnumDefinition?
    @exclusivity(unchecked) private var currentEnumBase: String?
    @exclusivity(unchecked) private var currentClass: ClassDefinition?
    @exclusivity(unchecked) private var currentService: ServiceDefinition?
    @exclusivity(unchecked) private var currentAction: ActionDefinition?
    @exclusivity(unchecked) private var currentPlugin: PluginDefinition?
    @exclusivity(unchecked) private var currentError: ErrorDefinition?
    @exclusivity(unchecked) private var currentSection: ConfigurationSection?
    /// The code and message of an API error response (`<xml><result><error>`), when the document is one.
    @exclusivity(unchecked) private var apiError: (code: String, message: String)?
    /// Text collected inside `<result><error><code>` or `<message>`, and which of the two.
    @exclusivity(unchecked) private var apiErrorText: (isCode: Bool, bytes: [UInt8])?

    // MARK: - Driving libxml2

    private func run(_ buffer: UnsafeRawBufferPointer) throws(SchemaLoadError) -> SchemaDocument {
        guard let base = buffer.baseAddress?.assumingMemoryBound(to: CChar.self) else { throw .emptyDocument }
        var handler = xmlSAXHandler()
        handler.initialized = UInt32(XML_SAX2_MAGIC)
        handler.startElementNs = { user, localName, _, _, _, _, count, _, attributes in
            guard let user, let localName else { return }
            Unmanaged<SchemaDocumentParser>.fromOpaque(user).takeUnretainedValue()
                .startElement(localName, attributeCount: Int(count), attributes: attributes)
        }
        handler.endElementNs = { user, _, _, _ in
            guard let user else { return }
            Unmanaged<SchemaDocumentParser>.fromOpaque(user).takeUnretainedValue().endElement()
        }
        handler.internalSubset = { user, _, _, _ in
            guard let user else { return }
            let parser = Unmanaged<SchemaDocumentParser>.fromOpaque(user).takeUnretainedValue()
            parser.fail(.documentTypeDeclaration(line: parser.line))
        }
        handler.serror = { user, error in
            guard let user, let error else { return }
            Unmanaged<SchemaDocumentParser>.fromOpaque(user).takeUnretainedValue().record(error.pointee)
        }
        let user = Unmanaged.passUnretained(self).toOpaque()
        guard let context = xmlCreatePushParserCtxt(&handler, user, nil, 0, nil) else {
            throw .malformedXML(message: "libxml2 could not create a parser", line: 0, column: 0)
        }
        defer { xmlFreeParserCtxt(context) }
        self.context = context
        let options = Int32(XML_PARSE_NONET.rawValue) | Int32(XML_PARSE_NOCDATA.rawValue)
        xmlCtxtUseOptions(context, options)
        names = InternedNames(dictionary: context.pointee.dict)

        // Feed in slices so a failure (a DOCTYPE, too deep) stops the work early.
        let chunkSize = 1 << 18
        var offset = 0
        repeat {
            let length = min(chunkSize, buffer.count - offset)
            let isLast = offset + length == buffer.count
            xmlParseChunk(context, base + offset, Int32(length), isLast ? 1 : 0)
            offset += length
        } while offset < buffer.count && failure == nil && context.pointee.disableSAX == 0
        self.context = nil

        if let failure { throw failure }
        if context.pointee.wellFormed == 0 {
            throw .malformedXML(message: "the document is not well-formed", line: 0, column: 0)
        }
        guard document.sawRoot else {
            throw .malformedXML(message: "the document has no root element", line: 1, column: 1)
        }
        // A server that refuses the schema request answers with an API error in the schema's
        // place (`<xml><result><error>…`): well-formed, with an `<xml>` root, but no schema.
        if let apiError, document.services.isEmpty {
            throw .apiErrorResponse(code: apiError.code, message: apiError.message)
        }
        guard !document.services.isEmpty else { throw .noServices }
        return document
    }

    private var line: Int {
        guard let input = context?.pointee.input else { return 0 }
        return Int(input.pointee.line)
    }

    /// Keeps the first failure and stops libxml2.
    private func fail(_ error: SchemaLoadError) {
        guard failure == nil else { return }
        failure = error
        if let context { xmlStopParser(context) }
    }

    private func record(_ error: xmlError) {
        // Warnings do not stop parsing; keep the first real error.
        guard failure == nil, error.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
        var message = error.message.map { String(cString: $0) } ?? "unknown error"
        message = message.trimmingWhitespace()
        if message.count > 200 { message = String(message.prefix(200)) + "…" }
        if message.contains("Excessive depth") {
            fail(.nestingTooDeep(limit: Self.maximumDepth, line: Int(error.line)))
        } else {
            fail(.malformedXML(message: message, line: Int(error.line), column: Int(error.int2)))
        }
    }

    // MARK: - Elements

    private func startElement(_ name: UnsafePointer<xmlChar>, attributeCount: Int,
                              attributes pointers: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) {
        guard failure == nil else { return }
        if contexts.count >= Self.maximumDepth {
            return fail(.nestingTooDeep(limit: Self.maximumDepth, line: line))
        }
        guard let parent = contexts.last else {
            return startRoot(name, attributeCount: attributeCount, pointers: pointers)
        }
        if parent == .skipped || parent == .leaf {
            if parent == .leaf { unknown(name, in: parentName) }
            contexts.append(.skipped)
            return
        }
        attributes.read(count: attributeCount, from: pointers, names: names)
        let element = names.element(for: name)
        switch (parent, element) {
        case (.root, .enums): contexts.append(.enums)
        case (.root, .classes): contexts.append(.classes)
        case (.root, .services): contexts.append(.services)
        case (.root, .plugins): contexts.append(.plugins)
        case (.root, .errors): contexts.append(.errors)
        case (.root, .configurations): contexts.append(.configurations)
        case (.enums, .enumeration): startEnum()
        case (.enumeration, .constant): addConstant()
        case (.classes, .classDefinition): startClass()
        case (.classDefinition, .property): addProperty()
        case (.services, .service): startService()
        case (.service, .action): startAction()
        case (.action, .param): addParameter()
        case (.action, .result): setResult()
        case (.action, .throws): addThrows()
        case (.plugins, .plugin): startPlugin()
        case (.plugin, .dependency): addDependency()
        case (.plugin, .pluginService): addPluginService()
        case (.errors, .error): startError()
        case (.error, .parameter): addErrorParameter()
        case (.root, .result): contexts.append(.apiResult)
        case (.apiResult, .error):
            apiError = apiError ?? (code: "", message: "")
            contexts.append(.apiError)
        case (.apiError, _): startErrorText(String(cString: name))
        case (.configurations, _): startSection(String(cString: name))
        case (.configurationSection, _): addSetting(String(cString: name))
        default:
            unknown(name, in: parentName)
            contexts.append(.skipped)
        }
    }

    private func endElement() {
        guard failure == nil, let ending = contexts.popLast() else { return }
        switch ending {
        case .enumeration: finishEnum()
        case .classDefinition: if let definition = currentClass.take() { document.classes.append(definition) }
        case .service: if let service = currentService.take() { document.services.append(service) }
        case .action: if let action = currentAction.take() { currentService?.actions.append(action) }
        case .plugin: if let plugin = currentPlugin.take() { document.plugins.append(plugin) }
        case .error: if let error = currentError.take() { document.errors.append(error) }
        case .configurationSection: if let section = currentSection.take() { document.configurations.append(section) }
        case .apiErrorText: finishErrorText()
        default: break
        }
    }

    private func startRoot(_ name: UnsafePointer<xmlChar>, attributeCount: Int,
                           pointers: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) {
        let text = String(cString: name)
        if text.lowercased() == "html" { return fail(.htmlDocument(title: nil)) }
        guard text == "xml" else { return fail(.unexpectedRootElement(name: text, line: line)) }
        attributes.read(count: attributeCount, from: pointers, names: names)
        document.sawRoot = true
        document.apiVersion = attributes.text(.apiVersion)
        document.generatedDate = attributes.text(.generatedDate)
        contexts.append(.root)
    }

    /// The element name of the innermost open element, for diagnostics.
    private var parentName: String {
        switch contexts.last {
        case .root: "xml"
        case .enums: "enums"
        case .enumeration: "enum"
        case .classes: "classes"
        case .classDefinition: "class"
        case .services: "services"
        case .service: "service"
        case .action: "action"
        case .plugins: "plugins"
        case .plugin: "plugin"
        case .errors: "errors"
        case .error: "error"
        case .configurations: "configurations"
        case .configurationSection: currentSection?.name ?? "configuration"
        case .apiResult: "result"
        case .apiError: "error"
        case .apiErrorText, .leaf, .skipped, nil: "element"
        }
    }

    private func unknown(_ name: UnsafePointer<xmlChar>, in parent: String) {
        document.diagnostics.append(.init(.unknownElement(name: String(cString: name), parent: parent, line: line)))
    }

    // MARK: - Attribute helpers

    private func required(_ key: AttributeKey, element: String) -> String {
        if let value = attributes[key] { return value }
        document.diagnostics.append(.init(.missingAttribute(element: element, attribute: key.name, line: line)))
        return ""
    }

    private func flag(_ key: AttributeKey, element: String, default defaultValue: Bool = false) -> Bool {
        guard let bytes = attributes.bytes(key) else { return defaultValue }
        if AttributeValues.bytes(bytes, are: "1") || AttributeValues.bytes(bytes, are: "true") { return true }
        if bytes.isEmpty || AttributeValues.bytes(bytes, are: "0") || AttributeValues.bytes(bytes, are: "false") { return false }
        unexpected(key, element: element)
        return defaultValue
    }

    private func integer(_ key: AttributeKey, element: String) -> Int? {
        guard let bytes = attributes.bytes(key) else { return nil }
        if let value = Self.integer(bytes) ?? Int(String(decoding: bytes, as: UTF8.self)) { return value }
        unexpected(key, element: element)
        return nil
    }

    private func number(_ key: AttributeKey, element: String) -> Double? {
        guard let bytes = attributes.bytes(key) else { return nil }
        if let value = Self.integer(bytes) { return Double(value) }
        if let value = Double(String(decoding: bytes, as: UTF8.self)) { return value }
        unexpected(key, element: element)
        return nil
    }

    private func unexpected(_ key: AttributeKey, element: String) {
        document.diagnostics.append(.init(.unexpectedAttributeValue(
            element: element, attribute: key.name, value: attributes[key] ?? "", line: line)))
    }

    /// A decimal integer with an optional sign, read from the bytes; `nil` for anything else
    /// (including values that overflow `Int`), so the caller can fall back to a full parse.
    static func integer(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var index = 0
        var negative = false
        if let first = bytes.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") {
            negative = first == UInt8(ascii: "-")
            index = 1
        }
        guard index < bytes.count, bytes.count - index <= 18 else { return nil }
        var value = 0
        while index < bytes.count {
            let digit = Int(bytes[index]) - 48
            guard digit >= 0, digit <= 9 else { return nil }
            value = value * 10 + digit
            index += 1
        }
        return negative ? -value : value
    }

    // MARK: - Definitions

    private func startEnum() {
        currentEnum = EnumDefinition(
            name: required(.name, element: "enum"), base: .int, plugin: attributes.text(.plugin),
            isDeprecated: flag(.deprecated, element: "enum"), description: attributes.text(.description))
        currentEnumBase = attributes[.enumType]
        contexts.append(.enumeration)
    }

    private func addConstant() {
        currentEnum?.constants.append(.init(
            name: required(.name, element: "const"), value: required(.value, element: "const"),
            isDeprecated: flag(.deprecated, element: "const"), description: attributes.text(.description)))
        contexts.append(.leaf)
    }

    private func finishEnum() {
        guard var definition = currentEnum.take() else { return }
        switch currentEnumBase {
        case "int": definition.base = .int
        case "string": definition.base = .string
        default:
            // Old schemas may omit enumType: an enum whose values are all integers travels as int.
            if let declared = currentEnumBase {
                document.diagnostics.append(.init(.unexpectedAttributeValue(element: "enum", attribute: "enumType", value: declared, line: line)))
            }
            definition.base = definition.constants.allSatisfy { Int($0.value) != nil } ? .int : .string
        }
        document.enums.append(definition)
    }

    private func startClass() {
        currentClass = ClassDefinition(
            name: required(.name, element: "class"), baseName: attributes.text(.base),
            isAbstract: flag(.abstract, element: "class"), plugin: attributes.text(.plugin),
            isDeprecated: flag(.deprecated, element: "class"), requiredPermissions: attributes.text(.requiresPermissions),
            description: attributes.text(.description))
        contexts.append(.classDefinition)
    }

    private func addProperty() {
        let element = "property"
        let property = PropertyDefinition(
            name: required(.name, element: element),
            type: .unresolved(""),
            typeName: required(.type, element: element),
            enumTypeName: attributes.text(.enumType),
            arrayTypeName: attributes.text(.arrayType),
            valuesEnumType: attributes.text(.valuesEnumType),
            isReadOnly: flag(.readOnly, element: element),
            isInsertOnly: flag(.insertOnly, element: element),
            isWriteOnly: flag(.writeOnly, element: element),
            isTime: flag(.isTime, element: element),
            isMultiLingual: flag(.multiLingual, element: element),
            requiredPermissions: attributes.text(.requiresPermissions),
            isDeprecated: flag(.deprecated, element: element),
            limits: ValueLimits(
                minimumLength: integer(.minLength, element: element),
                maximumLength: integer(.maxLength, element: element),
                minimumValue: number(.minValue, element: element),
                maximumValue: number(.maxValue, element: element)),
            description: attributes.text(.description),
            declaringClass: currentClass?.name ?? "")
        currentClass?.properties.append(property)
        contexts.append(.leaf)
    }

    private func startService() {
        currentService = ServiceDefinition(
            id: required(.id, element: "service"), name: required(.name, element: "service"),
            plugin: attributes.text(.plugin), isDeprecated: flag(.deprecated, element: "service"),
            description: attributes.text(.description))
        contexts.append(.service)
    }

    private func startAction() {
        currentAction = ActionDefinition(
            name: required(.name, element: "action"),
            isEnabledInMultiRequest: flag(.enableInMultiRequest, element: "action", default: true),
            sessionRequired: attributes.text(.sessionRequired), alias: attributes.text(.actionAlias),
            isDeprecated: flag(.deprecated, element: "action"), description: attributes.text(.description))
        contexts.append(.action)
    }

    private func addParameter() {
        currentAction?.parameters.append(ParameterDefinition(
            name: required(.name, element: "param"), type: .unresolved(""), typeName: required(.type, element: "param"),
            enumTypeName: attributes.text(.enumType), arrayTypeName: attributes.text(.arrayType),
            isOptional: flag(.optional, element: "param"), defaultValue: attributes[.default],
            isTime: flag(.isTime, element: "param"), description: attributes.text(.description)))
        contexts.append(.leaf)
    }

    private func setResult() {
        currentAction?.resultTypeName = attributes.text(.type)
        currentAction?.resultArrayTypeName = attributes.text(.arrayType)
        contexts.append(.leaf)
    }

    private func addThrows() {
        currentAction?.errorNames.append(required(.name, element: "throws"))
        contexts.append(.leaf)
    }

    private func startPlugin() {
        currentPlugin = PluginDefinition(name: required(.name, element: "plugin"))
        contexts.append(.plugin)
    }

    private func addDependency() {
        currentPlugin?.dependencies.append(required(.pluginName, element: "dependency"))
        contexts.append(.leaf)
    }

    private func addPluginService() {
        currentPlugin?.serviceNames.append(required(.name, element: "pluginService"))
        contexts.append(.leaf)
    }

    private func startError() {
        let name = required(.name, element: "error")
        currentError = ErrorDefinition(name: name, code: attributes[.code] ?? name, message: attributes[.message] ?? "")
        contexts.append(.error)
    }

    private func addErrorParameter() {
        currentError?.parameters.append(required(.name, element: "parameter"))
        contexts.append(.leaf)
    }

    /// Starts collecting the text of `<code>` or `<message>` inside an API error; other children
    /// (`objectType`, `args`) are skipped.
    ///
    /// libxml2 calls the `characters` handler only while one is installed, so it is installed for
    /// these two elements alone and a schema's whitespace between elements costs no callbacks.
    private func startErrorText(_ name: String) {
        guard name == "code" || name == "message", let sax = context?.pointee.sax else {
            contexts.append(.skipped)
            return
        }
        apiErrorText = (isCode: name == "code", bytes: [])
        sax.pointee.characters = { user, characters, length in
            guard let user, let characters, length > 0 else { return }
            let parser = Unmanaged<SchemaDocumentParser>.fromOpaque(user).takeUnretainedValue()
            parser.collect(UnsafeBufferPointer(start: characters, count: Int(length)))
        }
        contexts.append(.apiErrorText)
    }

    private func collect(_ characters: UnsafeBufferPointer<xmlChar>) {
        // A code or message is short; keep a bounded prefix of anything longer.
        guard var text = apiErrorText, text.bytes.count < 1024 else { return }
        text.bytes.append(contentsOf: characters.prefix(1024 - text.bytes.count))
        apiErrorText = text
    }

    private func finishErrorText() {
        context?.pointee.sax.pointee.characters = nil
        guard let text = apiErrorText.take() else { return }
        var value = String(decoding: text.bytes, as: UTF8.self).trimmingWhitespace()
        if value.count > 200 { value = String(value.prefix(200)) + "…" }
        if text.isCode { apiError?.code = value } else { apiError?.message = value }
    }

    private func startSection(_ name: String) {
        currentSection = ConfigurationSection(name: name, typeName: attributes.text(.type))
        contexts.append(.configurationSection)
    }

    private func addSetting(_ name: String) {
        currentSection?.settings.append(ConfigurationSetting(
            name: name, typeName: attributes[.type] ?? "string", alias: attributes.text(.alias),
            isVolatile: flag(.volatile, element: name), description: attributes.text(.description)))
        contexts.append(.leaf)
    }
}

extension Optional {
    /// Returns the wrapped value and leaves `nil` behind.
    fileprivate mutating func take() -> Wrapped? {
        defer { self = nil }
        return self
    }
}

extension String {
    func trimmingWhitespace() -> String {
        var view = self[...]
        while let first = view.first, first.isWhitespace { view.removeFirst() }
        while let last = view.last, last.isWhitespace { view.removeLast() }
        return String(view)
    }
}
