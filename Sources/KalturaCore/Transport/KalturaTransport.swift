/// Sends one HTTP request and returns the response: the only place a `KalturaClient` touches
/// the network.
///
/// The client's default is `KalturaURLSessionTransport`. Supply your own to route calls through another
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
public protocol KalturaTransport: Sendable {
    /// Sends `request` and returns the server's response.
    func send(_ request: KalturaHTTPRequest) async throws -> KalturaHTTPResponse
}
