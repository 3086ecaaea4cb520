import Foundation
import Kaltura
import KalturaSchema
import Testing

/// Where a client's schema comes from at start-up: the server, the on-disk cache, a file, a value.
@Suite("Client schema loading")
final class ClientSchemaLoadingTests {
    static let serviceURL = URL(string: "https://kaltura.example.com")!
    static let schemaURL = "https://kaltura.example.com/api_v3/api_schema.php"
    let cache = SchemaCache(directory: FileManager.default.temporaryDirectory
        .appendingPathComponent("kaltura-client-tests-\(UUID().uuidString)"))

    deinit {
        try? FileManager.default.removeItem(at: cache.directory)
    }

    /// A server that serves the demo schema with validators, answers conditional requests with
    /// 304 and API calls with `true`.
    static func server(document: Data = Schema.demoSchemaXML, entityTag: String = "\"v1\"") -> FakeTransport {
        FakeTransport { request in
            if request.method == "GET" {
                #expect(request.url.absoluteString == schemaURL)
                if request.header("If-None-Match") == entityTag {
                    return KalturaHTTPResponse(status: 304)
                }
                return KalturaHTTPResponse(status: 200, headers: [
                    "Content-Type": "text/xml", "ETag": entityTag, "Last-Modified": "Wed, 01 Jan 2025 00:00:00 GMT",
                ], body: Array(document))
            }
            return KalturaHTTPResponse(status: 200, headers: ["Content-Type": "application/json"], body: Array("true".utf8))
        }
    }

    private func configuration(_ transport: any KalturaTransport, maxAge: Double = 86_400, cache: SchemaCache? = nil,
                               logs: CapturedLogs = CapturedLogs()) -> KalturaClient.Configuration {
        .init(partnerId: 1, serviceURL: Self.serviceURL, schemaSource: .server(cache: cache ?? self.cache, maxAge: maxAge),
              http: .init(transport: transport), logger: logs.logger())
    }

    @Test func theFirstStartFetchesTheSchemaAndCachesIt() async throws {
        let transport = Self.server()
        let client = try await KalturaClient(configuration: configuration(transport))
        #expect(client.apiSchema.apiVersion == "22.15.0")
        #expect(transport.requests.map(\.method) == ["GET"])
        let entry = try #require(cache.latest(for: Self.serviceURL)?.entry)
        #expect(entry.entityTag == "\"v1\"")
        #expect(entry.lastModified == "Wed, 01 Jan 2025 00:00:00 GMT")
        #expect(try await client.system.ping() == true)
    }

    @Test func aFreshCacheIsUsedWithoutAskingTheServer() async throws {
        _ = try await KalturaClient(configuration: configuration(Self.server()))
        let transport = Self.server()
        let client = try await KalturaClient(configuration: configuration(transport))
        #expect(client.apiSchema.services.count == Schema.demo().services.count)
        #expect(transport.requests.isEmpty)
    }

    @Test func anOldCacheIsRevalidatedWithAConditionalRequest() async throws {
        _ = try await KalturaClient(configuration: configuration(Self.server()))
        let before = try #require(cache.latest(for: Self.serviceURL)?.entry.validatedAt)
        let transport = Self.server()
        let client = try await KalturaClient(configuration: configuration(transport, maxAge: 0))
        #expect(client.apiSchema.apiVersion == "22.15.0")
        let request = try #require(transport.requests.first)
        #expect(request.header("If-None-Match") == "\"v1\"")
        #expect(request.header("If-Modified-Since") == "Wed, 01 Jan 2025 00:00:00 GMT")
        let after = try #require(cache.latest(for: Self.serviceURL)?.entry.validatedAt)
        #expect(after >= before)
    }

    @Test func aChangedSchemaReplacesTheCachedOne() async throws {
        _ = try await KalturaClient(configuration: configuration(Self.server()))
        let upgraded = String(decoding: Schema.demoSchemaXML, as: UTF8.self)
            .replacingOccurrences(of: "apiVersion=\"22.15.0\"", with: "apiVersion=\"22.16.0\"")
        let transport = Self.server(document: Data(upgraded.utf8), entityTag: "\"v2\"")
        let client = try await KalturaClient(configuration: configuration(transport, maxAge: 0))
        #expect(client.apiSchema.apiVersion == "22.16.0")
        #expect(cache.latest(for: Self.serviceURL)?.entry.apiVersion == "22.16.0")
        #expect(cache.latest(for: Self.serviceURL)?.entry.entityTag == "\"v2\"")
    }

