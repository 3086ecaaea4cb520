import Kaltura
import KalturaEmulator
import OrderedCollections
import Testing

@Suite("Multirequest")
struct MultiRequestTests {
    func multi(_ harness: EmulatorHarness, _ body: OrderedDictionary<String, KalturaValue>, format: Int = 1) async -> String {
        var body = body
        body["format"] = .int(format)
        let reply = await harness.emulator.respond(path: "/api_v3/service/multirequest", contentType: "application/json",
                                                   body: KalturaJSON.encode(.map(body), options: .request))
        return String(decoding: reply.body, as: UTF8.self)
    }

    @Test("0-based keys, inherited ks, a {1:result:…} token, and a failing item in its slot")
    func tokensAndFailures() async throws {
        let harness = try EmulatorHarness()
        let entry = try await harness.admin("media", "add", ["entry": ["objectType": "KalturaMediaEntry", "name": "m",
                                                                     "mediaType": 1, "tags": "alpha,beta"]])
        let id = try #require(entry["id"]?.stringValue)
        let text = await multi(harness, [
            "ks": .string(harness.adminKS()),
            "0": ["service": "media", "action": "get", "entryId": .string(id)],
            "1": ["service": "media", "action": "update", "entryId": "{1:result:id}",
                  "mediaEntry": ["objectType": "KalturaMediaEntry", "description": "tags were {1:result:tags}"]],
            "2": ["service": "media", "action": "get", "entryId": "0_nosuch"],
        ])
        let items = try #require(try KalturaJSON.decode(text).arrayValue)
        #expect(items.count == 3)
        #expect(items[0]["id"] == .string(id))
        #expect(items[1]["description"] == "tags were alpha, beta")
        #expect(items[2].apiError?.code == "ENTRY_ID_NOT_FOUND")
        #expect(text.hasSuffix(#"{"code":"ENTRY_ID_NOT_FOUND","message":"Entry id \"0_nosuch\" not found","objectType":"KalturaAPIException","args":{"ENTRY_ID":"0_nosuch"}}]"#))
    }

    @Test("1-based keys and paths into list results")
    func oneBasedAndPaths() async throws {
        let harness = try EmulatorHarness()
        _ = try await harness.admin("category", "add", ["category": ["objectType": "KalturaCategory", "name": "Root"]])
        let text = await multi(harness, [
            "ks": .string(harness.adminKS()),
            "1": ["service": "category", "action": "list"],
            "2": ["service": "category", "action": "get", "id": "{1:result:objects:0:id}"],
        ])
        let items = try #require(try KalturaJSON.decode(text).arrayValue)
        #expect(items[1]["name"] == "Root")
    }

    @Test("a token that resolves to nothing fails its request with MISSING_MANDATORY_PARAMETER")
    func falsyToken() async throws {
        let harness = try EmulatorHarness()
        let text = await multi(harness, [
            "ks": .string(harness.adminKS()),
            "0": ["service": "media", "action": "get", "entryId": "0_nosuch"],
            "1": ["service": "media", "action": "get", "entryId": "{1:result:id}"],
            "2": ["service": "system", "action": "ping"],
        ])
        let items = try #require(try KalturaJSON.decode(text).arrayValue)
        #expect(items[1].apiError == KalturaAPIError(code: "MISSING_MANDATORY_PARAMETER", message: #"Missing parameter "{1:result:id}""#,
                                                     args: ["PARAM_NAME": "{1:result:id}"]))
        #expect(items[2] == true)
    }

    @Test("XML multirequest: one <item> per call, errors inside theirs")
    func xml() async throws {
        let harness = try EmulatorHarness()
        let text = await multi(harness, [
            "0": ["service": "system", "action": "ping"],
            "1": ["service": "media", "action": "list"],
        ], format: 2)
        #expect(normalizingExecutionTime(text) == #"<?xml version="1.0" encoding="utf-8"?><xml><result><item>1</item><item><error><code>MISSING_KS</code><message>Missing KS, session not established</message><objectType>KalturaAPIException</objectType><args></args></error></item></result><executionTime>T</executionTime></xml>"#)
    }

    @Test("form-encoded sub-requests with N:param keys and N:fileData files")
    func formAndFiles() async throws {
        let harness = try EmulatorHarness()
        let token = try await harness.admin("uploadtoken", "add", ["uploadToken": ["objectType": "KalturaUploadToken"]])
        let tokenId = try #require(token["id"]?.stringValue)
        let boundary = "mr"
        let body = LiveClient.multipart(
            boundary: boundary,
            fields: [("format", "1"), ("ks", harness.adminKS()), ("1:service", "uploadtoken"), ("1:action", "upload"),
                     ("1:uploadTokenId", tokenId), ("2:service", "uploadtoken"), ("2:action", "get"),
                     ("2:uploadTokenId", "{1:result:id}")],
            files: [("1:fileData", "c.txt", Array("abcd".utf8))])
        let reply = await harness.emulator.respond(path: "/api_v3/service/multirequest",
                                                   contentType: "multipart/form-data; boundary=\(boundary)", body: Array(body))
        let items = try #require(try KalturaJSON.decode(reply.body).arrayValue)
        #expect(items.count == 2)
        #expect(items[0]["uploadedFileSize"] == 4.0)
        #expect(items[1]["status"] == 2)
    }
}
