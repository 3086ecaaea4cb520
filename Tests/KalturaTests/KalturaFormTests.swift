import OrderedCollections
import Testing

@testable import Kaltura

@Suite("KalturaForm")
struct KalturaFormTests {
    /// Protocol notes, test vector C.
    static let vectorC = """
        format=1&ks=KS123&clientTag=swift-test&apiVersion=22.19.0&filter%3AobjectType=KalturaMediaEntryFilter\
        &filter%3AnameLike=hello&filter%3AmediaTypeEqual=1&filter%3AorderBy=-createdAt\
        &filter%3AcreatedAtGreaterThanOrEqual=1700000000&filter%3AtagsMultiLikeOr__null=\
        &filter%3AadvancedSearch%3AobjectType=KalturaSearchOperator&filter%3AadvancedSearch%3Atype=1\
        &filter%3AadvancedSearch%3Aitems%3A0%3AobjectType=KalturaSearchCondition\
        &filter%3AadvancedSearch%3Aitems%3A0%3Afield=name&filter%3AadvancedSearch%3Aitems%3A0%3Avalue=x\
        &pager%3AobjectType=KalturaFilterPager&pager%3ApageSize=10&pager%3ApageIndex=2
        """

    /// The parameters of vector C with native types, as a client holds them.
    static let vectorCParameters: OrderedDictionary<String, KalturaValue> = [
        "format": 1,
        "ks": "KS123",
        "clientTag": "swift-test",
        "apiVersion": "22.19.0",
        "filter": [
            "objectType": "KalturaMediaEntryFilter",
            "nameLike": "hello",
            "mediaTypeEqual": 1,
            "orderBy": "-createdAt",
            "createdAtGreaterThanOrEqual": 1_700_000_000,
            "tagsMultiLikeOr": .null,
            "advancedSearch": [
                "objectType": "KalturaSearchOperator",
                "type": 1,
                "items": [
                    ["objectType": "KalturaSearchCondition", "field": "name", "value": "x"]
                ],
            ],
        ],
        "pager": ["objectType": "KalturaFilterPager", "pageSize": 10, "pageIndex": 2],
    ]

    // MARK: - Test vector C

    @Test func namesDeeperThanTheLimitAreDroppedNotGrouped() {
        // A 200,000-segment name once overflowed the stack in the recursive grouping.
        let deep = String(repeating: "a:", count: 200_000) + "b=1"
        let tree = KalturaForm.decode(deep + "&ok=1&x:y=2")
        #expect(tree == ["ok": "1", "x": .map(["y": "2"])])
        let atLimit = (0..<63).map { _ in "a" }.joined(separator: ":") + ":b=1"
        #expect(KalturaForm.decode(atLimit)["a"] != nil)
    }

    @Test func vectorCEncodesExactly() {
        #expect(KalturaForm.encode(Self.vectorCParameters) == Self.vectorC)
    }

    @Test func vectorCDecodesToTheServerTree() {
        let expected: OrderedDictionary<String, KalturaValue> = [
            "format": "1",
            "ks": "KS123",
            "clientTag": "swift-test",
            "apiVersion": "22.19.0",
            "filter": [
                "objectType": "KalturaMediaEntryFilter",
                "nameLike": "hello",
                "mediaTypeEqual": "1",
                "orderBy": "-createdAt",
                "createdAtGreaterThanOrEqual": "1700000000",
                "tagsMultiLikeOr": .null,
                "advancedSearch": [
                    "objectType": "KalturaSearchOperator",
                    "type": "1",
                    "items": .map(["0": ["objectType": "KalturaSearchCondition", "field": "name", "value": "x"]]),
                ],
            ],
            "pager": ["objectType": "KalturaFilterPager", "pageSize": "10", "pageIndex": "2"],
        ]
        let decoded = KalturaForm.decode(Self.vectorC)
        #expect(decoded == expected)
        #expect(decoded["filter"]?["advancedSearch"]?["items"]?.arrayValue?.count == 1)
    }

    @Test func vectorCRoundTrips() {
        #expect(KalturaForm.encode(KalturaForm.decode(Self.vectorC)) == Self.vectorC)
        #expect(KalturaForm.decode(Array(Self.vectorC.utf8)) == KalturaForm.decode(Self.vectorC))
    }

