import Foundation
import Kaltura
import KalturaEmulator
import KalturaSchema
import KalturaTestSupport
import Testing

@Suite("Not-found errors on schemas without an error catalogue")
struct NotFoundErrorTests {
    static func oldSchema() throws -> Schema {
        try TestFixtures.loadedSharedSchema("kaltura-schema-3.3.0.xml")
    }

    /// `service.get` of an id nobody stored, with the action's own id parameter.
    private func missing(_ harness: EmulatorHarness, _ schema: Schema, service: String, id: KalturaValue) async throws
        -> KalturaAPIError?
    {
        let parameter = try #require(schema.action("get", ofService: service)?.parameters.first?.name)
        return try await harness.admin(service, "get", [parameter: id]).apiError
    }

    @Test("the 3.3.0 schema has no catalogue, yet categories, entries and users get their own errors")
    func coreErrors() async throws {
        let oldSchema = try Self.oldSchema()
        #expect(oldSchema.error(named: "CATEGORY_NOT_FOUND") == nil)
        let harness = try EmulatorHarness(schema: oldSchema)
        #expect(try await missing(harness, oldSchema, service: "category", id: 404)
            == KalturaAPIError(code: "CATEGORY_NOT_FOUND", message: #"Category id "404" not found"#, args: ["ID": "404"]))
        #expect(try await missing(harness, oldSchema, service: "media", id: "0_missing")
            == KalturaAPIError(code: "ENTRY_ID_NOT_FOUND", message: #"Entry id "0_missing" not found"#, args: ["ENTRY_ID": "0_missing"]))
        #expect(try await missing(harness, oldSchema, service: "user", id: "nobody")
            == KalturaAPIError(code: "INVALID_USER_ID", message: "Invalid user id", args: [:]))
        #expect(try await missing(harness, oldSchema, service: "playlist", id: "0_missing")
            == KalturaAPIError(code: "INVALID_ENTRY_ID", message: #"Invalid entry id ["0_missing"]"#, args: ["ID": "0_missing"]))
        #expect(try await missing(harness, oldSchema, service: "uploadtoken", id: "0_missing")
            == KalturaAPIError(code: "UPLOAD_TOKEN_NOT_FOUND", message: "Upload token not found", args: [:]))
    }

    /// Services whose unknown id gets the same error on 3.3.0 as on 22.15.0. (`user` and `playlist`
    /// differ: their `get` declares `INVALID_USER_ID` and `INVALID_ENTRY_ID`, which the 3.3.0 map
    /// follows; on 22.15.0 the emulator picks the catalogue's `…_NOT_FOUND` error.)
    @Test("core services answer an unknown id on the 3.3.0 schema as on 22.15.0", arguments: [
        ("category", "404"), ("media", "0_missing"), ("baseentry", "0_missing"),
        ("data", "0_missing"), ("uploadtoken", "0_missing"), ("flavorasset", "0_missing"),
        ("thumbasset", "0_missing"), ("conversionprofile", "404"), ("accesscontrolprofile", "404"), ("uiconf", "404"),
        ("syndicationfeed", "0_missing"), ("metadata_metadataprofile", "404"), ("metadata_metadata", "404"),
        ("storageprofile", "404"), ("responseprofile", "404"), ("apptoken", "0_missing"),
    ])
    func sameAsModern(service: String, id: String) async throws {
        let oldSchema = try Self.oldSchema()
        let old = try await missing(try EmulatorHarness(schema: oldSchema), oldSchema, service: service, id: .string(id))
        let modern = try await missing(try EmulatorHarness(), try EmulatorHarness.realSchema(), service: service, id: .string(id))
        #expect(old != nil)
        #expect(old == modern)
    }
}
