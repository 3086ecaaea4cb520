import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// The default ``KalturaTransport``: Foundation's `URLSession`, with TLS certificate verification
/// as the system does it (this client offers no switch to turn it off).
///
/// Each request's timeout comes from ``KalturaHTTPRequest/timeout``. Responses compressed with
/// gzip or deflate are decompressed by `URLSession` on every platform.
public struct KalturaURLSessionTransport: KalturaTransport {
    private let session: URLSession

    /// A transport over an ephemeral session (no cookies or cache on disk).
    public init() {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.httpCookieStorage = nil
        configuration.httpShouldSetCookies = false
        configuration.urlCache = nil
        self.init(session: URLSession(configuration: configuration))
    }

    /// A transport over the given session, for proxies and other session-level settings.
    public init(session: URLSession) {
        self.session = session
    }

    public func send(_ request: KalturaHTTPRequest) async throws -> KalturaHTTPResponse {
        var urlRequest = URLRequest(url: request.url)
        urlRequest.httpMethod = request.method
        urlRequest.timeoutInterval = request.timeout
        for header in request.headers {
            urlRequest.addValue(header.value, forHTTPHeaderField: header.name)
        }
        if !request.body.isEmpty {
            urlRequest.httpBody = Data(request.body)
        }
        let (data, response) = try await session.data(for: urlRequest)
        guard let http = response as? HTTPURLResponse else {
            throw URLError(.badServerResponse)
        }
        var headers: [String: String] = [:]
        for (name, value) in http.allHeaderFields {
            if let name = name as? String, let value = value as? String {
                headers[name] = value
            }
        }
        return KalturaHTTPResponse(status: http.statusCode, headers: headers, body: Array(data))
    }
}
