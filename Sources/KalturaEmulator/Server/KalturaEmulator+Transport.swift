import KalturaCore

extension KalturaEmulator {
    /// A transport that answers a client's requests with this emulator in the same process,
    /// without a socket: the schema at `api_schema.php` and every API call.
    ///
    /// ```swift
    /// let emulator = try KalturaEmulator(configuration: .init(partners: [EmulatorPartner(id: 101, adminSecret: "s3cret")]))
    /// let client = try await KalturaClient(configuration: .init(
    ///     partnerId: 101, serviceURL: URL(string: "http://emulator.invalid")!,
    ///     schemaSource: .server(cache: nil), http: .init(transport: emulator.transport)))
    /// ```
    public var transport: InProcessTransport { InProcessTransport(responder: responder) }

    /// Hands each request to an emulator's responder, as its HTTP server would.
    public struct InProcessTransport: KalturaTransport {
        let responder: EmulatorResponder

        /// Answers `request` as the emulator's HTTP server would, status, content type and a
        /// redirect's `Location` included. It follows no redirect. File ranges of the body (upload
        /// chunks) are read into memory first.
        /// File ranges of a body are read here.
        public var handlesBodyParts: Bool { true }

        public func send(_ request: KalturaHTTPRequest) async throws -> KalturaHTTPResponse {
            try Task.checkCancellation()
            let reply = try await responder.respond(
                method: request.method, path: request.url.path, query: request.url.query,
                contentType: request.header("Content-Type"), body: try request.completeBody())
            var headers = ["Content-Type": reply.contentType]
            if let location = reply.location { headers["Location"] = location }
            return KalturaHTTPResponse(status: reply.status, headers: headers, body: reply.body)
        }
    }
}
