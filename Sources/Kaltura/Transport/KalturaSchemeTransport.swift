/// Sends `http://` requests through one transport and everything else through another.
struct KalturaSchemeTransport: KalturaTransport {
    /// The transport for `http://`; `nil` sends those through `secure` too.
    let plain: (any KalturaTransport)?
    /// The transport for `https://` (and `http://` when `plain` is `nil`).
    let secure: any KalturaTransport

    func send(_ request: KalturaHTTPRequest) async throws -> KalturaHTTPResponse {
        if let plain, request.url.scheme?.lowercased() == "http" {
            return try await plain.send(request)
        }
        return try await secure.send(request)
    }
}
