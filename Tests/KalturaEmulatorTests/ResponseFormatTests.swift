import Kaltura
import KalturaEmulator
import Testing

@Suite("Response formats")
struct ResponseFormatTests {
    @Test("XML is the default format, in the server's envelope")
    func xmlIsDefault() async throws {
        let harness = try EmulatorHarness()
        let (type, body) = await harness.raw("/api_v3/service/system/action/ping")
        #expect(type == "text/xml")
        #expect(normalizingExecutionTime(body)
            == #"<?xml version="1.0" encoding="utf-8"?><xml><result>1</result><executionTime>T</executionTime></xml>"#)
    }

    @Test("format=1 answers the bare JSON value")
    func jsonScalars() async throws {
        let harness = try EmulatorHarness(clock: { 1_700_000_000 })
        #expect(await harness.raw("/api_v3/service/system/action/ping", query: "format=1") == ("application/json", "true"))
        #expect(await harness.raw("/api_v3/service/system/action/getTime", query: "format=1").1 == "1700000000")
        #expect(await harness.raw("/api_v3/service/system/action/getVersion", query: "format=1").1 == #""22.15.0""#)
    }

    @Test("JSON errors: code, message, objectType, args; args [] when empty")
    func jsonErrors() async throws {
        let harness = try EmulatorHarness()
        let missing = try await harness.callText("media", "get", ["entryId": "0_nosuch"], ks: harness.adminKS())
        #expect(missing == #"{"code":"ENTRY_ID_NOT_FOUND","message":"Entry id \"0_nosuch\" not found","objectType":"KalturaAPIException","args":{"ENTRY_ID":"0_nosuch"}}"#)
        let noKS = try await harness.callText("media", "list")
        #expect(noKS == #"{"code":"MISSING_KS","message":"Missing KS, session not established","objectType":"KalturaAPIException","args":[]}"#)
    }

    @Test("XML errors carry KalturaApiExceptionArg items")
    func xmlErrors() async throws {
        let harness = try EmulatorHarness()
        let (_, body) = await harness.raw("/api_v3/service/media/action/get",
                                          query: "entryId=0_nosuch&ks=\(harness.adminKS())")
        #expect(normalizingExecutionTime(body) == #"<?xml version="1.0" encoding="utf-8"?><xml><result><error><code>ENTRY_ID_NOT_FOUND</code><message>Entry id "0_nosuch" not found</message><objectType>KalturaAPIException</objectType><args><item><objectType>KalturaApiExceptionArg</objectType><name>ENTRY_ID</name><value>0_nosuch</value></item></args></error></result><executionTime>T</executionTime></xml>"#)
    }

    @Test("JSON objects: own properties first, objectType last, nulls left out")
    func jsonObjectShape() async throws {
        let harness = try EmulatorHarness(clock: { 1_700_000_000 })
        let ks = KalturaSessionGenerator.generateV2(adminSecret: EmulatorHarness.partner.adminSecret, userId: "", type: .admin,
                                                    partnerId: 101, expiry: 3600, now: 1_700_000_000)
        let category = try await harness.callText("category", "add", [
            "category": ["objectType": "KalturaCategory", "name": "Films"],
        ], ks: ks)
        #expect(category.hasPrefix(#"{"id":1,"#))
        #expect(category.contains(#""name":"Films","#))
        #expect(category.contains(#""createdAt":1700000000,"updatedAt":1700000000"#))
        #expect(category.hasSuffix(#","objectType":"KalturaCategory"}"#))
        #expect(!category.contains("null"))
    }

    @Test("XML objects list every readable property, nulls as empty elements unless ignoreNull=1")
    func xmlObjectShape() async throws {
        let harness = try EmulatorHarness()
        let ks = harness.adminKS()
        let added = try await harness.admin("media", "add", ["entry": ["objectType": "KalturaMediaEntry", "name": "n", "mediaType": 1]])
        let id = try #require(added["id"]?.stringValue)
        let (_, full) = await harness.raw("/api_v3/service/media/action/get", query: "entryId=\(id)&ks=\(ks)")
        #expect(full.contains("<result><objectType>KalturaMediaEntry</objectType><mediaType>1</mediaType><conversionQuality></conversionQuality>"))
        #expect(full.contains("<id>\(id)</id><name>n</name>"))
        let (_, lean) = await harness.raw("/api_v3/service/media/action/get", query: "entryId=\(id)&ks=\(ks)&ignoreNull=1")
        #expect(lean.contains("<result><objectType>KalturaMediaEntry</objectType><mediaType>1</mediaType><id>\(id)</id><name>n</name>"))
    }

    @Test("format=9 wraps the JSON in the callback")
    func jsonp() async throws {
        let harness = try EmulatorHarness()
        let (type, body) = await harness.raw("/api_v3/service/system/action/ping", query: "format=9&callback=cb")
        #expect(type == "application/javascript")
        #expect(body == "cb(true);")
    }

    @Test("the schema document is served as text/xml, byte for byte")
    func schemaDocument() async throws {
        let harness = try EmulatorHarness()
        let (data, response) = try await harness.live { try await $0.get("/api_v3/api_schema.php") }
        #expect(response.value(forHTTPHeaderField: "Content-Type") == "text/xml")
        #expect(data == harness.emulator.configuration.schemaXML)
    }
}
