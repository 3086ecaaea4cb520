import KalturaCore

/// `delete` for any service: removes the object; later calls with its id get the not-found error.
struct DeleteHandler: ActionHandler {
    func handle(_ call: ActionCall, in environment: EmulatorEnvironment) async throws(KalturaAPIError) -> KalturaValue {
        let access = try EntityAccess(call, model: environment.model)
        let id = try access.requestedId()
        let partnerId = try call.requirePartner(environment.errors)
        let returnsObject = call.action.result != nil
        return try await environment.store.withPartner(partnerId) { space, _ throws(KalturaAPIError) in
            let stored = try access.existing(id, in: space)
            space.remove(id, from: access.root)
            space.setUpload(nil, for: id)
            return returnsObject ? .object(stored) : .null
        }
    }
}
