import Foundation
import Kaltura
import KalturaSchema
import KalturaTestSupport
import Testing

/// Responses as servers of each era wrote them: plain objects typed by the declared result (nested
/// ones by the declared property types), `objectType` on the top-level object only, nulls, and both
/// old error shapes, which are thrown as ``KalturaAPIError`` and never returned as results.
@Suite("Era response decoding")
struct EraResponseDecodingTests {
    /// A class with real `code` and `message` properties, like `KalturaAccessControlMessage`, and a
    /// map result: results that may look like an old error and must stay results.
    static let lookalikes = try! Schema(xml: """
        <?xml version="1.0"?>
        <xml apiVersion="1.0" generatedDate="1700000000">
          <classes>
            <class name="TestNotice">
              <property name="code" type="string"/>
              <property name="message" type="string"/>
            </class>
            <class name="TestThing">
              <property name="id" type="int"/>
            </class>
          </classes>
          <services>
            <service id="notice" name="notice">
              <action name="get"><result type="TestNotice"/></action>
              <action name="labels"><result type="map" arrayType="string"/></action>
              <action name="thing"><result type="TestThing"/></action>
            </service>
          </services>
        </xml>
        """)

    private func client(schema: Schema, body: String) -> KalturaClient {
        let client = TestClients.make(schema: schema, transport: FakeTransport(body: body))
        client.ks = "KS1"
        return client
    }

    private func oldSchema() throws -> Schema {
        try TestFixtures.loadedSharedSchema("kaltura-schema-3.1.1.xml")
    }

    // MARK: - Objects

