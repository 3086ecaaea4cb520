import Testing

@testable import Kaltura
@testable import KalturaCore

@Suite("KalturaXMLResponse")
struct KalturaXMLResponseTests {
    private static let head = #"<?xml version="1.0" encoding="utf-8"?><xml><result>"#

    private func document(_ result: KalturaResult, ignoreNull: Bool = false) -> String {
        KalturaXMLResponse.document(for: result, executionTime: 0.001, ignoreNull: ignoreNull)
    }

    private func wrapped(_ content: String) -> String {
        Self.head + content + "</result><executionTime>0.001</executionTime></xml>"
    }

    @Test func object() {
        let entry: KalturaValue = [
            "objectType": "KalturaMediaEntry", "id": "0_abc", "name": "Intro", "plays": 3, "rank": 1.5,
            "isTrimDisabled": true, "displayInSearch": false,
        ]
        #expect(
            document(.success(entry))
                == wrapped(
                    "<objectType>KalturaMediaEntry</objectType><id>0_abc</id><name>Intro</name><plays>3</plays>"
                        + "<rank>1.5</rank><isTrimDisabled>1</isTrimDisabled><displayInSearch>0</displayInSearch>"))
    }

    @Test func listResponseWithArraysAndMaps() {
        let list: KalturaValue = [
            "objects": [
                [
                    "objectType": "KalturaMediaEntry", "id": "0_abc",
                    "relatedObjects": [
                        "flavors": ["objectType": "KalturaFlavorAssetListResponse", "objects": [], "totalCount": 0]
                    ],
                ]
            ],
            "totalCount": 1,
            "objectType": "KalturaMediaListResponse",
        ]
        #expect(
            document(.success(list))
                == wrapped(
                    "<objectType>KalturaMediaListResponse</objectType><objects><item><objectType>KalturaMediaEntry</objectType>"
                        + "<id>0_abc</id><relatedObjects><item><itemKey>flavors</itemKey>"
                        + "<objectType>KalturaFlavorAssetListResponse</objectType><objects></objects><totalCount>0</totalCount>"
                        + "</item></relatedObjects></item></objects><totalCount>1</totalCount>"))
    }

    @Test func scalarMapsAndLists() {
        #expect(
            KalturaXMLResponse.resultContent(for: .success(.map(["a": "1", "b": [true, 2]])))
                == "<item><itemKey>a</itemKey>1</item><item><itemKey>b</itemKey><item>1</item><item>2</item></item>")
    }

    @Test func primitivesAndVoid() {
        #expect(document(.success(true)) == wrapped("1"))
        #expect(document(.success(1_700_000_000)) == wrapped("1700000000"))
        #expect(document(.success("22.19.0")) == wrapped("22.19.0"))
        #expect(document(.success(.null)) == wrapped(""))
        #expect(document(.success(2.0)) == wrapped("2"))
        #expect(document(.success(.float(.nan))) == wrapped(""))
    }

    @Test func nullFields() {
        let entry: KalturaValue = ["objectType": "KalturaMediaEntry", "id": "0_abc", "tags": .null]
        #expect(document(.success(entry)) == wrapped("<objectType>KalturaMediaEntry</objectType><id>0_abc</id><tags></tags>"))
        #expect(document(.success(entry), ignoreNull: true) == wrapped("<objectType>KalturaMediaEntry</objectType><id>0_abc</id>"))
    }

    @Test func error() {
        let error = KalturaAPIError(code: "ENTRY_ID_NOT_FOUND", message: #"Entry id "0_bad" not found"#, args: ["ENTRY_ID": "0_bad"])
        #expect(
            document(.failure(error))
                == wrapped(
                    #"<error><code>ENTRY_ID_NOT_FOUND</code><message>Entry id "0_bad" not found</message>"#
                        + "<objectType>KalturaAPIException</objectType><args><item><objectType>KalturaApiExceptionArg</objectType>"
                        + "<name>ENTRY_ID</name><value>0_bad</value></item></args></error>"))
    }

    @Test func errorWithoutArgs() {
        let error = KalturaAPIError(code: "INTERNAL_SERVERL_ERROR", message: "Internal server error occurred")
        #expect(
            KalturaXMLResponse.resultContent(for: .failure(error))
                == "<error><code>INTERNAL_SERVERL_ERROR</code><message>Internal server error occurred</message>"
                + "<objectType>KalturaAPIException</objectType><args></args></error>")
    }

    @Test func multiRequest() {
        let result = KalturaResult.multiple([
            .success(["objectType": "KalturaMediaEntry", "id": "0_a"]),
            .success(.null),
            .failure(KalturaAPIError(code: "ENTRY_ID_NOT_FOUND", message: "m", args: ["ENTRY_ID": "0_bad"])),
        ])
        #expect(
            document(result)
                == wrapped(
                    "<item><objectType>KalturaMediaEntry</objectType><id>0_a</id></item><item></item>"
                        + "<item><error><code>ENTRY_ID_NOT_FOUND</code><message>m</message><objectType>KalturaAPIException</objectType>"
                        + "<args><item><objectType>KalturaApiExceptionArg</objectType><name>ENTRY_ID</name><value>0_bad</value>"
                        + "</item></args></error></item>"))
    }

    @Test func textIsEscaped() {
        #expect(KalturaXMLResponse.resultContent(for: .success("<a & b> \"q\" 'x'")) == "&lt;a &amp; b&gt; \"q\" 'x'")
        #expect(KalturaXMLResponse.resultContent(for: .success("a\r\nb\tc\u{0}\u{1F}d\u{FFFE}é🎬")) == "a&#13;\nb\tcdé🎬")
        let error = KalturaAPIError(code: "A&B", message: "<m>", args: ["N<": "v&"])
        #expect(KalturaXMLResponse.resultContent(for: .failure(error)).contains("<code>A&amp;B</code><message>&lt;m&gt;</message>"))
        #expect(KalturaXMLResponse.resultContent(for: .failure(error)).contains("<name>N&lt;</name><value>v&amp;</value>"))
        #expect(
            KalturaXMLResponse.resultContent(for: .success(.map(["<k>": 1])))
                == "<item><itemKey>&lt;k&gt;</itemKey>1</item>")
    }

    @Test func fieldNamesAreXMLNames() {
        let object: KalturaValue = .object(KalturaObject("T", ["ok_name-1.x": 1, "1st": 2, "a b": 3, "": 4, "é": 5]))
        #expect(
            KalturaXMLResponse.resultContent(for: .success(object))
                == "<objectType>T</objectType><ok_name-1.x>1</ok_name-1.x><_st>2</_st><a_b>3</a_b><_>4</_><é>5</é>")
    }

    @Test(arguments: [
        (0.001, "0.001"), (0.0123, "0.0123"), (0, "0"), (-1, "0"), (Double.nan, "0"), (2, "2"), (1.5, "1.5"),
        (0.0000004, "0"), (0.0000006, "0.000001"), (12.3456789, "12.345679"),
    ])
    func executionTime(seconds: Double, text: String) {
        #expect(KalturaXMLResponse.formatExecutionTime(seconds) == text)
    }

    @Test func envelope() {
        #expect(
            KalturaXMLResponse.document(for: .success(true), executionTime: 0.0123)
                == #"<?xml version="1.0" encoding="utf-8"?><xml><result>1</result><executionTime>0.0123</executionTime></xml>"#)
    }
}
