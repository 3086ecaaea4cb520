import Foundation
import Kaltura
import Testing

/// A client limited to part of the API refuses other calls before any network.
@Suite("API subset")
struct APISubsetTests {
    let transport = FakeTransport(body: "null")

    private func client(_ subset: KalturaAPISubset) -> KalturaClient {
        TestClients.make(transport: transport, subset: subset)
    }

    @Test func includedCallsGoThroughOthersAreRefused() async throws {
        let client = client(KalturaAPISubset(include: ["media.*", "metadata_metadata.list", "metadata.metadataProfile.get"]))
        _ = try await client.media.list()
        _ = try await client.metadata.metadata.list()
        _ = try await client.metadata_metadataprofile.get(id: 1)
        await #expect(throws: KalturaClientError.callOutsideSubset(
            call: "baseentry.list", reason: "not matched by include: media.*, metadata_metadata.list, metadata.metadataProfile.get")) {
            _ = try await client.baseEntry.list()
        }
        await #expect(throws: KalturaClientError.callOutsideSubset(
            call: "metadata_metadataprofile.list",
            reason: "not matched by include: media.*, metadata_metadata.list, metadata.metadataProfile.get")) {
            _ = try await client.metadata.metadataProfile.list()
        }
        #expect(transport.requests.count == 3)
    }

    @Test func excludedCallsAndPlugins() async throws {
        let client = client(KalturaAPISubset(exclude: ["media.delete", "system", "*.update*"], excludedPlugins: ["Metadata"]))
        _ = try await client.media.get(entryId: "0_a")
        for (call, reason) in [
            ("media.delete", "excluded by \"media.delete\""), ("system.ping", "excluded by \"system\""),
            ("category.update", "excluded by \"*.update*\""), ("metadata_metadataprofile.list", "plugin metadata is excluded"),
        ] {
            await #expect(throws: KalturaClientError.callOutsideSubset(call: call, reason: reason)) {
                _ = try await client.call(KalturaCall(call, parameters: ["id": 1, "entryId": "x"])!)
            }
        }
        #expect(transport.requests.count == 1)
        #expect(KalturaClientError.callOutsideSubset(call: "media.delete", reason: "excluded by \"media.delete\"").description
            == "media.delete is outside the client's API subset (excluded by \"media.delete\"); nothing was sent")
    }

    @Test func theSubsetIsCheckedBeforeValidation() async {
        let client = client(KalturaAPISubset(exclude: ["batch.*"]))
        await #expect(throws: KalturaClientError.callOutsideSubset(call: "batch.anything", reason: "excluded by \"batch.*\"")) {
            _ = try await client.batch.anything(x: 1)
        }
    }

    @Test func subsetsReadFromSettingsText() throws {
        let subset = try KalturaAPISubset(parsing: """
            # what this tool may call
            include = media.*, metadata_metadata.list
            exclude = batch.*   # never
            exclude-plugins = contentDistribution, dropFolder
            """)
        #expect(subset == KalturaAPISubset(include: ["media.*", "metadata_metadata.list"], exclude: ["batch.*"],
                                          excludedPlugins: ["contentDistribution", "dropFolder"]))
        #expect(throws: KalturaAPISubset.ParseError(line: 2, reason: "unknown setting \"allow\"; expected include, exclude or exclude-plugins")) {
            _ = try KalturaAPISubset(parsing: "include = media.*\nallow = x")
        }
        #expect(throws: KalturaAPISubset.ParseError(line: 1, reason: "expected \"name = value\"")) {
            _ = try KalturaAPISubset(parsing: "media.*")
        }
    }
}
