/// How far an upload is: the bytes the server has acknowledged out of the file's size.
///
/// Reports only grow, and the last one of a successful upload has `bytesSent == totalBytes`. A
/// resumed upload starts from the bytes the token already held.
public struct KalturaUploadProgress: Sendable, Hashable {
    /// Bytes acknowledged by the server so far.
    public var bytesSent: Int
    /// The file's size.
    public var totalBytes: Int

    /// Creates a progress report.
    public init(bytesSent: Int, totalBytes: Int) {
        self.bytesSent = bytesSent
        self.totalBytes = totalBytes
    }

    /// The share done, from 0 to 1 (1 for an empty file).
    public var fractionCompleted: Double {
        totalBytes == 0 ? 1 : Double(bytesSent) / Double(totalBytes)
    }
}
