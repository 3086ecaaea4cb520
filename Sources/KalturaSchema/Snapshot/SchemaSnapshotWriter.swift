#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Writes a schema snapshot: the signature, the format version, a table of distinct strings, then
/// the definitions in document order with strings as table indexes. Integers are LEB128 varints.
///
/// Only what the document declared is written (names, the type spellings, flags, limits, texts and
/// the parser's own diagnostics); resolution is redone on reading by the same code that resolves a
/// freshly parsed document, so the two paths cannot drift apart.
struct SchemaSnapshotWriter {
    private var body: [UInt8] = []
    private var strings: [String] = []
    private var stringIndexes: [String: Int] = [:]

    mutating func finish() -> Data {
        var header: [UInt8] = SchemaSnapshot.signature
        Self.appendVarint(UInt64(SchemaSnapshot.formatVersion), to: &header)
        Self.appendVarint(UInt64(strings.count), to: &header)
        for string in strings {
            let utf8 = Array(string.utf8)
            Self.appendVarint(UInt64(utf8.count), to: &header)
            header.append(contentsOf: utf8)
        }
        Self.appendVarint(UInt64(body.count), to: &header)
        return Data(header + body)
    }

    // MARK: - Primitives

    private static func appendVarint(_ value: UInt64, to bytes: inout [UInt8]) {
        var value = value
        while value >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: value) | 0x80)
            value >>= 7
        }
        bytes.append(UInt8(value))
    }

    private mutating func count(_ value: Int) { Self.appendVarint(UInt64(value), to: &body) }

    /// Signed integers zig-zag encoded, so small negative values stay short.
    private mutating func integer(_ value: Int) {
        let bits = UInt64(bitPattern: Int64(value))
        Self.appendVarint((bits << 1) ^ (Int64(value) < 0 ? ~0 : 0), to: &body)
    }

    private mutating func flags(_ values: Bool...) {
        var byte: UInt8 = 0
        for (bit, value) in values.enumerated() where value { byte |= 1 << UInt8(bit) }
        body.append(byte)
    }

    private mutating func string(_ value: String) {
        if let index = stringIndexes[value] { return count(index) }
        stringIndexes[value] = strings.count
        count(strings.count)
        strings.append(value)
    }

    /// `0` for `nil`, otherwise the string's index plus one.
    private mutating func optionalString(_ value: String?) {
        guard let value else { return count(0) }
        if let index = stringIndexes[value] { return count(index + 1) }
        stringIndexes[value] = strings.count
        count(strings.count + 1)
        strings.append(value)
    }

    private mutating func strings(_ values: [String]) {
        count(values.count)
        for value in values { string(value) }
    }

    private mutating func optionalInteger(_ value: Int?) {
        guard let value else { return body.append(0) }
        body.append(1)
        integer(value)
    }

    private mutating func optionalNumber(_ value: Double?) {
        guard let value else { return body.append(0) }
        body.append(1)
        Self.appendVarint(value.bitPattern, to: &body)
    }

    private mutating func primitive(_ value: PrimitiveType) {
        body.append(UInt8(PrimitiveType.allCases.firstIndex(of: value) ?? 0))
    }

    // MARK: - Definitions

    mutating func write(documentOf schema: Schema) {
        optionalString(schema.apiVersion)
        optionalString(schema.generatedDate)

        count(schema.enums.count)
        for definition in schema.enums {
            string(definition.name)
            primitive(definition.base)
            optionalString(definition.plugin)
            flags(definition.isDeprecated)
            optionalString(definition.description)
            count(definition.constants.count)
            for constant in definition.constants {
                string(constant.name)
                string(constant.value)
                flags(constant.isDeprecated)
                optionalString(constant.description)
            }
        }

        count(schema.classes.count)
        for definition in schema.classes {
            string(definition.name)
            optionalString(definition.baseName)
            flags(definition.isAbstract, definition.isDeprecated)
            optionalString(definition.plugin)
            optionalString(definition.requiredPermissions)
            optionalString(definition.description)
            count(definition.properties.count)
            for property in definition.properties { write(property) }
        }

        count(schema.services.count)
        for service in schema.services {
            string(service.id)
            string(service.name)
            optionalString(service.plugin)
            flags(service.isDeprecated)
            optionalString(service.description)
            count(service.actions.count)
            for action in service.actions { write(action) }
        }

        count(schema.plugins.count)
        for plugin in schema.plugins {
            string(plugin.name)
            strings(plugin.dependencies)
            strings(plugin.serviceNames)
        }

        count(schema.errors.count)
        for error in schema.errors {
            string(error.name)
            string(error.code)
            string(error.message)
            strings(error.parameters)
        }

        count(schema.configurations.count)
        for section in schema.configurations {
            string(section.name)
            optionalString(section.typeName)
            count(section.settings.count)
            for setting in section.settings {
                string(setting.name)
                string(setting.typeName)
                optionalString(setting.alias)
                flags(setting.isVolatile)
                optionalString(setting.description)
            }
        }

        // Only the parser's diagnostics: the rest come back when the registry is resolved again.
        let parsed = schema.diagnostics.filter(\.isFromParsing)
        count(parsed.count)
        for diagnostic in parsed { write(diagnostic) }
    }

    private mutating func write(_ property: PropertyDefinition) {
        string(property.name)
        string(property.typeName)
        optionalString(property.enumTypeName)
        optionalString(property.arrayTypeName)
        optionalString(property.valuesEnumType)
        flags(property.isReadOnly, property.isInsertOnly, property.isWriteOnly, property.isTime,
              property.isMultiLingual, property.isDeprecated)
        optionalString(property.requiredPermissions)
        optionalInteger(property.limits.minimumLength)
        optionalInteger(property.limits.maximumLength)
        optionalNumber(property.limits.minimumValue)
        optionalNumber(property.limits.maximumValue)
        optionalString(property.description)
        string(property.declaringClass)
    }

    private mutating func write(_ action: ActionDefinition) {
        string(action.name)
        flags(action.isEnabledInMultiRequest, action.isDeprecated)
        optionalString(action.sessionRequired)
        optionalString(action.alias)
        optionalString(action.description)
        count(action.parameters.count)
        for parameter in action.parameters {
            string(parameter.name)
            string(parameter.typeName)
            optionalString(parameter.enumTypeName)
            optionalString(parameter.arrayTypeName)
            flags(parameter.isOptional, parameter.isTime)
            optionalString(parameter.defaultValue)
            optionalString(parameter.description)
        }
        optionalString(action.resultTypeName)
        optionalString(action.resultArrayTypeName)
        strings(action.errorNames)
    }

    private mutating func write(_ diagnostic: SchemaDiagnostic) {
        switch diagnostic.kind {
        case .missingAttribute(let element, let attribute, let line):
            body.append(1)
            string(element)
            string(attribute)
            integer(line)
        case .unexpectedAttributeValue(let element, let attribute, let value, let line):
            body.append(2)
            string(element)
            string(attribute)
            string(value)
            integer(line)
        case .unknownElement(let name, let parent, let line):
            body.append(3)
            string(name)
            string(parent)
            integer(line)
        case .unresolvedType, .unresolvedBaseClass, .inheritanceCycle, .duplicateDefinition, .undeclaredError:
            break
        }
    }
}

extension SchemaDiagnostic {
    /// Whether the parser reported this while reading the document (rather than the registry while
    /// resolving it).
    var isFromParsing: Bool {
        switch kind {
        case .missingAttribute, .unexpectedAttributeValue, .unknownElement: true
        case .unresolvedType, .unresolvedBaseClass, .inheritanceCycle, .duplicateDefinition, .undeclaredError: false
        }
    }
}
