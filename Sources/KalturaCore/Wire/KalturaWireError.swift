/// A failure to read bytes in one of the Kaltura wire formats.
///
/// Each case carries the byte offset where reading stopped and a short reason. The
/// description never quotes more than one byte of the input, so it is safe to log even
/// when the input is a large or sensitive response.
public enum KalturaWireError: Error, Sendable, Hashable {
    /// The bytes are not valid JSON.
    ///
    /// - Parameters:
    ///   - offset: The zero-based byte offset where the problem was found.
    ///   - reason: What was wrong there.
    case invalidJSON(offset: Int, reason: JSONReason)

    /// The byte offset where reading stopped.
    public var offset: Int {
        switch self {
        case .invalidJSON(let offset, _): return offset
        }
    }
}

extension KalturaWireError: CustomStringConvertible {
    /// A one-line explanation, such as `invalid JSON at byte 0: unexpected character '<'`.
    public var description: String {
        switch self {
        case .invalidJSON(let offset, let reason):
            return "invalid JSON at byte \(offset): \(reason)"
        }
    }
}
