import Foundation
import OrderedCollections

extension KalturaClient {
    /// Uploads a file of any size in chunks to a new upload token, or to `resumingToken`, and
    /// returns the token once it holds the whole file (`status` `FULL_UPLOAD`), ready for
    /// `media.addContent` or `media.addFromUploadedFile`.
    ///
    /// ```swift
    /// let token = try await client.upload(file: movieURL) { id in print("upload token: \(id)") } progress: { progress in
    ///     print(progress.bytesSent, "of", progress.totalBytes)
    /// }
    /// // after a crash, with the id printed above:
    /// let same = try await client.upload(file: movieURL, resumingToken: id)
    /// ```
    ///
    /// It adds the token (`uploadToken.add` with the file's name and size) unless resuming, then
    /// sends chunks with `uploadToken.upload`, each read from disk only when it is sent: the first
    /// alone (`resume` false), the others up to ``KalturaUploadOptions/parallelChunks`` at a time
    /// (`resume` true, `resumeAt` their offset, in any order, as the server appends them by
    /// position), then an empty final chunk (`finalChunk` true). With one chunk at a time each
    /// chunk starts at the `uploadedFileSize` the previous reply gave and the last one is final.
    /// Resuming reads the token (`uploadToken.get`) and goes on from its `uploadedFileSize`.
    ///
    /// Each chunk goes through ``call(_:)``, so validation, the session and redaction apply. A
    /// chunk that fails in transport (``KalturaClientError``) is tried again after 0.5, 1, 2 s
    /// (see ``KalturaUploadOptions``); the server's errors and a cancelled task stop the upload at
    /// once, and chunks still in flight are cancelled. The token stays, and the upload can be
    /// resumed with its id.
    ///
    /// - Parameters:
    ///   - file: A `file:` URL.
    ///   - options: Chunk size, parallel chunks, tries per chunk, file name and MIME type.
    ///   - resumingToken: The id of a token a former upload of this file left unfinished.
    ///   - onTokenCreated: Called once with the token's id, as soon as it exists (before any
    ///     chunk), so the caller can note it for resuming.
    ///   - progress: Called after each acknowledged chunk with the bytes sent out of the total,
    ///     from one task at a time, growing, ending at the total.
    /// - Returns: The upload token as the last reply gave it.
    /// - Throws: ``KalturaUploadError`` for an unreadable file or a token that cannot be resumed,
    ///   ``KalturaAPIError`` and ``KalturaClientError`` as a call throws them, `CancellationError`.
    public func upload(
        file: URL,
        options: KalturaUploadOptions = KalturaUploadOptions(),
        resumingToken: String? = nil,
        onTokenCreated: @Sendable (String) -> Void = { _ in },
        progress: @Sendable (KalturaUploadProgress) -> Void = { _ in }
    ) async throws -> KalturaObject {
        let reader = try KalturaUploadFile(url: file)
        let size = reader.size
        let fileName = options.fileName ?? file.lastPathComponent
        // The upload retries each chunk itself (KalturaUploadOptions), so its calls do not also go
        // through the client's retry policy: one layer of retries, not tries × attempts requests.
        let calls = overriding { $0.retryPolicy = .never }
        let upload = KalturaChunkedUpload(client: calls, reader: reader, options: options, fileName: fileName)
        let tokenId: String
        var start = 0
        if let resumingToken {
            let token = try await upload.object(KalturaCall("uploadToken.get", parameters: ["uploadTokenId": .string(resumingToken)])!,
                                                action: "uploadToken.get")
            let status = token["status"]?.intValue ?? 0
            let declared = token["fileSize"]?.floatValue.map { Int($0) } ?? 0
            if declared > 0, declared != size {
                throw KalturaUploadError.sizeMismatch(path: reader.path, expected: declared, actual: size)
            }
            tokenId = resumingToken
            onTokenCreated(tokenId)
            if status == KalturaChunkedUpload.fullUpload, KalturaChunkedUpload.uploadedSize(of: token) == size {
                progress(KalturaUploadProgress(bytesSent: size, totalBytes: size))
                return token
            }
            guard status == 0 || status == KalturaChunkedUpload.partialUpload else {
                throw KalturaUploadError.tokenNotResumable(id: resumingToken, status: status)
            }
            start = min(KalturaChunkedUpload.uploadedSize(of: token) ?? 0, size)
        } else {
            let token = try await upload.object(KalturaCall("uploadToken.add", parameters: [
                "uploadToken": .object(KalturaObject(objectType: "KalturaUploadToken",
                                                     fields: ["fileName": .string(fileName), "fileSize": .float(Double(size))])),
            ])!, action: "uploadToken.add")
            guard let id = token["id"]?.stringValue else {
                throw KalturaUploadError.incompleteReply(action: "uploadToken.add", missing: "id")
            }
            tokenId = id
            onTokenCreated(tokenId)
        }
        progress(KalturaUploadProgress(bytesSent: start, totalBytes: size))
        return try await upload.send(token: tokenId, from: start, progress: progress)
    }
}
