/// The transport a client uses when ``KalturaClient/Configuration/HTTP/transport`` is `nil`:
/// ``KalturaAsyncHTTPClientTransport`` on Linux, ``KalturaURLSessionTransport`` elsewhere.
///
/// On Linux, `URLSession` (FoundationNetworking over libcurl) costs several times the network's
/// own round trip for each small call; on Apple platforms it is the system's own stack.
enum KalturaDefaultTransport {
    /// A new default transport.
    static func make() -> any KalturaTransport {
        #if canImport(AsyncHTTPClient)
        KalturaAsyncHTTPClientTransport()
        #else
        KalturaURLSessionTransport()
        #endif
    }
}
