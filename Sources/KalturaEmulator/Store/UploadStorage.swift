import Foundation

/// The bytes of uploads, kept on disk rather than in memory: one file per upload token holding
/// the bytes received so far from offset 0 without a gap, plus one file per chunk that arrived
/// ahead of them (its `resumeAt` past the end) and waits to be appended.
///
/// Layout: `DIRECTORY/PARTNER/TOKEN` and `DIRECTORY/PARTNER/TOKEN.chunk.OFFSET`, the token id
/// percent-encoded outside `A–Z a–z 0–9 _ -`. The directory is `--data DIR/uploads`, or a
/// temporary folder that is removed when the emulator is released.
///
/// It is not synchronized: callers work on a token inside ``ObjectStore/withPartner(_:mutating:_:)``,
/// which runs one partner's calls one at a time.
final class UploadStorage: Sendable {
    /// A chunk waiting for the bytes before it.
    struct WaitingChunk: Sendable, Equatable {
        /// Where the chunk starts in the file.
        let offset: Int
        /// How many bytes it holds.
        let length: Int
        /// The file holding it.
        let url: URL
    }

    /// The folder holding every partner's uploads.
    let directory: URL
    private let removesDirectory: Bool

    /// Storage in `directory`, created when missing; kept when the emulator is released.
    init(directory: URL) {
        self.directory = directory
        removesDirectory = false
    }

    /// Storage in a new temporary folder, removed when this value is released.
    init() {
        directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("kaltura-emulator-uploads-\(UUID().uuidString)", isDirectory: true)
        removesDirectory = true
    }

    deinit {
        if removesDirectory { try? FileManager.default.removeItem(at: directory) }
    }

    /// The file holding the token's contiguous bytes (it may not exist yet).
    func fileURL(partnerId: Int, token: String) -> URL {
        directory.appendingPathComponent(String(partnerId), isDirectory: true)
            .appendingPathComponent(Self.encoded(token), isDirectory: false)
    }

    /// How many bytes from offset 0 the token holds.
    func size(partnerId: Int, token: String) -> Int {
        let attributes = try? FileManager.default.attributesOfItem(atPath: fileURL(partnerId: partnerId, token: token).path)
        return (attributes?[.size] as? NSNumber)?.intValue ?? 0
    }

    /// Starts the token's file afresh with `bytes`, dropping any waiting chunk.
    func replace(partnerId: Int, token: String, with bytes: [UInt8]) throws {
        for chunk in try waitingChunks(partnerId: partnerId, token: token) {
            try FileManager.default.removeItem(at: chunk.url)
        }
        let url = try preparedURL(partnerId: partnerId, token: token)
        try Data(bytes).write(to: url)
    }

    /// Writes a chunk starting at `offset` as the server does: appended when it starts at or before
    /// the end and makes the file longer (the part past the end is written), ignored when it adds
    /// nothing, kept aside when it starts past the end. Waiting chunks that now fit are appended.
    ///
    /// - Returns: The number of bytes from offset 0 afterwards.
    @discardableResult
    func write(_ bytes: [UInt8], at offset: Int, partnerId: Int, token: String) throws -> Int {
        let url = try preparedURL(partnerId: partnerId, token: token)
        let size = self.size(partnerId: partnerId, token: token)
        if offset > size {
            guard !bytes.isEmpty else { return size }
            let waiting = url.deletingLastPathComponent()
                .appendingPathComponent("\(url.lastPathComponent).chunk.\(offset)", isDirectory: false)
            let existing = (try? FileManager.default.attributesOfItem(atPath: waiting.path)[.size] as? NSNumber)?.intValue ?? 0
            if bytes.count > existing { try Data(bytes).write(to: waiting) }
            return size
        }
        var end = try append(bytes.dropFirst(size - offset), to: url, at: size)
        var merged = true
        while merged {
            merged = false
            for chunk in try waitingChunks(partnerId: partnerId, token: token) where chunk.offset <= end {
                if chunk.offset + chunk.length > end {
                    let data = try Data(contentsOf: chunk.url)
                    end = try append(data.dropFirst(end - chunk.offset), to: url, at: end)
                    merged = true
                }
                try FileManager.default.removeItem(at: chunk.url)
            }
        }
        return end
    }

    /// The chunks of the token waiting for the bytes before them, by offset.
    func waitingChunks(partnerId: Int, token: String) throws -> [WaitingChunk] {
        let folder = directory.appendingPathComponent(String(partnerId), isDirectory: true)
        let prefix = Self.encoded(token) + ".chunk."
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return [] }
        return try names.compactMap { name -> WaitingChunk? in
            guard name.hasPrefix(prefix), let offset = Int(name.dropFirst(prefix.count)) else { return nil }
            let url = folder.appendingPathComponent(name, isDirectory: false)
            let length = (try FileManager.default.attributesOfItem(atPath: url.path)[.size] as? NSNumber)?.intValue ?? 0
            return WaitingChunk(offset: offset, length: length, url: url)
        }.sorted { $0.offset < $1.offset }
    }

    private func preparedURL(partnerId: Int, token: String) throws -> URL {
        let url = fileURL(partnerId: partnerId, token: token)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        if !FileManager.default.fileExists(atPath: url.path) {
            guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path])
            }
        }
        return url
    }

    private func append<Bytes: Collection<UInt8>>(_ bytes: Bytes, to url: URL, at end: Int) throws -> Int {
        guard !bytes.isEmpty else { return end }
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        try handle.seek(toOffset: UInt64(end))
        try handle.write(contentsOf: Data(bytes))
        return end + bytes.count
    }

    private static func encoded(_ token: String) -> String {
        var name = ""
        for byte in token.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "-"):
                name.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                name += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return name
    }
}

private extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
