import Foundation
import OrderedCollections

/// The encoding step of a call: turns checked parameters and the request configuration into the
/// ``KalturaHTTPRequest`` to send — the envelope, the headers, a JSON, form or multipart body, a
/// multirequest's numbered items, or a serve action's signed `GET` URL — in the client's
/// ``KalturaWireFormat``. No I/O.
struct KalturaRequestBuilder: Sendable {
    /// Where requests go, the client tag, and the HTTP settings (headers, timeout, response limit).
    let configuration: KalturaClient.Configuration
    /// The schema's API version, sent as `apiVersion` when known.
    let apiVersion: String?
    /// The URLs and body encoding the server reads.
    let wireFormat: KalturaWireFormat
    /// `{serviceURL}/api_v3`, made once rather than on every call.
    private let apiBase: String

    /// The `Content-Type` of a form body.
    static let formContentType = "application/x-www-form-urlencoded"

    /// Creates a builder; `wireFormat` defaults to today's JSON wire.
    init(configuration: KalturaClient.Configuration, apiVersion: String?, wireFormat: KalturaWireFormat = .json) {
        self.configuration = configuration
        self.apiVersion = apiVersion
        self.wireFormat = wireFormat
        self.apiBase = KalturaEndpoint.apiBase(of: configuration.serviceURL).absoluteString
    }

    /// Every top-level parameter of a request in wire order: `format`, `clientTag`, `apiVersion`,
    /// the request configuration, then `parameters` (which win over settings of the same name).
    func envelope(parameters: OrderedDictionary<String, KalturaValue>,
                  requestConfiguration: KalturaRequestConfiguration) -> OrderedDictionary<String, KalturaValue> {
        var body = OrderedDictionary<String, KalturaValue>()
        body["format"] = .int(1)
        body["clientTag"] = .string(configuration.clientTag)
        if let apiVersion { body["apiVersion"] = .string(apiVersion) }
        for (name, value) in requestConfiguration.parameters { body[name] = value }
        for (name, value) in parameters { body[name] = value }
        return body
    }

    /// The request of one call: a `POST` of the envelope as JSON or as a form, or a
    /// `multipart/form-data` body when the call carries files; for a serve action, a `GET` whose
    /// query carries the envelope, colon-flattened.
    func request(for target: KalturaCallTarget, parameters: OrderedDictionary<String, KalturaValue>,
                 files: OrderedDictionary<String, KalturaFile> = [:],
                 requestConfiguration: KalturaRequestConfiguration) -> KalturaHTTPRequest {
        let url = KalturaEndpoint.actionURL(apiBase: apiBase, service: target.wireService,
                                            action: target.wireAction, format: wireFormat)
        if target.servesFile {
            let query = KalturaForm.encode(envelope(parameters: parameters, requestConfiguration: requestConfiguration))
            let separator = url.query == nil ? "?" : "&"
            return KalturaHTTPRequest(method: "GET", url: URL(string: url.absoluteString + separator + query) ?? url,
                                      headers: Self.headers(of: configuration, contentType: nil), timeout: configuration.http.timeout)
        }
        let envelope = envelope(parameters: parameters, requestConfiguration: requestConfiguration)
        var request = post(envelope, to: url)
        if !files.isEmpty {
            let boundary = KalturaMultipart.makeBoundary(avoiding: files.values)
            let contentType = request.headers.firstIndex { $0.name == "Content-Type" }!
            request.headers[contentType].value = KalturaMultipart.contentType(boundary: boundary)
            let parts = switch wireFormat.body {
            case .json: KalturaMultipart.encode(json: request.body, files: files, boundary: boundary)
            case .form: KalturaMultipart.encode(fields: KalturaForm.flatten(envelope), files: files, boundary: boundary)
            }
            if parts.count == 1, case .bytes(let bytes) = parts[0] {
                request.body = bytes
            } else {
                request.body = []
                request.bodyParts = parts
            }
        }
        return request
    }

    /// One call of a multirequest as it is sent: `service`, `action`, the KS it sends instead of
    /// the client's (if any), then its parameters.
    func multiRequestItem(for target: KalturaCallTarget, session: KalturaMultiRequestSession?,
                          parameters: OrderedDictionary<String, KalturaValue>) -> KalturaValue {
        var item: OrderedDictionary<String, KalturaValue> = [
            "service": .string(target.wireService), "action": .string(target.wireAction),
        ]
        if let session { item["ks"] = session.value }
        for (name, value) in parameters { item[name] = value }
        return .map(item)
    }

    /// The request of a multirequest: a `POST` to the multirequest URL whose envelope carries the
    /// calls keyed `"1"`…`"n"` (see ``multiRequestItem(for:session:parameters:)``) — as JSON members,
    /// or flattened into form names `1:service`, `1:action`, `1:entry:name`, ….
    ///
    /// In a form, each call also carries the envelope's `ks`, `partnerId` and `clientTag` unless it
    /// has its own, as the official clients of 2011 sent them; the top-level ones stay too.
    func multiRequest(_ items: OrderedDictionary<String, KalturaValue>,
                      requestConfiguration: KalturaRequestConfiguration) -> KalturaHTTPRequest {
        let url = KalturaEndpoint.multiRequestURL(apiBase: apiBase, format: wireFormat)
        var envelope = envelope(parameters: items, requestConfiguration: requestConfiguration)
        if wireFormat.body == .form {
            for key in items.keys {
                guard case .map(var item)? = envelope[key] else { continue }
                for name in ["ks", "partnerId", "clientTag"] where item[name] == nil {
                    if let value = envelope[name] { item[name] = value }
                }
                envelope[key] = .map(item)
            }
        }
        return post(envelope, to: url)
    }

    /// The headers of every request: the content type (when there is a body) exactly as the server
    /// compares it, `Accept: application/json`, then the configured extra headers in name order.
    static func headers(of configuration: KalturaClient.Configuration, contentType: String?) -> [(name: String, value: String)] {
        var headers: [(name: String, value: String)] = []
        if let contentType {
            headers.append(("Content-Type", contentType))
            headers.append(("Accept", "application/json"))
        }
        for name in configuration.http.headers.keys.sorted() {
            headers.append((name, configuration.http.headers[name]!))
        }
        return headers
    }

    /// A `POST` of `envelope` in the wire format's encoding, with the configured timeout and
    /// response limit.
    private func post(_ envelope: OrderedDictionary<String, KalturaValue>, to url: URL) -> KalturaHTTPRequest {
        let contentType: String
        let body: [UInt8]
        switch wireFormat.body {
        case .json:
            contentType = "application/json"
            body = KalturaJSON.encode(.map(envelope), options: .request)
        case .form:
            contentType = Self.formContentType
            body = Array(KalturaForm.encode(envelope).utf8)
        }
        return KalturaHTTPRequest(method: "POST", url: url, headers: Self.headers(of: configuration, contentType: contentType),
                                  body: body, timeout: configuration.http.timeout,
                                  maximumResponseBytes: configuration.http.maximumResponseBytes)
    }
}
