/// Sends one HTTP request and returns the response: the only place a `KalturaClient` touches
/// the network.
///
/// The client's default sends `http://` through `KalturaSocketTransport` and `https://` through
/// `KalturaURLSessionTransport`. Supply your own to route calls through another
/// HTTP stack, to stub responses in tests, or to answer in process:
///
/// ```swift
/// struct CannedTransport: KalturaTransport {
///     func send(_ request: KalturaHTTPRequest) async throws -> KalturaHTTPResponse {
///         KalturaHTTPResponse(status: 200, headers: ["Content-Type": "application/json"], body: Array("true".utf8))
///     }
/// }
/// ```
///
/// Throw when no response arrives (connection refused, timeout, cancellation); the client wraps
/// the error in `KalturaClientError.transportFailed`, except a `KalturaClientError`
/// (such as a timeout), which reaches the caller unchanged.
/// Return any response that did arrive, whatever its status: the client decides what a status means.
///
/// A transport should bound the whole exchange by ``KalturaHTTPRequest/timeout`` and stop reading
/// beyond ``KalturaHTTPRequest/maximumResponseBytes``; the client refuses a larger body in any case,
/// but only the transport can avoid holding it.
///
/// An upload chunk's body is a file range (``KalturaHTTPRequest/bodyParts``). A transport that
/// says it ``handlesBodyParts`` gets it as it is, to read as it sends; any other transport gets the
/// chunk read into ``KalturaHTTPRequest/body`` by the client first.
public protocol KalturaTransport: Sendable {
    /// Sends `request` and returns the server's response.
    func send(_ request: KalturaHTTPRequest) async throws -> KalturaHTTPResponse

    /// Whether ``send(_:)`` reads ``KalturaHTTPRequest/bodyParts`` itself; `false` by default, and
    /// then the client hands it requests whose whole body is in ``KalturaHTTPRequest/body``.
    var handlesBodyParts: Bool { get }
}

extension KalturaTransport {
    public var handlesBodyParts: Bool { false }
}
