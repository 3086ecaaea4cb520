import Hummingbird
import KalturaCore

/// Turns HTTP requests into API calls and their outcomes into HTTP responses (always 200 for
/// API errors, as the server does). Serves the schema at `/api_v3/api_schema.php`.
///
/// It answers as the servers of its era did: `/api_v3/service/…` is a 404, a 301 to the
/// `index.php` form or served; JSON bodies are read or ignored; JSON responses are shaped per
/// the era (``EraJSONShaper``).
struct EmulatorResponder: Sendable {
    let dispatcher: Dispatcher
    let schemaDocument: ByteBuffer
    let maximumBodySize: Int
    private let decoder: RequestDecoder
    private let encoder: ResponseEncoder

    init(dispatcher: Dispatcher, schemaDocument: ByteBuffer, maximumBodySize: Int) {
        self.dispatcher = dispatcher
        self.schemaDocument = schemaDocument
        self.maximumBodySize = maximumBodySize
        let era = dispatcher.environment.era
        decoder = RequestDecoder(readsJSONBodies: era.readsJSONBodies)
        encoder = ResponseEncoder(shaper: EraJSONShaper(era: era))
    }

    /// The era of the servers this responder answers like.
    var era: KalturaServerEra { dispatcher.environment.era }

    /// A response before it becomes an HTTP response.
    struct Reply: Sendable {
        var status: HTTPResponse.Status = .ok
        var contentType: String
        var body: [UInt8]
        /// The `Location` header of a redirect.
        var location: String?
    }

    func respond(to request: Request, context: some RequestContext) async throws -> Response {
        var request = request
        let method = request.method
        if method == .options {
            var headers = Self.commonHeaders
            headers[.accessControlAllowMethods] = "POST, GET, HEAD, OPTIONS"
            headers[.accessControlAllowHeaders] = "Content-Type, Accept"
            return Response(status: .ok, headers: headers)
        }
        let path = request.uri.path
        if path.lowercased().hasSuffix("/api_schema.php") {
            var headers = Self.commonHeaders
            headers[.contentType] = "text/xml"
            return Response(status: .ok, headers: headers, body: .init(byteBuffer: schemaDocument))
        }
        let buffer = try await request.collectBody(upTo: maximumBodySize)
        let reply = await respond(method: method, path: path, query: request.uri.query,
                                  contentType: request.headers[.contentType], body: Array(buffer.readableBytesView))
        var headers = Self.commonHeaders
        headers[.contentType] = reply.contentType
        if let location = reply.location { headers[.location] = location }
        return Response(status: reply.status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: reply.body)))
    }

    /// The reply to one request given its parts, for a caller without an HTTP server (the
    /// in-process transport): the schema document, OPTIONS and API calls, as over HTTP.
    func respond(method: String, path: String, query: String?, contentType: String?, body: [UInt8]) async
        -> (status: Int, contentType: String, body: [UInt8], location: String?)
    {
        let method = HTTPRequest.Method(method.uppercased()) ?? .post
        if method == .options { return (200, "text/plain", [], nil) }
        if path.lowercased().hasSuffix("/api_schema.php") {
            return (200, "text/xml", Array(schemaDocument.readableBytesView), nil)
        }
        let reply = await respond(method: method, path: path, query: query, contentType: contentType, body: body)
        return (Int(reply.status.code), reply.contentType, reply.body, reply.location)
    }

    /// The reply to one request given its parts.
    func respond(method: HTTPRequest.Method, path: String, query: String?, contentType: String?, body: [UInt8]) async -> Reply {
        guard path.hasPrefix("/api_v3") else {
            return Reply(status: .notFound, contentType: "text/plain", body: Array("Not Found\n".utf8))
        }
        if let servicePathReply = servicePathReply(path: path, query: query) { return servicePathReply }
        let started = ContinuousClock.now
        let request: APIRequest
        do {
            request = try decoder.decode(path: path, query: query, contentType: contentType, body: body)
        } catch {
            request = (try? decoder.decode(path: path, query: query, contentType: nil, body: []))
                ?? APIRequest(parameters: [:], files: [:])
        }
        var result = await dispatcher.respond(to: request)
        let format = request.format
        if format == .xml, !request.ignoresNull {
            result = XMLPresenter(model: dispatcher.environment.model).present(result)
        }
        let elapsed = ContinuousClock.now - started
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let encoded = encoder.encode(result, format: format, executionTime: seconds, ignoreNull: request.ignoresNull,
                                     callback: request.callback)
        return Reply(contentType: encoded.contentType, body: encoded.body)
    }

    /// What a server of the era answers to `/api_v3/service/…` before any API code runs: a 404
    /// before the rewrite rule existed, a 301 to `index.php?service=…&action=…` (the query
    /// string kept after it) while it redirected; `nil` when the path is served.
    private func servicePathReply(path: String, query: String?) -> Reply? {
        guard era.servicePath != .rewritten else { return nil }
        let segments = path.split(separator: "/", omittingEmptySubsequences: true)
        guard segments.count >= 2, segments[0] == "api_v3", segments[1] == "service" else { return nil }
        switch era.servicePath {
        case .notFound:
            let page = Self.apachePage(status: "404 Not Found",
                                       text: "The requested URL \(Self.escaped(path)) was not found on this server.")
            return Reply(status: .notFound, contentType: "text/html; charset=iso-8859-1", body: Array(page.utf8))
        case .movedPermanently:
            let pairs = RequestDecoder.pathPairs(path).map { KalturaForm.Field(name: $0.0, value: $0.1) }
            var target = "/api_v3/index.php?" + KalturaForm.encode(pairs)
            if let query, !query.isEmpty { target += "&" + query }
            let page = Self.apachePage(status: "301 Moved Permanently",
                                       text: "The document has moved <a href=\"\(Self.escaped(target))\">here</a>.")
            return Reply(status: .movedPermanently, contentType: "text/html; charset=iso-8859-1", body: Array(page.utf8),
                         location: target)
        case .rewritten:
            return nil
        }
    }

    /// An error page in the shape of the web server's default one (an HTML 2.0 document, not XML).
    private static func apachePage(status: String, text: String) -> String {
        let title = status.drop { $0 != " " }.dropFirst()
        return """
            <!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">
            <html><head>
            <title>\(status)</title>
            </head><body>
            <h1>\(title)</h1>
            <p>\(text)</p>
            <hr>
            <address>kaltura-emulator</address>
            </body></html>

            """
    }

    /// `text` safe inside HTML.
    private static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }

    private static let commonHeaders: HTTPFields = [
        .accessControlAllowOrigin: "*",
        .accessControlExposeHeaders: "X-Kaltura, X-Kaltura-Session, X-Me",
        .cacheControl: "no-store, no-cache, must-revalidate, post-check=0, pre-check=0",
        .expires: "Sun, 19 Nov 2000 08:52:00 GMT",
        .init("Pragma")!: "no-cache",
        .init("X-Me")!: "kaltura-emulator",
    ]
}
