import Foundation
import Kaltura
import KalturaSchema
import OrderedCollections
import Testing

/// The exact bytes a call puts on the wire, against the protocol notes' test vectors.
@Suite("Request encoding")
struct RequestEncodingTests {
    /// Test vector B of the protocol notes, compact.
    static let vectorB = #"{"format":1,"clientTag":"swift-test","apiVersion":"22.19.0","ks":"KS123","# +
        #""filter":{"objectType":"KalturaMediaEntryFilter","nameLike":"hello","mediaTypeEqual":1,"orderBy":"-createdAt","tagsMultiLikeOr__null":""},"# +
        #""pager":{"objectType":"KalturaFilterPager","pageSize":10,"pageIndex":2}}"#

    private func client(_ transport: FakeTransport, partnerId: Int? = nil, headers: [String: String] = [:]) -> KalturaClient {
        let client = TestClients.make(schema: TestClients.demoSchema(apiVersion: "22.19.0"), transport: transport,
                                      partnerId: partnerId, headers: headers)
        client.ks = "KS123"
        return client
    }

    @Test func vectorBFromOrderedObjects() async throws {
        let transport = FakeTransport(body: #"{"objects":[],"totalCount":0,"objectType":"KalturaMediaListResponse"}"#)
        _ = try await client(transport).media.list(
            filter: KalturaObject("KalturaMediaEntryFilter", [
                "nameLike": "hello", "mediaTypeEqual": 1, "orderBy": "-createdAt", "tagsMultiLikeOr": .null,
            ]),
            pager: KalturaObject("KalturaFilterPager", ["pageSize": 10, "pageIndex": 2]))
        let request = try #require(transport.requests.first)
        #expect(request.method == "POST")
        #expect(request.url.absoluteString == "https://www.kaltura.com/api_v3/service/media/action/list")
        #expect(request.header("Content-Type") == "application/json")
        #expect(request.headers.first { $0.name == "Content-Type" }?.value == "application/json")
        #expect(transport.lastBody == Self.vectorB)
    }

    @Test func enumConstantsByNameEncodeTheirValues() async throws {
        let transport = FakeTransport(body: "null")
        _ = try await client(transport).media.list(
            filter: KalturaObject("KalturaMediaEntryFilter", [
                "nameLike": "hello", "mediaTypeEqual": "VIDEO", "orderBy": "-createdAt", "tagsMultiLikeOr": .null,
            ]),
            pager: KalturaObject("KalturaFilterPager", ["pageSize": 10, "pageIndex": 2]))
        #expect(transport.lastBody == Self.vectorB)
    }

    @Test func stringEnumConstantsByNameEncodeTheirValuesOthersPassThrough() async throws {
        let transport = FakeTransport(body: "null")
        _ = try await client(transport).media.list(filter: KalturaObject("KalturaMediaEntryFilter", [
            "statusEqual": "READY", "statusNotEqual": "2", "typeEqual": "virusScan.Unknown",
        ]))
        #expect(transport.lastBody?.hasSuffix(#""filter":{"objectType":"KalturaMediaEntryFilter","# +
            #""statusEqual":"2","statusNotEqual":"2","typeEqual":"virusScan.Unknown"}}"#) == true)
    }

    @Test func keywordOrderDoesNotMatterParametersGoInSchemaOrder() async throws {
        let transport = FakeTransport(body: "null")
        _ = try await client(transport).media.list(
            pager: KalturaObject("KalturaFilterPager", ["pageSize": 10, "pageIndex": 2]),
            filter: KalturaObject("KalturaMediaEntryFilter", [
                "nameLike": "hello", "mediaTypeEqual": 1, "orderBy": "-createdAt", "tagsMultiLikeOr": KalturaValue.null,
            ]))
        #expect(transport.lastBody == Self.vectorB)
    }

    @Test func dictionaryLiteralsBecomeObjectsOfTheDeclaredClassInTheirOwnOrder() async throws {
        let transport = FakeTransport(body: "null")
        _ = try await client(transport).media.list(
            filter: ["objectType": "KalturaMediaEntryFilter", "nameLike": "x", "statusIn": "2,7"],
            pager: ["pageSize": 10, "pageIndex": 1])
        #expect(transport.lastBody == #"{"format":1,"clientTag":"swift-test","apiVersion":"22.19.0","ks":"KS123","# +
            #""filter":{"objectType":"KalturaMediaEntryFilter","nameLike":"x","statusIn":"2,7"},"# +
            #""pager":{"objectType":"KalturaFilterPager","pageSize":10,"pageIndex":1}}"#)
    }

    @Test func positionalArgumentsBindInSchemaOrder() async throws {
        let transport = FakeTransport(body: "null")
        _ = try await client(transport).media.get("0_abc", 3)
        #expect(transport.lastBody?.hasSuffix(#""ks":"KS123","entryId":"0_abc","version":3}"#) == true)
        _ = try await client(transport).media.get("0_abc", version: 4)
        #expect(transport.lastBody?.hasSuffix(#""entryId":"0_abc","version":4}"#) == true)
    }

    @Test func swiftValuesConvertAndNilClears() async throws {
        let transport = FakeTransport(body: "null")
        let optionalTags: String? = nil
        let referenceId: String? = "ref-1"
        _ = try await client(transport).media.update(
            entryId: KalturaValue("0_abc" as Substring),
            mediaEntry: [
                "startDate": KalturaValue(Date(timeIntervalSince1970: 1_700_000_000.4)),
                "tags": KalturaValue(optionalTags),
                "referenceId": KalturaValue(referenceId),
                "isTrimDisabled": true,
                "description": nil,
            ])
        // The literal's order is kept, and nil (a literal or an empty optional) is an explicit null.
        #expect(transport.lastBody?.hasSuffix(#""entryId":"0_abc","mediaEntry":{"objectType":"KalturaMediaEntry","# +
            #""startDate":1700000000,"tags__null":"","referenceId":"ref-1","isTrimDisabled":1,"description__null":""}}"#) == true)
    }

    @Test func rawRepresentableAndConvertibleValues() async throws {
        enum Status: String, KalturaValueConvertible { case ready = "2" }
        struct Tags: KalturaValueConvertible {
            var names: [String]
            var kalturaValue: KalturaValue { .string(names.joined(separator: ",")) }
        }
        let transport = FakeTransport(body: "null")
        _ = try await client(transport).media.list(filter: [
            "mediaTypeEqual": KalturaValue(2 as UInt16), "statusEqual": KalturaValue(Status.ready),
            "tagsMultiLikeOr": KalturaValue(Tags(names: ["a", "b"])),
        ])
        #expect(transport.lastBody?.hasSuffix(#""filter":{"objectType":"KalturaMediaEntryFilter","# +
            #""mediaTypeEqual":2,"statusEqual":"2","tagsMultiLikeOr":"a,b"}}"#) == true)
    }

    @Test func pluginServicesByNamespaceAndByWireId() async throws {
        let transport = FakeTransport(body: "null")
        let client = client(transport)
        _ = try await client.metadata.metadataProfile.list()
        _ = try await client.metadata_metadataprofile.list()
        _ = try await client.service("metadata.metadataProfile").list()
        _ = try await client.service("metadata_metadataprofile").list()
        _ = try await client.plugin("metadata").metadataProfile.list()
        _ = try await client.METADATA.MetadataProfile.LIST()
        let urls = transport.requests.map(\.url.absoluteString)
        #expect(urls == Array(repeating: "https://www.kaltura.com/api_v3/service/metadata_metadataprofile/action/list", count: 6))
    }

    @Test func swiftKeywordActionsWithBackticks() async throws {
        let transport = FakeTransport(body: "null")
        _ = try await client(transport).media.`delete`(entryId: "0_abc")
        #expect(transport.requests.last?.url.absoluteString == "https://www.kaltura.com/api_v3/service/media/action/delete")
    }

    @Test func requestConfigurationComesFromTheClientAndCanBeOverridden() async throws {
        let transport = FakeTransport(body: "null")
        let client = client(transport, partnerId: 123)
        client.requestConfiguration.language = "en"
        _ = try await client.system.ping()
        #expect(transport.lastBody == #"{"format":1,"clientTag":"swift-test","apiVersion":"22.19.0","partnerId":123,"ks":"KS123","language":"en"}"#)

        let other = client.overriding {
            $0.ks = "OTHER"
            $0.responseProfile = KalturaValue.object(KalturaObject("KalturaDetachedResponseProfile", ["type": 1, "fields": "id,name"]))
        }
        _ = try await other.system.ping()
        #expect(transport.lastBody == #"{"format":1,"clientTag":"swift-test","apiVersion":"22.19.0","partnerId":123,"ks":"OTHER","language":"en","# +
            #""responseProfile":{"objectType":"KalturaDetachedResponseProfile","type":1,"fields":"id,name"}}"#)
        #expect(client.ks == "KS123")
    }

    @Test func anActionParameterWinsOverTheRequestConfiguration() async throws {
        let transport = FakeTransport(body: #""KS""#)
        let client = TestClients.make(transport: transport, partnerId: 123)
        _ = try await client.session.start(secret: "s3cret", partnerId: 456, type: "ADMIN")
        #expect(transport.lastBody == #"{"format":1,"clientTag":"swift-test","apiVersion":"22.15.0","partnerId":456,"secret":"s3cret","type":2}"#)
    }

    @Test func extraHeadersAndServiceURLWithApiV3() async throws {
        let transport = FakeTransport(body: "true")
        let schema = Schema.demo()
        let client = KalturaClient(
            configuration: .init(serviceURL: URL(string: "http://localhost:8080/kaltura/api_v3/")!, schemaSource: .schema(schema),
                                 http: .init(timeout: 5, headers: ["X-Trace": "abc", "Authorization": "Bearer t"], transport: transport)),
            schema: schema)
        _ = try await client.system.ping()
        let request = try #require(transport.requests.first)
        #expect(request.url.absoluteString == "http://localhost:8080/kaltura/api_v3/service/system/action/ping")
        #expect(request.headers.map(\.name) == ["Content-Type", "Accept", "Authorization", "X-Trace"])
        #expect(request.timeout == 5)
    }

    @Test func emptyArraysAndNestedArraysOfObjects() async throws {
        let transport = FakeTransport(body: "null")
        let client = TestClients.make(schema: TestSchemas.shapes, transport: transport)
        _ = try await client.shape.add(shape: ["objectType": "TestShape", "points": [["x": 1, "y": 2]], "tags": []])
        #expect(transport.lastBody == #"{"format":1,"clientTag":"swift-test","apiVersion":"1.0","shape":{"objectType":"TestShape","# +
            #""points":[{"objectType":"TestPoint","x":1,"y":2}],"tags":[]}}"#)
    }

    @Test func theRequestCanBeInspectedWithoutSending() throws {
        let transport = FakeTransport(body: "null")
        let client = client(transport)
        let request = try client.request(for: KalturaCall("media.get", parameters: ["entryId": "0_abc"])!)
        #expect(String(decoding: request.body, as: UTF8.self)
            == #"{"format":1,"clientTag":"swift-test","apiVersion":"22.19.0","ks":"KS123","entryId":"0_abc"}"#)
        #expect(transport.requests.isEmpty)
    }
}
