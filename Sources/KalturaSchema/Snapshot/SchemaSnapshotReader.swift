/// Reads what ``SchemaSnapshotWriter`` wrote back into a ``SchemaDocument``, checking every length,
/// count and index against the bytes that are actually there.
struct SchemaSnapshotReader {
    private let bytes: UnsafeRawBufferPointer
    private var offset = 0
    private var strings: [String] = []
    private var end: Int

    init(_ bytes: UnsafeRawBufferPointer) throws(SchemaSnapshotError) {
        self.bytes = bytes
        self.end = bytes.count
        let signature = SchemaSnapshot.signature
        guard bytes.count >= signature.count, bytes.prefix(signature.count).elementsEqual(signature) else {
            throw .notASnapshot
        }
        offset = signature.count
        let version = try varint()
        guard version == SchemaSnapshot.formatVersion else { throw .unsupportedFormat(version: Int(clamping: version)) }
        let stringCount = try count()
        strings.reserveCapacity(stringCount)
        for _ in 0..<stringCount {
            let length = try count()
            let start = offset
            offset += length
            let utf8 = UnsafeRawBufferPointer(rebasing: bytes[start..<offset])
            guard let string = String(validating: utf8, as: UTF8.self) else {
                throw .corrupt(offset: start, reason: "a string is not valid UTF-8")
            }
            strings.append(string)
        }
        let bodyLength = try count()
        guard offset + bodyLength == bytes.count else {
            throw offset + bodyLength > bytes.count ? .truncated(offset: bytes.count)
                : .corrupt(offset: offset + bodyLength, reason: "bytes follow the end of the snapshot")
        }
    }

    // MARK: - Primitives

    private mutating func byte() throws(SchemaSnapshotError) -> UInt8 {
        guard offset < end else { throw .truncated(offset: offset) }
        defer { offset += 1 }
        return bytes[offset]
    }

