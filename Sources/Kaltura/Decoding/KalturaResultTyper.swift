import KalturaSchema

/// Brings a decoded response to the types the schema declares, in place.
///
/// - Objects are typed by their `objectType`; a class the schema does not know falls back to the
///   declared type, keeping its `objectType` and every field, so newer plugin classes still decode.
/// - Scalars are coerced to the declared kind: numeric strings to ints and floats, ints to floats
///   and booleans, numbers to strings; int enums to ints. Values outside an enum are kept as sent.
/// - `[]` where a map is declared becomes an empty map (PHP writes empty maps as `[]`); a map where
///   a class is declared becomes an object of that class; `{"0": …}` where an array is declared
///   becomes an array.
/// - Fields the class does not declare are kept untouched.
///
/// Values are only rebuilt where something changes, so a well-typed response costs one walk.
struct KalturaResultTyper {
    let schema: Schema
    /// Property types by class name, built on first use.
    private var plans: [String: [String: TypeReference]?] = [:]

    /// Every object may carry related objects requested by a response profile; schemas do not
    /// declare the property on a class, so it is typed here.
    private static let relatedObjects = TypeReference.map(of: .object("KalturaListResponse"))

    init(schema: Schema) {
        self.schema = schema
    }

    mutating func apply(_ type: TypeReference, to value: inout KalturaValue) {
        switch type {
        case .primitive(let primitive):
            coerce(&value, to: primitive)
        case .enumeration(_, let base):
            coerce(&value, to: base)
        case .object(let declared):
            switch value {
            case .object(var object):
                value = .null
                typeFields(of: &object, declared: declared)
                value = .object(object)
            case .map(let entries):
                guard plan(for: declared) != nil else { return }
                var object = KalturaObject(objectType: declared, fields: entries)
                value = .null
                typeFields(of: &object, declared: declared)
                value = .object(object)
            default:
                return
            }
        case .array(let element):
            switch value {
            case .array(var elements):
                value = .null
                for index in elements.indices {
                    apply(element, to: &elements[index])
                }
                value = .array(elements)
            case .map:
                guard var elements = value.arrayValue else { return }
                for index in elements.indices {
                    apply(element, to: &elements[index])
                }
                value = .array(elements)
            default:
                return
            }
        case .map(let element):
            switch value {
            case .array(let elements) where elements.isEmpty:
                value = .map([:])
            case .map(var entries):
                value = .null
                for index in entries.values.indices {
                    apply(element, to: &entries.values[index])
                }
                value = .map(entries)
            default:
                return
            }
        case .unresolved:
            return
        }
    }

    private mutating func typeFields(of object: inout KalturaObject, declared: String) {
        guard let plan = plan(for: object.objectType) ?? plan(for: declared) else { return }
        for index in object.fields.values.indices {
            let name = object.fields.keys[index]
            if let type = plan[name] {
                apply(type, to: &object.fields.values[index])
            } else if name == "relatedObjects" {
                apply(Self.relatedObjects, to: &object.fields.values[index])
            }
        }
    }

    private mutating func plan(for className: String) -> [String: TypeReference]? {
        if let plan = plans[className] { return plan }
        var plan: [String: TypeReference]?
        if schema.classDefinition(named: className) != nil {
            let properties = schema.properties(of: className)
            var types = [String: TypeReference](minimumCapacity: properties.count)
            for property in properties {
                types[property.name] = property.type
            }
            plan = types
        }
        plans[className] = plan
        return plan
    }

    private func coerce(_ value: inout KalturaValue, to primitive: PrimitiveType) {
        switch (primitive, value) {
        case (.int, .string(let text)), (.bigint, .string(let text)):
            if let int = Int(text) { value = .int(int) }
        case (.int, .float(let double)), (.bigint, .float(let double)):
            if let int = Int(exactly: double) { value = .int(int) }
        case (.int, .bool(let bool)), (.bigint, .bool(let bool)):
            value = .int(bool ? 1 : 0)
        case (.float, .int(let int)):
            value = .float(Double(int))
        case (.float, .string(let text)):
            if let double = Double(text) { value = .float(double) }
        case (.bool, .int), (.bool, .string), (.bool, .float):
            if let bool = value.boolValue { value = .bool(bool) }
        case (.string, .int), (.string, .float):
            value = .string(value.stringValue ?? "")
        default:
            return
        }
    }
}
