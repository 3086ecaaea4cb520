import KalturaCore

/// `get` for any service: the stored object with the requested id.
struct GetHandler: ActionHandler {
    func handle(_ call: ActionCall, in environment: EmulatorEnvironment) async throws(KalturaAPIError) -> KalturaValue {
        let access = try EntityAccess(call, model: environment.model)
        let id = try access.requestedId()
        let partnerId = try call.requirePartner(environment.errors)
        return try await environment.store.withPartner(partnerId, mutating: false) { space, _ throws(KalturaAPIError) in
            .object(try access.existing(id, in: space))
        }
    }
}
