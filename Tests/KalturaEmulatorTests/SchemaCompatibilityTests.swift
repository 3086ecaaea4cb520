import Foundation
import Kaltura
import KalturaEmulator
import KalturaSchema
import KalturaTestSupport
import Testing

@Suite("Other schemas")
struct SchemaCompatibilityTests {
    static let schemas: [(String, @Sendable () throws -> Schema)] = [
        ("demo", { Schema.demo() }),
        ("3.1.1", { try Schema(contentsOf: TestFixtures.sharedSchema("kaltura-schema-3.1.1.xml")) }),
        ("3.3.0", { try Schema(contentsOf: TestFixtures.sharedSchema("kaltura-schema-3.3.0.xml")) }),
    ]

    @Test("session, media and category round trips work on the demo, 2011 and 2016 schemas", arguments: [0, 1, 2])
    func roundTrip(index: Int) async throws {
        let (name, load) = Self.schemas[index]
        let harness = try EmulatorHarness(schema: try load())
        #expect(try await harness.call("system", "ping") == true, "\(name)")
        let ks = try #require(try await harness.call("session", "start", [
            "secret": "admin-secret-101", "partnerId": 101, "type": 2,
        ]).stringValue, "\(name)")
        #expect(try await harness.call("media", "list", ks: nil).apiError?.code == "MISSING_KS", "\(name)")
        // The 2011 schema has no media.add; its data service has the same shape.
        let (service, parameter, type) = name == "3.1.1" ? ("data", "dataEntry", "KalturaDataEntry") : ("media", "entry", "KalturaMediaEntry")
        let entry = try await harness.call(service, "add", [parameter: ["objectType": .string(type), "name": "e", "mediaType": 1]],
                                           ks: ks)
        let id = try #require(entry["id"], "\(name)")
        #expect(try await harness.call(service, "get", ["entryId": id], ks: ks)["name"] == "e", "\(name)")
        let missing = try await harness.call(service, "get", ["entryId": "0_gone"], ks: ks).apiError
        #expect(missing?.message == #"Entry id "0_gone" not found"#, "\(name)")
        let category = try await harness.call("category", "add", ["category": ["objectType": "KalturaCategory", "name": "c"]], ks: ks)
        #expect(category["id"] == 1, "\(name)")
    }
}
