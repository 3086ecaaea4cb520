import Kaltura
import KalturaEmulator
import OrderedCollections
import Testing

@Suite("Uploads")
struct UploadTests {
    func upload(_ harness: EmulatorHarness, token: String, _ bytes: String, resume: Bool, finalChunk: Bool, resumeAt: Int)
        async throws -> KalturaValue
    {
        let json = #"{"format":1,"ks":"\#(harness.adminKS())","uploadTokenId":"\#(token)","resume":\#(resume),"finalChunk":\#(finalChunk),"resumeAt":\#(resumeAt)}"#
        let body = LiveClient.multipart(boundary: "u", fields: [("json", json)], files: [("fileData", "f.bin", Array(bytes.utf8))])
        let reply = await harness.emulator.respond(path: "/api_v3/service/uploadtoken/action/upload",
                                                   contentType: "multipart/form-data; boundary=u", body: Array(body))
        return try KalturaJSON.decode(reply.body)
    }

    @Test("chunks: a first chunk, an appended one, one written at resumeAt, then the final chunk")
    func chunks() async throws {
        let harness = try EmulatorHarness()
        let token = try await harness.admin("uploadtoken", "add", ["uploadToken": ["objectType": "KalturaUploadToken", "fileSize": 10]])
        #expect(token["status"] == 0)  // PENDING
        let id = try #require(token["id"]?.stringValue)
        let first = try await upload(harness, token: id, "abc", resume: false, finalChunk: false, resumeAt: -1)
        #expect(first["status"] == 1)  // PARTIAL_UPLOAD
        #expect(first["uploadedFileSize"] == 3.0)
        #expect(try await upload(harness, token: id, "def", resume: true, finalChunk: false, resumeAt: -1)["uploadedFileSize"] == 6.0)
        #expect(try await upload(harness, token: id, "XY", resume: true, finalChunk: false, resumeAt: 4)["uploadedFileSize"] == 6.0)
        let wrongSize = try await upload(harness, token: id, "", resume: true, finalChunk: true, resumeAt: -1)
        #expect(wrongSize.apiError?.code == "UPLOAD_TOKEN_CANNOT_MATCH_EXPECTED_SIZE")
        let done = try await upload(harness, token: id, "ghij", resume: true, finalChunk: true, resumeAt: 6)
        #expect(done["status"] == 2)  // FULL_UPLOAD
        #expect(done["uploadedFileSize"] == 10.0)
        let again = try await upload(harness, token: id, "x", resume: true, finalChunk: true, resumeAt: -1)
        #expect(again.apiError?.code == "UPLOAD_TOKEN_INVALID_STATUS_FOR_UPLOAD")
    }

    @Test("media.addContent from an upload token: the entry becomes READY, the token CLOSED")
    func addContent() async throws {
        let harness = try EmulatorHarness()
        let entry = try await harness.admin("media", "add", ["entry": ["objectType": "KalturaMediaEntry", "mediaType": 1]])
        let entryId = try #require(entry["id"])
        let token = try await harness.admin("uploadtoken", "add", ["uploadToken": ["objectType": "KalturaUploadToken"]])
        let tokenId = try #require(token["id"]?.stringValue)
        let resource: KalturaValue = ["objectType": "KalturaUploadedFileTokenResource", "token": .string(tokenId)]
        #expect(try await harness.admin("media", "addContent", ["entryId": entryId, "resource": resource]).apiError?.code
            == "UPLOAD_TOKEN_INVALID_STATUS_FOR_ADD_ENTRY")
        _ = try await upload(harness, token: tokenId, "movie", resume: false, finalChunk: true, resumeAt: -1)
        let ready = try await harness.admin("media", "addContent", ["entryId": entryId, "resource": resource])
        #expect(ready["status"] == "2")
        #expect(try await harness.admin("uploadtoken", "get", ["uploadTokenId": .string(tokenId)])["status"] == 3)
        #expect(try await harness.admin("media", "list")["totalCount"] == 1)  // READY entries are listed by default
        #expect(try await harness.admin("media", "addContent", ["entryId": entryId, "resource": resource]).apiError?.code
            == "ENTRY_ALREADY_WITH_CONTENT")
    }

    @Test("upload to an unknown token")
    func unknownToken() async throws {
        let harness = try EmulatorHarness()
        #expect(try await upload(harness, token: "0_none", "x", resume: false, finalChunk: true, resumeAt: -1).apiError?.code
            == "UPLOAD_TOKEN_NOT_FOUND")
    }
}
