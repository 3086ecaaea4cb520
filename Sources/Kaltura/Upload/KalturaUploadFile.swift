import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The file an upload sends, opened once: its size when the upload starts, and a check before
/// each chunk that it has not become shorter. Chunks themselves are named as
/// ``KalturaFileRange``s and read by the transport as it sends them, so the file is never held in
/// memory whole, nor a chunk by a streaming transport.
final class KalturaUploadFile: Sendable {
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

    /// Checks that the file still holds at least `end` bytes.
    ///
    /// - Throws: ``KalturaUploadError/unreadableFile(path:reason:)`` when it cannot be checked, or
    ///   ``KalturaUploadError/sizeMismatch(path:expected:actual:)`` when the file became shorter.
    func checkSize(covering end: Int) throws(KalturaUploadError) {
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            throw .unreadableFile(path: path, reason: String(cString: strerror(errno)))
        }
        if Int(status.st_size) < end { throw .sizeMismatch(path: path, expected: size, actual: Int(status.st_size)) }
    }
}
