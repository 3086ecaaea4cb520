import KalturaCore

/// `uploadToken.upload`: stores a chunk of the token's file, on disk (``UploadStorage``).
///
/// Without `resume` the chunk starts the file afresh. With `resume` it belongs at `resumeAt`
/// (the end when -1) and is taken as the server takes it: appended when it starts at or before
/// the end and makes the file longer, ignored when it adds nothing, and kept aside when it starts
/// past the end, to be appended once the bytes before it arrive — so chunks may come in any
/// order, as parallel uploads send them. More than ``maximumWaitingChunks`` waiting is
/// `MAX_ALLOWED_CHUNK_COUNT_EXCEEDED`.
///
/// `uploadedFileSize` is the number of bytes from offset 0 without a gap. `finalChunk`, or
/// reaching the declared `fileSize` with `autoFinalize`, moves the token to `FULL_UPLOAD` (2),
/// otherwise it is `PARTIAL_UPLOAD` (1). A final chunk that leaves a gap, or a file whose size
/// is not the declared `fileSize`, fails with `UPLOAD_TOKEN_CANNOT_MATCH_EXPECTED_SIZE`, and the
/// final chunk can be sent again once the missing chunks are in.
struct UploadHandler: ActionHandler {
    static let partialUpload = 1
    static let fullUpload = 2
    /// The largest file a token may hold (64 GiB): a chunk reaching past it is refused with
    /// `UPLOAD_ERROR`.
    static let maximumFileSize = 1 << 36
    /// How many chunks may wait for the bytes before them.
    static let maximumWaitingChunks = 64

    func handle(_ call: ActionCall, in environment: EmulatorEnvironment) async throws(KalturaAPIError) -> KalturaValue {
        let errors = environment.errors
        let storage = environment.uploads
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
            let size: Int
            let waiting: Int
            do {
                if let legacy = space.upload(id) {  // kept in the state database by earlier versions
                    try storage.replace(partnerId: partnerId, token: id, with: legacy)
                    space.setUpload(nil, for: id)
                }
                if resume {
                    let offset = resumeAt >= 0 ? resumeAt : storage.size(partnerId: partnerId, token: id)
                    if offset > storage.size(partnerId: partnerId, token: id),
                       try storage.waitingChunks(partnerId: partnerId, token: id).count >= Self.maximumWaitingChunks {
                        throw errors.make(errors.knows("MAX_ALLOWED_CHUNK_COUNT_EXCEEDED") ? "MAX_ALLOWED_CHUNK_COUNT_EXCEEDED" : "UPLOAD_ERROR")
                    }
                    size = try storage.write(file.bytes, at: offset, partnerId: partnerId, token: id)
                } else {
                    try storage.replace(partnerId: partnerId, token: id, with: file.bytes)
                    size = file.bytes.count
                }
                waiting = try storage.waitingChunks(partnerId: partnerId, token: id).count
            } catch let error as KalturaAPIError {
                throw error
            } catch {
                throw errors.make("UPLOAD_ERROR")
            }
            let expected = token.kalturaFields["fileSize"]?.floatValue.map { Int($0) } ?? 0
            let autoFinalize = token.kalturaFields["autoFinalize"]?.intValue == 1 || token.kalturaFields["autoFinalize"]?.boolValue == true
            let complete = finalChunk || (autoFinalize && expected > 0 && size >= expected)
            var changes = KalturaObject(objectType: token.objectType, fields: [
                "status": .int(Self.partialUpload),
                "uploadedFileSize": .float(Double(size)),
            ])
            if token.kalturaFields["fileName"] == nil { changes.kalturaFields["fileName"] = .string(file.fileName) }
            let mismatch = complete && (waiting > 0 || (expected > 0 && expected != size))
            if complete && !mismatch { changes.kalturaFields["status"] = .int(Self.fullUpload) }
            let updated = builder.updated(token, with: changes)
            space.store(updated, id: id, in: access.root)
            if mismatch { throw errors.make("UPLOAD_TOKEN_CANNOT_MATCH_EXPECTED_SIZE") }
            return .object(updated)
        }
    }
}
