import Foundation
import KalturaSchema
import OrderedCollections

/// A client for any Kaltura API v3 server, built at run time from the server's own schema.
///
/// Every service and action the schema declares is a member, plugins included, without generated code:
///
/// ```swift
/// let client = try await KalturaClient(configuration: .init(partnerId: 123, serviceURL: url))
/// client.ks = try client.generateSession(adminSecret: secret, userId: "me", type: .admin)
/// let entry = try await client.media.get(entryId: "0_abc")
/// let page = try await client.media.list(filter: ["objectType": "KalturaMediaEntryFilter", "nameLike": "x"],
///                                        pager: ["pageSize": 10])
/// let profiles = try await client.metadata.metadataProfile.list()
/// ```
///
/// ## Naming services
/// - `client.X.action(…)` calls the service whose wire id is `X` (`client.media`,
///   `client.metadata_metadataprofile`), compared case-insensitively.
/// - `client.P.S.action(…)` calls service `S` of plugin `P` (`client.metadata.metadataProfile`).
///
/// The length of the path decides, so a core service and a plugin that share a name are both
/// reachable: real schemas have a core `document` service and a `document` plugin, and
/// `client.document.get(…)` calls the service while `client.document.documents.get(…)` calls the
/// plugin's. ``service(_:)`` and ``plugin(_:)`` name either explicitly.
///
/// ## Arguments
/// Keyword arguments are named as in the schema; positional ones bind in schema order. Swift
/// values are converted (see ``KalturaValueConvertible``); enum constants may be given by name
/// (`mediaType: "VIDEO"`); `nil` clears a field on the server (`tags: nil`, `["tags": nil]`). Action names that are
/// Swift keywords need backticks: ``client.media.`delete`(entryId: id)``. A ``KalturaFile`` given by
/// name to a `file` parameter is uploaded: `client.uploadToken.upload(uploadTokenId: id, fileData: file)`
/// is sent as `multipart/form-data`.
///
/// ## Results
/// A ``KalturaValue`` typed by the schema, readable by member (`entry.name`). Ask for a
/// ``KalturaObject`` or any `Decodable` type instead by annotating the result:
/// `let entry: MyEntry = try await client.media.get(entryId: id)`.
///
/// A serve action (whose result is a file, such as `thumbAsset.serve`) is not sent: its result is
/// its signed GET URL, as a string or, annotated, a `URL` (see ``serveURL(for:)``).
///
/// ## Servers of every era
/// The client speaks the wire its server's era reads, chosen from the schema when it is created
/// (``wireFormat``): JSON to `/api_v3/service/X/action/Y` for servers from November 2015 on,
/// colon-flattened forms to `/api_v3/index.php?service=X&action=Y` for older ones (and when the
/// schema does not date its server). ``Configuration/wire`` overrides the choice. Responses of
/// every era are read, with or without `objectType`.
///
/// ## Errors
/// ``KalturaValidationError`` (before sending), ``KalturaClientError`` (subset, transport,
/// responses that are not Kaltura JSON) and ``KalturaAPIError`` (the server's `KalturaAPIException`).
///
/// The client is `Sendable`; its request settings are guarded by a lock.
@dynamicMemberLookup
public final class KalturaClient: Sendable {
    /// The configuration the client was created with.
    public let configuration: Configuration
    /// The schema the client resolves calls with. (Not `schema`: the API has a service of that name.)
    public let apiSchema: Schema

    let engine: KalturaCallEngine
    private let state: KalturaLockedState<KalturaRequestConfiguration>

    /// Creates a client, loading the schema from ``Configuration/schemaSource``.
    ///
    /// - Throws: ``KalturaClientError/schemaUnavailable(url:reason:)`` when no schema can be loaded.
    public convenience init(configuration: Configuration) async throws {
        let transport = configuration.http.transport ?? KalturaDefaultTransport.make()
        let loader = KalturaSchemaLoader(
            serviceURL: configuration.serviceURL, transport: transport,
            headers: KalturaRequestBuilder.headers(of: configuration, contentType: nil),
            timeout: configuration.http.timeout, logger: configuration.logger)
        let schema = try await loader.load(configuration.schemaSource)
        self.init(configuration: configuration, schema: schema, transport: transport)
    }

    /// Creates a client with a schema already at hand; ``Configuration/schemaSource`` is ignored.
    public convenience init(configuration: Configuration, schema: Schema) {
        self.init(configuration: configuration, schema: schema,
                  transport: configuration.http.transport ?? KalturaDefaultTransport.make())
    }

    private init(configuration: Configuration, schema: Schema, transport: any KalturaTransport) {
        self.configuration = configuration
        self.apiSchema = schema
        let (wireFormat, reason) = KalturaWireFormat.resolving(configuration.wire, apiVersion: schema.apiVersion,
                                                               generatedDate: schema.generatedDate)
        configuration.logger.debug("wire", metadata: ["format": "\(wireFormat)", "reason": "\(reason)"])
        self.engine = KalturaCallEngine(schema: schema, configuration: configuration, wireFormat: wireFormat,
                                        transport: transport)
        self.state = KalturaLockedState(KalturaRequestConfiguration(partnerId: configuration.partnerId))
    }