    private mutating func varint() throws(SchemaSnapshotError) -> UInt64 {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let start = offset
            let next = try byte()
            guard shift < 64, shift < 63 || next <= 1 else { throw .corrupt(offset: start, reason: "an integer overflows 64 bits") }
            value |= UInt64(next & 0x7F) << shift
            if next & 0x80 == 0 { return value }
            shift += 7
        }
    }

    /// A count or length, which can never exceed the bytes left (every element takes at least one).
    private mutating func count() throws(SchemaSnapshotError) -> Int {
        let start = offset
        let value = try varint()
        guard value <= UInt64(end - offset) else {
            throw value > UInt64(bytes.count) ? .corrupt(offset: start, reason: "a count of \(value) is impossible")
                : .truncated(offset: end)
        }
        return Int(value)
    }

    private mutating func integer() throws(SchemaSnapshotError) -> Int {
        let bits = try varint()
        return Int(truncatingIfNeeded: Int64(bitPattern: (bits >> 1) ^ (0 &- (bits & 1))))
    }

    private mutating func flags() throws(SchemaSnapshotError) -> UInt8 { try byte() }

    private mutating func string() throws(SchemaSnapshotError) -> String {
        let start = offset
        let index = try varint()
        guard index < UInt64(strings.count) else { throw .corrupt(offset: start, reason: "string \(index) is not in the table") }
        return strings[Int(index)]
    }

    private mutating func optionalString() throws(SchemaSnapshotError) -> String? {
        let start = offset
        let index = try varint()
        if index == 0 { return nil }
        guard index <= UInt64(strings.count) else { throw .corrupt(offset: start, reason: "string \(index - 1) is not in the table") }
        return strings[Int(index - 1)]
    }

    private mutating func stringList() throws(SchemaSnapshotError) -> [String] {
        let count = try count()
        var values: [String] = []
        values.reserveCapacity(count)
        for _ in 0..<count { values.append(try string()) }
        return values
    }

    private mutating func presence() throws(SchemaSnapshotError) -> Bool {
        let start = offset
        switch try byte() {
        case 0: return false
        case 1: return true
        case let other: throw .corrupt(offset: start, reason: "presence byte \(other)")
        }
    }

    private mutating func optionalInteger() throws(SchemaSnapshotError) -> Int? {
        try presence() ? try integer() : nil
    }

    private mutating func optionalNumber() throws(SchemaSnapshotError) -> Double? {
        try presence() ? Double(bitPattern: try varint()) : nil
    }

    private mutating func primitive() throws(SchemaSnapshotError) -> PrimitiveType {
        let start = offset
        let index = Int(try byte())
        guard index < PrimitiveType.allCases.count else { throw .corrupt(offset: start, reason: "primitive type \(index)") }
        return PrimitiveType.allCases[index]
    }

    /// `count` elements read by `element`, reserving no more than the bytes left could hold.
    private mutating func list<Element>(_ element: (inout Self) throws(SchemaSnapshotError) -> Element) throws(SchemaSnapshotError) -> [Element] {
        let count = try count()
        var values: [Element] = []
        values.reserveCapacity(count)
        for _ in 0..<count { values.append(try element(&self)) }
        return values
    }

    // MARK: - Definitions

    mutating func readDocument() throws(SchemaSnapshotError) -> SchemaDocument {
        var document = SchemaDocument()
        document.sawRoot = true
        document.apiVersion = try optionalString()
        document.generatedDate = try optionalString()
        document.enums = try list { reader throws(SchemaSnapshotError) in try reader.enumeration() }
        document.classes = try list { reader throws(SchemaSnapshotError) in try reader.classDefinition() }
        document.services = try list { reader throws(SchemaSnapshotError) in try reader.service() }
        document.plugins = try list { reader throws(SchemaSnapshotError) in
            PluginDefinition(name: try reader.string(), dependencies: try reader.stringList(),
                             serviceNames: try reader.stringList())
        }
        document.errors = try list { reader throws(SchemaSnapshotError) in
            ErrorDefinition(name: try reader.string(), code: try reader.string(), message: try reader.string(),
                            parameters: try reader.stringList())
        }
        document.configurations = try list { reader throws(SchemaSnapshotError) in try reader.section() }
        document.diagnostics = try list { reader throws(SchemaSnapshotError) in try reader.diagnostic() }
        guard offset == end else { throw .corrupt(offset: offset, reason: "bytes follow the last definition") }
        return document
    }

    private mutating func enumeration() throws(SchemaSnapshotError) -> EnumDefinition {
        let name = try string()
        let base = try primitive()
        let plugin = try optionalString()
        let flags = try flags()
        let description = try optionalString()
        let constants = try list { reader throws(SchemaSnapshotError) in
            EnumDefinition.Constant(name: try reader.string(), value: try reader.string(),
                                    isDeprecated: try reader.flags() & 1 != 0, description: try reader.optionalString())
        }
        return EnumDefinition(name: name, base: base, plugin: plugin, isDeprecated: flags & 1 != 0,
                              description: description, constants: constants)
    }

    private mutating func classDefinition() throws(SchemaSnapshotError) -> ClassDefinition {
        let name = try string()
        let baseName = try optionalString()
        let flags = try flags()
        let plugin = try optionalString()
        let permissions = try optionalString()
        let description = try optionalString()
        let properties = try list { reader throws(SchemaSnapshotError) in try reader.property() }
        return ClassDefinition(name: name, baseName: baseName, isAbstract: flags & 1 != 0, plugin: plugin,
                               isDeprecated: flags & 2 != 0, requiredPermissions: permissions,
                               description: description, properties: properties)
    }

    private mutating func property() throws(SchemaSnapshotError) -> PropertyDefinition {
        let name = try string()
        let typeName = try string()
        let enumTypeName = try optionalString()
        let arrayTypeName = try optionalString()
        let valuesEnumType = try optionalString()
        let flags = try flags()
        let permissions = try optionalString()
        let limits = ValueLimits(minimumLength: try optionalInteger(), maximumLength: try optionalInteger(),
                                 minimumValue: try optionalNumber(), maximumValue: try optionalNumber())
        let description = try optionalString()
        let declaringClass = try string()
        return PropertyDefinition(
            name: name, type: .unresolved(""), typeName: typeName, enumTypeName: enumTypeName,
            arrayTypeName: arrayTypeName, valuesEnumType: valuesEnumType,
            isReadOnly: flags & 1 != 0, isInsertOnly: flags & 2 != 0, isWriteOnly: flags & 4 != 0,
            isTime: flags & 8 != 0, isMultiLingual: flags & 16 != 0, requiredPermissions: permissions,
            isDeprecated: flags & 32 != 0, limits: limits, description: description, declaringClass: declaringClass)
    }

    private mutating func service() throws(SchemaSnapshotError) -> ServiceDefinition {
        let id = try string()
        let name = try string()
        let plugin = try optionalString()
        let flags = try flags()
        let description = try optionalString()
        let actions = try list { reader throws(SchemaSnapshotError) in try reader.action() }
        return ServiceDefinition(id: id, name: name, plugin: plugin, isDeprecated: flags & 1 != 0,
                                 description: description, actions: actions)
    }

    private mutating func action() throws(SchemaSnapshotError) -> ActionDefinition {
        let name = try string()
        let flags = try flags()
        let sessionRequired = try optionalString()
        let alias = try optionalString()
        let description = try optionalString()
        let parameters = try list { reader throws(SchemaSnapshotError) in
            let name = try reader.string()
            let typeName = try reader.string()
            let enumTypeName = try reader.optionalString()
            let arrayTypeName = try reader.optionalString()
            let flags = try reader.flags()
            return ParameterDefinition(
                name: name, type: .unresolved(""), typeName: typeName, enumTypeName: enumTypeName,
                arrayTypeName: arrayTypeName, isOptional: flags & 1 != 0, defaultValue: try reader.optionalString(),
                isTime: flags & 2 != 0, description: try reader.optionalString())
        }
        return ActionDefinition(
            name: name, isEnabledInMultiRequest: flags & 1 != 0, sessionRequired: sessionRequired, alias: alias,
            isDeprecated: flags & 2 != 0, description: description, parameters: parameters,
            resultTypeName: try optionalString(), resultArrayTypeName: try optionalString(), errorNames: try stringList())
    }

    private mutating func section() throws(SchemaSnapshotError) -> ConfigurationSection {
        let name = try string()
        let typeName = try optionalString()
        let settings = try list { reader throws(SchemaSnapshotError) in
            let name = try reader.string()
            let typeName = try reader.string()
            let alias = try reader.optionalString()
            let flags = try reader.flags()
            return ConfigurationSetting(name: name, typeName: typeName, alias: alias, isVolatile: flags & 1 != 0,
                                        description: try reader.optionalString())
        }
        return ConfigurationSection(name: name, typeName: typeName, settings: settings)
    }

    private mutating func diagnostic() throws(SchemaSnapshotError) -> SchemaDiagnostic {
        let start = offset
        switch try byte() {
        case 1:
            return SchemaDiagnostic(.missingAttribute(element: try string(), attribute: try string(), line: try integer()))
        case 2:
            return SchemaDiagnostic(.unexpectedAttributeValue(element: try string(), attribute: try string(),
                                                              value: try string(), line: try integer()))
        case 3:
            return SchemaDiagnostic(.unknownElement(name: try string(), parent: try string(), line: try integer()))
        case let tag:
            throw .corrupt(offset: start, reason: "diagnostic kind \(tag)")
        }
    }
}
