import Foundation
import Kaltura
import KalturaEmulator
import KalturaSchema
import Synchronization
import Testing

/// `client.upload(file:…)` against the emulator over a real socket: big files arrive intact,
/// interrupted uploads resume by token id, chunks are retried, progress grows to the total.
@Suite("Chunked uploads")
struct UploadTests {
    static let partner = EmulatorPartner(id: 101, adminSecret: "upload-admin-secret")
    /// The size of the large upload: a few hundred MB, which takes seconds even in debug builds.
    static let largeFileSize = 300_000_000

    /// A file of `size` bytes whose every 4 KiB block differs (its index written in), so a chunk
    /// stored at the wrong offset shows.
    static func patternFile(size: Int) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("kaltura-upload-\(UUID().uuidString).bin")
        #expect(FileManager.default.createFile(atPath: url.path, contents: nil))
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        let blockSize = 1 << 20
        var block = [UInt8](repeating: 0, count: blockSize)
        var offset = 0
        while offset < size {
            for page in stride(from: 0, to: blockSize, by: 4096) {
                var index = UInt64(offset + page)
                withUnsafeBytes(of: &index) { block.replaceSubrange(page..<page + 8, with: $0) }
                block[page + 8] = UInt8(truncatingIfNeeded: (offset + page) / 4096 &* 31)
            }
            let count = min(blockSize, size - offset)
            try handle.write(contentsOf: block[0..<count])
            offset += count
        }
        return url
    }

    /// Whether two files hold the same bytes, compared 1 MiB at a time.
    static func sameBytes(_ first: URL, _ second: URL) throws -> Bool {
        let a = try FileHandle(forReadingFrom: first)
        let b = try FileHandle(forReadingFrom: second)
        defer { try? a.close(); try? b.close() }
        while true {
            let left = try a.read(upToCount: 1 << 20) ?? Data()
            let right = try b.read(upToCount: 1 << 20) ?? Data()
            guard left == right else { return false }
            if left.isEmpty { return true }
        }
    }

    /// A client of the emulator at `port` (demo schema, admin KS), with an optional transport.
    static func client(port: Int, transport: (any KalturaTransport)? = nil) throws -> KalturaClient {
        var http = KalturaClient.Configuration.HTTP()
        if let transport { http.transport = transport }
        let client = KalturaClient(configuration: .init(partnerId: partner.id, serviceURL: URL(string: "http://127.0.0.1:\(port)")!,
                                                        schemaSource: .demo, http: http),
                                   schema: Schema.demo())
        client.ks = try client.generateSession(adminSecret: partner.adminSecret, type: .admin)
        return client
    }

    /// Runs `body` with an emulator listening on a socket, stopping it afterwards.
    static func withEmulator(_ body: (KalturaEmulator, Int) async throws -> Void) async throws {
        let emulator = try KalturaEmulator(configuration: .init(partners: [partner]))
        let running = try await emulator.start()
        do {
            try await body(emulator, running.port)
        } catch {
            await running.stop()
            throw error
        }
        await running.stop()
    }

    @Test("300 MB in 5 MB chunks, 4 at a time: the server's file has the same bytes; progress grows to the total")
    func largeFileArrivesIntact() async throws {
        let file = try Self.patternFile(size: Self.largeFileSize)
        defer { try? FileManager.default.removeItem(at: file) }
        try await Self.withEmulator { emulator, port in
            let client = try Self.client(port: port)
            let reports = Mutex<[KalturaUploadProgress]>([])
            let announced = Mutex<[String]>([])
            let token = try await client.upload(file: file, options: KalturaUploadOptions(parallelChunks: 4),
                                                onTokenCreated: { id in announced.withLock { $0.append(id) } },
                                                progress: { report in reports.withLock { $0.append(report) } })
            #expect(token["status"] == 2)  // FULL_UPLOAD
            #expect(token["uploadedFileSize"]?.floatValue == Double(Self.largeFileSize))
            #expect(token["fileName"]?.stringValue == file.lastPathComponent)
            let id = try #require(token["id"]?.stringValue)
            #expect(announced.withLock { $0 } == [id])
            let stored = try #require(emulator.uploadedFileURL(uploadTokenId: id, partnerId: Self.partner.id))
            #expect(try Self.sameBytes(stored, file))
            let sent = reports.withLock { $0.map(\.bytesSent) }
            #expect(sent.first == 0)
            #expect(sent.last == Self.largeFileSize)
            #expect(zip(sent, sent.dropFirst()).allSatisfy { $0 < $1 })
            #expect(sent.count == 1 + Self.largeFileSize / KalturaUploadOptions.defaultChunkSize)
            #expect(reports.withLock { $0.allSatisfy { $0.totalBytes == Self.largeFileSize } })
        }
    }

    @Test("cancelled after some chunks, the upload resumes by token id from a new client and the bytes match")
    func interruptedUploadResumes() async throws {
        let size = 20_000_000
        let file = try Self.patternFile(size: size)
        defer { try? FileManager.default.removeItem(at: file) }
        try await Self.withEmulator { emulator, port in
            let options = KalturaUploadOptions(chunkSize: 1_000_000, parallelChunks: 2)
            let tokenId = Mutex<String?>(nil)
            let first = try Self.client(port: port)
            let interrupted = Task {
                try await first.upload(file: file, options: options, onTokenCreated: { id in tokenId.withLock { $0 = id } },
                                       progress: { report in
                                           if report.bytesSent >= 5_000_000 { withUnsafeCurrentTask { $0?.cancel() } }
                                       })
            }
            let outcome = await interrupted.result
            #expect(throws: CancellationError.self) { try outcome.get() }
            let id = try #require(tokenId.withLock { $0 })
            let second = try Self.client(port: port)
            let halfway: KalturaObject = try await second.uploadToken.get(uploadTokenId: id)
            #expect(halfway["status"] == 1)  // PARTIAL_UPLOAD
            let already = try #require(halfway["uploadedFileSize"]?.floatValue.map { Int($0) })
            #expect(already >= 5_000_000 && already < size)

            let reports = Mutex<[Int]>([])
            let token = try await second.upload(file: file, options: options, resumingToken: id,
                                                progress: { report in reports.withLock { $0.append(report.bytesSent) } })
            #expect(token["status"] == 2)
            #expect(reports.withLock { $0.first } == already)
            #expect(reports.withLock { $0.last } == size)
            let stored = try #require(emulator.uploadedFileURL(uploadTokenId: id, partnerId: Self.partner.id))
            #expect(try Self.sameBytes(stored, file))

            // A finished token is returned as it is; a closed one cannot be resumed.
            #expect(try await second.upload(file: file, resumingToken: id)["status"] == 2)
            let entry: KalturaObject = try await second.media.add(entry: ["name": "uploaded", "mediaType": "VIDEO"])
            let entryId = try #require(entry["id"]?.stringValue)
            _ = try await second.media.addContent(entryId: .string(entryId),
                                                  resource: ["objectType": "KalturaUploadedFileTokenResource", "token": .string(id)])
            let closed = await #expect(throws: KalturaUploadError.self) { try await second.upload(file: file, resumingToken: id) }
            #expect(closed?.description == "upload token \(id) cannot take more bytes (status 3)")
        }
    }

    @Test("one chunk at a time, each starting at the uploadedFileSize of the reply before; the last one is final")
    func sequentialChunks() async throws {
        let size = 1_050_000
        let file = try Self.patternFile(size: size)
        defer { try? FileManager.default.removeItem(at: file) }
        try await Self.withEmulator { emulator, port in
            let reports = Mutex<[Int]>([])
            let token = try await Self.client(port: port).upload(
                file: file, options: KalturaUploadOptions(chunkSize: 10, parallelChunks: 1),  // raised to 100,000
                progress: { report in reports.withLock { $0.append(report.bytesSent) } })
            #expect(token["status"] == 2)
            #expect(reports.withLock { $0 } == [0] + Array(stride(from: 100_000, to: size, by: 100_000)) + [size])
            let id = try #require(token["id"]?.stringValue)
            let stored = try #require(emulator.uploadedFileURL(uploadTokenId: id, partnerId: Self.partner.id))
            #expect(try Self.sameBytes(stored, file))
        }
    }

    @Test("a chunk lost in transport is sent again after a wait, and the upload completes")
    func failedChunkIsRetried() async throws {
        let size = 600_000
        let file = try Self.patternFile(size: size)
        defer { try? FileManager.default.removeItem(at: file) }
        try await Self.withEmulator { emulator, port in
            let flaky = FlakyTransport(inner: KalturaURLSessionTransport(), failingUploads: [2, 3])
            let client = try Self.client(port: port, transport: flaky)
            let token = try await client.upload(file: file, options: KalturaUploadOptions(
                chunkSize: 100_000, parallelChunks: 3, initialRetryDelay: .milliseconds(10)))
            #expect(token["status"] == 2)
            #expect(flaky.uploads.withLock { $0 } == 6 + 1 + 2)  // six chunks, the final empty one, two tries again
            let id = try #require(token["id"]?.stringValue)
            let stored = try #require(emulator.uploadedFileURL(uploadTokenId: id, partnerId: Self.partner.id))
            #expect(try Self.sameBytes(stored, file))

            let hopeless = FlakyTransport(inner: KalturaURLSessionTransport(), failingUploads: Set(1...10))
            let error = await #expect(throws: KalturaClientError.self) {
                try await Self.client(port: port, transport: hopeless).upload(
                    file: file, options: KalturaUploadOptions(maximumAttempts: 3, initialRetryDelay: .milliseconds(10)))
            }
            #expect(error?.code == .transportFailed)
            #expect(hopeless.uploads.withLock { $0 } == 3)
        }
    }

    @Test("a file that cannot be read fails before any call, saying why")
    func unreadableFile() async throws {
        let client = try Self.client(port: 9)
        let error = await #expect(throws: KalturaUploadError.self) {
            try await client.upload(file: URL(fileURLWithPath: "/nonexistent/movie.mp4"))
        }
        #expect(error?.description == "cannot read /nonexistent/movie.mp4: No such file or directory")
    }
}

/// Passes requests on, but fails the `uploadToken.upload` requests whose number (from 1) is
/// listed, as a dropped connection would.
final class FlakyTransport: KalturaTransport {
    let inner: any KalturaTransport
    let failingUploads: Set<Int>
    let uploads = Mutex(0)

    init(inner: any KalturaTransport, failingUploads: Set<Int>) {
        self.inner = inner
        self.failingUploads = failingUploads
    }

    func send(_ request: KalturaHTTPRequest) async throws -> KalturaHTTPResponse {
        if request.url.path.lowercased().hasSuffix("uploadtoken/action/upload") {
            let number = uploads.withLock { count in
                count += 1
                return count
            }
            if failingUploads.contains(number) { throw URLError(.networkConnectionLost) }
        }
        return try await inner.send(request)
    }
}
