import Foundation
@testable import Kaltura
import KalturaSchema
import OrderedCollections
import Testing

/// The bind step: names resolved against the schema, arguments bound to parameters, and every
/// problem reported as an issue.
@Suite("Call binder")
struct CallBinderTests {
    let binder = KalturaCallBinder(schema: Schema.demo())

    /// Binds `call` to its resolved action; returns the arguments and every issue as written in messages.
    private func bind(_ call: KalturaCall) -> (bound: OrderedDictionary<String, KalturaValue>, issues: [String]) {
        var issues: [KalturaValidationIssue] = []
        let target = binder.resolve(call, issues: &issues)
        let bound = binder.bind(call.arguments, files: call.files, to: target.action, issues: &issues)
        return (bound, issues.map(\.description))
    }

    @Test func resolvesWireNamesOfCoreAndPluginServices() {
        var issues: [KalturaValidationIssue] = []
        let core = binder.resolve(KalturaCall("media.list")!, issues: &issues)
        let plugin = binder.resolve(KalturaCall("metadata.metadataProfile.list")!, issues: &issues)
        #expect(issues.isEmpty)
        #expect([core.wireService, core.wireAction, plugin.wireService, plugin.wireAction]
            == ["media", "list", "metadata_metadataprofile", "list"])
        #expect(core.action?.result == .object("KalturaMediaListResponse"))
        #expect(!core.servesFile)
    }

    @Test func unknownNamesAreKeptAsGivenAndReportedWithSuggestions() {
        var issues: [KalturaValidationIssue] = []
        let service = binder.resolve(KalturaCall("mdia.list")!, issues: &issues)
        let action = binder.resolve(KalturaCall("media.lst")!, issues: &issues)
        #expect([service.wireService, service.wireAction, action.wireService, action.wireAction]
            == ["mdia", "list", "media", "lst"])
        #expect(service.service == nil && action.action == nil)
        #expect(issues.map(\.description) == [
            #"unknown service "mdia"; did you mean "media"?"#,
            #"unknown action "lst" of service media; did you mean one of "list", "get"?"#,
        ])
    }

    @Test func positionalArgumentsBindInSchemaOrderThenKeywords() {
        let call = KalturaCall(service: .id("media"), action: "get", arguments: [
            .init(label: nil, value: "0_abc"), .init(label: "version", value: 3),
        ])
        let (bound, issues) = bind(call)
        #expect(bound == ["entryId": "0_abc", "version": 3])
        #expect(issues == [])
    }

    @Test func bindingProblemsAreAllReported() {
        let call = KalturaCall(service: .id("media"), action: "get", arguments: [
            .init(label: nil, value: "0_abc"), .init(label: nil, value: 1), .init(label: nil, value: 2),
            .init(label: "entryId", value: "0_def"), .init(label: "verison", value: 4),
        ])
        let (bound, issues) = bind(call)
        #expect(bound == ["entryId": "0_abc", "version": 1, "verison": 4])
        #expect(issues == [
            "3 positional arguments, but the action takes 2 (entryId, version)",
            "entryId: given more than once",
            #"verison: unknown parameter; did you mean "version"?"#,
        ])
    }

    @Test func missingRequiredParametersAreReported() {
        let (bound, issues) = bind(KalturaCall(service: .id("media"), action: "get", arguments: [.init(label: "entryId", value: .null)]))
        #expect(bound == ["entryId": .null])
        #expect(issues == ["entryId: missing required parameter (string)"])
    }

    @Test func positionalArgumentsNeedAnActionTheSchemaKnows() {
        let (bound, issues) = bind(KalturaCall(service: .id("media"), action: "nope", arguments: [
            .init(label: nil, value: 1), .init(label: "any", value: 2),
        ]))
        #expect(bound == ["any": 2])
        #expect(issues == [
            #"unknown action "nope" of service media"#,
            "1 positional argument for an action the schema does not describe; name them",
        ])
    }

    @Test func filesSatisfyTheirParameterAndCannotAlsoBeArguments() {
        let file = KalturaFile(data: Data("x".utf8), fileName: "x.txt")
        let alone = bind(KalturaCall("uploadToken.upload", parameters: ["uploadTokenId": "1_t"], files: ["fileData": file])!)
        #expect(alone.bound == ["uploadTokenId": "1_t"])
        #expect(alone.issues == [])
        let twice = bind(KalturaCall("uploadToken.upload", parameters: ["uploadTokenId": "1_t", "fileData": "x"],
                                     files: ["fileData": file, "fileDta": file])!)
        #expect(twice.bound == ["uploadTokenId": "1_t"])
        #expect(twice.issues == [
            "fileData: given more than once",
            #"fileDta: unknown parameter; did you mean "fileData"?"#,
        ])
    }
}
