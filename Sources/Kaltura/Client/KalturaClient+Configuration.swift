import Foundation
import KalturaSchema
import Logging

extension KalturaClient {
    /// How a client talks to a server: where it is, which schema describes it, and how calls are
    /// checked and sent. Every setting but ``serviceURL`` has a default.
    public struct Configuration: Sendable {
        /// The partner id: sent with every call, and used by ``KalturaClient/generateSession(adminSecret:userId:type:expiry:privileges:version:)``.
        public var partnerId: Int?
        /// The server, such as `https://www.kaltura.com` (a trailing `/api_v3` is ignored).
        public var serviceURL: URL
        /// The free-form tag the server logs for each call (`clientTag`).
        public var clientTag: String
        /// Where the schema comes from.
        public var schemaSource: SchemaSource
        /// Whether calls are checked against the schema before sending (see ``KalturaValidationError``).
        public var validatesRequests: Bool
        /// The part of the API the client may call.
        public var subset: KalturaAPISubset
        /// Which wire the client speaks: by default the one the schema's server era reads (see
        /// ``KalturaWire``); the choice is ``KalturaClient/wireFormat``.
        public var wire: KalturaWire
        /// HTTP settings.
        public var http: HTTP
        /// Where the client logs. KS values and secrets are redacted.
        public var logger: Logger

        /// Creates a configuration.
        ///
        /// - Parameters:
        ///   - partnerId: The partner id, sent with every call when set.
        ///   - serviceURL: The server.
        ///   - clientTag: Defaults to `swift-kaltura`.
        ///   - schemaSource: Defaults to fetching the server's schema, cached on disk for a day.
        ///   - validatesRequests: Defaults to `true`.
        ///   - subset: Defaults to the whole API.
        ///   - wire: Defaults to the wire of the server era the schema points to.
        ///   - http: Defaults to a 120-second timeout (an hour for uploads) over the default transport, retrying
        ///     calls that are safe to repeat up to 3 times in all.
        ///   - logger: Defaults to a logger labelled `kaltura.client`.
        public init(partnerId: Int? = nil, serviceURL: URL, clientTag: String = "swift-kaltura",
                    schemaSource: SchemaSource = .server(), validatesRequests: Bool = true,
                    subset: KalturaAPISubset = .all, wire: KalturaWire = .automatic, http: HTTP = HTTP(),
                    logger: Logger = Logger(label: "kaltura.client")) {
            self.partnerId = partnerId
            self.serviceURL = serviceURL
            self.clientTag = clientTag
            self.schemaSource = schemaSource
            self.validatesRequests = validatesRequests
            self.subset = subset
            self.wire = wire
            self.http = http
            self.logger = logger
        }

        /// Where a client's schema comes from.
        public enum SchemaSource: Sendable {
            /// The server's own `{serviceURL}/api_v3/api_schema.php`, cached on disk.
            ///
            /// A cached schema younger than `maxAge` seconds is used without asking the server.
            /// An older one is revalidated with a conditional `GET` (`If-None-Match` /
            /// `If-Modified-Since`) when the server gave an `ETag` or `Last-Modified`, and fetched
            /// again otherwise. When the server cannot be reached or answers with something that is
            /// not a schema, a cached schema of any age is used and a warning logged.
            ///
            /// - Parameters:
            ///   - cache: The on-disk cache; `nil` fetches on every start.
            ///   - maxAge: Seconds a cached schema is trusted without asking; defaults to a day.
            case server(cache: SchemaCache? = SchemaCache(), maxAge: Double = 86_400)
            /// A schema document on disk.
            case file(URL)
            /// A schema already loaded.
            case schema(Schema)
            /// The demo schema bundled with the package.
            case demo
        }

        /// HTTP settings.
        public struct HTTP: Sendable {
            /// The largest call response accepted by default: 64 MiB, the schema loader's limit too.
            public static let defaultMaximumResponseBytes = 64 << 20

            /// Seconds each exchange may take as a whole, from connecting to the response's last
            /// byte (``KalturaClientError/timedOut(url:seconds:)`` after that).
            public var timeout: Double
            /// Seconds an exchange carrying files (an upload) may take as a whole, instead of ``timeout``.
            public var uploadTimeout: Double
            /// When failed calls are sent again; by default only calls safe to repeat, up to 3 attempts
            /// (see ``KalturaRetryPolicy``). ``KalturaRequestConfiguration/retryPolicy`` overrides it per call.
            public var retryPolicy: KalturaRetryPolicy
            /// How the client pauses between attempts and draws jitter; replaceable in tests.
            public var retryTiming: KalturaRetryTiming
            /// Header fields added to every request, such as a proxy's authorization.
            public var headers: [String: String]
            /// What sends requests; `nil` uses the default: ``KalturaSocketTransport`` for `http://`
            /// and ``KalturaURLSessionTransport`` for `https://` (or for both when a proxy is set).
            public var transport: (any KalturaTransport)?
            /// The largest call response body accepted, in bytes; reading stops beyond it with
            /// ``KalturaClientError/responseTooLarge(url:limit:)``. The schema has its own limit,
            /// ``Schema/defaultMaximumDocumentSize``.
            public var maximumResponseBytes: Int

            /// Creates HTTP settings.
            ///
            /// - Parameters:
            ///   - timeout: Seconds for a whole exchange; defaults to 120.
            ///   - uploadTimeout: Seconds for a whole exchange carrying files; defaults to an hour.
            ///   - headers: Header fields added to every request.
            ///   - transport: Defaults to ``KalturaSocketTransport`` for `http://` and
            ///     ``KalturaURLSessionTransport`` for `https://`.
            ///   - maximumResponseBytes: Defaults to 64 MiB.
            ///   - retryPolicy: Defaults to ``KalturaRetryPolicy/default``.
            ///   - retryTiming: Defaults to ``KalturaRetryTiming/live``.
            public init(timeout: Double = 120, uploadTimeout: Double = 3600, headers: [String: String] = [:],
                        transport: (any KalturaTransport)? = nil,
                        maximumResponseBytes: Int = HTTP.defaultMaximumResponseBytes,
                        retryPolicy: KalturaRetryPolicy = .default, retryTiming: KalturaRetryTiming = .live) {
                self.timeout = timeout
                self.uploadTimeout = uploadTimeout
                self.retryPolicy = retryPolicy
                self.retryTiming = retryTiming
                self.headers = headers
                self.transport = transport
                self.maximumResponseBytes = maximumResponseBytes
            }
        }
    }
}
