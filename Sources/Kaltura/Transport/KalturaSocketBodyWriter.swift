import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Sends a request's parts on a ``KalturaSocketConnection`` without waiting: bytes in memory as
/// they are, file ranges through one 256 KiB buffer refilled with `pread`, so a chunk of an
/// upload is never held whole.
struct KalturaSocketBodyWriter: ~Copyable {
    /// How much of a file is read ahead of the socket.
    static let bufferSize = 256 * 1024

    private let parts: [KalturaHTTPBodyPart]
    private var index = 0
    /// Bytes of the current part sent (for bytes) or read into the buffer (for a file).
    private var position = 0
    private var buffer: UnsafeMutableRawBufferPointer?
    private var buffered = 0..<0
    private var file: (path: String, descriptor: Int32)?

    init(parts: [KalturaHTTPBodyPart]) {
        self.parts = parts
        skipEmptyParts()
    }

    deinit {
        buffer?.deallocate()
        if let file { close(file.descriptor) }
    }

    /// Whether every byte has been sent.
    var isFinished: Bool { index == parts.count }

    /// Sends what the socket takes now; returns whether any byte moved.
    mutating func send(on connection: KalturaSocketConnection) throws(KalturaSocketConnection.Failure) -> Bool {
        var moved = false
        while !isFinished {
            let sent: Int
            switch parts[index] {
            case .bytes(let bytes):
                let progress = try bytes.withUnsafeBytes { all in
                    Result { () throws(KalturaSocketConnection.Failure) in
                        try connection.send(UnsafeRawBufferPointer(rebasing: all[position...]))
                    }
                }.get()
                guard case .moved(let count) = progress else { return moved }
                sent = count
                position += count
                if position == bytes.count { nextPart() }
            case .file(let range):
                if buffered.isEmpty { try refill(from: range) }
                let pending = UnsafeRawBufferPointer(rebasing: buffer![buffered])
                guard case .moved(let count) = try connection.send(pending) else { return moved }
                sent = count
                buffered = (buffered.lowerBound + count)..<buffered.upperBound
                if buffered.isEmpty, position == range.count { nextPart() }
            }
            if sent == 0 { return moved }
            moved = true
        }
        return moved
    }

    private mutating func refill(from range: KalturaFileRange) throws(KalturaSocketConnection.Failure) {
        let storage = buffer ?? UnsafeMutableRawBufferPointer.allocate(byteCount: Self.bufferSize, alignment: 16)
        buffer = storage
        if file?.path != range.path {
            if let file { close(file.descriptor) }
            file = nil
            let descriptor = open(range.path, O_RDONLY)
            guard descriptor >= 0 else { throw .failed("cannot read \(range.path): \(String(cString: strerror(errno)))") }
            file = (range.path, descriptor)
        }
        let wanted = min(Self.bufferSize, range.count - position)
        while true {
            let count = pread(file!.descriptor, storage.baseAddress, wanted, off_t(range.offset + position))
            if count < 0, errno == EINTR { continue }
            if count < 0 { throw .failed("cannot read \(range.path): \(String(cString: strerror(errno)))") }
            if count == 0 {
                throw .failed("cannot read \(range.path): \(KalturaFileRange.shorterReason(range.offset + position))")
            }
            buffered = 0..<count
            position += count
            return
        }
    }

    private mutating func nextPart() {
        index += 1
        position = 0
        buffered = 0..<0
        skipEmptyParts()
    }

    private mutating func skipEmptyParts() {
        while index < parts.count, parts[index].count == 0 { index += 1 }
    }
}
