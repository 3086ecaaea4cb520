import Foundation
import Kaltura
import KalturaSchema
import Testing

/// Multirequests: recording, result references, validation across calls, the wire and per-call results.
@Suite("Multirequest")
struct MultiRequestTests {
    static let entryJSON = #"{"id":"0_abc","name":"Intro","partnerId":"123","tags":"a,b","mediaType":1,"objectType":"KalturaMediaEntry"}"#
    static let notFoundJSON = #"{"code":"ENTRY_ID_NOT_FOUND","message":"Entry id \"0_bad\" not found","# +
        #""objectType":"KalturaAPIException","args":{"ENTRY_ID":"0_bad"}}"#

    /// A schema with an action kept out of multirequests.
    static let restricted = try! Schema(xml: """
        <?xml version="1.0"?>
        <xml apiVersion="1.0" generatedDate="1700000000">
          <enums/>
          <classes/>
          <services>
            <service id="report" name="report">
              <action name="getTotal" enableInMultiRequest="1">
                <result type="int"/>
              </action>
              <action name="export" enableInMultiRequest="0">
                <param name="id" type="int" optional="0"/>
                <result type="string"/>
              </action>
            </service>
          </services>
          <plugins/>
          <errors/>
        </xml>
        """)

    private func client(_ transport: FakeTransport, schema: Schema = TestClients.demoSchema(apiVersion: "22.19.0"),
                        subset: KalturaAPISubset = .all) -> KalturaClient {
        let client = TestClients.make(schema: schema, transport: transport, partnerId: 123, subset: subset)
        client.ks = "KS123"
        return client
    }

