/// Why a chunked upload could not go on, apart from the server's own errors
/// (``KalturaAPIError``) and the transport's (``KalturaClientError``), which are thrown as they are.
public enum KalturaUploadError: Error, Sendable, Hashable {
    /// The file cannot be opened or read.
    case unreadableFile(path: String, reason: String)
    /// The file changed size while it was uploaded, or is not the size the resumed token expects.
    case sizeMismatch(path: String, expected: Int, actual: Int)
    /// The token to resume is complete or closed, so nothing more can be sent to it.
    case tokenNotResumable(id: String, status: Int)
    /// A reply lacks what the protocol promises (the token id, or `uploadedFileSize`).
    case incompleteReply(action: String, missing: String)
}

extension KalturaUploadError: CustomStringConvertible {
    /// What went wrong, in one sentence.
    public var description: String {
        switch self {
        case let .unreadableFile(path, reason):
            "cannot read \(path): \(reason)"
        case let .sizeMismatch(path, expected, actual):
            "\(path) is \(actual) bytes but the upload token expects \(expected)"
        case let .tokenNotResumable(id, status):
            "upload token \(id) cannot take more bytes (status \(status))"
        case let .incompleteReply(action, missing):
            "the reply to \(action) has no \(missing)"
        }
    }
}
