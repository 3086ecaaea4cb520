import Hummingbird
import KalturaCore

/// Turns HTTP requests into API calls and their outcomes into HTTP responses (always 200 for
/// API errors, as the server does). Serves the schema at `/api_v3/api_schema.php`.
struct EmulatorResponder: Sendable {
    let dispatcher: Dispatcher
    let schemaDocument: ByteBuffer
    let maximumBodySize: Int
    private let decoder = RequestDecoder()
    private let encoder = ResponseEncoder()

    init(dispatcher: Dispatcher, schemaDocument: ByteBuffer, maximumBodySize: Int) {
        self.dispatcher = dispatcher
        self.schemaDocument = schemaDocument
        self.maximumBodySize = maximumBodySize
    }

    /// A response before it becomes an HTTP response.
    struct Reply: Sendable {
        var status: HTTPResponse.Status = .ok
        var contentType: String
        var body: [UInt8]
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
        return Response(status: reply.status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: reply.body)))
    }

    /// The reply to one request given its parts, for a caller without an HTTP server (the
    /// in-process transport): the schema document, OPTIONS and API calls, as over HTTP.
    func respond(method: String, path: String, query: String?, contentType: String?, body: [UInt8]) async
        -> (status: Int, contentType: String, body: [UInt8])
    {
        let method = HTTPRequest.Method(method.uppercased()) ?? .post
        if method == .options { return (200, "text/plain", []) }
        if path.lowercased().hasSuffix("/api_schema.php") {
            return (200, "text/xml", Array(schemaDocument.readableBytesView))
        }
        let reply = await respond(method: method, path: path, query: query, contentType: contentType, body: body)
        return (Int(reply.status.code), reply.contentType, reply.body)
    }

    /// The reply to one request given its parts.
    func respond(method: HTTPRequest.Method, path: String, query: String?, contentType: String?, body: [UInt8]) async -> Reply {
        guard path.hasPrefix("/api_v3") else {
            return Reply(status: .notFound, contentType: "text/plain", body: Array("Not Found\n".utf8))
        }
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

    private static let commonHeaders: HTTPFields = [
        .accessControlAllowOrigin: "*",
        .accessControlExposeHeaders: "X-Kaltura, X-Kaltura-Session, X-Me",
        .cacheControl: "no-store, no-cache, must-revalidate, post-check=0, pre-check=0",
        .expires: "Sun, 19 Nov 2000 08:52:00 GMT",
        .init("Pragma")!: "no-cache",
        .init("X-Me")!: "kaltura-emulator",
    ]
}
