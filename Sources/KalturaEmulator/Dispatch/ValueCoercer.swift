import KalturaCore
import KalturaSchema
import OrderedCollections

/// Casts decoded request values to the types the schema declares, as the server's request
/// deserializer does, and rejects what the server rejects.
///
/// - Scalars arrive as strings from form bodies and from the official Python client (`"2"`,
///   `"True"`); they become `.int`, `.float`, `.bool` or `.string`. Booleans follow the server:
///   `"false"` (any case), `""` and `"0"` are false.
/// - Int enums are checked against the enum's constants (`INVALID_ENUM_VALUE`); `"true"` and
///   `"false"` mean 1 and 0.
/// - Objects take the sent `objectType` when it is a kind of the declared class, else the
///   declared class; abstract results are refused (`OBJECT_TYPE_ABSTRACT`). Members the class
///   does not declare are dropped. Classes the schema does not define keep their members as sent.
/// - Time values whose magnitude is at most ten years are relative to now (`-1` is kept).
/// - ``KalturaValue/null`` (a `__null` marker) passes through unchanged.
struct ValueCoercer {
    /// The largest magnitude the server reads as a time relative to now: ten years in seconds.
    static let maximumRelativeTime = 315_360_000

    let model: EmulatorSchema
    let now: Int

    private var errors: EmulatorErrors { model.errors }

    /// Casts `raw` to `type`. `name` is the parameter or `Class::property` name used in errors.
    func coerce(_ raw: KalturaValue, to type: TypeReference, name: String, isTime: Bool = false)
        throws(KalturaAPIError) -> KalturaValue
    {
        if case .null = raw { return .null }
        switch type {
        case .primitive(let primitive):
            return try coerce(raw, to: primitive, name: name, isTime: isTime)
        case .enumeration(let enumName, let base):
            return try coerceEnum(raw, enumName: enumName, base: base, name: name)
        case .object(let className):
            return try coerceObject(raw, declared: className, name: name)
        case .unresolved(let className):
            switch raw {
            case .bool, .int, .float, .string:
                return raw  // an enum or scalar type the schema does not define: kept as sent
            case .null, .array, .map, .object:
                return try coerceObject(raw, declared: className, name: name)
            }
        case .array(let element):
            var result: [KalturaValue] = []
            for item in try elements(of: raw, name: name) {
                result.append(try coerce(item, to: element, name: name))
            }
            return .array(result)
        case .map(let element):
            guard let entries = raw.mapValue else {
                if case .object(let object) = raw {
                    return .map(try coerceEntries(object.kalturaFields, to: element, name: name))
                }
                if isEmptyText(raw) { return .map([:]) }
                throw errors.make("INVALID_PARAMETER_VALUE", name)
            }
            return .map(try coerceEntries(entries, to: element, name: name))
        }
    }

    private func coerceEntries(_ entries: OrderedDictionary<String, KalturaValue>, to type: TypeReference, name: String)
        throws(KalturaAPIError) -> OrderedDictionary<String, KalturaValue>
    {
        var result = OrderedDictionary<String, KalturaValue>(minimumCapacity: entries.count)
        for (key, value) in entries {
            result[key] = try coerce(value, to: type, name: name)
        }
        return result
    }

    private func elements(of raw: KalturaValue, name: String) throws(KalturaAPIError) -> [KalturaValue] {
        if let elements = raw.arrayValue { return elements }
        switch raw {
        case .map(let entries):
            return Array(entries.values)
        case .object(let object):
            return Array(object.kalturaFields.values)
        case .string(let text) where text.isEmpty:
            return []
        default:
            throw errors.make("INVALID_PARAMETER_VALUE", name)
        }
    }

    private func isEmptyText(_ value: KalturaValue) -> Bool {
        if case .string(let text) = value { return text.isEmpty }
        return false
    }

    // MARK: - Scalars

