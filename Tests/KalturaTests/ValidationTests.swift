import Foundation
import Kaltura
import KalturaSchema
import Testing

/// Checks before the network: every problem in one error, each with its path, in exact words.
@Suite("Validation")
struct ValidationTests {
    let transport = FakeTransport(body: "null")

    private var client: KalturaClient { TestClients.make(transport: transport) }

    /// The error a call throws, or a test failure when it throws nothing or something else.
    private func validationError(_ body: () async throws -> Void, sourceLocation: SourceLocation = #_sourceLocation)
        async -> KalturaValidationError?
    {
        do {
            try await body()
            Issue.record("expected a KalturaValidationError", sourceLocation: sourceLocation)
        } catch let error as KalturaValidationError {
            return error
        } catch {
            Issue.record("expected a KalturaValidationError, got \(error)", sourceLocation: sourceLocation)
        }
        return nil
    }

    private func expectMessage(_ expected: String, sourceLocation: SourceLocation = #_sourceLocation,
                               _ body: () async throws -> Void) async {
        let error = await validationError(body, sourceLocation: sourceLocation)
        #expect(error?.description == expected, sourceLocation: sourceLocation)
        #expect(transport.requests.isEmpty, "nothing is sent", sourceLocation: sourceLocation)
    }

    // MARK: - Names

    @Test func unknownActionSuggestsTheClosest() async {
        await expectMessage("""
            invalid call to media.lst (1 problem):
              - unknown action "lst" of service media; did you mean one of "list", "get"?
            """) { _ = try await client.media.lst() }
    }

    @Test func unknownServiceSuggestsCloseIdsAndPluginServices() async {
        await expectMessage("""
            invalid call to medai.list (1 problem):
              - unknown service "medai"; did you mean "media"?
            """) { _ = try await client.medai.list() }
        await expectMessage("""
            invalid call to metadataProfile.list (1 problem):
              - unknown service "metadataProfile"; did you mean "metadata.metadataProfile"?
            """) { _ = try await client.metadataProfile.list() }
        await expectMessage("""
            invalid call to metadata.metadataProfil.list (1 problem):
              - unknown service "metadata.metadataProfil"; did you mean "metadata.metadataProfile"?
            """) { _ = try await client.metadata.metadataProfil.list() }
    }

    @Test func unknownAndMissingParameters() async {
        await expectMessage("""
            invalid call to media.get (2 problems):
              - entryID: unknown parameter; did you mean "entryId"?
              - entryId: missing required parameter (string)
            """) { _ = try await client.media.get(entryID: "0_abc") }
        await expectMessage("""
            invalid call to system.ping (1 problem):
              - verbose: unknown parameter; the action takes none
            """) { _ = try await client.system.ping(verbose: true) }
        await expectMessage("""
            invalid call to media.get (1 problem):
              - flavor: unknown parameter; expected one of: entryId, version
            """) { _ = try await client.media.get(entryId: "0_abc", flavor: 3) }
    }

    // MARK: - Values

    @Test func wrongTypesAndEnumValues() async {
        await expectMessage("""
            invalid call to media.list (4 problems):
              - filter.isRoot: "YES" is not a value of KalturaNullableBoolean; expected one of: NULL_VALUE=-1, FALSE_VALUE=0, TRUE_VALUE=1
              - filter.mediaTypeEqual: 7 is not a value of KalturaMediaType; expected one of: VIDEO=1, IMAGE=2, AUDIO=5, LIVE_STREAM_FLASH=201
              - filter.nameLike: expected string, got an array
              - pager.pageSize: expected int, got string "ten"
            """) {
            _ = try await client.media.list(
                filter: ["isRoot": "YES", "mediaTypeEqual": 7, "nameLike": ["a"]], pager: ["pageSize": "ten"])
        }
        await expectMessage("""
            invalid call to media.list (1 problem):
              - filter.mediaTypeEqual: "VIDO" is not a value of KalturaMediaType; did you mean "VIDEO"?
            """) { _ = try await client.media.list(filter: ["mediaTypeEqual": "VIDO"]) }
    }

    @Test func stringEnumsAreOpen() async throws {
        _ = try await client.media.list(filter: ["statusEqual": "virusScan.SomethingNew", "orderBy": "+plays"])
        #expect(transport.lastBody?.contains(#""statusEqual":"virusScan.SomethingNew""#) == true)
    }

    @Test func numericStringsAreAcceptedWhereTheSchemaSaysNumber() async throws {
        _ = try await client.media.list(pager: ["pageSize": "5"], filter: ["isRoot": true, "mediaTypeEqual": "1"])
        #expect(transport.lastBody?.hasSuffix(#""filter":{"objectType":"KalturaMediaEntryFilter","isRoot":1,"mediaTypeEqual":1},"# +
            #""pager":{"objectType":"KalturaFilterPager","pageSize":5}}"#) == true)
    }

    // MARK: - Properties

    @Test func readOnlyOnAddAndInsertOnlyOnUpdate() async {
        await expectMessage("""
            invalid call to media.add (2 problems):
              - entry.id: read-only property of KalturaMediaEntry; media.add cannot set it
              - entry.plays: read-only property of KalturaMediaEntry; media.add cannot set it
            """) { _ = try await client.media.add(entry: ["id": "0_abc", "mediaType": 1, "name": "ok", "plays": 3]) }
        await expectMessage("""
            invalid call to media.update (2 problems):
              - mediaEntry.creatorId: insert-only property of KalturaMediaEntry; it can be set on add, not by media.update
              - mediaEntry.mediaType: insert-only property of KalturaMediaEntry; it can be set on add, not by media.update
            """) { _ = try await client.media.update(entryId: "0_abc", mediaEntry: ["creatorId": "me", "mediaType": 1]) }
    }

    @Test func readOnlyPropertiesAreFineInFilters() async throws {
        _ = try await client.media.list(filter: ["idEqual": "0_abc"])
        #expect(transport.requests.count == 1)
    }

    @Test func lengthAndRangeLimits() async {
        await expectMessage("""
            invalid call to media.add (1 problem):
              - entry.name: 257 characters, longer than the maximum length 256
            """) { _ = try await client.media.add(entry: ["name": .string(String(repeating: "é", count: 257)), "mediaType": 1]) }
        await expectMessage("""
            invalid call to category.add (1 problem):
              - category.name: 0 characters, shorter than the minimum length 1
            """) { _ = try await client.category.add(category: ["name": ""]) }
        let shapes = TestClients.make(schema: TestSchemas.shapes, transport: transport)
        await expectMessage("""
            invalid call to shape.add (3 problems):
              - shape.points[0].x: 101 is greater than the maximum 100
              - shape.points[1].weight: expected float, got string "heavy"
              - shape.points[1].x: -1 is less than the minimum 0
            """) {
            _ = try await shapes.shape.add(shape: ["points": [["x": 101], ["weight": "heavy", "x": -1]]])
        }
    }

    @Test func nullCannotClearAnArray() async {
        let shapes = TestClients.make(schema: TestSchemas.shapes, transport: transport)
        await expectMessage("""
            invalid call to shape.add (1 problem):
              - shape.tags: null cannot clear an array (the server ignores it); send an empty array instead
            """) { _ = try await shapes.shape.add(shape: ["tags": KalturaValue.null]) }
    }

    @Test func mapsOfObjectsAreCheckedByKey() async {
        let shapes = TestClients.make(schema: TestSchemas.shapes, transport: transport)
        await expectMessage("""
            invalid call to shape.add (1 problem):
              - shape.labels["top"].depth: unknown property of TestPoint
            """) { _ = try await shapes.shape.add(shape: ["labels": ["top": ["depth": 1]]]) }
    }

    // MARK: - Classes

    @Test func objectTypesMustBeTheDeclaredClassOrASubclass() async {
        await expectMessage("""
            invalid call to media.list (1 problem):
              - filter: objectType KalturaCategoryFilter is not KalturaMediaEntryFilter or a subclass of it
            """) { _ = try await client.media.list(filter: ["objectType": "KalturaCategoryFilter"]) }
        await expectMessage("""
            invalid call to media.list (1 problem):
              - filter: objectType KalturaMediaEntryFiltr is not a class of the schema (expected KalturaMediaEntryFilter or a subclass); did you mean "KalturaMediaEntryFilter"?
            """) { _ = try await client.media.list(filter: ["objectType": "KalturaMediaEntryFiltr"]) }
        await expectMessage("""
            invalid call to baseEntry.list (1 problem):
              - filter.nameLke: unknown property of KalturaMediaEntryFilter; did you mean "nameLike"?
            """) { _ = try await client.baseEntry.list(filter: ["objectType": "KalturaMediaEntryFilter", "nameLke": "x"]) }
    }

    @Test func abstractClassesNeedAConcreteObjectType() async throws {
        await expectMessage("""
            invalid call to media.addContent (1 problem):
              - resource: KalturaResource is abstract; set objectType to one of: KalturaUploadedFileTokenResource
            """) { _ = try await client.media.addContent(entryId: "0_abc", resource: ["token": "t"]) }
        _ = try await client.media.addContent(entryId: "0_abc", resource: ["objectType": "KalturaUploadedFileTokenResource", "token": "t"])
        #expect(transport.requests.count == 1)
    }

    // MARK: - Everything at once

    @Test func everyProblemIsReportedInOneError() async {
        let error = await validationError {
            _ = try await client.media.update(
                "0_abc", mediaEntry: ["id": "x", "mediaType": 9, "name": 5, "status": "2", "tagz": "a"], force: true)
        }
        #expect(error?.issues.map(\.path) == ["force", "mediaEntry.id", "mediaEntry.mediaType", "mediaEntry.status", "mediaEntry.tagz"])
        #expect(error?.issues.map(\.callPosition) == [nil, nil, nil, nil, nil])
        #expect(error?.issues.map(\.location.parameter) == ["force", "mediaEntry", "mediaEntry", "mediaEntry", "mediaEntry"])
        #expect(error?.issues.map(\.kind.code) == [.unknownParameter, .readOnlyProperty, .insertOnlyProperty, .readOnlyProperty, .unknownProperty])
        #expect(error?.issues.last?.kind == .unknownProperty(name: "tagz", className: "KalturaMediaEntry", suggestions: ["tags"]))
        #expect(error?.description == """
            invalid call to media.update (5 problems):
              - force: unknown parameter; expected one of: entryId, mediaEntry
              - mediaEntry.id: read-only property of KalturaMediaEntry; media.update cannot set it
              - mediaEntry.mediaType: insert-only property of KalturaMediaEntry; it can be set on add, not by media.update
              - mediaEntry.status: read-only property of KalturaMediaEntry; media.update cannot set it
              - mediaEntry.tagz: unknown property of KalturaMediaEntry; did you mean "tags"?
            """)
    }

    @Test func issuesRenderTheirStructuredPlaceAsBefore() {
        let entry = KalturaValuePath([.name("filter"), .name("items"), .index(0), .key("k")])
        #expect(entry.description == #"filter.items[0]["k"]"#)
        #expect(KalturaValidationIssue(.nullArray, at: entry).description
            == #"filter.items[0]["k"]: null cannot clear an array (the server ignores it); send an empty array instead"#)
        #expect(KalturaValidationIssue(.nullArray, at: entry, callPosition: 2).path == #"[2] filter.items[0]["k"]"#)
        #expect(KalturaValidationIssue(.emptyMultiRequest, callPosition: 3).description == "[3]: a multirequest needs at least one call")
        #expect(KalturaValidationIssue(.emptyMultiRequest).description == "a multirequest needs at least one call")
        #expect(KalturaValidationIssue.Kind.duplicateArgument.code.description == "duplicateArgument")
        #expect(KalturaValidationIssue.Kind.duplicateArgument.suggestions.isEmpty)
    }

    // MARK: - Call shape

    @Test func positionalAndDuplicateArguments() async {
        await expectMessage("""
            invalid call to media.get (1 problem):
              - 3 positional arguments, but the action takes 2 (entryId, version)
            """) { _ = try await client.media.get("a", 1, 2) }
        await expectMessage("""
            invalid call to media.get (1 problem):
              - entryId: given more than once
            """) { _ = try await client.media.get("a", entryId: "b") }
    }

    // MARK: - Switching validation off

    @Test func validationOffSendsWhatTheSchemaWouldRefuse() async throws {
        let client = TestClients.make(transport: transport, validates: false)
        _ = try await client.media.get(entryId: "0_abc", flavor: 3)
        #expect(transport.lastBody?.hasSuffix(#""entryId":"0_abc","flavor":3}"#) == true)
        _ = try await client.media.newAction(entryId: "0_abc")
        _ = try await client.futurePlugin.someService.doIt(x: 1)
        #expect(transport.requests.map(\.url.path).suffix(2) == [
            "/api_v3/service/media/action/newAction", "/api_v3/service/futureplugin_someservice/action/doIt",
        ])
        // Positional arguments need the schema's parameter order.
        let error = await validationError { _ = try await client.media.newAction("0_abc") }
        #expect(error?.description == """
            invalid call to media.newAction (1 problem):
              - 1 positional argument for an action the schema does not describe; name them
            """)
    }
}
