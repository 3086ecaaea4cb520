import CLibXML2

/// The element names the schema format uses.
enum ElementName: CaseIterable {
    case enums, enumeration, constant, classes, classDefinition, property, services, service, action
    case param, result, `throws`, plugins, plugin, dependency, pluginService, errors, error, parameter
    case configurations

    var text: String {
        switch self {
        case .enumeration: "enum"
        case .constant: "const"
        case .classDefinition: "class"
        case .throws: "throws"
        default: "\(self)"
        }
    }
}

/// The attribute names the loader reads; everything else is ignored.
enum AttributeKey: Int, CaseIterable {
    case name, type, value, description, enumType, arrayType, valuesEnumType, readOnly, insertOnly, writeOnly
    case isTime, multiLingual, requiresPermissions, deprecated, minLength, maxLength, minValue, maxValue
    case base, abstract, plugin, id, enableInMultiRequest, sessionRequired, actionAlias, optional, `default`
    case pluginName, code, message, alias, volatile, apiVersion, generatedDate

    var name: String { "\(self)" }
}

/// Known names looked up once in the parser's dictionary, so names arriving from libxml2 (which are
/// interned in that dictionary) can be recognised by pointer, without building strings.
struct InternedNames {
    private var elements: [(pointer: UnsafePointer<xmlChar>, name: ElementName)] = []
    private(set) var attributes: [(pointer: UnsafePointer<xmlChar>, key: AttributeKey)] = []

    init() {}

    init(dictionary: xmlDictPtr?) {
        guard let dictionary else { return }
        for element in ElementName.allCases {
            if let pointer = xmlDictLookup(dictionary, element.text, -1) { elements.append((pointer, element)) }
        }
        for key in AttributeKey.allCases {
            if let pointer = xmlDictLookup(dictionary, key.name, -1) { attributes.append((pointer, key)) }
        }
    }

    func element(for pointer: UnsafePointer<xmlChar>) -> ElementName? {
        for entry in elements where entry.pointer == pointer { return entry.name }
        return nil
    }

    func attribute(for pointer: UnsafePointer<xmlChar>) -> AttributeKey? {
        for entry in attributes where entry.pointer == pointer { return entry.key }
        return nil
    }
}

/// The values of the known attributes of the current element, reused from element to element.
struct AttributeValues {
    private var values = [String?](repeating: nil, count: AttributeKey.allCases.count)
    private var present: [Int] = []

    subscript(key: AttributeKey) -> String? { values[key.rawValue] }

    /// The value, or `nil` when absent or empty.
    func text(_ key: AttributeKey) -> String? {
        guard let value = values[key.rawValue], !value.isEmpty else { return nil }
        return value
    }

    /// Without entity substitution, libxml2's SAX2 hands an escaped ampersand in an attribute over as
    /// `&#38;` (every other reference is already decoded). A raw `&` cannot occur in an attribute, so
    /// each `&#38;` stands for one `&`.
    static func unescapingAmpersands(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        let escape: [UInt8] = Array("&#38;".utf8)
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if bytes[index] == 0x26, index + escape.count <= bytes.count,
               bytes[index..<(index + escape.count)].elementsEqual(escape) {
                result.append(0x26)
                index += escape.count
            } else {
                result.append(bytes[index])
                index += 1
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// Replaces the values with those of SAX2's (localname, prefix, URI, value, end) attribute array.
    mutating func read(count: Int, from pointers: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?, names: InternedNames) {
        for index in present { values[index] = nil }
        present.removeAll(keepingCapacity: true)
        guard let pointers else { return }
        for attribute in 0..<count {
            let base = attribute * 5
            guard let localName = pointers[base], let key = names.attribute(for: localName),
                  let start = pointers[base + 3], let end = pointers[base + 4] else { continue }
            let bytes = UnsafeBufferPointer(start: start, count: end - start)
            values[key.rawValue] = bytes.contains(0x26) ? Self.unescapingAmpersands(bytes) : String(decoding: bytes, as: UTF8.self)
            present.append(key.rawValue)
        }
    }
}
