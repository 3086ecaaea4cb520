/// The transport a client uses when ``KalturaClient/Configuration/HTTP/transport`` is `nil`:
/// ``KalturaURLSessionTransport``.
///
/// On Linux, ``KalturaAsyncHTTPClientTransport`` is the candidate to replace it: it keeps the same
/// guarantees and does not stall on a reset kept-alive connection. It becomes the default there
/// only once a release-build measurement (`Benchmarks/sequential-calls.sh`) shows it faster.
enum KalturaDefaultTransport {
    /// A new default transport.
    static func make() -> any KalturaTransport {
        KalturaURLSessionTransport()
    }
}