    // MARK: - Decoding

    @Test func fieldsAreSplitAndPercentDecoded() {
        let fields = KalturaForm.fields(in: "&a=1&&b&c=x%3Ay+z%2B&d==e&")
        #expect(
            fields == [
                .init(name: "a", value: "1"), .init(name: "b", value: ""), .init(name: "c", value: "x:y z+"),
                .init(name: "d", value: "=e"),
            ])
        #expect(KalturaForm.fields(in: "").isEmpty)
        #expect(KalturaForm.fields(in: AnyCollection(Array("a=b".utf8))) == [.init(name: "a", value: "b")])
    }

    @Test func percentDecoding() {
        #expect(KalturaForm.decode("n=%E2%82%AC+%c3%a9") == ["n": "€ é"])
        #expect(KalturaForm.decode("n=100%25&m=%zz%4&o=%") == ["n": "100%", "m": "%zz%4", "o": "%"])
        #expect(KalturaForm.decode("n=%FF") == ["n": "\u{FFFD}"])
        #expect(KalturaForm.decode("a%3Ab=1") == ["a": .map(["b": "1"])])
    }

    @Test func emptyArrayMarker() {
        #expect(KalturaForm.decode("a:-=") == ["a": []])
        #expect(KalturaForm.decode("responseProfile:relatedProfiles:-=") == ["responseProfile": .map(["relatedProfiles": []])])
        #expect(KalturaForm.decode("a:-=&a:0:b=1") == ["a": .map(["0": .map(["b": "1"])])])
        #expect(KalturaForm.decode("a:0:b=1&a:-=") == ["a": .map(["0": .map(["b": "1"])])])
        #expect(KalturaForm.decode("a=x&a:-=") == ["a": "x"])
        // Only a final `-` is a marker; a top-level `-` sets nothing.
        #expect(KalturaForm.decode("-=1&a:-:b=2") == ["a": .map(["-": .map(["b": "2"])])])
    }

    @Test func nullMarkers() {
        #expect(KalturaForm.decode("tags__null=") == ["tags": .null])
        #expect(KalturaForm.decode("filter:tagsLike__null=&filter:x=1") == ["filter": .map(["tagsLike": .null, "x": "1"])])
        // The marker wins over a value, in either order.
        #expect(KalturaForm.decode("a=1&a__null=") == ["a": .null])
        #expect(KalturaForm.decode("a__null=&a=1") == ["a": .null])
        #expect(KalturaForm.decode("a__null=&a:b=1") == ["a": .null])
        #expect(KalturaForm.decode("__null=1") == ["__null": "1"])
    }

    @Test func numericSegmentsStayMapKeys() {
        let tree = KalturaForm.decode("items:1:x=b&items:0:x=a")
        #expect(tree == ["items": .map(["1": .map(["x": "b"]), "0": .map(["x": "a"])])])
        #expect(tree["items"]?.arrayValue == [.map(["x": "a"]), .map(["x": "b"])])
    }

    @Test func mapsWithObjectTypeBecomeObjects() throws {
        let tree = KalturaForm.decode("pager:pageSize=10&pager:objectType=KalturaFilterPager")
        let pager = try #require(tree["pager"]?.objectValue)
        #expect(pager == KalturaObject("KalturaFilterPager", ["pageSize": "10"]))
    }

    @Test func phpBrackets() {
        #expect(
            KalturaForm.decode("responseProfile[fields]=id&responseProfile[type]=1")
                == ["responseProfile": .map(["fields": "id", "type": "1"])])
        #expect(KalturaForm.decode("a[]=x&a[]=y&a[5]=z&a[]=w") == ["a": .map(["0": "x", "1": "y", "5": "z", "6": "w"])])
        #expect(KalturaForm.decode("f:g[h][i]=1") == ["f": .map(["g": .map(["h": .map(["i": "1"])])])])
        #expect(KalturaForm.decode("a[b=1&[c]=2&d[e]f]=3") == ["a[b": "1", "[c]": "2", "d[e]f]": "3"])
    }

    @Test func lastWriterWins() {
        #expect(KalturaForm.decode("a=1&a=2") == ["a": "2"])
        #expect(KalturaForm.decode("a=1&a:b=2") == ["a": .map(["b": "2"])])
        // Plain names are placed before colon names are merged in, whatever the order.
        #expect(KalturaForm.decode("a:b=2&a=1") == ["a": .map(["b": "2"])])
        #expect(KalturaForm.decode("b=1&a=2&b=3") == ["b": "3", "a": "2"])
    }

    // MARK: - Grouping structured parameters

    @Test func groupingJSONParameters() throws {
        let body = try KalturaJSON.decode(
            #"{"format":1,"filter:nameLike":"x","filter":{"objectType":"KalturaMediaEntryFilter","tagsMultiLikeOr__null":"","statusIn":"2,7"},"responseProfile":{"objectType":"KalturaDetachedResponseProfile","relatedProfiles":{"-":""}},"ids":{"-":"","0":"a"}}"#)
        let parameters = try #require(body.mapValue)
        let grouped = KalturaForm.group(parameters)
        let expected: OrderedDictionary<String, KalturaValue> = [
            "format": 1,
            "filter": [
                "objectType": "KalturaMediaEntryFilter", "tagsMultiLikeOr": .null, "statusIn": "2,7", "nameLike": "x",
            ],
            "responseProfile": ["objectType": "KalturaDetachedResponseProfile", "relatedProfiles": []],
            "ids": .map(["0": "a"]),
        ]
        #expect(grouped == expected)
    }

    @Test func groupingKeepsObjectsTyped() {
        let grouped = KalturaForm.group([
            "entry": ["objectType": "KalturaMediaEntry", "name": "n"],
            "entry:objectType": "KalturaLiveStreamEntry",
            "entry:tags": "t",
            "entry:objectType:x": 1,
            "list": [1, 2],
            "list:2": 3,
        ])
        #expect(
            grouped == [
                "entry": ["objectType": "KalturaLiveStreamEntry", "name": "n", "tags": "t"],
                "list": .map(["0": 1, "1": 2, "2": 3]),
            ])
    }

    @Test func groupingFields() {
        let grouped = KalturaForm.group([
            KalturaForm.Field(name: "1:service", value: "media"), KalturaForm.Field(name: "1:action", value: "get"),
        ])
        #expect(grouped == ["1": .map(["service": "media", "action": "get"])])
    }

    // MARK: - Encoding

    @Test func flattening() {
        let fields = KalturaForm.flatten([
            "flag": true, "off": false, "rank": 1.5, "n": -3, "gone": .null,
            "empty": [], "emptyMap": .map([:]),
            "list": [["objectType": "KalturaCategoryUser", "categoryId": 5], "s", [1]],
            "map": .map(["k": "v", "z": .null]),
            "object": .object(KalturaObject("KalturaFilterPager")),
        ])
        #expect(
            fields.map(\.description) == [
                "flag=1", "off=0", "rank=1.5", "n=-3", "gone__null=", "empty:-=", "emptyMap:-=",
                "list:0:objectType=KalturaCategoryUser", "list:0:categoryId=5", "list:1=s", "list:2:0=1",
                "map:k=v", "map:z__null=", "object:objectType=KalturaFilterPager",
            ])
    }

    @Test func percentEncoding() {
        #expect(KalturaForm.encode(["q": "a b&c=d+é/~._-*"]) == "q=a+b%26c%3Dd%2B%C3%A9%2F~._-%2A")
        #expect(KalturaForm.encode([KalturaForm.Field(name: "a:b", value: "")]) == "a%3Ab=")
        #expect(KalturaForm.encode(OrderedDictionary<String, KalturaValue>()) == "")
    }

    @Test func encodedTreesDecodeBack() {
        let parameters: OrderedDictionary<String, KalturaValue> = [
            "name": "a b&c", "tags": .null, "items": [["objectType": "T", "x": "1"]], "empty": [],
        ]
        let decoded = KalturaForm.decode(KalturaForm.encode(parameters))
        #expect(
            decoded == [
                "name": "a b&c", "tags": .null, "items": .map(["0": ["objectType": "T", "x": "1"]]), "empty": [],
            ])
    }
}
