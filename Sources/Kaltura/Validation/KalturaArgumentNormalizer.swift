import KalturaSchema
import OrderedCollections

/// Brings argument values to the types the schema declares, where that is unambiguous:
///
/// - a map given where a class is declared becomes an object of that class (so it gets an `objectType`);
/// - enum constants given by name become their values (`"VIDEO"` → `1`, `"CREATED_AT_DESC"` → `"-createdAt"`);
/// - strings that spell a number or boolean become one where the schema declares it (the CLI sends only strings);
/// - numbers given where a string is declared become strings, integral floats where an int is declared become ints.
///
/// Values that cannot be brought to the declared type are left as they are, for
/// ``KalturaValidator`` to report.
struct KalturaArgumentNormalizer {
    let schema: Schema

    func normalize(_ value: KalturaValue, as type: TypeReference) -> KalturaValue {
        switch (type, value) {
        case (_, .null):
            return value
        case (.primitive(let primitive), _):
            return normalize(value, as: primitive)
        case (.enumeration(let name, let base), _):
            return normalizeEnum(value, name: name, base: base)
        case (.object(let className), .map(let entries)):
            return .object(normalizeFields(KalturaObject(objectType: className, fields: entries), declared: className))
        case (.object(let className), .object(let object)):
            return .object(normalizeFields(object, declared: className))
        case (.array(let element), .array(let elements)):
            return .array(elements.map { normalize($0, as: element) })
        case (.map(let element), .map(let entries)):
            var result = entries
            for index in entries.values.indices {
                result.values[index] = normalize(entries.values[index], as: element)
            }
            return .map(result)
        default:
            return value
        }
    }

    private func normalizeFields(_ object: KalturaObject, declared: String) -> KalturaObject {
        let className = schema.classDefinition(named: object.objectType) != nil ? object.objectType : declared
        var result = object
        for index in object.kalturaFields.values.indices {
            let name = object.kalturaFields.keys[index]
            guard let property = schema.property(name, of: className) else { continue }
            result.kalturaFields.values[index] = normalize(object.kalturaFields.values[index], as: property.type)
        }
        return result
    }

    private func normalize(_ value: KalturaValue, as primitive: PrimitiveType) -> KalturaValue {
        switch (primitive, value) {
        case (.int, .string(let text)), (.bigint, .string(let text)):
            if let int = Int(text) { return .int(int) }
            if let double = Double(text), let int = Int(exactly: double) { return .int(int) }
            return value
        case (.int, .float(let double)), (.bigint, .float(let double)):
            return Int(exactly: double).map(KalturaValue.int) ?? value
        case (.float, .string(let text)):
            if let int = Int(text) { return .int(int) }
            if let double = Double(text), double.isFinite { return .float(double) }
            return value
        case (.bool, .string(let text)):
            switch text.lowercased() {
            case "true", "1": return .bool(true)
            case "false", "0": return .bool(false)
            default: return value
            }
        case (.bool, .int(let int)) where int == 0 || int == 1:
            return .bool(int == 1)
        case (.string, .int), (.string, .float):
            return .string(value.stringValue ?? "")
        default:
            return value
        }
    }

    private func normalizeEnum(_ value: KalturaValue, name: String, base: PrimitiveType) -> KalturaValue {
        let definition = schema.enumeration(named: name)
        if base == .int {
            switch value {
            case .string(let text):
                if let int = Int(text) { return .int(int) }
                if let constant = definition?.constant(named: text), let int = Int(constant.value) { return .int(int) }
                return value
            case .float(let double):
                return Int(exactly: double).map(KalturaValue.int) ?? value
            case .bool(let bool):
                return .int(bool ? 1 : 0)
            default:
                return value
            }
        }
        switch value {
        case .string(let text):
            guard let definition, definition.constant(withValue: text) == nil,
                  let constant = definition.constant(named: text) else { return value }
            return .string(constant.value)
        case .int, .float:
            return .string(value.stringValue ?? "")
        default:
            return value
        }
    }
}
