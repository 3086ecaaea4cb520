import Kaltura
import Testing

/// ``KalturaClientError`` as callers read it: a code to tell failures apart, the details as
/// properties, equality with the details, and the same words as before.
@Suite("Client errors")
struct ClientErrorTests {
    @Test func codesTellFailuresApartWithoutTheirDetails() {
        let timedOut = KalturaClientError.timedOut(url: "https://x/api_v3", seconds: 5)
        #expect(timedOut.code == .timedOut)
        #expect(timedOut.code != .transportFailed)
        #expect(timedOut.code.description == "timedOut")
        #expect(KalturaClientError.missingPartnerId.code == .missingPartnerId)
        #expect(KalturaClientError.redirected(url: "u", status: 301, location: nil).code == .redirected)
    }

    @Test func detailsAreProperties() {
        let failed = KalturaClientError.transportFailed(url: "https://x/api_v3", reason: "connection refused")
        #expect(failed.url == "https://x/api_v3")
        #expect(failed.reason == "connection refused")
        #expect(failed.call == nil)
        let outside = KalturaClientError.callOutsideSubset(call: "media.delete", reason: "excluded by \"media.delete\"")
        #expect(outside.call == "media.delete")
        #expect(outside.url == nil)
        let redirected = KalturaClientError.redirected(url: "u", status: 307, location: "v")
        #expect(redirected.httpStatus == 307)
        let problem = KalturaResponseProblem(call: "media.get", status: 502, contentType: "text/html", excerpt: "<html>", reason: .html)
        let unexpected = KalturaClientError.unexpectedResponse(problem)
        #expect(unexpected.responseProblem == problem)
        #expect(unexpected.call == "media.get")
        #expect(unexpected.httpStatus == 502)
        #expect(KalturaClientError.missingPartnerId.reason == nil)
    }

    @Test func responseProblemReasonsCompareAndCarryTheirWireError() {
        let wire = KalturaWireError.invalidJSON(offset: 3, reason: .trailingCharacters)
        #expect(KalturaResponseProblem.Reason.invalidJSON(wire).wireError == wire)
        #expect(KalturaResponseProblem.Reason.html.wireError == nil)
        #expect(KalturaResponseProblem.Reason.html != .xml)
        #expect(KalturaResponseProblem.Reason.wrongItemCount(expected: 2, received: 1) == .wrongItemCount(expected: 2, received: 1))
        let problem = KalturaResponseProblem(call: "multirequest", status: 200, contentType: nil, excerpt: "",
                                             reason: .wrongItemCount(expected: 2, received: 1))
        #expect(problem.description == "unexpected response to multirequest: HTTP 200, Content-Type (none): 1 result for 2 calls")
    }

    @Test func equalityAndHashingCompareTheDetails() {
        let five = KalturaClientError.timedOut(url: "u", seconds: 5)
        #expect(five == .timedOut(url: "u", seconds: 5))
        #expect(five != .timedOut(url: "u", seconds: 6))
        #expect(Set([five, .timedOut(url: "u", seconds: 5), .missingPartnerId]).count == 2)
    }

    @Test func descriptionsAreUnchanged() {
        #expect(KalturaClientError.timedOut(url: "u", seconds: 0.25).description
            == "no complete response from u within 0.25 seconds (the deadline for the whole exchange)")
        #expect(KalturaClientError.invalidCallPath(path: "client.media", reason: "r").description == "client.media cannot be called: r")
        #expect(KalturaClientError.missingPartnerId.description
            == "the client configuration has no partner id, which a locally generated session needs")
    }
}
