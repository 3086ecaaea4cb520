import Kaltura
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
            let names = model.outputPropertyNames(of: object.objectType)
            guard !names.isEmpty else {
                return .object(KalturaObject(objectType: object.objectType, fields: object.fields.mapValues(present)))
            }
            var fields = OrderedDictionary<String, KalturaValue>(minimumCapacity: names.count)
            for name in names {
                fields[name] = object.fields[name].map(present) ?? .null
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
