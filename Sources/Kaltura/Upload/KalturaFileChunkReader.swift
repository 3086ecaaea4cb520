import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads byte ranges of a file on demand with `pread`, so concurrent chunks never share a file
/// position and the file is never held in memory whole.
final class KalturaFileChunkReader: Sendable {
    /// The file's path.
    let path: String
    /// The file's size when it was opened.
    let size: Int
    private let descriptor: Int32

    /// Opens `url` for reading.
    ///
    /// - Throws: ``KalturaUploadError/unreadableFile(path:reason:)``.
    init(url: URL) throws(KalturaUploadError) {
        path = url.path
        descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw .unreadableFile(path: path, reason: String(cString: strerror(errno))) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            let reason = String(cString: strerror(errno))
            close(descriptor)
            throw .unreadableFile(path: path, reason: reason)
        }
        guard (status.st_mode & S_IFMT) == S_IFREG else {
            close(descriptor)
            throw .unreadableFile(path: path, reason: "not a regular file")
        }
        size = Int(status.st_size)
    }

    deinit {
        close(descriptor)
    }

    /// The bytes from `offset`, `count` of them.
    ///
    /// - Throws: ``KalturaUploadError/unreadableFile(path:reason:)`` on a read error, or
    ///   ``KalturaUploadError/sizeMismatch(path:expected:actual:)`` when the file became shorter.
    func read(offset: Int, count: Int) throws(KalturaUploadError) -> Data {
        var data = Data(count: count)
        var filled = 0
        let failure: String? = data.withUnsafeMutableBytes { buffer -> String? in
            while filled < count {
                let result = pread(descriptor, buffer.baseAddress! + filled, count - filled, off_t(offset + filled))
                if result < 0 {
                    if errno == EINTR { continue }
                    return String(cString: strerror(errno))
                }
                if result == 0 { return nil }
                filled += result
            }
            return nil
        }
        if let failure { throw .unreadableFile(path: path, reason: failure) }
        guard filled == count else { throw .sizeMismatch(path: path, expected: size, actual: offset + filled) }
        return data
    }
}
