import KalturaCore
import OrderedCollections

/// Gives objects the shape the server's XML serializer writes: every readable property of the
/// class, in output order, with the absent ones as nulls (written as empty elements).
struct XMLPresenter: Sendable {
    let model: EmulatorSchema

    /// `result` with every object of a class the schema defines filled out.
    func present(_ result: KalturaResult) -> KalturaResult {
        switch result {
        case .success(let value): return .success(present(value))
        case .failure: return result
        case .multiple(let items): return .multiple(items.map(present))
        }
    }

    func present(_ value: KalturaValue) -> KalturaValue {
        switch value {
        case .object(let object):
            guard var fields = model.nullFields(of: object.objectType) else {
                return .object(KalturaObject(objectType: object.objectType, fields: object.kalturaFields.mapValues(present)))
            }
            for (name, value) in object.kalturaFields {
                fields[name] = present(value)
            }
            return .object(KalturaObject(objectType: object.objectType, fields: fields))
        case .array(let elements):
            return .array(elements.map(present))
        case .map(let entries):
            return .map(entries.mapValues(present))
        case .null, .bool, .int, .float, .string:
            return value
        }
    }
}
