/// A piece of a request body: bytes in memory, or a range of a file that a streaming transport
/// reads as it sends it.
public enum KalturaHTTPBodyPart: Sendable, Hashable {
    /// Bytes held in memory.
    case bytes([UInt8])
    /// A range of a file on disk.
    case file(KalturaFileRange)

    /// How many bytes the part adds to the body.
    public var count: Int {
        switch self {
        case .bytes(let bytes): bytes.count
        case .file(let range): range.count
        }
    }
}
