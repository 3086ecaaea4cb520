import KalturaCore

/// `getByIds`-style actions: the stored objects whose ids a comma-separated parameter names,
/// in that order; unknown ids are skipped.
struct GetByIdsHandler: ActionHandler {
    func handle(_ call: ActionCall, in environment: EmulatorEnvironment) async throws(KalturaAPIError) -> KalturaValue {
        let access = try EntityAccess(call, model: environment.model)
        let ids = FilterValue.list(.string(try access.requestedId()))
        let partnerId = try call.requirePartner(environment.errors)
        return try await environment.store.withPartner(partnerId, mutating: false) { space, _ throws(KalturaAPIError) in
            .array(ids.compactMap { id in
                space.object(id, in: access.root).flatMap { access.isVisible($0) ? .object($0) : nil }
            })
        }
    }
}
