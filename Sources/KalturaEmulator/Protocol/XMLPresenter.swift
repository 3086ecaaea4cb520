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
            let properties = model.outputProperties(of: object.objectType)
            guard !properties.isEmpty else {
                return .object(KalturaObject(objectType: object.objectType, fields: object.fields.mapValues(present)))
            }
            var fields = OrderedDictionary<String, KalturaValue>(minimumCapacity: properties.count)
            for property in properties {
                fields[property.name] = object.fields[property.name].map(present) ?? .null
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
