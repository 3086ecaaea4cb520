import Foundation
import Kaltura
import KalturaEmulator
import KalturaSchema
import KalturaTestSupport
import OrderedCollections
import Testing

/// The `add…` actions that create an object of their result class (`media.addFromUrl`,
/// `media.addFromUploadedFile`, `baseEntry.addFromUploadedFile`, `media.addFromEntry`), chosen
/// from the schema by signature, on the 2011 (3.1.1) and 2026 (22.15.0) schemas.
@Suite("add… actions that create objects")
struct AddFromTests {
    static let schemas = ["kaltura-schema-3.1.1.xml", "kaltura-schema-22.15.0.xml"]

    static func harness(_ file: String) throws -> EmulatorHarness {
        try EmulatorHarness(schema: try TestFixtures.loadedSharedSchema(file))
    }

    /// An error's code and message, what these tests compare (the arguments differ between schemas).
    static func text(_ error: KalturaAPIError) -> String {
        "\(error.code): \(error.message)"
    }

    /// Uploads `bytes` to a new upload token with a multipart form (every era reads one); returns its id.
    static func uploadedToken(_ harness: EmulatorHarness, ks: String, bytes: String = "clip bytes") async throws -> String {
        let token = try await harness.call("uploadToken", "add", [:], ks: ks)
        let id = try #require(token["id"]?.stringValue)
        let body = LiveClient.multipart(boundary: "up", fields: [
            ("ks", ks), ("format", "1"), ("uploadTokenId", id),
        ], files: [("fileData", "clip.mp4", Array(bytes.utf8))])
        let reply = await harness.emulator.respond(path: "/api_v3/index.php", query: "service=uploadToken&action=upload",
                                                   contentType: "multipart/form-data; boundary=up", body: Array(body))
        let uploaded = try KalturaJSON.decode(reply.body)
        #expect(uploaded["status"] == 2, "\(String(decoding: reply.body, as: UTF8.self))")
        return id
    }

    @Test("media.addFromUrl creates the entry as add would, READY at once", arguments: schemas)
    func addFromURL(file: String) async throws {
        let harness = try Self.harness(file)
        let ks = harness.adminKS()
        let entry = try await harness.call("media", "addFromUrl", [
            "mediaEntry": ["objectType": "KalturaMediaEntry", "name": "from url", "mediaType": 1, "tags": "b,a"],
            "url": "http://example.com/clip.mp4",
        ], ks: ks)
        let id = try #require(entry["id"]?.stringValue, "\(entry)")
        #expect(entry["partnerId"] == 101)
        #expect(entry["status"] == "2")
        #expect(entry["tags"] == "b, a")
        let stored = try await harness.call("media", "get", ["entryId": .string(id)], ks: ks)
        #expect(stored["name"] == "from url")
    }