    private init(sharing client: KalturaClient, requestConfiguration: KalturaRequestConfiguration) {
        configuration = client.configuration
        apiSchema = client.apiSchema
        engine = client.engine
        state = KalturaLockedState(requestConfiguration)
    }

    /// The wire the client speaks, chosen when it was created from ``Configuration/wire`` and the
    /// schema: JSON to `/api_v3/service/X/action/Y` for today's servers, forms to
    /// `/api_v3/index.php?service=X&action=Y` for servers older than October 2015 or of unknown age.
    public var wireFormat: KalturaWireFormat { engine.builder.wireFormat }

    // MARK: - Request settings

    /// The session sent with every call.
    public var ks: String? {
        get { state.read(\.ks) }
        set { state.update { $0.ks = newValue } }
    }

    /// Everything sent with every call: session, partner, language, response profile.
    public var requestConfiguration: KalturaRequestConfiguration {
        get { state.read { $0 } }
        set { state.update { $0 = newValue } }
    }

    /// A client that shares this one's schema and transport but sends different request settings.
    ///
    /// ```swift
    /// let asAlice = client.overriding { $0.ks = aliceKS }
    /// try await asAlice.media.list()
    /// ```
    public func overriding(_ change: (inout KalturaRequestConfiguration) -> Void) -> KalturaClient {
        var copy = requestConfiguration
        change(&copy)
        return KalturaClient(sharing: self, requestConfiguration: copy)
    }

    // MARK: - Services

    /// A service by wire id, or a plugin namespace by plugin name; see the naming rules above.
    public subscript(dynamicMember name: String) -> KalturaServiceProxy {
        KalturaServiceProxy(client: self, root: .automatic, names: [name])
    }

    /// A service named explicitly: by wire id (`"metadata_metadataprofile"`) or as
    /// `"plugin.service"` (`"metadata.metadataProfile"`). Its members are actions.
    public func service(_ name: String) -> KalturaServiceProxy {
        KalturaServiceProxy(client: self, path: .service(name, owner: "client"))
    }

    /// A plugin's namespace named explicitly. Its members are the plugin's services.
    public func plugin(_ name: String) -> KalturaServiceProxy {
        KalturaServiceProxy(client: self, root: .plugin(name), names: [])
    }

    // MARK: - Calls

    /// Performs a call described by a ``KalturaCall``: the non-dynamic form of every call.
    ///
    /// - Returns: The result, typed by the schema.
    /// - Throws: ``KalturaValidationError``, ``KalturaClientError`` or ``KalturaAPIError``.
    public func call(_ call: KalturaCall) async throws -> KalturaValue {
        let requestConfiguration = self.requestConfiguration
        let prepared = try engine.prepare(call, requestConfiguration: requestConfiguration)
        return try await engine.send(prepared, secrets: secrets(of: [prepared.parameters], requestConfiguration: requestConfiguration))
    }

    /// The HTTP request a call would send, without sending it: for debugging and tests.
    ///
    /// - Throws: ``KalturaValidationError`` or ``KalturaClientError/callOutsideSubset(call:reason:)``.
    public func request(for call: KalturaCall) throws -> KalturaHTTPRequest {
        try engine.prepare(call, requestConfiguration: requestConfiguration).request
    }

    /// Values to keep out of logs and error messages for one request: the KS and sensitive parameters.
    func secrets(of calls: [OrderedDictionary<String, KalturaValue>], requestConfiguration: KalturaRequestConfiguration) -> [String] {
        var secrets: [String] = []
        if let ks = requestConfiguration.ks { secrets.append(ks) }
        for parameters in calls {
            for (name, value) in parameters where KalturaRedaction.isSensitive(name: name) {
                if let text = value.stringValue { secrets.append(text) }
            }
        }
        return secrets
    }

    // MARK: - Sessions

    /// Creates a KS locally, signed with the partner's admin secret: by default a V2 (encrypted) KS
    /// like the official clients' `generateSessionV2`, or with `version: .v1` a V1 KS like their
    /// `generateSession`.
    ///
    /// - Parameters:
    ///   - adminSecret: The partner's admin secret (never sent, never logged).
    ///   - userId: The user the session is for; may be empty.
    ///   - type: The session type.
    ///   - expiry: Seconds until the session expires.
    ///   - privileges: Comma-separated privileges, such as `disableentitlement,sview:0_abc`.
    ///   - version: The KS format; V2 unless an old server needs V1.
    /// - Throws: ``KalturaClientError/missingPartnerId`` when the configuration has no partner id.
    public func generateSession(adminSecret: String, userId: String = "", type: KalturaSessionType = .user,
                                expiry: Int = 86_400, privileges: String = "",
                                version: KalturaSessionVersion = .v2) throws -> String {
        guard let partnerId = configuration.partnerId else { throw KalturaClientError.missingPartnerId }
        switch version {
        case .v1:
            return KalturaSessionGenerator.generateV1(adminSecret: adminSecret, userId: userId, type: type,
                                                      partnerId: partnerId, expiry: expiry, privileges: privileges)
        case .v2:
            return KalturaSessionGenerator.generateV2(adminSecret: adminSecret, userId: userId, type: type,
                                                      partnerId: partnerId, expiry: expiry, privileges: privileges)
        }
    }
}
