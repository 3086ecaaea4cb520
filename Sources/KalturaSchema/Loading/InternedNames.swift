import CLibXML2
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The element names the schema format uses.
enum ElementName: CaseIterable {
    case enums, enumeration, constant, classes, classDefinition, property, services, service, action
    case param, result, `throws`, plugins, plugin, dependency, pluginService, errors, error, parameter
    case configurations

    /// The element's name in the document. (Spelled out: string interpolation of a case would go
    /// through reflection, which costs a scan of every protocol conformance in the binary.)
    var text: String {
        switch self {
        case .enums: "enums"
        case .enumeration: "enum"
        case .constant: "const"
        case .classes: "classes"
        case .classDefinition: "class"
        case .property: "property"
        case .services: "services"
        case .service: "service"
        case .action: "action"
        case .param: "param"
        case .result: "result"
        case .throws: "throws"
        case .plugins: "plugins"
        case .plugin: "plugin"
        case .dependency: "dependency"
        case .pluginService: "pluginService"
        case .errors: "errors"
        case .error: "error"
        case .parameter: "parameter"
        case .configurations: "configurations"
        }
    }
}

/// The attribute names the loader reads; everything else is ignored.
enum AttributeKey: Int, CaseIterable {
    case name, type, value, description, enumType, arrayType, valuesEnumType, readOnly, insertOnly, writeOnly
    case isTime, multiLingual, requiresPermissions, deprecated, minLength, maxLength, minValue, maxValue
    case base, abstract, plugin, id, enableInMultiRequest, sessionRequired, actionAlias, optional, `default`
    case pluginName, code, message, alias, volatile, apiVersion, generatedDate

    /// The attribute's name in the document, spelled out for the same reason as ``ElementName/text``.
    var name: String {
        switch self {
        case .name: "name"
        case .type: "type"
        case .value: "value"
        case .description: "description"
        case .enumType: "enumType"
        case .arrayType: "arrayType"
        case .valuesEnumType: "valuesEnumType"
        case .readOnly: "readOnly"
        case .insertOnly: "insertOnly"
        case .writeOnly: "writeOnly"
        case .isTime: "isTime"
        case .multiLingual: "multiLingual"
        case .requiresPermissions: "requiresPermissions"
        case .deprecated: "deprecated"
        case .minLength: "minLength"
        case .maxLength: "maxLength"
        case .minValue: "minValue"
        case .maxValue: "maxValue"
        case .base: "base"
        case .abstract: "abstract"
        case .plugin: "plugin"
        case .id: "id"
        case .enableInMultiRequest: "enableInMultiRequest"
        case .sessionRequired: "sessionRequired"
        case .actionAlias: "actionAlias"
        case .optional: "optional"
        case .default: "default"
        case .pluginName: "pluginName"
        case .code: "code"
        case .message: "message"
        case .alias: "alias"
        case .volatile: "volatile"
        case .apiVersion: "apiVersion"
        case .generatedDate: "generatedDate"
        }
    }
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
///
/// Values stay slices of libxml2's input (valid only during the start-tag callback that read them);
/// strings are built only for the attributes a definition keeps, and flags and numbers are read
/// straight from the bytes.
final class AttributeValues {
    private struct Slot {
        var start: UnsafePointer<UInt8>?
        var count = 0
        var element = 0
    }

    private let slots: UnsafeMutablePointer<Slot>
    /// Which element the slots were last written for: a slot from an earlier element counts as absent,
    /// so nothing needs clearing between elements.
    private var element = 0

    init() {
        let count = AttributeKey.allCases.count
        slots = .allocate(capacity: count)
        slots.initialize(repeating: Slot(), count: count)
    }

    deinit {
        slots.deallocate()
    }

    /// The raw bytes of an attribute, or `nil` when the current element does not carry it.
    func bytes(_ key: AttributeKey) -> UnsafeBufferPointer<UInt8>? {
        let slot = slots[key.rawValue]
        guard slot.element == element, let start = slot.start else { return nil }
        return UnsafeBufferPointer(start: start, count: slot.count)
    }

    /// The value as a string, or `nil` when absent.
    subscript(key: AttributeKey) -> String? {
        bytes(key).map(Self.string)
    }

    /// The value, or `nil` when absent or empty.
    func text(_ key: AttributeKey) -> String? {
        guard let bytes = bytes(key), !bytes.isEmpty else { return nil }
        return Self.string(bytes)
    }

    /// Whether `bytes` are exactly `literal` (ASCII).
    static func bytes(_ bytes: UnsafeBufferPointer<UInt8>, are literal: StaticString) -> Bool {
        bytes.count == literal.utf8CodeUnitCount
            && (bytes.isEmpty || memcmp(bytes.baseAddress!, literal.utf8Start, bytes.count) == 0)
    }

    private static func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        bytes.contains(0x26) ? unescapingAmpersands(bytes) : String(decoding: bytes, as: UTF8.self)
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
    func read(count: Int, from pointers: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?, names: InternedNames) {
        element &+= 1
        guard let pointers else { return }
        for attribute in 0..<count {
            let base = attribute * 5
            guard let localName = pointers[base], let key = names.attribute(for: localName),
                  let start = pointers[base + 3], let end = pointers[base + 4] else { continue }
            slots[key.rawValue] = Slot(start: start, count: end - start, element: element)
        }
    }
}
