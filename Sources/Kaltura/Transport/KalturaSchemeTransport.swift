/// Sends `http://` requests through one transport and everything else through another.
struct KalturaSchemeTransport: KalturaTransport {
    /// The transport for `http://`; `nil` sends those through `secure` too.
    let plain: (any KalturaTransport)?
    /// The transport for `https://` (and `http://` when `plain` is `nil`).
    let secure: any KalturaTransport

    /// The request goes to `plain` or `secure`; body parts are read for one that does not handle them.
    var handlesBodyParts: Bool { true }

    func send(_ request: KalturaHTTPRequest) async throws -> KalturaHTTPResponse {
        let transport = if let plain, request.url.scheme?.lowercased() == "http" { plain } else { secure }
        var request = request
        if request.bodyParts != nil, !transport.handlesBodyParts {
            request.body = try request.completeBody()
            request.bodyParts = nil
        }
        return try await transport.send(request)
    }
}