    @Test func anUnreachableServerFallsBackToTheCacheWithAWarning() async throws {
        _ = try await KalturaClient(configuration: configuration(Self.server()))
        let logs = CapturedLogs()
        let client = try await KalturaClient(configuration: configuration(UnreachableTransport(), maxAge: 0, logs: logs))
        #expect(client.apiSchema.apiVersion == "22.15.0")
        let warning = try #require(logs.entries.first { $0.level == .warning })
        #expect(warning.message == "cannot refresh the API schema; using the cached one")
        #expect(warning.metadata["reason"] == "connection refused")
        #expect(warning.metadata["url"] == .string(Self.schemaURL))
    }

    @Test func somethingThatIsNotASchemaFallsBackToTheCache() async throws {
        _ = try await KalturaClient(configuration: configuration(Self.server()))
        let proxy = FakeTransport(status: 200, contentType: "text/html", body: "<html><title>Login</title></html>")
        let logs = CapturedLogs()
        let client = try await KalturaClient(configuration: configuration(proxy, maxAge: 0, logs: logs))
        #expect(client.apiSchema.apiVersion == "22.15.0")
        #expect(logs.entries.first { $0.level == .warning }?.metadata["reason"]
            == "the schema document is an HTML page (title: \"Login\"), not a Kaltura API schema; check the service URL")
        let failing = FakeTransport(status: 503, contentType: "text/plain", body: "busy")
        _ = try await KalturaClient(configuration: configuration(failing, maxAge: 0))
    }

    @Test func withoutACacheAnUnusableServerIsAnError() async {
        let empty = SchemaCache(directory: cache.directory.appendingPathComponent("empty"))
        await #expect(throws: KalturaClientError.schemaUnavailable(url: Self.schemaURL, reason: "connection refused")) {
            _ = try await KalturaClient(configuration: configuration(UnreachableTransport(), cache: empty))
        }
        await #expect(throws: KalturaClientError.schemaUnavailable(url: Self.schemaURL, reason: "HTTP 404")) {
            _ = try await KalturaClient(configuration: configuration(FakeTransport(status: 404, body: "no"), cache: empty))
        }
        #expect(KalturaClientError.schemaUnavailable(url: Self.schemaURL, reason: "HTTP 404").description
            == "cannot load the API schema from https://kaltura.example.com/api_v3/api_schema.php: HTTP 404")
    }

    /// A server that refuses the schema request answers with an API error; that is an error
    /// naming the code, nothing is cached, and once the server is fixed the next start works.
    @Test func anAPIErrorServedAsTheSchemaIsAnErrorAndNeverCached() async throws {
        let forbidden = "<xml><result><error><code>SERVICE_FORBIDDEN</code><message>The access to service [system] is forbidden"
            + "</message></error></result></xml>"
        let refusing = FakeTransport(status: 200, contentType: "text/xml", body: forbidden)
        await #expect(throws: KalturaClientError.schemaUnavailable(url: Self.schemaURL, reason: "the schema document is an "
            + "API error response, not a schema: SERVICE_FORBIDDEN: The access to service [system] is forbidden")) {
            _ = try await KalturaClient(configuration: configuration(refusing))
        }
        #expect(cache.latest(for: Self.serviceURL) == nil)
        #expect(cache.latestSchema(for: Self.serviceURL) == nil)

        let fixed = Self.server()
        let client = try await KalturaClient(configuration: configuration(fixed))
        #expect(fixed.requests.map(\.method) == ["GET"])
        #expect(try await client.system.ping() == true)
    }

    @Test func otherSources() async throws {
        let transport = FakeTransport(body: "true")
        func client(_ source: KalturaClient.Configuration.SchemaSource) async throws -> KalturaClient {
            try await KalturaClient(configuration: .init(serviceURL: Self.serviceURL, schemaSource: source, http: .init(transport: transport)))
        }
        #expect(try await client(.demo).apiSchema.apiVersion == "22.15.0")
        #expect(try await client(.schema(TestSchemas.shapes)).apiSchema.apiVersion == "1.0")
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("kaltura-schema-\(UUID().uuidString).xml")
        try Schema.demoSchemaXML.write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        #expect(try await client(.file(file)).apiSchema.apiVersion == "22.15.0")
        await #expect(throws: KalturaClientError.schemaUnavailable(url: "/nonexistent/schema.xml",
                                                                   reason: "cannot read the schema file /nonexistent/schema.xml: no such file")) {
            _ = try await client(.file(URL(fileURLWithPath: "/nonexistent/schema.xml")))
        }
        #expect(transport.requests.isEmpty)
    }
}
