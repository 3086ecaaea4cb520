import Foundation
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
}
