import Foundation
import KalturaCore
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
        /// When set, the state is kept in an SQLite database in this folder (`state.sqlite`):
        /// loaded at start, and every change written before its response is sent, so an
        /// answered write survives the process being killed. An old `state.json` there is
        /// imported once.
        public var dataDirectory: URL?
        /// How hard each commit to the state database waits for the disk (with ``dataDirectory``).
        public var stateSynchronization: StateSynchronization
        /// How long one request may take to arrive completely (head, body, end) and how long a
        /// connection may sit idle; the connection is closed after it. `nil` waits forever.
        public var requestReadTimeout: Duration?
        /// The largest request body accepted, in bytes (uploads included).
        public var maximumBodySize: Int
        /// How many matches of an entry list are reachable, as the server's search index allows
        /// (10,000); a page starting past them fails with `QUERY_EXCEEDED_MAX_MATCHES_ALLOWED`.
        /// Lower it to try a walk over a capped list without adding 10,000 entries.
        public var maximumListMatches: Int
        /// The current time in Unix seconds; tests may fix it.
        public var clock: @Sendable () -> Int
        /// The period of Kaltura servers to behave like (request bodies read, what
        /// `/api_v3/service/…` does, JSON response and error shapes, multirequest form).
        /// `nil` takes the era the schema's `apiVersion` and `generatedDate` point to, and
        /// today's servers when they leave doubt (see ``servedEra``).
        public var era: KalturaServerEra?

        /// The era the emulator behaves like: ``era`` when set, else the schema's, else
        /// ``KalturaServerEra/current``.
        public var servedEra: KalturaServerEra {
            era ?? KalturaServerEra.inferred(apiVersion: schema.apiVersion, generatedDate: schema.generatedDate) ?? .current
        }

        /// Creates a configuration.
        ///
        /// - Parameters:
        ///   - schema: The schema to serve; defaults to the bundled demo schema.
        ///   - schemaXML: Its document; defaults to the demo schema's bytes.
        ///   - partners: The partners; at least one is needed for sessions.
        ///   - era: The servers to behave like; `nil` infers them from the schema.
        public init(
            host: String = "127.0.0.1",
            port: Int = 0,
            schema: Schema = Schema.demo(),
            schemaXML: Data = Schema.demoSchemaXML,
            partners: [EmulatorPartner],
            recordURL: URL? = nil,
            dataDirectory: URL? = nil,
            stateSynchronization: StateSynchronization = .normal,
            requestReadTimeout: Duration? = .seconds(30),
            maximumBodySize: Int = 256 << 20,
            maximumListMatches: Int = 10_000,
            clock: @escaping @Sendable () -> Int = { Int(Date().timeIntervalSince1970) },
            era: KalturaServerEra? = nil
        ) {
            self.host = host
            self.port = port
            self.schema = schema
            self.schemaXML = schemaXML
            self.partners = partners
            self.recordURL = recordURL
            self.dataDirectory = dataDirectory
            self.stateSynchronization = stateSynchronization
            self.requestReadTimeout = requestReadTimeout
            self.maximumBodySize = maximumBodySize
            self.maximumListMatches = maximumListMatches
            self.clock = clock
            self.era = era
        }
    }
}
