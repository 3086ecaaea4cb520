import Foundation
import KalturaSchema

/// The same client without `await`: every service and action by member name, each call
/// blocking until its result arrives. For the Swift REPL and for scripts.
///
/// ```swift
/// let client = try KalturaClient.blocking(.init(partnerId: 101, serviceURL: url))   // loads the schema
/// client.ks = try client.generateSession(adminSecret: secret, type: .admin)
/// let entry = try client.media.get(entryId: "0_abc")
/// client.media.list                      // in the REPL: the action's signature, session and errors
/// ```
///
/// ## Why it exists
/// Swift 6.3's REPL on Linux crashes on any top-level `await` (swiftlang/swift#89236), and every
/// call of ``KalturaClient`` is async, so the async client cannot be used there at all. This view
/// runs the async client's own path (``KalturaClient/call(_:)``: same validation, wire, decoding
/// and errors; there is no second engine) on a detached task and waits for it.
///
/// ## Where not to use it
/// Only from code that is not async: the REPL, a script's top level, a synchronous `main`. From an
/// async context use ``asyncClient``: a thread blocked waiting there is a thread the task it waits
/// for may need. Every blocking entry point is marked `noasync`, so the compiler refuses such
/// calls in async code.
///
/// Errors are thrown unchanged: ``KalturaValidationError``, ``KalturaClientError`` and
/// ``KalturaAPIError``, as the async client throws them.
@dynamicMemberLookup
public struct KalturaBlockingClient: Sendable {
    /// The async client this view calls through; share it with async code.
    public let asyncClient: KalturaClient

    /// A blocking view of `client`, sharing its schema, transport and request settings.
    public init(_ client: KalturaClient) {
        asyncClient = client
    }

    /// Creates a client, loading the schema from ``KalturaClient/Configuration/schemaSource``, and
    /// returns its blocking view.
    ///
    /// - Throws: What ``KalturaClient/init(configuration:)`` throws, unchanged.
    @available(*, noasync)
    public init(configuration: KalturaClient.Configuration) throws {
        asyncClient = try KalturaBlockingWait.run { try await KalturaClient(configuration: configuration) }
    }

    /// The session sent with every call (the async client's; setting it here sets it there).
    public var ks: String? {
        get { asyncClient.ks }
        nonmutating set { asyncClient.ks = newValue }
    }

    /// The schema calls are resolved with. (Not `schema`: the API has a service of that name.)
    public var apiSchema: Schema { asyncClient.apiSchema }

    /// A service by wire id, or a plugin namespace by plugin name, as on ``KalturaClient``.
    public subscript(dynamicMember name: String) -> KalturaBlockingServiceProxy {
        KalturaBlockingServiceProxy(asyncClient[dynamicMember: name])
    }

    /// A service named explicitly: by wire id or as `"plugin.service"`.
    public func service(_ name: String) -> KalturaBlockingServiceProxy {
        KalturaBlockingServiceProxy(asyncClient.service(name))
    }

    /// A plugin's namespace named explicitly.
    public func plugin(_ name: String) -> KalturaBlockingServiceProxy {
        KalturaBlockingServiceProxy(asyncClient.plugin(name))
    }

    /// Performs a call described by a ``KalturaCall`` and waits for its result.
    ///
    /// - Throws: ``KalturaValidationError``, ``KalturaClientError`` or ``KalturaAPIError``, unchanged.
    @available(*, noasync)
    public func call(_ call: KalturaCall) throws -> KalturaValue {
        let client = asyncClient
        return try KalturaBlockingWait.run { try await client.call(call) }
    }

    /// Records calls into one multirequest, sends it and waits for one result per call; see
    /// ``KalturaClient/multirequest(isolation:_:)``.
    ///
    /// - Throws: As the async form.
    @available(*, noasync)
    public func multirequest(_ record: (KalturaMultiRequest) throws -> Void) throws -> [KalturaMultiRequestResult] {
        let calls = try KalturaClient.recordedCalls(record)
        let client = asyncClient
        return try KalturaBlockingWait.run { try await client.perform(calls) }
    }

    /// Creates a KS locally; see ``KalturaClient/generateSession(adminSecret:userId:type:expiry:privileges:version:)``.
    public func generateSession(adminSecret: String, userId: String = "", type: KalturaSessionType = .user,
                                expiry: Int = 86_400, privileges: String = "",
                                version: KalturaSessionVersion = .v2) throws -> String {
        try asyncClient.generateSession(adminSecret: adminSecret, userId: userId, type: type, expiry: expiry,
                                        privileges: privileges, version: version)
    }
}
