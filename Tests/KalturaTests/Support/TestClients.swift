import Foundation
import Kaltura
import KalturaSchema
import Logging

/// Clients wired to fake transports and the bundled or test schemas.
enum TestClients {
    static let serviceURL = URL(string: "https://www.kaltura.com")!

    /// The demo schema with another `apiVersion`, as the protocol notes' vectors use 22.19.0.
    static func demoSchema(apiVersion: String = "22.15.0") -> Schema {
        var text = String(decoding: Schema.demoSchemaXML, as: UTF8.self)
        text = text.replacingOccurrences(of: "apiVersion=\"22.15.0\"", with: "apiVersion=\"\(apiVersion)\"")
        return try! Schema(xml: text)
    }

    static func make(
        schema: Schema = Schema.demo(),
        transport: any KalturaTransport = FakeTransport(body: "null"),
        partnerId: Int? = nil,
        clientTag: String = "swift-test",
        validates: Bool = true,
        subset: KalturaAPISubset = .all,
        headers: [String: String] = [:],
        logger: Logger = Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() })
    ) -> KalturaClient {
        KalturaClient(
            configuration: .init(partnerId: partnerId, serviceURL: serviceURL, clientTag: clientTag,
                                 schemaSource: .schema(schema), validatesRequests: validates, subset: subset,
                                 http: .init(headers: headers, transport: transport), logger: logger),
            schema: schema)
    }
}
