#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a schema file with one `open`, `fstat` and a few `read`s, checking the size before reading.
///
/// Foundation's file attributes would also look up the owner's account and group names, which costs
/// more than the rest of a small load; only the size and the kind of file are needed here.
enum SchemaFileReader {
    static func contents(ofFile path: String, maximumSize: Int) throws(SchemaLoadError) -> Data {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw .unreadableFile(path: path, reason: reason(errno)) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw .unreadableFile(path: path, reason: reason(errno)) }
        if (status.st_mode & S_IFMT) == S_IFDIR { throw .unreadableFile(path: path, reason: "it is a directory") }
        let declaredSize = Int(status.st_size)
        if declaredSize > maximumSize { throw .documentTooLarge(bytes: declaredSize, limit: maximumSize) }

        // Read to the end rather than trusting the size: files can change under us, and some
        // (pipes, /proc) report no size at all. The cap still holds.
        var data = Data(count: max(declaredSize, 1 << 16))
        var length = 0
        while true {
            if length == data.count {
                guard data.count < maximumSize + 1 else { break }
                data.count = min(data.count * 2, maximumSize + 1)
            }
            let count = data.withUnsafeMutableBytes { buffer in
                read(descriptor, buffer.baseAddress! + length, buffer.count - length)
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw .unreadableFile(path: path, reason: reason(errno))
            }
            if count == 0 { break }
            length += count
        }
        if length > maximumSize { throw .documentTooLarge(bytes: length, limit: maximumSize) }
        data.count = length
        return data
    }

    private static func reason(_ code: Int32) -> String {
        switch code {
        case ENOENT, ENOTDIR: "no such file"
        case EACCES, EPERM: "permission denied"
        case EISDIR: "it is a directory"
        default: String(cString: strerror(code))
        }
    }
}
