import Foundation
import Kaltura
import KalturaEmulator
import KalturaSchema
import Testing

/// `KalturaEmulator.transport`: the emulator answering a client in process, as its HTTP server would.
@Suite("In-process transport")
struct InProcessTransportTests {
    let emulator = try! KalturaEmulator(configuration: .init(partners: [EmulatorPartner(id: 7, adminSecret: "in-process-secret")]))

    @Test func aClientLoadsTheSchemaAndCallsThroughIt() async throws {
        let client = try await KalturaClient(configuration: .init(
            partnerId: 7, serviceURL: URL(string: "http://emulator.invalid")!,
            schemaSource: .server(cache: nil), http: .init(transport: emulator.transport)))
        #expect(client.apiSchema.services.count == Schema.demo().services.count)
        let version: KalturaValue = try await client.system.getVersion()
        #expect(version.stringValue?.isEmpty == false)
    }

    @Test func statusAndContentTypeAreTheServers() async throws {
        let outside = try await emulator.transport.send(KalturaHTTPRequest(method: "GET", url: URL(string: "http://e.invalid/other")!))
        #expect(outside.status == 404)
        #expect(outside.header("content-type") == "text/plain")
        let schema = try await emulator.transport.send(
            KalturaHTTPRequest(method: "GET", url: URL(string: "http://e.invalid/api_v3/api_schema.php")!))
        #expect(schema.status == 200)
        #expect(schema.header("Content-Type") == "text/xml")
        #expect(String(decoding: schema.body.prefix(5), as: UTF8.self) == "<?xml")
    }
}
