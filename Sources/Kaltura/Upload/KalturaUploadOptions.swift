/// How ``KalturaClient/upload(file:options:resumingToken:onTokenCreated:progress:)`` sends a
/// file: the size of each chunk, how many chunks travel at once, and how often a failed chunk is
/// tried again.
///
/// Memory stays bounded by about `chunkSize × parallelChunks` (each chunk is read from disk only
/// when it is sent), whatever the size of the file.
public struct KalturaUploadOptions: Sendable, Hashable {
    /// The chunk size used when none is given (5,000,000 bytes, as the official TypeScript client).
    public static let defaultChunkSize = 5_000_000
    /// The smallest chunk sent; a smaller ``chunkSize`` is raised to it.
    public static let minimumChunkSize = 100_000

    /// The bytes per chunk (at least ``minimumChunkSize``).
    public var chunkSize: Int
    /// How many chunks are sent at once (at least 1; 1 sends them one after another).
    public var parallelChunks: Int
    /// How many times one chunk is tried before the upload fails (at least 1).
    public var maximumAttempts: Int
    /// The wait before the second try of a chunk; it doubles before each later try.
    public var initialRetryDelay: Duration
    /// The file name the token records; the file's own name when `nil`.
    public var fileName: String?
    /// The MIME type sent with each chunk.
    public var mimeType: String

    /// Creates upload options.
    ///
    /// - Parameters:
    ///   - chunkSize: Bytes per chunk; raised to ``minimumChunkSize`` when smaller.
    ///   - parallelChunks: Chunks in flight at once; 4 by default.
    ///   - maximumAttempts: Tries per chunk; 4 by default (waits of 0.5, 1 and 2 seconds between).
    ///   - initialRetryDelay: The first wait between tries.
    ///   - fileName: The name the token records; the file's own name when `nil`.
    ///   - mimeType: The MIME type of the chunks.
    public init(chunkSize: Int = KalturaUploadOptions.defaultChunkSize, parallelChunks: Int = 4, maximumAttempts: Int = 4,
                initialRetryDelay: Duration = .milliseconds(500), fileName: String? = nil,
                mimeType: String = KalturaFile.defaultMIMEType) {
        self.chunkSize = max(chunkSize, Self.minimumChunkSize)
        self.parallelChunks = max(parallelChunks, 1)
        self.maximumAttempts = max(maximumAttempts, 1)
        self.initialRetryDelay = initialRetryDelay
        self.fileName = fileName
        self.mimeType = mimeType
    }
}
