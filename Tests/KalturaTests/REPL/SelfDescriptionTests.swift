import Foundation
import Kaltura
import KalturaSchema
import Testing

/// What a person sees of the client, its proxies, values, schema and errors in the REPL, `print`,
/// `po` and `dump`: short, whole texts, and never the KS.
@Suite("Self-descriptions")
struct SelfDescriptionTests {
    static let ks = "djJ8MTAxfFNFQ1JFVF9LU19TSE9VTERfTkVWRVJfU0hPVw=="

    func makeClient() -> KalturaClient {
        let client = KalturaClient(configuration: .init(partnerId: 101, serviceURL: URL(string: "https://kaltura.example")!),
                                   schema: Schema.demo())
        client.ks = Self.ks
        return client
    }

    @Test func clientsSummariseWithoutRegistryOrSession() {
        let client = makeClient()
        let summary = """
              schema 22.15.0, generated 2025-12-04: 8 services, 39 actions, 38 classes, 14 enums, 1 plugins
              wire: json to /api_v3/service/X/action/Y
              session: [redacted]
              services by name, such as client.media; print(client.media) lists its actions
            """
        #expect(String(reflecting: client) == "KalturaClient for https://kaltura.example, partner 101\n" + summary)
        #expect(String(describing: KalturaBlockingClient(client)) == "KalturaBlockingClient for https://kaltura.example, partner 101\n" + summary)
        #expect(KalturaDebuggerDisplay.text(of: client) == String(reflecting: client))
        var dumped = ""
        dump(client, to: &dumped)
        dump(KalturaBlockingClient(client), to: &dumped)
        #expect(!dumped.contains(Self.ks))
        #expect(dumped.split(separator: "\n").count < 60)
        client.ks = nil
        #expect(String(reflecting: client).contains("\n  session: none\n"))
    }

