import KalturaCore

/// `add` for any service: stores the sent object with the server-side fields filled in.
/// Read-only properties may not be sent (`PROPERTY_VALIDATION_NOT_UPDATABLE`); a client-chosen
/// id that is taken gets the action's `DUPLICATE_…` error (e.g. `DUPLICATE_USER_BY_ID`), and an
/// integer one moves the id counter past it, so generated ids never land on it.
struct AddHandler: ActionHandler {
    func handle(_ call: ActionCall, in environment: EmulatorEnvironment) async throws(KalturaAPIError) -> KalturaValue {
        let model = environment.model
        let access = try EntityAccess(call, model: model)
        let sent = try access.sentObject()
        for (name, value) in sent.kalturaFields where !value.isNull {
            if model.property(name, of: sent.objectType)?.isReadOnly == true {
                throw environment.errors.make("PROPERTY_VALIDATION_NOT_UPDATABLE", "\(sent.objectType)::\(name)")
            }
        }
        let partnerId = try call.requirePartner(environment.errors)
        let builder = ObjectBuilder(model: model, now: call.now, partnerId: partnerId, userId: call.userId)
        let root = model.storageRoot(of: sent.objectType)
        let duplicate = call.action.errorNames.first { $0.hasPrefix("DUPLICATE_") && environment.errors.knows($0) }
            ?? "INVALID_OBJECT_ID"
        let errors = environment.errors
        return try await environment.store.withPartner(partnerId) { space, identifiers throws(KalturaAPIError) in
            let object = try builder.newObject(from: sent, root: root, identifiers: &identifiers) { space.object($0, in: root) != nil }
            let id = object.kalturaFields["id"]?.stringValue ?? String(space.collections[root]?.objects.count ?? 0)
            if sent.kalturaFields["id"] != nil, space.object(id, in: root) != nil {
                throw errors.make(duplicate, id)  // a client-chosen id that is taken
            }
            space.store(object, id: id, in: root)
            if sent.kalturaFields["id"] != nil, let number = Int(id) { identifiers.noteInteger(number, for: root) }
            return .object(object)
        }
    }
}