    /// The error a multirequest throws; a test failure when it throws nothing or something else.
    private func validationError(_ client: KalturaClient, sourceLocation: SourceLocation = #_sourceLocation,
                                 _ record: (KalturaMultiRequest) -> Void) async -> KalturaValidationError? {
        await #expect(throws: KalturaValidationError.self, sourceLocation: sourceLocation) {
            _ = try await client.multirequest(record)
        }
    }

    // MARK: - References

    @Test func referencesBecomeResultTokens() {
        let entry = KalturaResultReference(call: 1)
        #expect(entry.kalturaValue == "{1:result}")
        #expect(entry.objects[0].id.kalturaValue == "{1:result:objects:0:id}")
        #expect(KalturaResultReference(call: 12).relatedObjects["my profile"].totalCount.kalturaValue
                    == "{12:result:relatedObjects:my profile:totalCount}")
        #expect(entry.description.kalturaValue == "{1:result:description}", "every field name extends the path")
    }

    @Test func recordingReturnsReferencesByPosition() async throws {
        let transport = FakeTransport(body: "[true,true,true]")
        var references: [KalturaResultReference] = []
        _ = try await client(transport).multirequest { batch in
            references.append(batch.system.ping())
            references.append(batch.service("system").ping())
            references.append(batch.call(KalturaCall("system.ping")!))
        }
        #expect(references.map(\.kalturaValue) == ["{1:result}", "{2:result}", "{3:result}"])
    }

    // MARK: - Wire

    @Test func theRequestBodyHoldsTheConfigurationOnceThenOneObjectPerCall() async throws {
        let transport = FakeTransport(body: "[\(Self.entryJSON),\(Self.entryJSON),null]")
        _ = try await client(transport).multirequest { batch in
            let entry = batch.media.get(entryId: "0_abc")
            batch.media.update(entryId: KalturaValue(entry.id), mediaEntry: ["objectType": "KalturaMediaEntry", "tags": KalturaValue(entry.tags)])
            batch.media.list(filter: ["objectType": "KalturaMediaEntryFilter", "idIn": KalturaValue(entry.id)], pager: ["pageSize": 1])
        }
        let request = try #require(transport.requests.first)
        #expect(transport.requests.count == 1)
        #expect(request.method == "POST")
        #expect(request.url.absoluteString == "https://www.kaltura.com/api_v3/service/multirequest")
        #expect(request.headers.first { $0.name == "Content-Type" }?.value == "application/json")
        #expect(transport.lastBody == #"{"format":1,"clientTag":"swift-test","apiVersion":"22.19.0","partnerId":123,"ks":"KS123","# +
            #""1":{"service":"media","action":"get","entryId":"0_abc"},"# +
            #""2":{"service":"media","action":"update","entryId":"{1:result:id}","# +
            #""mediaEntry":{"objectType":"KalturaMediaEntry","tags":"{1:result:tags}"}},"# +
            #""3":{"service":"media","action":"list","filter":{"objectType":"KalturaMediaEntryFilter","idIn":"{1:result:id}"},"# +
            #""pager":{"objectType":"KalturaFilterPager","pageSize":1}}}"#)
    }

    @Test func aSessionStartedInTheMultiRequestSignsTheCallsAfterIt() async throws {
        let transport = FakeTransport(body: "[\"KS-NEW\",null,null]")
        _ = try await client(transport).multirequest { batch in
            let session = batch.session.start(secret: "s3cret", userId: "me", type: 2, partnerId: 123)
            batch.useSession(session)
            batch.media.list()
            batch.useSession("OTHER-KS")
            batch.system.ping()
        }
        #expect(transport.lastBody == #"{"format":1,"clientTag":"swift-test","apiVersion":"22.19.0","partnerId":123,"ks":"KS123","# +
            #""1":{"service":"session","action":"start","secret":"s3cret","userId":"me","type":2,"partnerId":123},"# +
            #""2":{"service":"media","action":"list","ks":"{1:result}"},"# +
            #""3":{"service":"system","action":"ping","ks":"OTHER-KS"}}"#)
    }

    @Test func aSessionFromALaterCallIsRefused() async {
        let error = await validationError(client(FakeTransport(body: "null"))) { batch in
            batch.useSession(KalturaResultReference(call: 2))
            batch.media.list()
            batch.session.start(secret: "s3cret", userId: "me", type: 2, partnerId: 123)
        }
        #expect(error?.description == """
            invalid call to multirequest (2 problems):
              - [1] ks: {2:result} refers to call 2, a later call; a call can use only the results of calls before it
              - [2] ks: {2:result} refers to call 2, this call itself; a call can use only the results of calls before it
            """)
    }

    @Test func itemsAreEncodedAsSingleCallsEncodeTheirParameters() async throws {
        // A single call's result is a value, a multirequest's an array of them.
        let transport = FakeTransport { request in
            KalturaHTTPResponse(status: 200, headers: ["Content-Type": "application/json"],
                                body: Array((request.url.path.hasSuffix("/multirequest") ? "[null]" : "null").utf8))
        }
        let client = client(transport)
        _ = try await client.media.update("0_abc", mediaEntry: ["name": "x", "description": nil])
        let single = try #require(transport.lastBody)
        _ = try await client.multirequest { batch in
            batch.media.update("0_abc", mediaEntry: ["name": "x", "description": nil])
        }
        let parameters = #""entryId":"0_abc","mediaEntry":{"objectType":"KalturaMediaEntry","name":"x","description__null":""}"#
        #expect(single.hasSuffix(#""ks":"KS123","# + parameters + "}"))
        #expect(transport.lastBody?.hasSuffix(#""ks":"KS123","1":{"service":"media","action":"update","# + parameters + "}}") == true)
    }

    @Test func pluginServicesAndCallsByDescription() async throws {
        let transport = FakeTransport(body: "[null,null,null]")
        _ = try await client(transport).multirequest { batch in
            batch.metadata.metadataProfile.list()
            batch.plugin("metadata").metadataProfile.list()
            batch.call(KalturaCall("metadata_metadataprofile.list")!)
        }
        #expect(transport.lastBody?.hasSuffix(#""1":{"service":"metadata_metadataprofile","action":"list"},"# +
            #""2":{"service":"metadata_metadataprofile","action":"list"},"# +
            #""3":{"service":"metadata_metadataprofile","action":"list"}}"#) == true)
    }

    // MARK: - Validation

    @Test func everyProblemOfEveryCallInOneErrorPrefixedByItsPosition() async {
        let transport = FakeTransport(body: "null")
        let error = await validationError(client(transport)) { batch in
            batch.media.get()
            let entry = batch.media.get(entryId: "0_abc")
            batch.media.update(entryId: KalturaValue(entry.id), mediaEntry: ["objectType": "KalturaMediaEntry", "mediaType": 1])
            batch.media.lst()
        }
        #expect(error?.description == """
            invalid call to multirequest (3 problems):
              - [1] entryId: missing required parameter (string)
              - [3] mediaEntry.mediaType: insert-only property of KalturaMediaEntry; it can be set on add, not by media.update
              - [4]: unknown action "lst" of service media; did you mean one of "list", "get"?
            """)
        // The same places, structured: the call's position, the parameter, the property chain.
        #expect(error?.issues.map(\.callPosition) == [1, 3, 4])
        #expect(error?.issues.map(\.location.parameter) == ["entryId", "mediaEntry", nil])
        #expect(error?.issues[1].location.components == [.name("mediaEntry"), .name("mediaType")])
        #expect(error?.issues.map(\.kind.code) == [.missingParameter, .insertOnlyProperty, .unknownAction])
        #expect(error?.issues[2].kind.suggestions == ["list", "get"])
        #expect(transport.requests.isEmpty)
    }

    @Test func referencesAreAcceptedInTypedSlotsButNotToLaterOrMissingCalls() async {
        let transport = FakeTransport(body: "null")
        let error = await validationError(client(transport)) { batch in
            let page = batch.category.list()
            batch.category.get(id: page.objects[0].id)                                    // an int slot: accepted
            batch.media.list(pager: ["pageSize": KalturaValue(page.totalCount), "pageIndex": 1])  // an int property: accepted
            batch.media.get(entryId: KalturaResultReference(call: 4).id)               // itself
            batch.media.get(entryId: KalturaResultReference(call: 6))                  // later
            batch.media.get(entryId: KalturaResultReference(call: 9).id)               // missing
            batch.media.update(entryId: "0_abc", mediaEntry: ["name": "was {7:result:name}"])
        }
        #expect(error?.description == """
            invalid call to multirequest (4 problems):
              - [4] entryId: {4:result:id} refers to call 4, this call itself; a call can use only the results of calls before it
              - [5] entryId: {6:result} refers to call 6, a later call; a call can use only the results of calls before it
              - [6] entryId: {9:result:id} refers to call 9, but the multirequest has 7 calls
              - [7] mediaEntry.name: {7:result:name} refers to call 7, this call itself; a call can use only the results of calls before it
            """)
        #expect(transport.requests.isEmpty)
    }

    @Test func serveActionsDisabledActionsAndUploadsAreRefused() async {
        let shapes = await validationError(client(FakeTransport(body: "null"), schema: TestSchemas.shapes)) { batch in
            batch.shape.list()
            batch.shape.serve(id: 1)
        }
        #expect(shapes?.description == """
            invalid call to multirequest (1 problem):
              - [2]: shape.serve cannot be part of a multirequest: it serves a file (raw bytes or a redirect), which the server would send instead of every result
            """)
        let restricted = await validationError(client(FakeTransport(body: "null"), schema: Self.restricted)) { batch in
            batch.report.export(id: 1)
            batch.report.getTotal()
        }
        #expect(restricted?.description == """
            invalid call to multirequest (1 problem):
              - [1]: report.export cannot be part of a multirequest: the schema does not allow it in multirequests (enableInMultiRequest="0")
            """)
        let upload = await validationError(client(FakeTransport(body: "null"))) { batch in
            let token = batch.uploadToken.add()
            batch.uploadToken.upload(uploadTokenId: token.id, fileData: KalturaFile(data: Data([1, 2, 3]), fileName: "a.bin"))
        }
        #expect(upload?.description == """
            invalid call to multirequest (1 problem):
              - [2]: uploadToken.upload cannot be part of a multirequest: it uploads a file, and file parameters cannot be sent in a multirequest
            """)
        // A real file, which the batch proxy carries beside the values as single calls do.
        let file = await validationError(client(FakeTransport(body: "null"))) { batch in
            batch.uploadToken.upload(uploadTokenId: "1_tok", fileData: KalturaFile(data: Data("hello".utf8), fileName: "a.txt"))
        }
        #expect(file?.description == """
            invalid call to multirequest (1 problem):
              - [1]: uploadToken.upload cannot be part of a multirequest: it uploads a file, and file parameters cannot be sent in a multirequest
            """)
    }

    @Test func refusalsHoldEvenWithValidationOff() async {
        let transport = FakeTransport(body: "null")
        let client = TestClients.make(schema: TestSchemas.shapes, transport: transport, validates: false)
        await #expect(throws: KalturaValidationError(call: "multirequest", issues: [KalturaValidationIssue(
            .notInMultiRequest(call: "shape.serve", reason: "it serves a file (raw bytes or a redirect), which the server would send instead of every result"),
            callPosition: 1)])) {
            _ = try await client.multirequest { batch in batch.shape.serve(id: 1) }
        }
        #expect(transport.requests.isEmpty)
    }

    @Test func anEmptyMultiRequestIsAnError() async {
        let transport = FakeTransport(body: "[]")
        let error = await validationError(client(transport)) { _ in }
        #expect(error?.description == """
            invalid call to multirequest (1 problem):
              - a multirequest needs at least one call
            """)
        await #expect(throws: KalturaValidationError.self) { _ = try await client(transport).multirequest([]) }
        #expect(transport.requests.isEmpty)
    }

    @Test func theSubsetAppliesToEveryCall() async {
        let transport = FakeTransport(body: "[true,null]")
        let client = client(transport, subset: KalturaAPISubset(exclude: ["media.delete"]))
        await #expect(throws: KalturaClientError.callOutsideSubset(call: "media.delete", reason: "excluded by \"media.delete\"")) {
            _ = try await client.multirequest { batch in
                batch.system.ping()
                batch.media.delete(entryId: "0_abc")
            }
        }
        #expect(transport.requests.isEmpty)
    }

    @Test func pathsThatNameNoAction() async {
        let transport = FakeTransport(body: "null")
        await #expect(throws: KalturaClientError.invalidCallPath(
            path: "multirequest.media", reason: "it names a service or a plugin; call an action, such as multirequest.media.list()")) {
            _ = try await client(transport).multirequest { batch in
                batch.system.ping()
                batch.media()
            }
        }
        #expect(transport.requests.isEmpty)
    }

    // MARK: - Results

    @Test func eachCallHasItsResultAndAFailedCallOnlyItsError() async throws {
        let transport = FakeTransport(body: "[\(Self.entryJSON),\(Self.notFoundJSON),\"2\"]")
        let results = try await client(transport).multirequest { batch in
            batch.media.get(entryId: "0_abc")
            batch.media.get(entryId: "0_bad")
            batch.media.count()
        }
        #expect(results.count == 3)
        #expect(results.map(\.call) == ["media.get", "media.get", "media.count"])

        let first: KalturaValue = try results[0].get()
        #expect(first.partnerId == 123, "typed by the declared result: \"123\" became an int")
        let object: KalturaObject = try results[0].get()
        #expect(object.objectType == "KalturaMediaEntry")
        struct Entry: Decodable, Equatable { var id: String; var tags: String }
        let decoded: Entry = try results[0].get()
        #expect(decoded == Entry(id: "0_abc", tags: "a,b"))

        let expectedError = KalturaAPIError(code: "ENTRY_ID_NOT_FOUND", message: #"Entry id "0_bad" not found"#, args: ["ENTRY_ID": "0_bad"])
        #expect(results[1].error == expectedError)
        #expect(results[1].value == nil)
        #expect(throws: expectedError) { _ = try results[1].get() }
        #expect(throws: expectedError) { let _: KalturaObject = try results[1].get() }

        #expect(results[2].value == .int(2))
        #expect(throws: KalturaClientError.resultTypeMismatch(expected: "KalturaObject", reason: "it is int 2")) {
            let _: KalturaObject = try results[2].get()
        }
    }

    @Test func aWholeRequestErrorIsThrown() async {
        let invalidKS = #"{"code":"INVALID_KS","message":"Invalid KS \"KS123\" Error: -1,INVALID_STR","objectType":"KalturaAPIException","args":{"KSID":"KS123"}}"#
        let client = client(FakeTransport(body: invalidKS))
        do {
            _ = try await client.multirequest { batch in
                batch.system.ping()
                batch.media.list()
            }
            Issue.record("expected INVALID_KS")
        } catch let error as KalturaAPIError {
            #expect(error.code == "INVALID_KS")
        } catch {
            Issue.record("expected a KalturaAPIError, got \(error)")
        }
    }

    @Test func responsesThatAreNotOneResultPerCall() async {
        func problem(_ body: String, contentType: String = "application/json") async -> String? {
            do {
                _ = try await client(FakeTransport(contentType: contentType, body: body)).multirequest { batch in
                    batch.system.ping()
                    batch.system.getTime()
                }
            } catch let error as KalturaClientError {
                return error.description
            } catch {
                Issue.record("expected a KalturaClientError, got \(error)")
            }
            return nil
        }
        #expect(await problem("[true]") ==
            #"unexpected response to multirequest: HTTP 200, Content-Type application/json: 1 result for 2 calls; body starts "[true]""#)
        #expect(await problem("[true,1,2]") ==
            #"unexpected response to multirequest: HTTP 200, Content-Type application/json: 3 results for 2 calls; body starts "[true,1,2]""#)
        #expect(await problem(#"{"objectType":"KalturaMediaEntry"}"#) ==
            #"unexpected response to multirequest: HTTP 200, Content-Type application/json: not a JSON array of results, one per call; body starts "{"objectType":"KalturaMediaEntry"}""#)
        #expect(await problem("<html><body>Bad gateway</body></html>", contentType: "text/html") ==
            #"unexpected response to multirequest: HTTP 200, Content-Type text/html: an HTML page, not JSON; body starts "<html><body>Bad gateway</body></html>""#)
        #expect(await problem("[true,17000") ==
            #"unexpected response to multirequest: HTTP 200, Content-Type application/json: the JSON body is truncated; body starts "[true,17000""#)
    }
}
