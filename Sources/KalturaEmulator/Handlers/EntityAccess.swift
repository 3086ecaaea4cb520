import KalturaCore
import KalturaSchema

/// What the generic handlers need to know about the objects an action works on, read from
/// the schema: their class and storage root, which parameter carries the id, which carries
/// the object, and which error reports an unknown id.
struct EntityAccess: Sendable {
    let model: EmulatorSchema
    let call: ActionCall
    /// The class the service manages (e.g. `KalturaMediaEntry` for `media`).
    let entityClass: String
    /// The collection the service's objects live in (e.g. `KalturaBaseEntry`).
    let root: String

    init(_ call: ActionCall, model: EmulatorSchema) throws(KalturaAPIError) {
        guard let entityClass = model.entityClass(ofService: call.service) else {
            throw model.errors.make("ACTION_NOT_IMPLEMENTED", call.action.name, call.service.id)
        }
        self.model = model
        self.call = call
        self.entityClass = entityClass
        self.root = model.storageRoot(of: entityClass)
    }

    /// The first scalar parameter: the id of `get`, `update`, `delete` and the like.
    var idParameter: ParameterDefinition? {
        call.action.parameters.first { parameter in
            switch parameter.type {
            case .primitive(let primitive): return primitive == .string || primitive == .int || primitive == .bigint
            default: return false
            }
        }
    }

    /// The id the call names, as stored keys spell it. An optional id left out means the
    /// session's user (`user.get()`).
    func requestedId() throws(KalturaAPIError) -> String {
        guard let parameter = idParameter else {
            throw model.errors.make("ACTION_NOT_IMPLEMENTED", call.action.name, call.service.id)
        }
        if let id = call.parameters[parameter.name]?.stringValue { return id }
        if parameter.isOptional, !call.userId.isEmpty { return call.userId }
        throw model.errors.make("MISSING_MANDATORY_PARAMETER", parameter.name)
    }

    /// The first object parameter that is not a filter or pager: the object of `add` and `update`.
    var objectParameter: ParameterDefinition? {
        call.action.parameters.first { parameter in
            guard let name = EmulatorSchema.className(of: parameter.type) else { return false }
            return !isFilter(name) && name != "KalturaFilterPager"
        }
    }

    /// The object the call carries in `parameter` (by default ``objectParameter``); an optional
    /// object parameter left out counts as an empty object of its declared class (`uploadToken.add()`).
    func sentObject(in parameter: ParameterDefinition? = nil) throws(KalturaAPIError) -> KalturaObject {
        guard let parameter = parameter ?? objectParameter else {
            throw model.errors.make("ACTION_NOT_IMPLEMENTED", call.action.name, call.service.id)
        }
        if case .object(let object)? = call.parameters[parameter.name] { return object }
        guard parameter.isOptional, let className = EmulatorSchema.className(of: parameter.type) else {
            throw model.errors.make("MISSING_MANDATORY_PARAMETER", parameter.name)
        }
        let concrete = try ValueCoercer(model: model, now: call.now).concreteClass(sent: nil, declared: className)
        return KalturaObject(objectType: concrete)
    }

    /// The filter object of a `list` or `count`, if sent.
    var filter: KalturaObject? {
        for parameter in call.action.parameters {
            guard let name = EmulatorSchema.className(of: parameter.type), isFilter(name),
                  case .object(let object)? = call.parameters[parameter.name] else { continue }
            return object
        }
        return nil
    }

    /// The pager object of a `list`, if sent.
    var pager: KalturaObject? {
        for parameter in call.action.parameters {
            guard EmulatorSchema.className(of: parameter.type) == "KalturaFilterPager",
                  case .object(let object)? = call.parameters[parameter.name] else { continue }
            return object
        }
        return nil
    }

    private func isFilter(_ className: String) -> Bool {
        className.hasSuffix("Filter") || model.isClass(className, kindOf: "KalturaFilter")
    }

    /// Whether a stored object belongs to this service: a kind of its entity class.
    func isVisible(_ object: KalturaObject) -> Bool {
        guard model.defines(entityClass), model.defines(object.objectType) else { return true }
        return model.isClass(object.objectType, kindOf: entityClass)
    }

    /// Whether objects of the entity class can have a property called `field`.
    func isField(_ field: String) -> Bool {
        guard model.defines(entityClass) else { return true }
        if model.property(field, of: entityClass) != nil { return true }
        return model.schema.descendants(of: entityClass).contains { model.property(field, of: $0) != nil }
    }

    /// The error the server gives for an unknown id: a `…NOT_FOUND` error the action declares,
    /// else the catalogue's error for the entity class or service, else (schemas without a
    /// catalogue) the core service's built-in not-found error, else `INVALID_OBJECT_ID`.
    func notFound(_ id: String) -> KalturaAPIError {
        let errors = model.errors
        var stems: [String] = []
        for className in [entityClass] + model.schema.ancestors(of: entityClass) where !EmulatorSchema.isGenericBase(className) {
            stems.append(contentsOf: EmulatorSchema.errorStems(of: className))
        }
        stems.append(contentsOf: EmulatorSchema.errorStems(of: "Kaltura" + call.service.name.prefix(1).uppercased()
                                                           + call.service.name.dropFirst()))
        let declared = call.action.errorNames.filter { $0.hasSuffix("NOT_FOUND") && errors.knows($0) }
        if let best = declared.first(where: { name in stems.contains { name.hasPrefix($0 + "_") } }) ?? declared.first {
            return errors.make(best, id)
        }
        for stem in stems {
            for candidate in ["\(stem)_ID_NOT_FOUND", "\(stem)_NOT_FOUND", "INVALID_\(stem)_ID"] where errors.catalogueLists(candidate) {
                return errors.make(candidate, id)
            }
        }
        if let name = CoreNotFoundErrors.byService[call.service.id], !errors.catalogueLists(name) {
            return errors.make(name, id)
        }
        if stems.contains("ENTRY") { return errors.make("ENTRY_ID_NOT_FOUND", id) }
        return errors.catalogueLists("INVALID_OBJECT_ID") ? errors.make("INVALID_OBJECT_ID", id) : errors.make("OBJECT_NOT_FOUND")
    }

    /// The stored object `id` visible to this service, or the not-found error.
    func existing(_ id: String, in space: PartnerSpace) throws(KalturaAPIError) -> KalturaObject {
        guard let object = space.object(id, in: root), isVisible(object) else { throw notFound(id) }
        return object
    }
}
