import KalturaCore

/// `uploadToken.upload`: stores a chunk of the token's file.
///
/// Without `resume` the chunk starts the file afresh; with `resume` it is written at
/// `resumeAt` (or appended when `resumeAt` is -1). `finalChunk` moves the token to
/// `FULL_UPLOAD` (2), otherwise it is `PARTIAL_UPLOAD` (1); `uploadedFileSize` is the file's
/// size so far. A token whose declared `fileSize` the finished file does not match fails with
/// `UPLOAD_TOKEN_CANNOT_MATCH_EXPECTED_SIZE`.
struct UploadHandler: ActionHandler {
    static let partialUpload = 1
    static let fullUpload = 2
    /// The largest file a token may hold (1 GiB): a `resumeAt` past it is refused with
    /// `UPLOAD_ERROR` rather than padding memory with zeros.
    static let maximumFileSize = 1 << 30

    func handle(_ call: ActionCall, in environment: EmulatorEnvironment) async throws(KalturaAPIError) -> KalturaValue {
        let errors = environment.errors
        let access = try EntityAccess(call, model: environment.model)
        let id = try access.requestedId()
        guard let fileParameter = call.action.parameters.first(where: { $0.type == .primitive(.file) }),
              let file = call.files[fileParameter.name] else {
            throw errors.make("MISSING_MANDATORY_PARAMETER", "fileData")
        }
        let resume = call.parameters["resume"]?.boolValue ?? false
        let finalChunk = call.parameters["finalChunk"]?.boolValue ?? true
        let resumeAt = call.parameters["resumeAt"]?.intValue ?? -1
        let partnerId = try call.requirePartner(errors)
        let builder = ObjectBuilder(model: environment.model, now: call.now, partnerId: partnerId, userId: call.userId)
        return try await environment.store.withPartner(partnerId) { space, _ throws(KalturaAPIError) in
            guard let token = space.object(id, in: access.root) else { throw errors.make("UPLOAD_TOKEN_NOT_FOUND", id) }
            let status = token.kalturaFields["status"]?.intValue ?? 0
            guard status == 0 || status == Self.partialUpload else {
                throw errors.make("UPLOAD_TOKEN_INVALID_STATUS_FOR_UPLOAD")
            }
            guard resumeAt < Self.maximumFileSize - file.bytes.count else { throw errors.make("UPLOAD_ERROR") }
            var bytes = resume ? space.upload(id) ?? [] : []
            if resume, resumeAt >= 0 {
                if bytes.count < resumeAt { bytes.append(contentsOf: repeatElement(0, count: resumeAt - bytes.count)) }
                let end = resumeAt + file.bytes.count
                if bytes.count < end { bytes.append(contentsOf: repeatElement(0, count: end - bytes.count)) }
                bytes.replaceSubrange(resumeAt..<end, with: file.bytes)
            } else {
                bytes.append(contentsOf: file.bytes)
            }
            if finalChunk, let expected = token.kalturaFields["fileSize"]?.floatValue, expected > 0, Int(expected) != bytes.count {
                throw errors.make("UPLOAD_TOKEN_CANNOT_MATCH_EXPECTED_SIZE")
            }
            space.setUpload(bytes, for: id)
            var changes = KalturaObject(objectType: token.objectType, fields: [
                "status": .int(finalChunk ? Self.fullUpload : Self.partialUpload),
                "uploadedFileSize": .float(Double(bytes.count)),
            ])
            if token.kalturaFields["fileName"] == nil { changes.kalturaFields["fileName"] = .string(file.fileName) }
            let updated = builder.updated(token, with: changes)
            space.store(updated, id: id, in: access.root)
            return .object(updated)
        }
    }
}
