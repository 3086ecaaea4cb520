import Foundation
import Kaltura
import KalturaSchema
import Testing

/// The dynamic surface: how member paths resolve to services and actions, and what results come back as.
@Suite("Dynamic calls")
struct DynamicCallTests {
    static let entryJSON = #"{"id":"0_abc","name":"Intro","description":"About","partnerId":"123","createdAt":1700000000,"# +
        #""mediaType":1,"status":"2","objectType":"KalturaMediaEntry"}"#

    @Test func aCoreServiceAndAPluginWithTheSameNameAreBothReachable() async throws {
        let transport = FakeTransport(body: #""ok""#)
        let client = TestClients.make(schema: TestSchemas.shapes, transport: transport)
        _ = try await client.document.get(entryId: "a")
        _ = try await client.document.documents.get(entryId: "b")
        _ = try await client.service("document").get(entryId: "c")
        _ = try await client.plugin("document").documents.get(entryId: "d")
        _ = try await client.service("document.documents").get(entryId: "e")
        #expect(transport.requests.map(\.url.path) == [
            "/api_v3/service/document/action/get", "/api_v3/service/document_documents/action/get",
            "/api_v3/service/document/action/get", "/api_v3/service/document_documents/action/get",
            "/api_v3/service/document_documents/action/get",
        ])
    }

    @Test func pathsThatNameNoActionCannotBeCalled() async throws {
        let client = TestClients.make()
        await #expect(throws: KalturaClientError.invalidCallPath(
            path: "client.media", reason: "it names a service or a plugin; call an action, such as client.media.list()")) {
            _ = try await client.media()
        }
        await #expect(throws: KalturaClientError.invalidCallPath(
            path: "client.a.b.c.d", reason: "a call is client.SERVICE.ACTION(…) or client.PLUGIN.SERVICE.ACTION(…)")) {
            _ = try await client.a.b.c.d()
        }
        await #expect(throws: KalturaClientError.invalidCallPath(
            path: "client.service(\"media\")", reason: "it names a service; call an action, such as client.service(\"media\").list()")) {
            _ = try await client.service("media")()
        }
        await #expect(throws: KalturaClientError.invalidCallPath(
            path: "client.service(\"a.b.c\").list", reason: "\"a.b.c\" is not a service name; give a wire id "
                + "(metadata_metadataprofile) or plugin.service (metadata.metadataProfile)")) {
            _ = try await client.service("a.b.c").list()
        }
    }

    @Test func callsNamedByStringParseThroughTheSchemaNameParser() {
        #expect(KalturaCall("media.list")?.service == .id("media"))
        #expect(KalturaCall("metadata.metadataProfile.list")?.service == .pluginService(plugin: "metadata", service: "metadataProfile"))
        #expect(KalturaCall("metadata.metadataProfile.list")?.displayName == "metadata.metadataProfile.list")
        #expect(KalturaCall("media") == nil)
        #expect(KalturaCall("a.b.c.d") == nil)
        #expect(KalturaCall("media..list") == nil)
    }

    @Test func serveActionsReturnTheirURLWithoutSending() async throws {
        let transport = FakeTransport(body: "null")
        let client = TestClients.make(schema: TestSchemas.shapes, transport: transport)
        #expect(try await client.shape.serve(id: 1)
            == "https://www.kaltura.com/api_v3/service/shape/action/serve?format=1&clientTag=swift-test&apiVersion=1.0&id=1")
        #expect(transport.requests.isEmpty)
    }

    @Test func resultsReadByMemberName() async throws {
        let client = TestClients.make(transport: FakeTransport(body: Self.entryJSON))
        let entry = try await client.media.get(entryId: "0_abc")
        #expect(entry.name == "Intro")
        #expect(entry.name?.stringValue == "Intro")
        #expect(entry.partnerId == 123)
        #expect(entry.createdAt?.dateValue == Date(timeIntervalSince1970: 1_700_000_000))
        #expect(entry.objectType == "KalturaMediaEntry")
        #expect(entry["description"] == "About")
        #expect(entry.missing == nil)
    }

    @Test func resultsAsKalturaObject() async throws {
        let client = TestClients.make(transport: FakeTransport(body: Self.entryJSON))
        let entry: KalturaObject = try await client.media.get(entryId: "0_abc")
        #expect(entry.objectType == "KalturaMediaEntry")
        #expect(entry.description == "About")

        let pinging = TestClients.make(transport: FakeTransport(body: "true"))
        await #expect(throws: KalturaClientError.resultTypeMismatch(expected: "KalturaObject", reason: "it is bool true")) {
            let _: KalturaObject = try await pinging.system.ping()
        }
    }

    @Test func resultsDecodedIntoYourOwnTypes() async throws {
        struct Entry: Decodable, Equatable {
            var id: String
            var name: String
            var partnerId: Int
            var createdAt: Date
            var mediaType: Int
            var objectType: String
            var tags: String?
        }
        let client = TestClients.make(transport: FakeTransport(body: Self.entryJSON))
        let entry: Entry = try await client.media.get(entryId: "0_abc")
        #expect(entry == Entry(id: "0_abc", name: "Intro", partnerId: 123, createdAt: Date(timeIntervalSince1970: 1_700_000_000),
                               mediaType: 1, objectType: "KalturaMediaEntry", tags: nil))

        struct Wrong: Decodable { var views: Int }
        await #expect(throws: KalturaClientError.resultTypeMismatch(expected: "Wrong", reason: "no \"views\" member")) {
            let _: Wrong = try await client.media.get(entryId: "0_abc")
        }
        let version: String = try await TestClients.make(transport: FakeTransport(body: #""22.15.0""#)).system.getVersion()
        #expect(version == "22.15.0")
    }

    @Test func theNonDynamicCallIsTheSameCall() async throws {
        let transport = FakeTransport(body: Self.entryJSON)
        let client = TestClients.make(transport: transport)
        let dynamic = try await client.media.get(entryId: "0_abc")
        let described = try await client.call(KalturaCall("media.get", parameters: ["entryId": "0_abc"])!)
        #expect(dynamic == described)
        #expect(transport.requests[0] == transport.requests[1])
        #expect(KalturaCall("media") == nil)
        #expect(KalturaCall("a.b.c.d") == nil)
        #expect(KalturaCall("metadata.metadataProfile.list")?.service == .pluginService(plugin: "metadata", service: "metadataProfile"))
    }

    @Test func theClientIsSendableAndItsSessionIsShared() async throws {
        let transport = FakeTransport(body: "true")
        let client = TestClients.make(transport: transport)
        client.ks = "KS-1"
        try await withThrowingTaskGroup(of: KalturaValue.self) { group in
            for _ in 0..<8 {
                group.addTask { try await client.system.ping() }
            }
            for try await result in group { #expect(result == true) }
        }
        #expect(transport.requests.count == 8)
        #expect(transport.requests.allSatisfy { String(decoding: $0.body, as: UTF8.self).contains(#""ks":"KS-1""#) })
    }
}
