import Foundation
import Kaltura
import KalturaEmulator
import KalturaSchema
import KalturaTestSupport
import Testing

/// The emulator as the servers of each era: raw requests against the 22.15.0 schema with
/// ``KalturaEmulator/Configuration/era`` set, and the era inferred from the real schemas.
@Suite("Server eras in the emulator")
struct EmulatorEraTests {
    /// Every era by index into ``KalturaServerEra/all``, for parameterised tests.
    static let eras = Array(KalturaServerEra.all.indices)

    static let missingKS = #"{"code":"MISSING_KS","message":"Missing KS, session not established""#

    /// The MISSING_KS error as the era writes it.
    static func missingKSText(_ era: KalturaServerEra) -> String {
        era.errorShape == .codeAndMessage ? missingKS + "}" : missingKS + #","objectType":"KalturaAPIException","args":[]}"#
    }

    @Test("the era comes from the schema: 3.1.1 (2011) is the first era, 3.3.0 (2016) and 22.15.0 today's; --era overrides")
    func inferred() throws {
        let old = try EmulatorHarness(schema: try TestFixtures.loadedSharedSchema("kaltura-schema-3.1.1.xml"))
        #expect(old.emulator.era == KalturaServerEra.all[0])
        let mid = try EmulatorHarness(schema: try TestFixtures.loadedSharedSchema("kaltura-schema-3.3.0.xml"))
        #expect(mid.emulator.era == .current)
        #expect(try EmulatorHarness().emulator.era == .current)
        #expect(try EmulatorHarness(schema: Schema.demo()).emulator.era == .current)
        let forced = try EmulatorHarness(era: KalturaServerEra(name: "2013-10"))
        #expect(forced.emulator.era.release == "IX-9.6.0")
    }

    @Test("a JSON body is read only from Jupiter-10.21.0 on; before, the call has no KS", arguments: eras)
    func jsonBody(index: Int) async throws {
        let era = KalturaServerEra.all[index]
        let harness = try EmulatorHarness(era: era)
        let body = String(decoding: KalturaJSON.encode(.map(["ks": .string(harness.adminKS())]), options: .request), as: UTF8.self)
        let (_, text) = await harness.raw("/api_v3/index.php", query: "service=media&action=list&format=1",
                                          contentType: "application/json", body: body)
        if era.readsJSONBodies {
            #expect(text.hasPrefix(#"{"objects":[],"totalCount":0"#), "\(era)")
        } else {
            #expect(text == Self.missingKSText(era), "\(era)")
        }
        // A form body is read in every era.
        let (_, form) = await harness.raw("/api_v3/index.php", query: "service=media&action=list&format=1",
                                          contentType: "application/x-www-form-urlencoded", body: "ks=" + harness.adminKS())
        #expect(form.hasPrefix(#"{"objects":[],"totalCount":0"#), "\(era)")
    }

    @Test("/api_v3/service/X/action/Y: 404 before 2012-09-11, 301 to index.php until Kajam-11.0.0, served since",
          arguments: eras)
    func servicePath(index: Int) async throws {
        let era = KalturaServerEra.all[index]
        let harness = try EmulatorHarness(era: era)
        let response = try await harness.http("/api_v3/service/system/action/ping", query: "format=1")
        switch era.servicePath {
        case .notFound:
            #expect(response.status == 404, "\(era)")
            #expect(response.header("Location") == nil)
        case .movedPermanently:
            #expect(response.status == 301, "\(era)")
            #expect(response.header("Location") == "/api_v3/index.php?service=system&action=ping&format=1", "\(era)")
        case .rewritten:
            #expect(response.status == 200, "\(era)")
            #expect(String(decoding: response.body, as: UTF8.self) == "true")
        }
        // Both index.php forms work in every era.
        let query = try await harness.http("/api_v3/index.php", method: "GET", query: "service=system&action=ping&format=1")
        #expect(query.status == 200 && String(decoding: query.body, as: UTF8.self) == "true", "\(era)")
        let pathPairs = try await harness.http("/api_v3/index.php/service/system/action/ping/format/1", method: "GET")
        #expect(pathPairs.status == 200 && String(decoding: pathPairs.body, as: UTF8.self) == "true", "\(era)")
    }

    @Test("the multirequest path redirects with its pairs and the query string", arguments: [2])
    func multiRequestRedirect(index: Int) async throws {
        let harness = try EmulatorHarness(era: KalturaServerEra.all[index])
        let response = try await harness.http("/api_v3/service/multirequest", query: "format=1")
        #expect(response.status == 301)
        #expect(response.header("Location") == "/api_v3/index.php?service=multirequest&format=1")
    }

