/// The transport a client uses when ``KalturaClient/Configuration/HTTP/transport`` is `nil`:
/// ``KalturaURLSessionTransport``.
///
/// The one place to change the default: a faster transport (such as one on AsyncHTTPClient, tried
/// on the `retries` branch) would take over here once a release-build measurement
/// (`Benchmarks/sequential-calls.sh`) shows it faster.
enum KalturaDefaultTransport {
    /// A new default transport.
    static func make() -> any KalturaTransport {
        KalturaURLSessionTransport()
    }
}
