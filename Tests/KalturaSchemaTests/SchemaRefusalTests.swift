import Foundation
import KalturaTestSupport
import Testing
@testable import KalturaSchema

/// Documents that are well-formed `<xml>` but no schema a client could use: an API error served in
/// the schema's place, or a document without services. They are refused by every way in, and
/// never served from the cache.
@Suite struct SchemaRefusalTests {
    /// What a server answers `api_schema.php` with when the partner may not read it.
    static let forbidden = """
        <?xml version="1.0" encoding="utf-8"?>
        <xml><result><error><objectType>KalturaAPIException</objectType><code>SERVICE_FORBIDDEN</code>\
        <message>The access to service [system] is forbidden</message><args><item><objectType>KalturaApiExceptionArg</objectType>\
        <name>SERVICE</name><value>system</value></item></args></error></result><executionTime>0.01</executionTime></xml>
        """

    static let forbiddenDescription =
        "the schema document is an API error response, not a schema: SERVICE_FORBIDDEN: The access to service [system] is forbidden"

    @Test func anAPIErrorResponseIsRefusedWithItsCodeAndMessage() {
        #expect(throws: SchemaLoadError.apiErrorResponse(code: "SERVICE_FORBIDDEN",
                                                         message: "The access to service [system] is forbidden")) {
            try Schema(xml: Self.forbidden)
        }
        #expect(SchemaLoadError.apiErrorResponse(code: "SERVICE_FORBIDDEN", message: "The access to service [system] is forbidden")
            .description == Self.forbiddenDescription)
        // The shortest form, as the brief's report showed it.
        #expect(throws: SchemaLoadError.apiErrorResponse(code: "SERVICE_FORBIDDEN", message: "no")) {
            try Schema(xml: "<xml><result><error><code>SERVICE_FORBIDDEN</code><message>no</message></error></result></xml>")
        }
    }

    @Test func anAPIErrorIsRefusedFromAFileToo() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("kaltura-forbidden-\(UUID().uuidString).xml")
        try Data(Self.forbidden.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        #expect(throws: SchemaLoadError.apiErrorResponse(code: "SERVICE_FORBIDDEN",
                                                         message: "The access to service [system] is forbidden")) {
            try Schema(contentsOf: file)
        }
    }

    @Test func aHugeErrorMessageIsCutShort() {
        let message = String(repeating: "x", count: 5000)
        #expect(throws: SchemaLoadError.apiErrorResponse(code: "E", message: String(repeating: "x", count: 200) + "…")) {
            try Schema(xml: "<xml><result><error><code>E</code><message>\(message)</message></error></result></xml>")
        }
    }

    @Test func aDocumentWithoutServicesIsRefused() {
        for document in ["<xml/>", "<xml><services/></xml>",
                         #"<xml><classes><class name="KalturaX"/></classes><services></services></xml>"#,
                         "<xml><result>true</result></xml>"] {
            #expect(throws: SchemaLoadError.noServices) { try Schema(xml: document) }
        }
        #expect(SchemaLoadError.noServices.description
            == "the schema document declares no services; a Kaltura API schema has a <services> element with at least one <service>")
    }

    @Test func everyFixtureStillLoads() throws {
        #expect(try Schema(xml: Schema.demoSchemaXML).services.count > 0)
        #expect(try Schema(contentsOf: TestFixtures.fixture("complete.xml")).services.count == 3)
        for name in ["kaltura-schema-3.1.1.xml", "kaltura-schema-3.3.0.xml", "kaltura-schema-22.15.0.xml"] {
            #expect(try Schema(contentsOf: TestFixtures.sharedSchema(name)).services.count > 50, "\(name)")
        }
    }

    // MARK: - Cache

    let cache = SchemaCache(directory: FileManager.default.temporaryDirectory
        .appendingPathComponent("kaltura-refusal-\(UUID().uuidString)"))

    /// An error document an earlier version cached, with a snapshot of its empty registry: the
    /// entry is removed and nothing is served, so the caller fetches again.
    @Test func aCachedErrorDocumentIsDiscardedNotServed() throws {
        defer { try? FileManager.default.removeItem(at: cache.directory) }
        let server = URL(string: "https://kaltura.example.com")!
        let folder = cache.folder(for: server)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(Self.forbidden.utf8).write(to: folder.appendingPathComponent("schema-unversioned-undated.xml"))
        try Data(#"{"serviceURL":"https://kaltura.example.com","validatedAt":0,"fileName":"schema-unversioned-undated.xml"}"#.utf8)
            .write(to: folder.appendingPathComponent("latest.json"))

        #expect(cache.latestSchema(for: server) == nil)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("latest.json").path))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("schema-unversioned-undated.xml").path))
        #expect(cache.latest(for: server) == nil)
    }

    /// A snapshot that loads but has no services is not trusted; the document decides.
    @Test func aSnapshotWithoutServicesIsNotServed() throws {
        defer { try? FileManager.default.removeItem(at: cache.directory) }
        let server = URL(string: "https://kaltura.example.com")!
        let demo = Schema.demo()
        let entry = try cache.store(Schema.demoSchemaXML, schema: demo, for: server)
        var empty = SchemaDocument()
        empty.apiVersion = demo.apiVersion
        empty.generatedDate = demo.generatedDate
        empty.sawRoot = true
        let snapshotURL = cache.folder(for: server).appendingPathComponent(try #require(entry.snapshotFileName))
        try Schema(document: empty).encodedSnapshot().write(to: snapshotURL)

        let cached = try #require(cache.latestSchema(for: server))
        #expect(cached.schema.services.count == demo.services.count)
    }

    /// Nothing without services is stored.
    @Test func storingASchemaWithoutServicesIsRefused() throws {
        defer { try? FileManager.default.removeItem(at: cache.directory) }
        let server = URL(string: "https://kaltura.example.com")!
        var empty = SchemaDocument()
        empty.sawRoot = true
        #expect(throws: SchemaLoadError.noServices) {
            try cache.store(Data(Self.forbidden.utf8), schema: Schema(document: empty), for: server)
        }
        #expect(cache.latest(for: server) == nil)
    }
}
