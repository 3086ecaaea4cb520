/// Sends `http://` requests through the socket transport and everything else through `URLSession`.
struct KalturaSchemeTransport: KalturaTransport {
    /// The transport for `http://`; `nil` sends those through `secure` too (a proxy is set).
    let plain: KalturaSocketTransport?
    /// The transport for `https://` (and `http://` when `plain` is `nil`).
    let secure: KalturaURLSessionTransport

    /// Both transports read body parts themselves.
    var handlesBodyParts: Bool { true }

    func send(_ request: KalturaHTTPRequest) async throws -> KalturaHTTPResponse {
        if let plain, request.url.scheme?.lowercased() == "http" {
            return try await plain.send(request)
        }
        return try await secure.send(request)
    }
}