    @Test func plainObjectsAreTypedByTheDeclaredResultAndTheirPropertiesNullsKept() async throws {
        // 2010-09 → 2011-10: no objectType anywhere, nulls written, numbers often as strings.
        let body = #"{"objects":[{"id":"0_a","name":"A","tags":null,"status":"2","createdAt":"1296067642","#
            + #""dataContent":"x"}],"totalCount":"1"}"#
        let page = try #require(try await client(schema: oldSchema(), body: body)
            .call(KalturaCall("data.list")!).objectValue)
        #expect(page.objectType == "KalturaDataListResponse")
        #expect(page.totalCount == .int(1))
        let entry = try #require(page.objects?[0]?.objectValue)
        #expect(entry.objectType == "KalturaDataEntry")
        #expect(entry.status == "2", "KalturaEntryStatus is a string enum in 3.1.1")
        #expect(entry.createdAt == .int(1_296_067_642))
        #expect(entry.tags == .null)
        #expect(entry.dataContent == "x")
    }

    @Test func objectTypeOnTheTopLevelOnlyTypesTheRestFromTheDeclaredProperties() async throws {
        // 2011-10 → 2013-08: the result names its class, nested objects do not.
        let body = #"{"objects":[{"id":3,"name":"Root","depth":"0"}],"totalCount":1,"objectType":"KalturaCategoryListResponse"}"#
        let page = try #require(try await client(schema: oldSchema(), body: body)
            .call(KalturaCall("category.list")!).objectValue)
        #expect(page.objectType == "KalturaCategoryListResponse")
        let category = try #require(page.objects?[0]?.objectValue)
        #expect(category.objectType == "KalturaCategory")
        #expect(category.depth == .int(0))
        #expect(category.name == "Root")
    }

    // MARK: - Errors

    @Test func theOldErrorShapeIsThrown() async throws {
        // Before IX-9.6.0 (October 2013): code and message only.
        let body = #"{"code":"ENTRY_ID_NOT_FOUND","message":"Entry id \"0_x\" not found"}"#
        let error = await #expect(throws: KalturaAPIError.self) {
            try await client(schema: oldSchema(), body: body).call(KalturaCall("data.get", parameters: ["entryId": "0_x"])!)
        }
        #expect(error == KalturaAPIError(code: "ENTRY_ID_NOT_FOUND", message: #"Entry id "0_x" not found"#))
        #expect(error?.description == #"ENTRY_ID_NOT_FOUND: Entry id "0_x" not found"#)
    }

    @Test func theExceptionShapeOfLaterErasIsThrownWithItsArguments() async throws {
        // IX-9.6.0 on: objectType KalturaAPIException and args, on objects that otherwise carry no objectType.
        let body = #"{"code":"ENTRY_ID_NOT_FOUND","message":"Entry id \"0_x\" not found","#
            + #""objectType":"KalturaAPIException","args":{"ENTRY_ID":"0_x"}}"#
        let error = await #expect(throws: KalturaAPIError.self) {
            try await client(schema: oldSchema(), body: body).call(KalturaCall("data.get", parameters: ["entryId": "0_x"])!)
        }
        #expect(error == KalturaAPIError(code: "ENTRY_ID_NOT_FOUND", message: #"Entry id "0_x" not found"#,
                                         args: ["ENTRY_ID": "0_x"]))
    }

    @Test func theOldShapeWithArgumentsOrAnEmptyArgumentListIsAnErrorToo() async throws {
        for body in [#"{"code":"INVALID_KS","message":"Invalid KS","args":[]}"#,
                     #"{"message":"Invalid KS","code":"INVALID_KS","args":{"KS":"x"}}"#] {
            let error = await #expect(throws: KalturaAPIError.self) {
                try await client(schema: oldSchema(), body: body).call(KalturaCall("data.get", parameters: ["entryId": "0_x"])!)
            }
            #expect(error?.description == "INVALID_KS: Invalid KS", "\(body)")
        }
    }

    @Test func resultsThatOnlyLookLikeAnErrorStayResults() async throws {
        let notice = try await client(schema: Self.lookalikes, body: #"{"code":"E1","message":"Blocked"}"#)
            .call(KalturaCall("notice.get")!)
        #expect(notice == .object(KalturaObject(objectType: "TestNotice", fields: ["code": "E1", "message": "Blocked"])))

        let labels = try await client(schema: Self.lookalikes, body: #"{"code":"c","message":"m"}"#)
            .call(KalturaCall("notice.labels")!)
        #expect(labels == .map(["code": "c", "message": "m"]))

        // A member besides code, message and args: not the error shape.
        let thing = try await client(schema: Self.lookalikes, body: #"{"code":"c","message":"m","id":"4"}"#)
            .call(KalturaCall("notice.thing")!)
        #expect(thing.objectValue?.objectType == "TestThing")
        #expect(thing.id == .int(4))

        // A code that is not a string: not the error shape.
        let numbered = try await client(schema: Self.lookalikes, body: #"{"code":5,"message":"m"}"#)
            .call(KalturaCall("notice.thing")!)
        #expect(numbered == .object(KalturaObject(objectType: "TestThing", fields: ["code": 5, "message": "m"])))
    }

    // MARK: - Multirequests

    @Test func aMultiRequestItemInTheOldErrorShapeFailsThatCallOnly() async throws {
        let body = #"[{"id":"0_a","name":"A","objectType":"KalturaDataEntry"},{"code":"ENTRY_ID_NOT_FOUND","message":"Entry id \"0_b\" not found"}]"#
        let results = try await client(schema: oldSchema(), body: body).multirequest { batch in
            batch.data.get(entryId: "0_a")
            batch.data.get(entryId: "0_b")
        }
        let entry: KalturaObject = try results[0].get()
        #expect(entry.objectType == "KalturaDataEntry")
        #expect(results[1].error == KalturaAPIError(code: "ENTRY_ID_NOT_FOUND", message: #"Entry id "0_b" not found"#))
    }

    @Test func aWholeMultiRequestFailedInTheOldErrorShapeThrows() async throws {
        let error = await #expect(throws: KalturaAPIError.self) {
            try await client(schema: oldSchema(), body: #"{"code":"INVALID_KS","message":"Invalid KS"}"#)
                .multirequest { batch in batch.data.get(entryId: "0_a") }
        }
        #expect(error == KalturaAPIError(code: "INVALID_KS", message: "Invalid KS"))
    }
}
