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
    /// Property types by class name, shared by the client's calls.
    let sharedPlans: KalturaTypePlans
    /// The plans this typer has used, kept to skip the shared plans' lock within one result.
    private var plans: [String: [String: TypeReference]?] = [:]

    /// Every object may carry related objects requested by a response profile; schemas do not
    /// declare the property on a class, so it is typed here.
    private static let relatedObjects = TypeReference.map(of: .object("KalturaListResponse"))

    init(schema: Schema, plans: KalturaTypePlans) {
        self.schema = schema
        self.sharedPlans = plans
    }

    /// Types a call's result in place with ``apply(_:to:)``, then checks that it is what the
    /// action declares.
    ///
    /// Accepted besides an exact match: `null` for any type (the server writes a `null` result for
    /// whatever the action returned as PHP's null), a subclass of the declared class, a class the
    /// schema does not know (typed as the declared one, fields kept), anything for a type the schema
    /// never defines, and for enums any scalar (values outside the enum are kept as sent). Arrays
    /// and maps have each element checked; an object's fields are typed but not checked.
    ///
    /// - Parameter call: The call as written, for the error.
    /// - Throws: ``KalturaClientError/unexpectedResultType(call:expected:received:)``.
    mutating func type(_ value: inout KalturaValue, as type: TypeReference, call: String) throws(KalturaClientError) {
        apply(type, to: &value)
        if let received = mismatch(of: value, with: type) {
            throw .unexpectedResultType(call: call, expected: type.displayName, received: received)
        }
    }

    /// What `value` is, when it is not a `type` after typing; `nil` when it is.
    private func mismatch(of value: KalturaValue, with type: TypeReference) -> String? {
        if value == .null { return nil }
        switch type {
        case .primitive(let primitive):
            switch (primitive, value) {
            case (.string, .string), (.int, .int), (.bigint, .int), (.float, .float), (.float, .int), (.bool, .bool),
                 (.array, .array), (.array, .map), (.map, .map), (.map, .array), (.file, _):
                return nil
            default:
                return Self.describe(value)
            }
        case .enumeration:
            switch value {
            case .int, .string, .float: return nil
            default: return Self.describe(value)
            }
        case .object(let declared):
            guard case .object(let object) = value else { return Self.describe(value) }
            if object.objectType == declared || schema.classDefinition(named: object.objectType) == nil
                || schema.isClass(object.objectType, kindOf: declared) {
                return nil
            }
            return Self.describe(value)
        case .array(let element):
            guard case .array(let elements) = value else { return Self.describe(value) }
            for (index, item) in elements.enumerated() {
                if let received = mismatch(of: item, with: element) {
                    return "an array whose item \(index) is \(received)"
                }
            }
            return nil
        case .map(let element):
            guard case .map(let entries) = value else { return Self.describe(value) }
            for (key, item) in entries {
                if let received = mismatch(of: item, with: element) {
                    return "a map whose entry \"\(key.prefix(40))\" is \(received)"
                }
            }
            return nil
        case .unresolved:
            return nil
        }
    }

    /// A short description of a value's kind and size that never quotes a string's content (a
    /// result may hold a KS or a secret).
    static func describe(_ value: KalturaValue) -> String {
        switch value {
        case .null: return "null"
        case .bool(let bool): return "the bool \(bool)"
        case .int(let int): return "the int \(int)"
        case .float(let double): return "the float \(double)"
        case .string(let text): return "a string of \(text.utf8.count) bytes"
        case .array(let elements): return "an array of \(elements.count) items"
        case .map(let entries): return "a map of \(entries.count) entries"
        case .object(let object): return "a \(object.objectType) object"
        }
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
        for index in object.kalturaFields.values.indices {
            let name = object.kalturaFields.keys[index]
            if let type = plan[name] {
                apply(type, to: &object.kalturaFields.values[index])
            } else if name == "relatedObjects" {
                apply(Self.relatedObjects, to: &object.kalturaFields.values[index])
            }
        }
    }

    private mutating func plan(for className: String) -> [String: TypeReference]? {
        if let plan = plans[className] { return plan }
        let plan = sharedPlans.plan(for: className)
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
