import Foundation
import KalturaTestSupport
import Testing
@testable import KalturaSchema

@Suite struct SchemaCacheTests {
    let cache = SchemaCache(directory: FileManager.default.temporaryDirectory
        .appendingPathComponent("kaltura-cache-\(UUID().uuidString)"))

    @Test func storesAndReturnsTheLatestDocumentPerServer() throws {
        defer { try? FileManager.default.removeItem(at: cache.directory) }
        let server = URL(string: "https://user:pw@kaltura.example.com:8443/base/?x=1")!
        let other = URL(string: "https://kaltura.example.com:8443/other")!
        #expect(cache.latest(for: server) == nil)

        let document = Schema.demoSchemaXML
        let schema = try Schema(xml: document)
        let when = Date(timeIntervalSince1970: 1_700_000_000)
        let entry = try cache.store(document, schema: schema, for: server, entityTag: "\"abc\"", at: when)
        #expect(entry.apiVersion == "22.15.0")
        #expect(entry.generatedDate == "1764806400")
        #expect(entry.fileName == "schema-22.15.0-1764806400.xml")
        #expect(entry.serviceURL == "https://kaltura.example.com:8443/base")

        let cached = try #require(cache.latest(for: server))
        #expect(cached.document == document)
        #expect(cached.entry == entry)
        // Same host, another path: a separate entry.
        #expect(cache.latest(for: other) == nil)
        // Credentials, query and a trailing slash do not change the key.
        #expect(cache.latest(for: URL(string: "https://kaltura.example.com:8443/base")!) != nil)

        try cache.markValidated(for: server, at: when.addingTimeInterval(60))
        #expect(cache.latest(for: server)?.entry.validatedAt == when.addingTimeInterval(60))

        try cache.remove(for: server)
        #expect(cache.latest(for: server) == nil)
    }

    @Test func corruptIndexIsTreatedAsAbsent() throws {
        defer { try? FileManager.default.removeItem(at: cache.directory) }
        let server = URL(string: "http://127.0.0.1:9999")!
        let folder = cache.folder(for: server)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("{not json".utf8).write(to: folder.appendingPathComponent("latest.json"))
        #expect(cache.latest(for: server) == nil)
        // An index pointing outside its folder is refused.
        try Data(#"{"serviceURL":"x","validatedAt":0,"fileName":"../../etc/passwd"}"#.utf8)
            .write(to: folder.appendingPathComponent("latest.json"))
        #expect(cache.latest(for: server) == nil)
    }

    @Test func storesASnapshotAndReadsTheRegistryFromIt() throws {
        defer { try? FileManager.default.removeItem(at: cache.directory) }
        let server = URL(string: "https://kaltura.example.com")!
        let document = Schema.demoSchemaXML
        let schema = try Schema(xml: document)
        let entry = try cache.store(document, schema: schema, for: server, at: Date(timeIntervalSince1970: 1_700_000_000))
        #expect(entry.snapshotFileName == "schema-22.15.0-1764806400.snapshot")
        let snapshotURL = cache.folder(for: server).appendingPathComponent("schema-22.15.0-1764806400.snapshot")
        #expect(try Data(contentsOf: snapshotURL) == schema.encodedSnapshot())

        let cached = try #require(cache.latestSchema(for: server))
        #expect(cached.entry == entry)
        SchemaSnapshotTests.expectSame(cached.schema, schema)
    }

    @Test func aDamagedSnapshotIsRebuiltFromTheDocument() throws {
        defer { try? FileManager.default.removeItem(at: cache.directory) }
        let server = URL(string: "https://kaltura.example.com")!
        let schema = try Schema(xml: Schema.demoSchemaXML)
        let entry = try cache.store(Schema.demoSchemaXML, schema: schema, for: server)
        let snapshotURL = cache.folder(for: server).appendingPathComponent(try #require(entry.snapshotFileName))
        try Data("KSCHSNAP garbage".utf8).write(to: snapshotURL)

        let cached = try #require(cache.latestSchema(for: server))
        SchemaSnapshotTests.expectSame(cached.schema, schema)
        #expect(try Data(contentsOf: snapshotURL) == schema.encodedSnapshot())
    }

    @Test func anEntryFromBeforeSnapshotsGetsOne() throws {
        defer { try? FileManager.default.removeItem(at: cache.directory) }
        let server = URL(string: "https://kaltura.example.com")!
        let schema = try Schema(xml: Schema.demoSchemaXML)
        try cache.store(Schema.demoSchemaXML, schema: schema, for: server)
        let folder = cache.folder(for: server)
        try FileManager.default.removeItem(at: folder.appendingPathComponent("schema-22.15.0-1764806400.snapshot"))
        try Data(#"{"serviceURL":"https://kaltura.example.com","apiVersion":"22.15.0","generatedDate":"1764806400","validatedAt":0,"fileName":"schema-22.15.0-1764806400.xml"}"#.utf8)
            .write(to: folder.appendingPathComponent("latest.json"))

        let cached = try #require(cache.latestSchema(for: server))
        SchemaSnapshotTests.expectSame(cached.schema, schema)
        #expect(cached.entry.snapshotFileName == "schema-22.15.0-1764806400.snapshot")
        #expect(cache.latestSchema(for: server)?.entry.snapshotFileName == "schema-22.15.0-1764806400.snapshot")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("schema-22.15.0-1764806400.snapshot").path))
    }

    @Test func aSnapshotOfAnotherVersionIsNotUsed() throws {
        defer { try? FileManager.default.removeItem(at: cache.directory) }
        let server = URL(string: "https://kaltura.example.com")!
        let demo = try Schema(xml: Schema.demoSchemaXML)
        let entry = try cache.store(Schema.demoSchemaXML, schema: demo, for: server)
        // A snapshot of a different schema under the entry's name: the entry's version decides.
        let other = try Schema(contentsOf: TestFixtures.fixture("complete.xml"))
        let snapshotURL = cache.folder(for: server).appendingPathComponent(try #require(entry.snapshotFileName))
        try other.encodedSnapshot().write(to: snapshotURL)

        let cached = try #require(cache.latestSchema(for: server))
        SchemaSnapshotTests.expectSame(cached.schema, demo)
    }
}
