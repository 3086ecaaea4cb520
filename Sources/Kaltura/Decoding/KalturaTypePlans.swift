import KalturaSchema
import Synchronization

/// The declared property types of each class a response has held, built once per client from
/// the schema and shared by every call's ``KalturaResultTyper``: collecting a class's inherited
/// properties costs more than typing a small result, so repeating it on every call was the
/// largest cost of a `media.get` after the network.
final class KalturaTypePlans: Sendable {
    private let schema: Schema
    private let plans = Mutex<[String: [String: TypeReference]?]>([:])

    /// Plans for the classes of `schema`, built on first use.
    init(schema: Schema) {
        self.schema = schema
    }

    /// The property types of `className` by property name, inherited ones included; `nil` for a
    /// class the schema does not define.
    func plan(for className: String) -> [String: TypeReference]? {
        if let plan = plans.withLock({ $0[className] }) { return plan }
        var plan: [String: TypeReference]?
        if schema.classDefinition(named: className) != nil {
            let properties = schema.properties(of: className)
            var types = [String: TypeReference](minimumCapacity: properties.count)
            for property in properties {
                types[property.name] = property.type
            }
            plan = types
        }
        plans.withLock { $0[className] = plan }
        return plan
    }
}
