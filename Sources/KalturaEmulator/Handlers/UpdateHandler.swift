import KalturaCore

/// `update` for any service: changes only the fields that were sent; `__null` clears one.
/// Read-only and insert-only properties may be sent only with their current value
/// (`PROPERTY_VALIDATION_NOT_UPDATABLE`).
struct UpdateHandler: ActionHandler {
    func handle(_ call: ActionCall, in environment: EmulatorEnvironment) async throws(KalturaAPIError) -> KalturaValue {
        let model = environment.model
        let access = try EntityAccess(call, model: model)
        let id = try access.requestedId()
        let sent = try access.sentObject()
        let partnerId = try call.requirePartner(environment.errors)
        let builder = ObjectBuilder(model: model, now: call.now, partnerId: partnerId, userId: call.userId)
        let errors = environment.errors
        return try await environment.store.withPartner(partnerId) { space, _ throws(KalturaAPIError) in
            let stored = try access.existing(id, in: space)
            for (name, value) in sent.kalturaFields {
                guard let property = model.property(name, of: sent.objectType),
                      property.isReadOnly || property.isInsertOnly else { continue }
                if value != (stored.kalturaFields[name] ?? .null) {
                    throw errors.make("PROPERTY_VALIDATION_NOT_UPDATABLE", "\(sent.objectType)::\(name)")
                }
            }
            let object = builder.updated(stored, with: sent)
            space.store(object, id: id, in: access.root)
            return .object(object)
        }
    }
}