    @Test("media.addFromUploadedFile needs a complete upload token, which is then CLOSED", arguments: schemas)
    func addFromUploadedFile(file: String) async throws {
        let harness = try Self.harness(file)
        let ks = harness.adminKS()
        let tokenId = try await Self.uploadedToken(harness, ks: ks)
        let entry = try await harness.call("media", "addFromUploadedFile", [
            "mediaEntry": ["objectType": "KalturaMediaEntry", "name": "uploaded", "mediaType": 1], "uploadTokenId": .string(tokenId),
        ], ks: ks)
        #expect(entry["name"] == "uploaded" && entry["status"] == "2", "\(entry)")
        let token = try await harness.call("uploadToken", "get", ["uploadTokenId": .string(tokenId)], ks: ks)
        #expect(token["status"] == 3)
        // A used token cannot make a second entry; an unknown one is not found.
        let again = try await harness.call("media", "addFromUploadedFile", [
            "mediaEntry": ["objectType": "KalturaMediaEntry", "name": "again", "mediaType": 1], "uploadTokenId": .string(tokenId),
        ], ks: ks)
        let is2011 = file.contains("3.1.1")
        #expect(again.apiError.map(Self.text) == "UPLOAD_TOKEN_INVALID_STATUS_FOR_ADD_ENTRY: Upload token is in an invalid status "
            + (is2011 ? "for adding entry" : "for adding entry, maybe the a file was not uploaded or the token was used"))
        let unknown = try await harness.call("media", "addFromUploadedFile", [
            "mediaEntry": ["objectType": "KalturaMediaEntry", "name": "x", "mediaType": 1], "uploadTokenId": "0_nosuchtoken",
        ], ks: ks)
        // The 2011 schema has no error catalogue; 22.15.0 lists the error its actions throw.
        #expect(unknown.apiError.map(Self.text) == (is2011 ? "UPLOAD_TOKEN_NOT_FOUND: Upload token not found"
            : "UPLOADED_FILE_NOT_FOUND_BY_TOKEN: The uploaded file was not found by the given token id, or was already used"))
    }

    @Test("baseEntry.addFromUploadedFile takes a subclass of its result and attaches the token to the entry")
    func baseEntryAddFromUploadedFile() async throws {
        let harness = try EmulatorHarness()
        let ks = harness.adminKS()
        let tokenId = try await Self.uploadedToken(harness, ks: ks)
        let entry = try await harness.call("baseEntry", "addFromUploadedFile", [
            "entry": ["objectType": "KalturaMediaEntry", "name": "base", "mediaType": 1], "uploadTokenId": .string(tokenId),
        ], ks: ks)
        let id = try #require(entry["id"]?.stringValue, "\(entry)")
        #expect(entry.objectValue?.objectType == "KalturaMediaEntry")
        let token = try await harness.call("uploadToken", "get", ["uploadTokenId": .string(tokenId)], ks: ks)
        #expect(token["attachedObjectId"] == .string(id))
        #expect(token["attachedObjectType"] == "KalturaMediaEntry")
        #expect(try await harness.call("media", "get", ["entryId": .string(id)], ks: ks)["name"] == "base")
    }

    @Test("media.addFromEntry copies the source's writable fields that were not sent; an unknown source is not found",
          arguments: schemas)
    func addFromEntry(file: String) async throws {
        let harness = try Self.harness(file)
        let ks = harness.adminKS()
        let source = try await harness.call("media", "addFromUrl", [
            "mediaEntry": ["objectType": "KalturaMediaEntry", "name": "source", "description": "the original", "mediaType": 1],
            "url": "http://example.com/a.mp4",
        ], ks: ks)
        let sourceId = try #require(source["id"]?.stringValue)
        let copy = try await harness.call("media", "addFromEntry", [
            "sourceEntryId": .string(sourceId), "mediaEntry": ["objectType": "KalturaMediaEntry", "name": "copy"],
        ], ks: ks)
        #expect(copy["name"] == "copy")
        #expect(copy["description"] == "the original")
        #expect(copy["id"] != source["id"])
        let missing = try await harness.call("media", "addFromEntry", [
            "sourceEntryId": "0_gone", "mediaEntry": ["objectType": "KalturaMediaEntry", "name": "x"],
        ], ks: ks)
        #expect(missing.apiError.map(Self.text) == #"ENTRY_ID_NOT_FOUND: Entry id "0_gone" not found"#)
    }

    @Test("add… actions without an object of their result class are not taken for creators", arguments: schemas)
    func notCreators(file: String) async throws {
        let harness = try Self.harness(file)
        let ks = harness.adminKS()
        // thumbAsset.addFromUrl(entryId, url) takes no thumb asset object.
        let result = try await harness.call("thumbAsset", "addFromUrl", ["entryId": "0_x", "url": "http://example.com/t.jpg"], ks: ks)
        #expect(result.apiError.map(Self.text)
            == #"ACTION_NOT_IMPLEMENTED: Action "addFromUrl" of service "thumbasset" is not implemented by the emulator"#)
    }
}
