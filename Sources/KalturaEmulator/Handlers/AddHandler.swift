import Kaltura

/// `add` for any service: stores the sent object with the server-side fields filled in.
/// Read-only properties may not be sent (`PROPERTY_VALIDATION_NOT_UPDATABLE`).
struct AddHandler: ActionHandler {
    func handle(_ call: ActionCall, in environment: EmulatorEnvironment) async throws(KalturaAPIError) -> KalturaValue {
        let model = environment.model
        let access = try EntityAccess(call, model: model)
        let sent = try access.sentObject()
        for (name, value) in sent.fields where !value.isNull {
            if model.property(name, of: sent.objectType)?.isReadOnly == true {
                throw environment.errors.make("PROPERTY_VALIDATION_NOT_UPDATABLE", "\(sent.objectType)::\(name)")
            }
        }
        let partnerId = try call.requirePartner(environment.errors)
        let builder = ObjectBuilder(model: model, now: call.now, partnerId: partnerId, userId: call.userId)
        let root = model.storageRoot(of: sent.objectType)
        return try await environment.store.withPartner(partnerId) { space, identifiers throws(KalturaAPIError) in
            let object = builder.newObject(from: sent, root: root, identifiers: &identifiers) { space.object($0, in: root) != nil }
            let id = object.fields["id"]?.stringValue ?? String(space.collections[root]?.objects.count ?? 0)
            space.store(object, id: id, in: root)
            return .object(object)
        }
    }
}
