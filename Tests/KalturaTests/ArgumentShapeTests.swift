import Foundation
import Kaltura
import KalturaSchema
import OrderedCollections
import Testing

/// The shapes a dynamic call's arguments take: literals keep their order, `nil` clears, and Swift
/// values convert through ``KalturaValueConvertible``.
@Suite("Argument shapes")
struct ArgumentShapeTests {
    private let transport = FakeTransport(body: "null")

    private var client: KalturaClient {
        let client = TestClients.make(schema: TestClients.demoSchema(apiVersion: "22.19.0"), transport: transport)
        client.ks = "KS123"
        return client
    }

    private static let prefix = #"{"format":1,"clientTag":"swift-test","apiVersion":"22.19.0","ks":"KS123","#

    @Test func aDictionaryLiteralKeepsItsOrderOnTheWire() async throws {
        _ = try await client.media.list(
            filter: ["orderBy": "-createdAt", "objectType": "KalturaMediaEntryFilter", "nameLike": "zeta", "mediaTypeEqual": 1],
            pager: ["pageIndex": 2, "pageSize": 10])
        #expect(transport.lastBody == Self.prefix +
            #""filter":{"objectType":"KalturaMediaEntryFilter","orderBy":"-createdAt","nameLike":"zeta","mediaTypeEqual":1},"# +
            #""pager":{"objectType":"KalturaFilterPager","pageIndex":2,"pageSize":10}}"#)
    }

    @Test func nilInALiteralClearsTheField() async throws {
        _ = try await client.media.update(entryId: "0_abc", mediaEntry: ["name": "x", "tags": nil, "description": nil])
        #expect(transport.lastBody == Self.prefix +
            #""entryId":"0_abc","mediaEntry":{"objectType":"KalturaMediaEntry","name":"x","tags__null":"","description__null":""}}"#)
    }

    @Test func nilAsAnArgumentClearsTheParameter() async throws {
        // A literal nil beside literals, and an empty optional beside Swift values: both are `__null`.
        _ = try await client.media.get(entryId: "0_abc", version: nil)
        let literal = try #require(transport.lastBody)
        let entryId = "0_abc"
        let version: Int? = nil
        _ = try await client.media.get(entryId: entryId, version: version)
        #expect(literal == Self.prefix + #""entryId":"0_abc","version__null":""}"#)
        #expect(transport.lastBody == literal)
    }

    @Test func swiftVariablesOfEverySupportedKindInOneCall() async throws {
        let filter = KalturaObject("KalturaMediaEntryFilter", ["nameLike": "x", "createdAtGreaterThanOrEqual": KalturaValue(Date(timeIntervalSince1970: 1_700_000_000))])
        let pager = KalturaObject("KalturaFilterPager", ["pageSize": 5])
        _ = try await client.media.list(filter: filter, pager: pager)
        #expect(transport.lastBody == Self.prefix +
            #""filter":{"objectType":"KalturaMediaEntryFilter","nameLike":"x","createdAtGreaterThanOrEqual":1700000000},"# +
            #""pager":{"objectType":"KalturaFilterPager","pageSize":5}}"#)
        let token = "0_token"
        let file = KalturaFile(data: Data("hi".utf8), fileName: "hi.txt")
        let resume = false
        let offset = 0.0
        _ = try await client.uploadToken.upload(uploadTokenId: token, fileData: file, resume: resume, finalChunk: true, resumeAt: offset)
        #expect(transport.requests.last?.header("Content-Type")?.hasPrefix("multipart/form-data; boundary=") == true)
    }

    @Test func swiftScalarsAndArraysAsArguments() async throws {
        // Validation off, so parameters the demo schema does not have are sent as given.
        let loose = TestClients.make(transport: transport, validates: false)
        let entryId = "0_abc"
        let version = 3
        let when = Date(timeIntervalSince1970: 1_700_000_000)
        let tags = ["a", "b"]
        let flag = true
        _ = try await loose.media.get(entryId: entryId, version: version, when: when, tags: tags, flag: flag)
        #expect(transport.lastBody?.hasSuffix(#""entryId":"0_abc","version":3,"when":1700000000,"tags":["a","b"],"flag":true}"#) == true)
    }

    /// Passing a value of a type that does not conform, such as `client.media.get(entryId: Data())`
    /// or `["name": someFile]`, is a compile error, so no test can call it. This checks instead that
    /// every supported Swift type converts to the value the wire needs.
    @Test func theConverterCoversEverySupportedType() {
        enum Status: String, KalturaValueConvertible { case ready = "2" }
        let reference = KalturaResultReference(call: 1).objects[0].id
        let cases: [(any KalturaValueConvertible, KalturaValue)] = [
            ("text", .string("text")),
            ("abc".dropFirst(), .string("bc")),
            (Character("x"), .string("x")),
            (true, .bool(true)),
            (-3, .int(-3)),
            (Int8(-8), .int(-8)),
            (Int16(16), .int(16)),
            (Int32(32), .int(32)),
            (Int64(64), .int(64)),
            (UInt16(16), .int(16)),
            (UInt32(32), .int(32)),
            (UInt(7), .int(7)),
            (UInt64.max, .float(Double(UInt64.max))),
            (1.5, .float(1.5)),
            (Float(0.5), .float(0.5)),
            (Date(timeIntervalSince1970: 1_700_000_000.6), .int(1_700_000_001)),
            (URL(string: "https://example.com/a?b=1")!, .string("https://example.com/a?b=1")),
            (["a", "b"], .array(["a", "b"])),
            (String?.none, .null),
            (Int?.some(4), .int(4)),
            (OrderedDictionary<String, Int>(uniqueKeysWithValues: [("b", 2), ("a", 1)]), .map(["b": 2, "a": 1])),
            (["objectType": "KalturaFilterPager", "pageSize": 3] as OrderedDictionary<String, KalturaValue>,
             .object(KalturaObject("KalturaFilterPager", ["pageSize": 3]))),
            (KalturaValue.null, .null),
            (KalturaObject("KalturaFilterPager"), .object(KalturaObject("KalturaFilterPager"))),
            (reference, .string("{1:result:objects:0:id}")),
            (Status.ready, .string("2")),
        ]
        for (value, expected) in cases {
            #expect(value.kalturaValue == expected, "\(type(of: value))")
            #expect(value.kalturaArgument == .value(expected), "\(type(of: value))")
        }
        let file = KalturaFile(data: Data([1]), fileName: "one.bin")
        #expect(file.kalturaArgument == .file(file))
    }
}
