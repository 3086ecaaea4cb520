import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Part of a file on disk, read only as it is sent: what a chunked upload hands the transport
/// instead of the chunk's bytes, so memory holds no chunk whole.
public struct KalturaFileRange: Sendable, Hashable {
    /// The file's path.
    public var path: String
    /// Where the range starts, in bytes from the start of the file.
    public var offset: Int
    /// How many bytes the range holds.
    public var count: Int

    /// The `count` bytes of the file at `path` from `offset`.
    public init(path: String, offset: Int, count: Int) {
        self.path = path
        self.offset = offset
        self.count = count
    }

    /// Reads the whole range into memory, for a transport that cannot stream.
    ///
    /// - Throws: ``KalturaFileError/unreadable(path:reason:)`` when the file cannot be opened or
    ///   read, or has become shorter than the range.
    public func read() throws(KalturaFileError) -> [UInt8] {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw .unreadable(path: path, reason: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        var bytes = [UInt8](repeating: 0, count: count)
        var filled = 0
        while filled < count {
            let result = bytes.withUnsafeMutableBytes { buffer in
                pread(descriptor, buffer.baseAddress! + filled, count - filled, off_t(offset + filled))
            }
            if result < 0, errno == EINTR { continue }
            if result < 0 { throw .unreadable(path: path, reason: String(cString: strerror(errno))) }
            if result == 0 { throw .unreadable(path: path, reason: Self.shorterReason(offset + filled)) }
            filled += result
        }
        return bytes
    }

    /// The reason given when the file ends at `size`, before the range does.
    public static func shorterReason(_ size: Int) -> String {
        "the file ends after \(size) bytes, before the range to send"
    }
}
