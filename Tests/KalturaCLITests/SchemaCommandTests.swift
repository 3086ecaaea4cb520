import Foundation
import Testing

/// `kaltura schema …` end to end: the JSON contract, exit statuses and exact messages.
@Suite struct SchemaCommandTests {
    @Test func inspectJSONContractOnThe2026Schema() async throws {
        let output = try await CommandRunner.run(["schema", "inspect", try CommandRunner.sharedSchema("kaltura-schema-22.15.0.xml"), "--json"])
        #expect(output.status == 0)
        #expect(output.standardError == "")
        #expect(output.standardOutput == """
            {"apiVersion":"22.15.0","generatedDate":"1773236791","enums":312,"consts":3784,"classes":674,\
            "properties":2848,"services":111,"actions":884,"params":1583,"plugins":37,"errors":653,"unresolved":136}

            """)
    }

    @Test func inspectJSONHasNullsForMissingRootAttributes() async throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("bare-\(UUID().uuidString).xml")
        try ("<xml><enums><enum name=\"KalturaX\" enumType=\"int\"/></enums>"
            + "<services><service id=\"s\" name=\"s\"><action name=\"a\"/></service></services></xml>")
            .write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let output = try await CommandRunner.run(["schema", "inspect", file.path, "--json"])
        #expect(output.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(output.standardOutput.utf8)) as? [String: Any]
        #expect(object?["apiVersion"] is NSNull)
        #expect(object?["generatedDate"] is NSNull)
        #expect(object?["enums"] as? Int == 1)
        #expect(object?.count == 12)
    }

    @Test func inspectWithoutFileDescribesTheDemoSchema() async throws {
        let output = try await CommandRunner.run(["schema", "inspect"])
        #expect(output.status == 0)
        #expect(output.standardOutput.hasPrefix("Schema: bundled demo schema\nAPI version: 22.15.0\n"))
        #expect(output.standardOutput.contains("  metadata: metadataProfile, metadata\n"))
        #expect(output.standardOutput.hasSuffix("No problems found.\n"))
    }

    @Test func inspectReportsDanglingTypes() async throws {
        let output = try await CommandRunner.run(["schema", "inspect", try CommandRunner.sharedSchema("kaltura-schema-22.15.0.xml")])
        #expect(output.status == 0)
        #expect(output.standardOutput.contains("  136 type names are referenced but never defined\n"))
    }

    @Test func badFileExitsNonZeroWithTheErrorOnStandardError() async throws {
        let missing = try await CommandRunner.run(["schema", "inspect", "/nonexistent/schema.xml", "--json"])
        #expect(missing.status == 1)
        #expect(missing.standardOutput == "")
        #expect(missing.standardError == "Error: /nonexistent/schema.xml: cannot read the schema file /nonexistent/schema.xml: no such file\n")

        let file = FileManager.default.temporaryDirectory.appendingPathComponent("truncated-\(UUID().uuidString).xml")
        try "<?xml version=\"1.0\"?>\n<xml apiVersion=\"1\">\n  <enums>\n    <enum name=\"KalturaX\"".write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let truncated = try await CommandRunner.run(["schema", "inspect", file.path])
        #expect(truncated.status == 1)
        #expect(truncated.standardError.hasPrefix("Error: \(file.path): the schema is not well-formed XML at line 4"))
    }

    /// An API error saved where the schema should be is refused, not summarised as an empty schema.
    @Test func anAPIErrorDocumentIsNotASchema() async throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("forbidden-\(UUID().uuidString).xml")
        try "<xml><result><error><code>SERVICE_FORBIDDEN</code><message>The access to service [system] is forbidden</message></error></result></xml>"
            .write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let output = try await CommandRunner.run(["schema", "inspect", file.path])
        #expect(output.status == 1)
        #expect(output.standardOutput == "")
        #expect(output.standardError == "Error: \(file.path): the schema document is an API error response, not a schema: "
            + "SERVICE_FORBIDDEN: The access to service [system] is forbidden\n")
    }

    @Test func describeAnActionAndSuggestNames() async throws {
        let action = try await CommandRunner.run(["schema", "describe", "media.list"])
        #expect(action.status == 0)
        #expect(action.standardOutput.hasPrefix(
            "media.list(filter: KalturaMediaEntryFilter = null, pager: KalturaFilterPager = null) -> KalturaMediaListResponse\n"))

        let plugin = try await CommandRunner.run(["schema", "describe", "metadata.metadataProfile.add"])
        #expect(plugin.standardOutput.hasPrefix("metadata_metadataprofile.add(metadataProfile: KalturaMetadataProfile, xsdData: string, viewsData: string = null) -> KalturaMetadataProfile\n"))

        let typo = try await CommandRunner.run(["schema", "describe", "KalturaMediaEntr"])
        #expect(typo.status == 1)
        #expect(typo.standardError == "Error: \"KalturaMediaEntr\" is not a service, action, class, enum, plugin or error of this schema; did you mean KalturaMediaEntry, KalturaMediaType, KalturaMetadata?\n")
    }
}
