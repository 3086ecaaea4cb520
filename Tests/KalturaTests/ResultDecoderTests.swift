import Foundation
@testable import Kaltura
import KalturaSchema
import Testing

/// The result step: a response decoded and typed by the declared type; a multirequest's results
/// one per call, failed calls holding their error.
@Suite("Result decoder")
struct ResultDecoderTests {
    let decoder = KalturaResultDecoder(schema: Schema.demo())

    private func response(_ body: String) -> KalturaHTTPResponse {
        KalturaHTTPResponse(status: 200, headers: ["Content-Type": "application/json"], body: Array(body.utf8))
    }

    private func item(_ name: String, _ type: TypeReference?) -> KalturaPreparedMultiRequest.Item {
        KalturaPreparedMultiRequest.Item(displayName: name, parameters: [:], resultType: type)
    }

    @Test func aResultIsTypedByTheDeclaredType() throws {
        let value = try decoder.result(of: response(#"{"objectType":"KalturaMediaEntry","id":"0_a","mediaType":"1"}"#),
                                       call: "media.get", as: .object("KalturaMediaEntry"), secrets: [])
        #expect(value == .object(KalturaObject("KalturaMediaEntry", ["id": "0_a", "mediaType": 1])))
        #expect(try decoder.result(of: response(#""7""#), call: "x.y", as: nil, secrets: []) == "7")
    }

    @Test func aResultOfAnotherTypeIsRefused() {
        #expect(throws: KalturaClientError.unexpectedResultType(call: "media.get", expected: "KalturaMediaEntry",
                                                                received: "a string of 3 bytes")) {
            _ = try decoder.result(of: response(#""abc""#), call: "media.get", as: .object("KalturaMediaEntry"), secrets: [])
        }
    }

    @Test func anAPIExceptionIsThrown() {
        #expect(throws: KalturaAPIError(code: "ENTRY_ID_NOT_FOUND", message: "Entry id \"0_a\" not found")) {
            _ = try decoder.result(of: response(#"{"objectType":"KalturaAPIException","code":"ENTRY_ID_NOT_FOUND","# +
                #""message":"Entry id \"0_a\" not found","args":[]}"#), call: "media.get", as: nil, secrets: [])
        }
    }

    @Test func multiRequestResultsAreTypedOneByOneFailuresKept() throws {
        let results = try decoder.results(
            of: response(#"[{"objectType":"KalturaAPIException","code":"E","message":"m","args":[]},"3",true]"#),
            items: [item("media.get", .object("KalturaMediaEntry")), item("media.count", .primitive(.int)), item("x.y", nil)],
            secrets: [])
        #expect(results == [
            KalturaMultiRequestResult(call: "media.get", result: .failure(KalturaAPIError(code: "E", message: "m"))),
            KalturaMultiRequestResult(call: "media.count", result: .success(3)),
            KalturaMultiRequestResult(call: "x.y", result: .success(true)),
        ])
    }

    @Test func aMultiRequestResultOfAnotherTypeNamesItsPosition() {
        #expect(throws: KalturaClientError.unexpectedResultType(call: "[2] media.count", expected: "int",
                                                                received: "an array of 0 items")) {
            _ = try decoder.results(of: response(#"[null,[]]"#),
                                    items: [item("media.get", nil), item("media.count", .primitive(.int))], secrets: [])
        }
    }

    @Test func aMultiRequestResponseNeedsOneResultPerCall() {
        let error = #expect(throws: KalturaClientError.self) {
            _ = try decoder.results(of: response("[1]"), items: [item("a.b", nil), item("c.d", nil)], secrets: [])
        }
        #expect(error?.description == "unexpected response to multirequest: HTTP 200, "
            + #"Content-Type application/json: 1 result for 2 calls; body starts "[1]""#)
    }
}
