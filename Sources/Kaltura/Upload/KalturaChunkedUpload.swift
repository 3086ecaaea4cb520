import Foundation

/// The sending part of ``KalturaClient/upload(file:options:resumingToken:onTokenCreated:progress:)``:
/// chunks read on demand, sent in order or in parallel, each tried again on transport failures.
struct KalturaChunkedUpload: Sendable {
    static let partialUpload = 1
    static let fullUpload = 2

    let client: KalturaClient
    let reader: KalturaUploadFile
    let options: KalturaUploadOptions
    let fileName: String

    /// The token's `uploadedFileSize` as an integer.
    static func uploadedSize(of token: KalturaObject) -> Int? {
        token["uploadedFileSize"].flatMap { $0.floatValue ?? $0.intValue.map(Double.init) }.map { Int($0) }
    }

    /// Sends the file from `start` to the end, then closes the token; returns the last reply.
    /// A cancelled task ends with `CancellationError`, whatever a chunk in flight failed with.
    func send(token: String, from start: Int, progress: @Sendable (KalturaUploadProgress) -> Void) async throws -> KalturaObject {
        do {
            return try await sendChunks(token: token, from: start, progress: progress)
        } catch where Task.isCancelled && !(error is CancellationError) {
            throw CancellationError()
        }
    }

    private func sendChunks(token: String, from start: Int, progress: @Sendable (KalturaUploadProgress) -> Void)
        async throws -> KalturaObject
    {
        let size = reader.size
        let chunkSize = options.chunkSize
        var offset = start
        if offset == 0 || options.parallelChunks == 1 {
            // The first chunk creates the file (resume false); one at a time, each next offset is
            // the server's uploadedFileSize.
            repeat {
                try Task.checkCancellation()
                let count = min(chunkSize, size - offset)
                let isLast = offset + count >= size
                let sequential = options.parallelChunks == 1
                let reply = try await chunk(token: token, offset: offset, count: count, resume: offset > 0,
                                            finalChunk: isLast && sequential)
                guard let uploaded = Self.uploadedSize(of: reply) else {
                    throw KalturaUploadError.incompleteReply(action: "uploadToken.upload", missing: "uploadedFileSize")
                }
                offset = max(offset + count, min(uploaded, size))
                progress(KalturaUploadProgress(bytesSent: offset, totalBytes: size))
                if isLast && sequential { return reply }
            } while options.parallelChunks == 1 && offset < size
        }
        var sent = offset
        if offset < size {
            let offsets = Array(stride(from: offset, to: size, by: chunkSize))
            try await withThrowingTaskGroup(of: Int.self) { group in
                var next = offsets.makeIterator()
                func addNext() {
                    guard let chunkOffset = next.next() else { return }
                    let count = min(chunkSize, size - chunkOffset)
                    group.addTask {
                        _ = try await chunk(token: token, offset: chunkOffset, count: count, resume: true, finalChunk: false)
                        return count
                    }
                }
                for _ in 0..<options.parallelChunks { addNext() }
                while let count = try await group.next() {
                    sent += count
                    progress(KalturaUploadProgress(bytesSent: sent, totalBytes: size))
                    addNext()
                }
            }
        }
        // Every chunk is acknowledged, so the server has appended them all; the empty final chunk
        // closes the token (tried again while the server still reports a gap).
        return try await chunk(token: token, offset: size, count: 0, resume: size > 0 || start > 0, finalChunk: true,
                               retryingCodes: ["UPLOAD_TOKEN_CANNOT_MATCH_EXPECTED_SIZE"])
    }

    /// Sends one chunk, trying it again after transport failures (and the given API error codes)
    /// with doubling waits.
    func chunk(token: String, offset: Int, count: Int, resume: Bool, finalChunk: Bool,
               retryingCodes: Set<String> = []) async throws -> KalturaObject {
        var delay = options.initialRetryDelay
        var attempt = 1
        while true {
            try Task.checkCancellation()
            do {
                // The chunk is named, not read: the transport reads it from disk as it sends it.
                try reader.checkSize(covering: offset + count)
                let chunk = KalturaFile(range: KalturaFileRange(path: reader.path, offset: offset, count: count),
                                        fileName: fileName, mimeType: options.mimeType)
                let call = KalturaCall("uploadToken.upload", parameters: [
                    "uploadTokenId": .string(token), "resume": .bool(resume), "finalChunk": .bool(finalChunk),
                    "resumeAt": .float(Double(offset)),
                ], files: ["fileData": chunk])!
                return try await object(call, action: "uploadToken.upload")
            } catch let error as KalturaClientError where attempt < options.maximumAttempts && Self.isTransient(error) {
                attempt += 1
            } catch let error as KalturaAPIError where attempt < options.maximumAttempts && retryingCodes.contains(error.code) {
                attempt += 1
            }
            try await Task.sleep(for: delay)
            delay *= 2
        }
    }

    /// Performs a call whose result is an object.
    func object(_ call: KalturaCall, action: String) async throws -> KalturaObject {
        guard let object = try await client.call(call).objectValue else {
            throw KalturaUploadError.incompleteReply(action: action, missing: "object")
        }
        return object
    }

    static func isTransient(_ error: KalturaClientError) -> Bool {
        [.transportFailed, .timedOut, .unexpectedResponse].contains(error.code)
    }
}