    @Test func aServiceProxyListsItsActions() {
        let client = makeClient()
        let expected = """
            service media  (wire id media)
              Media service lets you upload and manage media files (images / videos & audio)

              add(entry: KalturaMediaEntry) -> KalturaMediaEntry
              addContent(entryId: string, resource: KalturaResource = null) -> KalturaMediaEntry
              get(entryId: string, version: int = -1) -> KalturaMediaEntry
              list(filter: KalturaMediaEntryFilter = null, pager: KalturaFilterPager = null) -> KalturaMediaListResponse
              count(filter: KalturaMediaEntryFilter = null) -> int
              update(entryId: string, mediaEntry: KalturaMediaEntry) -> KalturaMediaEntry
              delete(entryId: string) -> void
            """
        #expect(String(reflecting: client.media) == expected)
        #expect(String(reflecting: KalturaBlockingClient(client).media) == expected)
        #expect(String(reflecting: client.metadata.metadataProfile) == """
            service metadataProfile  (wire id metadata_metadataprofile, plugin metadata)
              Metadata Profile service

              add(metadataProfile: KalturaMetadataProfile, xsdData: string, viewsData: string = null) -> KalturaMetadataProfile
              get(id: int) -> KalturaMetadataProfile
              list(filter: KalturaMetadataProfileFilter = null, pager: KalturaFilterPager = null) -> KalturaMetadataProfileListResponse
              update(id: int, metadataProfile: KalturaMetadataProfile, xsdData: string = null, viewsData: string = null) -> KalturaMetadataProfile
              delete(id: int) -> void
            """)
        // dump and po show the description, not the client behind the proxy.
        var dumped = ""
        dump(client.media, to: &dumped)
        #expect(dumped == "- " + expected + "\n")
    }

    @Test func aPluginProxyListsItsServices() {
        #expect(String(reflecting: makeClient().metadata) == """
            plugin metadata
              metadata.metadataProfile  (wire id metadata_metadataprofile): add, get, list, update, delete
              metadata.metadata  (wire id metadata_metadata): add, get, list, update, delete
            """)
    }

    @Test func anActionProxyShowsSignatureSessionAndErrors() {
        let client = makeClient()
        let expected = """
            media.get(entryId: string, version: int = -1) -> KalturaMediaEntry
              Get media entry by ID.
              (session: always; allowed in multirequest)
            parameters:
              entryId: string (required)
              version: int (optional, default -1)
            errors:
              ENTRY_ID_NOT_FOUND: Entry id "@ENTRY_ID@" not found
            """
        #expect(String(reflecting: client.media.get) == expected)
        #expect(String(reflecting: KalturaBlockingClient(client).media.get) == expected)
        #expect(String(reflecting: client.nothing.here) == "client.nothing.here: names no service, plugin or action of schema 22.15.0")
    }

    @Test func theDescriberIsTheCLIs() throws {
        let schema = Schema.demo()
        let action = try #require(schema.action("list", ofService: "media"))
        #expect(action.signature == "list(filter: KalturaMediaEntryFilter = null, pager: KalturaFilterPager = null) -> KalturaMediaListResponse")
        #expect(schema.describe("media") == String(reflecting: makeClient().media))
        #expect(schema.describe("no.such.thing") == nil)
    }

    @Test func valuesAreOutlinedWithElision() {
        let list: KalturaValue = ["objectType": "KalturaMediaListResponse", "totalCount": 5, "objects": [
            ["objectType": "KalturaMediaEntry", "id": "0_a", "name": "first", "tags": "x", "partnerId": 101],
            ["objectType": "KalturaMediaEntry", "id": "0_b"], ["objectType": "KalturaMediaEntry", "id": "0_c"],
            ["objectType": "KalturaMediaEntry", "id": "0_d"], ["objectType": "KalturaMediaEntry", "id": "0_e"]]]
        #expect(KalturaDebuggerDisplay.text(of: list) == """
            KalturaMediaListResponse
              totalCount: 5,
              objects: [5 items: KalturaMediaEntry {id: "0_a", name: "first", tags: "x", +1 more}, KalturaMediaEntry {…}, KalturaMediaEntry {…}, …]
            """)
        var entry = KalturaObject("KalturaMediaEntry", ["id": "0_abc", "name": "Clip\nTwo",
                                                        "description": .string(String(repeating: "word ", count: 30)), "ks": .string(Self.ks)])
        for index in 0..<40 { entry.kalturaFields["field\(index)"] = .int(index) }
        #expect(KalturaDebuggerDisplay.text(of: entry) == """
            KalturaMediaEntry
              id: "0_abc", name: "Clip\\nTwo",
              description: "word word word word word word word word word word word word…" (150 chars),
              ks: "[redacted]", field0: 0, field1: 1, field2: 2, field3: 3, field4: 4, field5: 5, field6: 6,
              field7: 7, field8: 8, field9: 9, field10: 10, field11: 11, field12: 12, field13: 13, field14: 14,
              field15: 15, field16: 16, field17: 17, field18: 18, field19: 19, field20: 20, field21: 21,
              field22: 22, field23: 23, field24: 24, field25: 25, field26: 26, field27: 27, field28: 28
              … 11 more fields
            """)
        #expect(KalturaDebuggerDisplay.text(of: KalturaValue.string("plain")) == "\"plain\"")
        // print keeps the compact JSON it always gave.
        let pager: KalturaValue = ["objectType": "KalturaFilterPager", "pageSize": 5]
        #expect(String(describing: pager) == #"{"pageSize":5,"objectType":"KalturaFilterPager"}"#)
    }

    @Test func theSchemaIsOneLine() {
        #expect(String(reflecting: Schema.demo())
            == "Schema 22.15.0 (generated 1764806400): 8 services, 39 actions, 38 classes, 14 enums, 1 plugins, 23 errors")
        var dumped = ""
        dump(Schema.demo(), to: &dumped)
        #expect(dumped.split(separator: "\n").count == 11)
    }

    @Test func errorsAreShort() {
        let error = KalturaAPIError(code: "INVALID_KS", message: "Invalid KS \"\(Self.ks)\". Error \"-1,INVALID_STR\"", args: ["KSID": Self.ks])
        var dumped = ""
        dump(error, to: &dumped)
        #expect(!dumped.contains(Self.ks))
        #expect(KalturaDebuggerDisplay.text(of: KalturaAPIError(code: "ENTRY_ID_NOT_FOUND", message: "Entry id \"0_x\" not found"))
            == "ENTRY_ID_NOT_FOUND: Entry id \"0_x\" not found")
        let validation = KalturaValidationError(call: "media.get", issues: [KalturaValidationIssue(.missingParameter(type: "string"), at: KalturaValuePath(parameter: "entryId"))])
        #expect(KalturaDebuggerDisplay.text(of: validation) == """
            invalid call to media.get (1 problem):
              - entryId: missing required parameter (string)
            """)
    }
}
