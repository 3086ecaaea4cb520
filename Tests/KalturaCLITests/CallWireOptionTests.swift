import Foundation
import KalturaTestSupport
import Testing

/// `kaltura call --wire`: the option reaches the client, seen in a serve action's printed URL
/// (which is built, not sent, so no server is needed), and a wrong value is a usage error.
@Suite("kaltura call --wire")
struct CallWireOptionTests {
    private func serveURL(wire: String?) async throws -> CommandRunner.Output {
        let schema = try TestFixtures.sharedSchema("kaltura-schema-22.15.0.xml").path
        return try await CommandRunner.run(["call", "bulkUpload.serve", "id=5", "--url", "http://example.invalid",
                                            "--schema", schema, "--ks", "KS1"] + (wire.map { ["--wire", $0] } ?? []))
    }

    @Test("the schema's era decides by default; --wire form or an old era sends to index.php")
    func theWireShowsInTheServeURL() async throws {
        let query = "format=1&clientTag=kaltura-cli&apiVersion=22.15.0&ks=KS1&id=5\n"
        let automatic = try await serveURL(wire: nil)
        #expect(automatic.standardOutput == "http://example.invalid/api_v3/service/bulkupload/action/serve?" + query)
        for wire in ["form", "2011", "2015-10-20"] {
            let output = try await serveURL(wire: wire)
            #expect(output.status == 0)
            #expect(output.standardOutput == "http://example.invalid/api_v3/index.php?service=bulkupload&action=serve&" + query,
                    "--wire \(wire)")
        }
        let json = try await serveURL(wire: "json")
        #expect(json.standardOutput == automatic.standardOutput)
    }

    @Test("a --wire that names no wire is a usage error")
    func aWrongWireIsAUsageError() async throws {
        let output = try await serveURL(wire: "xml")
        #expect(output.status == 64)
        #expect(output.standardError.hasPrefix(
            "Error: --wire 'xml' is not auto, json, form or a server era such as 2011, 2013-10 or current\n"))
    }
}