    @Test("JSON objects: no objectType, on the result only, or on every object; errors as the era wrote them",
          arguments: eras)
    func responseShapes(index: Int) async throws {
        let era = KalturaServerEra.all[index]
        let harness = try EmulatorHarness(era: era)
        let ks = harness.adminKS()
        _ = try await harness.call("media", "add", ["entry": ["objectType": "KalturaMediaEntry", "name": "shape", "mediaType": 1]], ks: ks)
        let text = try await harness.callText("media", "list", [
            "filter": ["objectType": "KalturaMediaEntryFilter", "statusIn": "2,7"],
        ], ks: ks)
        let topTyped = text.hasSuffix(#","objectType":"KalturaMediaListResponse"}"#)
        let nestedTyped = text.contains(#""objectType":"KalturaMediaEntry"}"#)
        switch era.objectTyping {
        case .none: #expect(!topTyped && !nestedTyped && !text.contains("objectType"), "\(era): \(text)")
        case .topLevel: #expect(topTyped && !nestedTyped, "\(era): \(text)")
        case .everyObject: #expect(topTyped && nestedTyped, "\(era): \(text)")
        }
        #expect(text.contains(#""name":"shape""#))
        let error = try await harness.callText("media", "list")
        #expect(error == Self.missingKSText(era), "\(era)")
        let notFound = try await harness.callText("media", "get", ["entryId": "0_gone"], ks: ks)
        let expected = era.errorShape == .codeAndMessage
            ? #"{"code":"ENTRY_ID_NOT_FOUND","message":"Entry id \"0_gone\" not found"}"#
            : #"{"code":"ENTRY_ID_NOT_FOUND","message":"Entry id \"0_gone\" not found","objectType":"KalturaAPIException","args":{"ENTRY_ID":"0_gone"}}"#
        #expect(notFound == expected, "\(era)")
    }

    @Test("form multirequest: flat 1-based keys, inherited ks, a {1:result:id} token, stops at the first missing index",
          arguments: eras)
    func formMultiRequest(index: Int) async throws {
        let era = KalturaServerEra.all[index]
        let harness = try EmulatorHarness(era: era)
        let body = [
            "ks=" + harness.adminKS(),
            "1%3Aservice=media", "1%3Aaction=add", "1%3Aentry%3AobjectType=KalturaMediaEntry", "1%3Aentry%3Aname=first",
            "1%3Aentry%3AmediaType=1",
            "2%3Aservice=media", "2%3Aaction=get", "2%3AentryId=%7B1%3Aresult%3Aid%7D",
            "4%3Aservice=system", "4%3Aaction=ping",
        ].joined(separator: "&")
        let (_, text) = await harness.raw("/api_v3/index.php", query: "service=multirequest&format=1",
                                          contentType: "application/x-www-form-urlencoded", body: body)
        let items = try #require(try KalturaJSON.decode(text).arrayValue, "\(era): \(text)")
        #expect(items.count == 2, "\(era)")
        let id = try #require(items.first?["id"]?.stringValue)
        #expect(items.last?["id"]?.stringValue == id)
        #expect(items.last?["name"] == "first")
        #expect(text.contains(#""objectType":"KalturaMediaEntry""#) == (era.objectTyping != .none), "\(era)")
    }

    @Test("a 0: request runs only where JSON multirequests are read; a JSON multirequest body only there", arguments: eras)
    func zeroBasedAndJSONMultiRequest(index: Int) async throws {
        let era = KalturaServerEra.all[index]
        let harness = try EmulatorHarness(era: era)
        let (_, form) = await harness.raw("/api_v3/index.php", query: "service=multirequest&format=1",
                                          contentType: "application/x-www-form-urlencoded",
                                          body: "0%3Aservice=system&0%3Aaction=ping&1%3Aservice=system&1%3Aaction=getTime")
        let items = try #require(try KalturaJSON.decode(form).arrayValue)
        #expect(items.count == (era.readsJSONMultiRequests ? 2 : 1), "\(era): \(form)")
        #expect(items.last?.intValue != nil)
        let (_, json) = await harness.raw("/api_v3/index.php", query: "service=multirequest&format=1",
                                          contentType: "application/json", body: #"{"1":{"service":"system","action":"ping"}}"#)
        #expect(json == (era.readsJSONMultiRequests ? "[true]" : "[]"), "\(era)")
    }

    @Test("the 2011 schema answers the 2011 wire: form calls on index.php, a 404 for the service path, plain JSON")
    func schemaOf2011() async throws {
        let harness = try EmulatorHarness(schema: try TestFixtures.loadedSharedSchema("kaltura-schema-3.1.1.xml"))
        let ks = harness.adminKS()
        let entry = try await harness.callText("media", "addFromUrl", [
            "mediaEntry": ["objectType": "KalturaMediaEntry", "name": "old", "mediaType": 1], "url": "http://example.com/a.mp4",
        ], ks: ks)
        #expect(entry.contains(#""name":"old""#) && entry.contains(#""status":"2""#) && !entry.contains("objectType"), "\(entry)")
        let ping = try await harness.http("/api_v3/service/system/action/ping", query: "format=1")
        #expect(ping.status == 404)
        let json = try await harness.http("/api_v3/index.php", query: "service=media&action=list&format=1",
                                          contentType: "application/json", body: #"{"ks":"\#(ks)"}"#)
        #expect(String(decoding: json.body, as: UTF8.self) == Self.missingKSText(KalturaServerEra.all[0]))
    }
}
