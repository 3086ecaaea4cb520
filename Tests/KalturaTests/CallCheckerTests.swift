import Foundation
@testable import Kaltura
import KalturaSchema
import OrderedCollections
import Testing

/// The check step: values brought to their declared types and validated, multirequest refusals,
/// and which problems stop a call.
@Suite("Call checker")
struct CallCheckerTests {
    static let schema = Schema.demo()

    private func checker(validates: Bool = true) -> KalturaCallChecker {
        KalturaCallChecker(schema: Self.schema, validatesRequests: validates, subset: .all)
    }

    private func action(_ name: String) -> ActionDefinition? {
        var issues: [KalturaValidationIssue] = []
        return KalturaCallBinder(schema: Self.schema).resolve(KalturaCall(name)!, issues: &issues).action
    }

    @Test func valuesAreNormalizedCheckedAndPutInSchemaOrder() {
        var issues: [KalturaValidationIssue] = []
        let checked = checker().check(["pager": ["pageSize": 5], "filter": ["objectType": "KalturaMediaEntryFilter",
                                                                          "mediaTypeEqual": "VIDEO"], "extra": 1],
                                      for: action("media.list"), callName: "media.list", issues: &issues)
        #expect(checked == [
            "filter": .object(KalturaObject("KalturaMediaEntryFilter", ["mediaTypeEqual": 1])),
            "pager": .object(KalturaObject("KalturaFilterPager", ["pageSize": 5])),
            "extra": 1,
        ])
        #expect(issues.isEmpty)
    }

    @Test func scalarsAreBroughtToTheDeclaredType() {
        var issues: [KalturaValidationIssue] = []
        let checked = checker().check(["version": "3", "entryId": 5], for: action("media.get"), callName: "media.get",
                                      issues: &issues)
        #expect(checked == ["entryId": "5", "version": 3])
        #expect(issues.isEmpty)
    }

    @Test func wrongValuesAndMisplacedFilesAreReported() {
        var issues: [KalturaValidationIssue] = []
        let file = KalturaFile(data: Data("x".utf8), fileName: "x.txt")
        let checked = checker().check(["entryId": [5]], files: ["version": file], for: action("media.get"),
                                      callName: "media.get", issues: &issues)
        #expect(checked == ["entryId": [5]])
        #expect(issues.map(\.description) == [
            "entryId: expected string, got an array",
            #"version: expected int, got file "x.txt" (1 byte)"#,
        ])
    }

    @Test func anActionTheSchemaLacksKeepsItsArgumentsAsBound() {
        var issues: [KalturaValidationIssue] = []
        let bound: OrderedDictionary<String, KalturaValue> = ["b": "VIDEO", "a": 1]
        #expect(checker().check(bound, for: nil, callName: "x.y", issues: &issues) == bound)
        #expect(issues.isEmpty)
    }

    @Test func withoutValidationOnlyBlockingProblemsStopACall() throws {
        let wrongType = KalturaValidationIssue(.wrongType(expected: "string", actual: "the int 5"),
                                               at: KalturaValuePath(parameter: "entryId"))
        let duplicate = KalturaValidationIssue(.duplicateArgument, at: KalturaValuePath(parameter: "version"))
        try checker(validates: false).report([wrongType], call: "media.get")
        #expect(throws: KalturaValidationError(call: "media.get", issues: [duplicate])) {
            try checker(validates: false).report([wrongType, duplicate], call: "media.get")
        }
        #expect(throws: KalturaValidationError(call: "media.get", issues: [wrongType])) {
            try checker().report([wrongType], call: "media.get")
        }
    }

    @Test func multiRequestsRefuseUploads() {
        let upload = KalturaCall("uploadToken.upload", parameters: ["uploadTokenId": "1_t"])!
        #expect(checker().multiRequestRefusal(of: upload, action: action("uploadToken.upload"), conversionIssues: [])
            == "it uploads a file, and file parameters cannot be sent in a multirequest")
        #expect(checker().multiRequestRefusal(of: KalturaCall("media.list")!, action: action("media.list"),
                                              conversionIssues: []) == nil)
    }

    @Test func aSessionMayOnlyReferToEarlierResults() {
        let scope = KalturaResultReference.Scope(position: 2, count: 3)
        let later = checker().issue(with: .reference(KalturaResultReference(call: 3)), scope: scope)
        #expect(later?.description
            == "[2] ks: {3:result} refers to call 3, a later call; a call can use only the results of calls before it")
        #expect(checker().issue(with: .reference(KalturaResultReference(call: 1)), scope: scope) == nil)
        #expect(checker().issue(with: .ks("KS1"), scope: scope) == nil)
    }

    @Test func callsOutsideTheSubsetAreRefusedByWireName() throws {
        let limited = KalturaCallChecker(schema: Self.schema, validatesRequests: true,
                                         subset: KalturaAPISubset(include: ["media.*"], excludedPlugins: ["metadata"]))
        var issues: [KalturaValidationIssue] = []
        let binder = KalturaCallBinder(schema: Self.schema)
        try limited.checkSubset(binder.resolve(KalturaCall("media.list")!, issues: &issues))
        #expect(throws: KalturaClientError.callOutsideSubset(call: "baseentry.list", reason: "not matched by include: media.*")) {
            try limited.checkSubset(binder.resolve(KalturaCall("baseEntry.list")!, issues: &issues))
        }
        #expect(throws: KalturaClientError.callOutsideSubset(call: "metadata_metadataprofile.list",
                                                             reason: "plugin metadata is excluded")) {
            try limited.checkSubset(binder.resolve(KalturaCall("metadata.metadataProfile.list")!, issues: &issues))
        }
    }
}