    private func coerce(_ raw: KalturaValue, to primitive: PrimitiveType, name: String, isTime: Bool)
        throws(KalturaAPIError) -> KalturaValue
    {
        switch primitive {
        case .string:
            guard let text = raw.stringValue else { throw wrongType(name) }
            return .string(text)
        case .int, .bigint:
            if isEmptyText(raw) { return .int(0) }
            guard var number = raw.intValue ?? raw.floatValue.flatMap({ Int(exactly: $0.rounded(.towardZero)) }) else {
                throw numericError(name)
            }
            if isTime, number != -1, abs(number) <= Self.maximumRelativeTime {
                number += now
            }
            return .int(number)
        case .float:
            if isEmptyText(raw) { return .float(0) }
            guard let number = raw.floatValue else { throw numericError(name) }
            return .float(number)
        case .bool:
            guard let flag = raw.boolValue else { throw wrongType(name) }
            return .bool(flag)
        case .file, .array, .map:
            return raw
        }
    }

    private func coerceEnum(_ raw: KalturaValue, enumName: String, base: PrimitiveType, name: String)
        throws(KalturaAPIError) -> KalturaValue
    {
        guard base == .int else {
            guard let text = raw.stringValue else { throw wrongType(name) }
            return .string(text)
        }
        var spelled = raw.stringValue
        if let text = spelled?.lowercased(), text == "true" || text == "false" {
            spelled = text == "true" ? "1" : "0"
        }
        guard let text = spelled, let number = Int(text) ?? KalturaValue.string(text).intValue else {
            throw errors.make("INVALID_ENUM_VALUE", spelled ?? "", name, enumName)
        }
        if let definition = model.schema.enumeration(named: enumName),
           definition.constant(withValue: String(number)) == nil {
            throw errors.make("INVALID_ENUM_VALUE", text, name, enumName)
        }
        return .int(number)
    }

    // MARK: - Objects

    /// The concrete class an object sent for `declared` is built as.
    func concreteClass(sent: String?, declared: String) throws(KalturaAPIError) -> String {
        guard model.defines(declared) || EmulatorSchema.isGenericBase(declared) else { return sent ?? declared }
        var chosen = declared
        if let sent, model.defines(sent), model.isClass(sent, kindOf: declared) {
            chosen = sent
        }
        if EmulatorSchema.isGenericBase(chosen), let sent { return sent }
        if model.schema.classDefinition(named: chosen)?.isAbstract == true {
            throw errors.make("OBJECT_TYPE_ABSTRACT", chosen)
        }
        return chosen
    }

    private func coerceObject(_ raw: KalturaValue, declared: String, name: String) throws(KalturaAPIError) -> KalturaValue {
        let sent: String?
        let fields: OrderedDictionary<String, KalturaValue>
        switch raw {
        case .object(let object):
            sent = object.objectType
            fields = object.kalturaFields
        case .map(let entries):
            sent = nil
            fields = entries
        case .array(let elements) where elements.isEmpty:
            sent = nil
            fields = [:]
        case .string(let text) where text.isEmpty:
            return .null
        default:
            throw errors.make("INVALID_PARAMETER_VALUE", name)
        }
        let className = try concreteClass(sent: sent, declared: declared)
        guard model.defines(className) else {
            return .object(KalturaObject(objectType: className, fields: fields))
        }
        var result = OrderedDictionary<String, KalturaValue>(minimumCapacity: fields.count)
        for (key, value) in fields {
            guard let property = model.property(key, of: className) else { continue }
            if case .string(let text) = value, text.isEmpty, case .enumeration = property.type { continue }
            result[key] = try coerce(value, to: property.type, name: "\(className)::\(key)", isTime: property.isTime)
        }
        return .object(KalturaObject(objectType: className, fields: result))
    }

    // MARK: - Errors

    private func numericError(_ name: String) -> KalturaAPIError {
        name.contains("::") ? errors.make("PROPERTY_VALIDATION_NUMERIC_VALUE", name) : errors.make("INVALID_PARAMETER_VALUE", name)
    }

    private func wrongType(_ name: String) -> KalturaAPIError {
        errors.make("INVALID_PARAMETER_VALUE", name)
    }
}
