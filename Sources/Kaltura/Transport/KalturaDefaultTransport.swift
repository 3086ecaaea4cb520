import Foundation

/// The transport a client uses when ``KalturaClient/Configuration/HTTP/transport`` is `nil`:
/// ``KalturaSocketTransport`` for `http://` URLs and ``KalturaURLSessionTransport`` for
/// `https://` (and for everything when a proxy is set in the environment, which only
/// `URLSession` honours).
///
/// The choice was made by measurement (`Benchmarks/sequential-calls.sh`, `BENCHMARKS.md`): on
/// Linux the socket transport makes small sequential calls several times cheaper than
/// `URLSession`, and an AsyncHTTPClient transport (tried on the `retries` branch) was only about
/// 9% faster than `URLSession`.
enum KalturaDefaultTransport {
    /// A new default transport.
    static func make() -> any KalturaTransport {
        let environment = ProcessInfo.processInfo.environment
        let proxied = ["http_proxy", "HTTP_PROXY", "all_proxy", "ALL_PROXY"].contains { !(environment[$0] ?? "").isEmpty }
        return KalturaSchemeTransport(plain: proxied ? nil : KalturaSocketTransport(), secure: KalturaURLSessionTransport())
    }
}
