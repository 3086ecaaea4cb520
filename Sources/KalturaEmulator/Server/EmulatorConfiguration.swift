import Foundation
import KalturaSchema

extension KalturaEmulator {
    /// How an emulator is set up: where it listens, which schema it serves, its partners.
    public struct Configuration: Sendable {
        /// The address to bind; loopback by default.
        public var host: String
        /// The port to bind; 0 picks a free one (see ``RunningEmulator/port``).
        public var port: Int
        /// The schema the emulator implements.
        public var schema: Schema
        /// The document served at `/api_v3/api_schema.php`.
        public var schemaXML: Data
        /// The partners whose secrets sign and open sessions.
        public var partners: [EmulatorPartner]
        /// When set, one JSON line per received call is appended to this file.
        public var recordURL: URL?
        /// The largest request body accepted, in bytes (uploads included).
        public var maximumBodySize: Int
        /// The current time in Unix seconds; tests may fix it.
        public var clock: @Sendable () -> Int

        /// Creates a configuration.
        ///
        /// - Parameters:
        ///   - schema: The schema to serve; defaults to the bundled demo schema.
        ///   - schemaXML: Its document; defaults to the demo schema's bytes.
        ///   - partners: The partners; at least one is needed for sessions.
        public init(
            host: String = "127.0.0.1",
            port: Int = 0,
            schema: Schema = Schema.demo(),
            schemaXML: Data = Schema.demoSchemaXML,
            partners: [EmulatorPartner],
            recordURL: URL? = nil,
            maximumBodySize: Int = 256 << 20,
            clock: @escaping @Sendable () -> Int = { Int(Date().timeIntervalSince1970) }
        ) {
            self.host = host
            self.port = port
            self.schema = schema
            self.schemaXML = schemaXML
            self.partners = partners
            self.recordURL = recordURL
            self.maximumBodySize = maximumBodySize
            self.clock = clock
        }
    }
}
