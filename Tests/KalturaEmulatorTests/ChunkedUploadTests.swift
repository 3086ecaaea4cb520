import Foundation
import Kaltura
import KalturaEmulator
import OrderedCollections
import Testing

/// How the emulator takes chunks, as the server does: by position, in any order, overlapping,
/// waiting past a gap, closed by a final chunk only when nothing is missing; bytes kept on disk.
@Suite("Chunked uploads (emulator)")
struct ChunkedUploadTests {
    func upload(_ harness: EmulatorHarness, token: String, _ bytes: String, resume: Bool = true, finalChunk: Bool = false,
                resumeAt: Int) async throws -> KalturaValue {
        let json = #"{"format":1,"ks":"\#(harness.adminKS())","uploadTokenId":"\#(token)","resume":\#(resume),"finalChunk":\#(finalChunk),"resumeAt":\#(resumeAt)}"#
        let body = LiveClient.multipart(boundary: "u", fields: [("json", json)], files: [("fileData", "f.bin", Array(bytes.utf8))])
        let reply = await harness.emulator.respond(path: "/api_v3/service/uploadtoken/action/upload",
                                                   contentType: "multipart/form-data; boundary=u", body: Array(body))
        return try KalturaJSON.decode(reply.body)
    }

    func token(_ harness: EmulatorHarness, _ fields: OrderedDictionary<String, KalturaValue> = [:]) async throws -> String {
        var object: OrderedDictionary<String, KalturaValue> = ["objectType": "KalturaUploadToken"]
        object.merge(fields) { $1 }
        let token = try await harness.admin("uploadtoken", "add", ["uploadToken": .map(object)])
        return try #require(token["id"]?.stringValue)
    }

    func stored(_ harness: EmulatorHarness, _ id: String) throws -> String {
        let url = try #require(harness.emulator.uploadedFileURL(uploadTokenId: id, partnerId: EmulatorHarness.partner.id))
        return String(decoding: try Data(contentsOf: url), as: UTF8.self)
    }

    @Test("chunks sent out of order wait for the bytes before them, then are appended by position")
    func outOfOrder() async throws {
        let harness = try EmulatorHarness()
        let id = try await token(harness, ["fileSize": 9])
        #expect(try await upload(harness, token: id, "abc", resume: false, resumeAt: 0)["uploadedFileSize"] == 3.0)
        #expect(try await upload(harness, token: id, "ghi", resumeAt: 6)["uploadedFileSize"] == 3.0)  // waits: 3..<6 missing
        #expect(try stored(harness, id) == "abc")
        // The final chunk cannot close a file with a gap; it can be sent again once the gap is filled.
        #expect(try await upload(harness, token: id, "", finalChunk: true, resumeAt: 9).apiError?.code
            == "UPLOAD_TOKEN_CANNOT_MATCH_EXPECTED_SIZE")
        #expect(try await harness.admin("uploadtoken", "get", ["uploadTokenId": .string(id)])["status"] == 1)
        #expect(try await upload(harness, token: id, "def", resumeAt: 3)["uploadedFileSize"] == 9.0)  // and "ghi" follows
        let done = try await upload(harness, token: id, "", finalChunk: true, resumeAt: 9)
        #expect(done["status"] == 2)
        #expect(done["uploadedFileSize"] == 9.0)
        #expect(try stored(harness, id) == "abcdefghi")
    }

    @Test("an overlapping chunk adds only its bytes past the end; one adding nothing is ignored")
    func overlapping() async throws {
        let harness = try EmulatorHarness()
        let id = try await token(harness)
        _ = try await upload(harness, token: id, "abcd", resume: false, resumeAt: 0)
        #expect(try await upload(harness, token: id, "XYef", resumeAt: 2)["uploadedFileSize"] == 6.0)
        #expect(try await upload(harness, token: id, "ZZ", resumeAt: 1)["uploadedFileSize"] == 6.0)
        #expect(try stored(harness, id) == "abcdef")
        // Waiting chunks that overlap each other and the end are merged the same way.
        _ = try await upload(harness, token: id, "jklm", resumeAt: 9)
        _ = try await upload(harness, token: id, "hij", resumeAt: 7)
        #expect(try await upload(harness, token: id, "fgh", resumeAt: 5)["uploadedFileSize"] == 13.0)
        #expect(try stored(harness, id) == "abcdefghijklm")
        // resume=false starts afresh and drops waiting chunks.
        _ = try await upload(harness, token: id, "zz", resumeAt: 20)
        #expect(try await upload(harness, token: id, "new", resume: false, resumeAt: 0)["uploadedFileSize"] == 3.0)
        #expect(try await upload(harness, token: id, "!", resumeAt: 3)["uploadedFileSize"] == 4.0)
        #expect(try stored(harness, id) == "new!")
    }

    @Test("at most 64 chunks wait past a gap; more is MAX_ALLOWED_CHUNK_COUNT_EXCEEDED")
    func tooManyWaitingChunks() async throws {
        let harness = try EmulatorHarness()
        let id = try await token(harness)
        _ = try await upload(harness, token: id, "a", resume: false, resumeAt: 0)
        for index in 0..<64 {
            #expect(try await upload(harness, token: id, "x", resumeAt: 10 + index * 2)["uploadedFileSize"] == 1.0)
        }
        let refused = try await upload(harness, token: id, "x", resumeAt: 500)
        #expect(refused.apiError?.code == "MAX_ALLOWED_CHUNK_COUNT_EXCEEDED")
        #expect(refused.apiError?.message == "Max allowed waiting chunks to be concatenated has exceeded allowed limit")
        // A chunk that starts at the end is still taken.
        #expect(try await upload(harness, token: id, "b", resumeAt: 1)["uploadedFileSize"] == 2.0)
    }

    @Test("autoFinalize closes the token once the bytes reach the declared fileSize")
    func autoFinalize() async throws {
        let harness = try EmulatorHarness()
        let id = try await token(harness, ["fileSize": 6, "autoFinalize": 1])
        #expect(try await upload(harness, token: id, "abc", resume: false, resumeAt: 0)["status"] == 1)
        let done = try await upload(harness, token: id, "def", resumeAt: 3)
        #expect(done["status"] == 2)
        #expect(try stored(harness, id) == "abcdef")
    }

    @Test("with --data the bytes are in DIR/uploads and survive a restart; the token goes on from there")
    func bytesOnDiskSurviveRestart() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("kaltura-chunks-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        func harness() throws -> EmulatorHarness {
            try EmulatorHarness(dataDirectory: directory)
        }
        let first = try harness()
        let id = try await token(first, ["fileSize": 6])
        _ = try await upload(first, token: id, "abc", resume: false, resumeAt: 0)
        let url = try #require(first.emulator.uploadedFileURL(uploadTokenId: id, partnerId: EmulatorHarness.partner.id))
        #expect(url.path.hasPrefix(directory.appendingPathComponent("uploads").path + "/"))

        let second = try harness()
        #expect(try await second.admin("uploadtoken", "get", ["uploadTokenId": .string(id)])["uploadedFileSize"] == 3.0)
        let done = try await upload(second, token: id, "def", finalChunk: true, resumeAt: 3)
        #expect(done["status"] == 2)
        #expect(try stored(second, id) == "abcdef")
    }
}

extension EmulatorHarness {
    /// An emulator on the real 22.15.0 schema keeping its state in `dataDirectory`.
    init(dataDirectory: URL) throws {
        emulator = try KalturaEmulator(configuration: .init(
            schema: try Self.realSchema(), partners: [Self.partner], dataDirectory: dataDirectory))
    }
}
