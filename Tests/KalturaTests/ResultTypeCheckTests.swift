import Foundation
import Kaltura
import KalturaSchema
import Testing

/// Results are checked against the action's declared result type, with the tolerance real
/// servers need (subclasses, unknown plugin classes, numeric strings, `[]` for maps, `null`).
@Suite("Result type checks")
struct ResultTypeCheckTests {
    private func client(answering body: String) -> KalturaClient {
        TestClients.make(transport: FakeTransport(body: body))
    }

    @Test func aBoolForAListResponseIsRefused() async {
        let error = KalturaClientError.unexpectedResultType(
            call: "media.list", expected: "KalturaMediaListResponse", received: "the bool true")
        await #expect(throws: error) { _ = try await client(answering: "true").media.list() }
        #expect(error.description == "media.list returned the bool true, but the schema declares KalturaMediaListResponse")
    }

    @Test func aListResponseForAnEntryIsRefused() async {
        let body = #"{"objects":[],"totalCount":0,"objectType":"KalturaMediaListResponse"}"#
        let error = KalturaClientError.unexpectedResultType(
            call: "media.add", expected: "KalturaMediaEntry", received: "a KalturaMediaListResponse object")
        await #expect(throws: error) {
            _ = try await client(answering: body).media.add(entry: ["objectType": "KalturaMediaEntry", "name": "x", "mediaType": 1])
        }
        #expect(error.description
            == "media.add returned a KalturaMediaListResponse object, but the schema declares KalturaMediaEntry")
    }

    @Test func scalarsOfTheWrongKindAreRefused() async {
        await #expect(throws: KalturaClientError.unexpectedResultType(
            call: "system.getVersion", expected: "string", received: "a KalturaMediaEntry object")) {
            _ = try await client(answering: #"{"id":"0_a","objectType":"KalturaMediaEntry"}"#).system.getVersion()
        }
        await #expect(throws: KalturaClientError.unexpectedResultType(call: "media.count", expected: "int", received: "the float 1.5")) {
            _ = try await client(answering: "1.5").media.count()
        }
        // A string's content is never quoted: a result may hold a KS.
        await #expect(throws: KalturaClientError.unexpectedResultType(
            call: "media.list", expected: "KalturaMediaListResponse", received: "a string of 12 bytes")) {
            _ = try await client(answering: #""djJ8MTIzfA==""#).media.list()
        }
        await #expect(throws: KalturaClientError.unexpectedResultType(
            call: "baseEntry.getByIds", expected: "array<KalturaBaseEntry>",
            received: "an array whose item 1 is the bool true")) {
            _ = try await client(answering: #"[{"id":"0_a","objectType":"KalturaMediaEntry"},true]"#).baseEntry.getByIds(entryIds: "0_a")
        }
    }

    @Test func legitimateShapesStillPass() async throws {
        // A subclass of the declared class.
        let entry = try await client(answering: #"{"id":"0_a","objectType":"KalturaMediaEntry"}"#).baseEntry.get(entryId: "0_a")
        #expect(entry.objectType == "KalturaMediaEntry")
        // A class the schema does not know: typed as the declared one, its fields kept.
        let future = try await client(answering: #"{"id":"0_a","plays":"7","extra":1,"objectType":"KalturaFuturePluginEntry"}"#)
            .media.get(entryId: "0_a")
        #expect(future.objectType == "KalturaFuturePluginEntry")
        #expect(future.plays == 7)
        #expect(future.extra == 1)
        // Numeric strings are coerced, and `null` is a result of any type.
        #expect(try await client(answering: #""1700000000""#).system.getTime() == 1_700_000_000)
        #expect(try await client(answering: "null").media.get(entryId: "0_a") == .null)
        #expect(try await client(answering: "null").media.delete(entryId: "0_a") == .null)
        // An array where the declared class is in the list, and PHP's `[]` for an empty map.
        let list = try await client(answering: #"{"objects":[{"id":"0_a","relatedObjects":[],"objectType":"KalturaMediaEntry"}],"totalCount":"1","objectType":"KalturaMediaListResponse"}"#)
            .media.list()
        #expect(list.totalCount == 1)
        #expect(list.objects?[0]?.relatedObjects == .map([:]))
    }

    @Test func aMultirequestWithAWronglyTypedResultFailsNamingTheCall() async {
        let body = #"[true,{"objects":[],"totalCount":0,"objectType":"KalturaMediaListResponse"}]"#
        await #expect(throws: KalturaClientError.unexpectedResultType(
            call: "[2] media.get", expected: "KalturaMediaEntry", received: "a KalturaMediaListResponse object")) {
            _ = try await client(answering: body).multirequest { batch in
                batch.system.ping()
                batch.media.get(entryId: "0_a")
            }
        }
    }

    @Test func numbersOutOfRangeAreResponseErrors() async {
        for (body, offset, reason) in [
            (#"{"objects":[],"totalCount":1e400,"objectType":"KalturaMediaListResponse"}"#, 27,
             KalturaWireError.JSONReason.numberOutOfRange),
            (#"{"objects":[],"totalCount":123456789012345678901234567890,"objectType":"KalturaMediaListResponse"}"#, 27,
             .integerOutOfRange),
        ] {
            await #expect(throws: KalturaClientError.unexpectedResponse(KalturaResponseProblem(
                call: "media.list", status: 200, contentType: "application/json", excerpt: body,
                reason: .invalidJSON(.invalidJSON(offset: offset, reason: reason))))) {
                _ = try await client(answering: body).media.list()
            }
        }
    }
}
