import Foundation
@testable import Kaltura
import KalturaSchema
import OrderedCollections
import Testing

/// The build step: the exact request for a call with and without files, a serve action and a
/// multirequest.
@Suite("Request builder")
struct RequestBuilderTests {
    static let configuration = KalturaClient.Configuration(
        partnerId: 7, serviceURL: URL(string: "https://kaltura.example/api_v3/")!, clientTag: "swift-test",
        http: .init(timeout: 30, headers: ["X-Trace": "t1", "Authorization": "Bearer p"], maximumResponseBytes: 1000))
    let builder = KalturaRequestBuilder(configuration: Self.configuration, apiVersion: "22.19.0")
    let settings = KalturaRequestConfiguration(ks: "KS1", partnerId: 7, language: "en")

    private func target(_ name: String, schema: Schema = Schema.demo()) -> KalturaCallTarget {
        var issues: [KalturaValidationIssue] = []
        return KalturaCallBinder(schema: schema).resolve(KalturaCall(name)!, issues: &issues)
    }

    @Test func aCallIsAJSONPostWithTheEnvelopeFirst() {
        let request = builder.request(for: target("media.get"), parameters: ["entryId": "0_abc", "version": 2],
                                      requestConfiguration: settings)
        #expect(request == KalturaHTTPRequest(
            method: "POST", url: URL(string: "https://kaltura.example/api_v3/service/media/action/get")!,
            headers: [("Content-Type", "application/json"), ("Accept", "application/json"),
                      ("Authorization", "Bearer p"), ("X-Trace", "t1")],
            body: Array((#"{"format":1,"clientTag":"swift-test","apiVersion":"22.19.0","partnerId":7,"ks":"KS1","# +
                #""language":"en","entryId":"0_abc","version":2}"#).utf8),
            timeout: 30, maximumResponseBytes: 1000))
    }

    @Test func aCallWithFilesIsMultipartAroundTheSameJSON() throws {
        let file = KalturaFile(data: Data("hello".utf8), fileName: "a.txt", mimeType: "text/plain")
        let parameters: OrderedDictionary<String, KalturaValue> = ["uploadTokenId": "1_t"]
        let json = builder.request(for: target("uploadToken.upload"), parameters: parameters, requestConfiguration: settings)
        let request = builder.request(for: target("uploadToken.upload"), parameters: parameters, files: ["fileData": file],
                                      requestConfiguration: settings)
        let contentType = try #require(request.header("Content-Type"))
        let prefix = "multipart/form-data; boundary="
        try #require(contentType.hasPrefix(prefix))
        let boundary = String(contentType.dropFirst(prefix.count))
        var expected = json
        expected.headers[0].value = contentType
        let parts = KalturaMultipart.encode(json: json.body, files: ["fileData": file], boundary: boundary)
        guard case .bytes(let body) = try #require(parts.first), parts.count == 1 else {
            Issue.record("a file in memory makes one part of bytes: \(parts)")
            return
        }
        expected.body = body
        #expect(request == expected)
        #expect(String(decoding: json.body, as: UTF8.self) == #"{"format":1,"clientTag":"swift-test","# +
            #""apiVersion":"22.19.0","partnerId":7,"ks":"KS1","language":"en","uploadTokenId":"1_t"}"#)
    }

    @Test func aServeActionIsAGetWithTheEnvelopeInItsQuery() {
        let request = builder.request(for: target("thumbAsset.serve", schema: ServeURLTests.schema),
                                      parameters: ["thumbAssetId": "0_t", "thumbParams": ["width": 5]],
                                      requestConfiguration: settings)
        #expect(request == KalturaHTTPRequest(
            method: "GET",
            url: URL(string: "https://kaltura.example/api_v3/service/thumbasset/action/serve?format=1&clientTag=swift-test"
                + "&apiVersion=22.19.0&partnerId=7&ks=KS1&language=en&thumbAssetId=0_t&thumbParams%3Awidth=5")!,
            headers: [("Authorization", "Bearer p"), ("X-Trace", "t1")], timeout: 30))
    }

    @Test func aMultiRequestNumbersItsCallsWithTheirOwnSessions() {
        let items: OrderedDictionary<String, KalturaValue> = [
            "1": builder.multiRequestItem(for: target("media.get"), session: nil, parameters: ["entryId": "0_a"]),
            "2": builder.multiRequestItem(for: target("metadata.metadataProfile.list"),
                                          session: .reference(KalturaResultReference(call: 1)), parameters: [:]),
        ]
        let request = builder.multiRequest(items, requestConfiguration: KalturaRequestConfiguration(ks: "KS1"))
        #expect(request == KalturaHTTPRequest(
            method: "POST", url: URL(string: "https://kaltura.example/api_v3/service/multirequest")!,
            headers: [("Content-Type", "application/json"), ("Accept", "application/json"),
                      ("Authorization", "Bearer p"), ("X-Trace", "t1")],
            body: Array((#"{"format":1,"clientTag":"swift-test","apiVersion":"22.19.0","ks":"KS1","# +
                #""1":{"service":"media","action":"get","entryId":"0_a"},"# +
                #""2":{"service":"metadata_metadataprofile","action":"list","ks":"{1:result}"}}"#).utf8),
            timeout: 30, maximumResponseBytes: 1000))
    }

    @Test func parametersOverrideSettingsOfTheSameNameInPlace() {
        let envelope = KalturaRequestBuilder(configuration: Self.configuration, apiVersion: nil)
            .envelope(parameters: ["entryId": "0_a", "partnerId": 9], requestConfiguration: settings)
        #expect(envelope == ["format": 1, "clientTag": "swift-test", "partnerId": 9, "ks": "KS1", "language": "en",
                             "entryId": "0_a"])
    }
}
