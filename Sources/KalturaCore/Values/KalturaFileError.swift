/// Why a ``KalturaFile`` could not be read from disk.
public enum KalturaFileError: Error, Sendable, Hashable {
    /// The URL is not a `file:` URL.
    case notAFileURL(url: String)
    /// Nothing exists at the path.
    case notFound(path: String)
    /// The path names a directory.
    case isDirectory(path: String)
    /// The file exists but could not be read.
    ///
    /// - Parameters:
    ///   - path: The file's path.
    ///   - reason: The system's explanation, such as `permission denied`.
    case unreadable(path: String, reason: String)
}

extension KalturaFileError: CustomStringConvertible {
    public var description: String {
        switch self {
        case .notAFileURL(let url):
            return "cannot read \(url): only file URLs can be read"
        case .notFound(let path):
            return "cannot read \(path): no such file"
        case .isDirectory(let path):
            return "cannot read \(path): it is a directory"
        case .unreadable(let path, let reason):
            return "cannot read \(path): \(reason)"
        }
    }
}
