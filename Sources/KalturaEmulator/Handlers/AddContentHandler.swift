import KalturaCore

/// `addContent` for entries: attaches content to an entry in `NO_CONTENT` (7), which becomes
/// `READY` (2). An upload-token resource must name a token in `FULL_UPLOAD`, which is then
/// `CLOSED` (3).
struct AddContentHandler: ActionHandler {
    static let closedToken = 3

    func handle(_ call: ActionCall, in environment: EmulatorEnvironment) async throws(KalturaAPIError) -> KalturaValue {
        let model = environment.model
        let errors = environment.errors
        let access = try EntityAccess(call, model: model)
        let id = try access.requestedId()
        let resource = call.action.parameters.lazy.compactMap { call.parameters[$0.name]?.objectValue }.first
        let partnerId = try call.requirePartner(errors)
        let builder = ObjectBuilder(model: model, now: call.now, partnerId: partnerId, userId: call.userId)
        let tokenRoot = model.storageRoot(of: "KalturaUploadToken")
        return try await environment.store.withPartner(partnerId) { space, _ throws(KalturaAPIError) in
            let entry = try access.existing(id, in: space)
            guard let noContent = model.statusValue("NO_CONTENT", of: entry.objectType),
                  let ready = model.statusValue("READY", of: entry.objectType),
                  entry.kalturaFields["status"].map({ FilterValue.equal($0, noContent) }) == true else {
                throw errors.make("ENTRY_ALREADY_WITH_CONTENT")
            }
            guard let resource else { return .object(entry) }
            if let tokenId = resource.kalturaFields["token"]?.stringValue {
                guard let token = space.object(tokenId, in: tokenRoot) else {
                    throw errors.make(errors.catalogueLists("UPLOADED_FILE_NOT_FOUND_BY_TOKEN")
                                      ? "UPLOADED_FILE_NOT_FOUND_BY_TOKEN" : "UPLOAD_TOKEN_NOT_FOUND")
                }
                guard token.kalturaFields["status"]?.intValue == UploadHandler.fullUpload else {
                    throw errors.make("UPLOAD_TOKEN_INVALID_STATUS_FOR_ADD_ENTRY")
                }
                let closed = builder.updated(token, with: KalturaObject(objectType: token.objectType,
                                                                         fields: ["status": .int(Self.closedToken)]))
                space.store(closed, id: tokenId, in: tokenRoot)
            }
            let updated = builder.updated(entry, with: KalturaObject(objectType: entry.objectType, fields: ["status": ready]))
            space.store(updated, id: id, in: access.root)
            return .object(updated)
        }
    }
}
