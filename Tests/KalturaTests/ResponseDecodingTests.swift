import Foundation
import Kaltura
import KalturaSchema
import OrderedCollections
import Testing

/// Responses: typed by the schema, with fallbacks for what the schema does not know, and clear
/// errors for what is not a Kaltura response.
@Suite("Response decoding")
struct ResponseDecodingTests {
    private func result(of body: String, schema: Schema = Schema.demo(),
                        _ call: (KalturaClient) async throws -> KalturaValue) async throws -> KalturaValue {
        try await call(TestClients.make(schema: schema, transport: FakeTransport(body: body)))
    }

    @Test func scalarsAreCoercedToTheDeclaredTypes() async throws {
        let entry = try await result(of: #"{"id":"0_a","partnerId":"123","plays":"7","mediaType":"1","isTrimDisabled":"0","# +
            #""status":2,"views":12.0,"conversionQuality":42,"name":"x","objectType":"KalturaMediaEntry"}"#) {
            try await $0.media.get(entryId: "0_a")
        }
        #expect(entry == .object(KalturaObject("KalturaMediaEntry", [
            "id": "0_a", "partnerId": 123, "plays": 7, "mediaType": 1, "isTrimDisabled": 0, "status": "2", "views": 12,
            "conversionQuality": "42", "name": "x",
        ])))

        let token = try await result(of: #"{"id":"t","fileSize":1024,"uploadedFileSize":"10.5","objectType":"KalturaUploadToken"}"#) {
            try await $0.uploadToken.get(uploadTokenId: "t")
        }
        #expect(token.fileSize == .float(1024))
        #expect(token.uploadedFileSize == .float(10.5))

        let shapes = try await result(of: #"{"color":"2","visible":"1","points":{"1":{"x":"5","objectType":"TestPoint"},"0":{"x":4}},"# +
            #""labels":[],"objectType":"TestShape"}"#, schema: TestSchemas.shapes) {
            try await $0.shape.add(shape: ["name": "ab"])
        }
        #expect(shapes == .object(KalturaObject("TestShape", [
            "color": 2, "visible": true,
            "points": [.object(KalturaObject("TestPoint", ["x": 4])), .object(KalturaObject("TestPoint", ["x": 5]))],
            "labels": .map([:]),
        ])))
        #expect(try await result(of: #"["1.5",2]"#, schema: TestSchemas.shapes) { try await $0.shape.getWeights() } == [1.5, 2.0])
        #expect(try await result(of: #"{"a":"1","b":9}"#, schema: TestSchemas.shapes) { try await $0.shape.getColors() } == ["a": 1, "b": 9])
        #expect(try await result(of: "[]", schema: TestSchemas.shapes) { try await $0.shape.getColors() } == .map([:]))
    }

    @Test func primitiveAndVoidResults() async throws {
        #expect(try await result(of: "true") { try await $0.system.ping() } == true)
        #expect(try await result(of: "1") { try await $0.system.ping() } == true)
        #expect(try await result(of: "1700000000") { try await $0.system.getTime() } == 1_700_000_000)
        #expect(try await result(of: #""1700000000""#) { try await $0.system.getTime() } == 1_700_000_000)
        #expect(try await result(of: "null") { try await $0.media.delete(entryId: "0_a") } == .null)
    }

    @Test func unknownClassesFallBackToTheDeclaredTypeAndKeepEveryField() async throws {
        let list = try await result(of: #"{"objects":[{"id":"0_a","plays":"3","hologramDepth":"12","# +
            #""objectType":"KalturaHologramEntry"}],"totalCount":"1","objectType":"KalturaMediaListResponse"}"#) {
            try await $0.media.list()
        }
        #expect(list == .object(KalturaObject("KalturaMediaListResponse", [
            "objects": [.object(KalturaObject("KalturaHologramEntry", ["id": "0_a", "plays": 3, "hologramDepth": "12"]))],
            "totalCount": 1,
        ])))
    }

    @Test func unknownEnumValuesAreKeptAsSent() async throws {
        let entry = try await result(of: #"{"mediaType":"77","status":"newPlugin.Status","objectType":"KalturaMediaEntry"}"#) {
            try await $0.media.get(entryId: "0_a")
        }
        #expect(entry.mediaType == 77)
        #expect(entry.status == "newPlugin.Status")
    }

    @Test func mapsWithoutObjectTypeBecomeObjectsOfTheDeclaredClass() async throws {
        let info = try await result(of: #"{"ks":"x","sessionType":"2","partnerId":1}"#) { try await $0.session.get() }
        #expect(info == .object(KalturaObject("KalturaSessionInfo", ["ks": "x", "sessionType": 2, "partnerId": 1])))
    }

    @Test func relatedObjectsAreAMapOfListResponses() async throws {
        let entry = try await result(of: #"{"id":"0_a","relatedObjects":{"meta":{"objects":[],"totalCount":"0","# +
            #""objectType":"KalturaMetadataListResponse"}},"objectType":"KalturaMediaEntry"}"#) {
            try await $0.media.get(entryId: "0_a")
        }
        #expect(entry.relatedObjects?["meta"]?.totalCount == 0)
        let bare = try await result(of: #"{"id":"0_a","relatedObjects":[],"objectType":"KalturaMediaEntry"}"#) {
            try await $0.media.get(entryId: "0_a")
        }
        #expect(bare.relatedObjects == .map([:]))
    }

    // MARK: - API errors

    @Test func apiExceptionsAreThrown() async throws {
        let client = TestClients.make(transport: FakeTransport(body: #"{"code":"ENTRY_ID_NOT_FOUND","message":"Entry id \"0_bad\" not found","# +
            #""objectType":"KalturaAPIException","args":{"ENTRY_ID":"0_bad"}}"#))
        await #expect(throws: KalturaAPIError(code: "ENTRY_ID_NOT_FOUND", message: #"Entry id "0_bad" not found"#, args: ["ENTRY_ID": "0_bad"])) {
            _ = try await client.media.get(entryId: "0_bad")
        }
        let noArgs = TestClients.make(transport: FakeTransport(body: #"{"code":"MISSING_KS","message":"Missing KS, session not established","# +
            #""objectType":"KalturaAPIException","args":[]}"#))
        await #expect(throws: KalturaAPIError(code: "MISSING_KS", message: "Missing KS, session not established")) {
            _ = try await noArgs.media.list()
        }
    }

    // MARK: - Not a Kaltura response

    private func problem(status: Int = 200, contentType: String? = "application/json", body: String, ks: String? = nil)
        async -> KalturaResponseProblem?
    {
        let client = TestClients.make(transport: FakeTransport(status: status, contentType: contentType, body: body))
        client.ks = ks
        do {
            _ = try await client.media.get(entryId: "0_a")
        } catch let error as KalturaClientError where error.code == .unexpectedResponse {
            return error.responseProblem
        } catch {
            Issue.record("unexpected error \(error)")
        }
        return nil
    }

    @Test func htmlFromAProxy() async {
        let page = "<!DOCTYPE html>\n<html><head><title>502 Bad Gateway</title></head>\n<body>nginx</body></html>"
        let problem = await problem(status: 502, contentType: "text/html", body: page)
        #expect(problem?.status == 502)
        #expect(problem?.contentType == "text/html")
        #expect(problem?.reason == .httpStatus)
        #expect(problem?.description == """
            unexpected response to media.get: HTTP 502, Content-Type text/html: the status is not 2xx; \
            body starts "<!DOCTYPE html> <html><head><title>502 Bad Gateway</title></head> <body>nginx</body></html>"
            """)
        let ok = await self.problem(contentType: "text/html; charset=utf-8", body: page)
        #expect(ok?.reason == .html)
        #expect(ok?.description.hasPrefix("unexpected response to media.get: HTTP 200, Content-Type text/html; charset=utf-8: an HTML page, not JSON;") == true)
    }

    @Test func xmlTruncatedInvalidAndEmptyBodies() async {
        #expect(await problem(contentType: "text/xml", body: "<?xml version=\"1.0\"?><xml><result>1</result></xml>")?.reason == .xml)
        let truncated = await problem(body: #"{"id":"0_a","name":"Intr"#)
        #expect(truncated?.reason == .truncated)
        #expect(truncated?.description == """
            unexpected response to media.get: HTTP 200, Content-Type application/json: the JSON body is truncated; body starts "{"id":"0_a","name":"Intr"
            """)
        #expect(await problem(body: "{oops}")?.reason == .invalidJSON(.invalidJSON(offset: 1, reason: .unexpectedCharacter(UInt8(ascii: "o")))))
        #expect(await problem(body: "")?.reason == .emptyBody)
        #expect(await problem(status: 500, body: " ")?.reason == .httpStatus)
        #expect(await problem(status: 503, contentType: nil, body: #"{"busy":true}"#)?.description
            == #"unexpected response to media.get: HTTP 503, Content-Type (none): the status is not 2xx; body starts "{"busy":true}""#)
    }

    @Test func apiErrorsWinOverAnErrorStatus() async {
        let client = TestClients.make(transport: FakeTransport(status: 500, body: #"{"code":"INTERNAL_SERVERL_ERROR","# +
            #""message":"Internal server error occurred","objectType":"KalturaAPIException","args":[]}"#))
        await #expect(throws: KalturaAPIError(code: "INTERNAL_SERVERL_ERROR", message: "Internal server error occurred")) {
            _ = try await client.media.get(entryId: "0_a")
        }
    }

    @Test func excerptsNeverShowTheSession() async {
        let ks = KalturaSessionGenerator.generateV2(adminSecret: "s", userId: "u", type: .admin, partnerId: 1)
        let other = KalturaSessionGenerator.generateV1(adminSecret: "s", userId: "u", type: .admin, partnerId: 2)
        let problem = await problem(status: 403, contentType: "text/html",
                                    body: "<html><body>Forbidden for ks=\(ks) and \(other) and CUSTOM-KS-VALUE</body></html>",
                                    ks: "CUSTOM-KS-VALUE")
        #expect(problem?.excerpt == "<html><body>Forbidden for ks=[redacted] and [redacted] and [redacted]</body></html>")
    }

    @Test func transportFailures() async {
        let client = TestClients.make(transport: UnreachableTransport())
        await #expect(throws: KalturaClientError.transportFailed(
            url: "https://www.kaltura.com/api_v3/service/media/action/get", reason: "connection refused")) {
            _ = try await client.media.get(entryId: "0_a")
        }
        #expect(KalturaClientError.transportFailed(url: "https://x/api_v3", reason: "timed out").description
            == "no response from https://x/api_v3: timed out")
    }

    @Test func decodingTheWholeMediaListFixture() async throws {
        let entries = (0..<3).map { index in
            #"{"id":"0_\#(index)","name":"n\#(index)","plays":\#(index),"createdAt":"1700000000","mediaType":1,"objectType":"KalturaMediaEntry"}"#
        }
        let body = #"{"objects":[\#(entries.joined(separator: ","))],"totalCount":3,"objectType":"KalturaMediaListResponse"}"#
        let list = try await result(of: body) { try await $0.media.list() }
        #expect(list.objects?.arrayValue?.count == 3)
        #expect(list.objects?[2]?.createdAt == 1_700_000_000)
        struct Page: Decodable {
            struct Entry: Decodable { var id: String; var createdAt: Date }
            var objects: [Entry]
            var totalCount: Int
        }
        let page = try list.decode(Page.self)
        #expect(page.objects.map(\.id) == ["0_0", "0_1", "0_2"])
        #expect(page.objects[0].createdAt == Date(timeIntervalSince1970: 1_700_000_000))
    }
}
