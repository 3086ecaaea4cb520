import Foundation
import OrderedCollections

/// The encoding step of a call: turns checked parameters and the request configuration into the
/// ``KalturaHTTPRequest`` to send — the envelope, the headers, a JSON or multipart body, a
/// multirequest's numbered items, or a serve action's signed `GET` URL. No I/O.
struct KalturaRequestBuilder: Sendable {
    /// Where requests go, the client tag, and the HTTP settings (headers, timeout, response limit).
    let configuration: KalturaClient.Configuration
    /// The schema's API version, sent as `apiVersion` when known.
    let apiVersion: String?

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

    /// The request of one call: a `POST` with the JSON envelope, or a `multipart/form-data` body
    /// when the call carries files; for a serve action, a `GET` whose query carries the envelope,
    /// colon-flattened.
    func request(for target: KalturaCallTarget, parameters: OrderedDictionary<String, KalturaValue>,
                 files: OrderedDictionary<String, KalturaFile> = [:],
                 requestConfiguration: KalturaRequestConfiguration) -> KalturaHTTPRequest {
        let url = KalturaEndpoint.actionURL(serviceURL: configuration.serviceURL, service: target.wireService,
                                            action: target.wireAction)
        if target.servesFile {
            let query = KalturaForm.encode(envelope(parameters: parameters, requestConfiguration: requestConfiguration))
            return KalturaHTTPRequest(method: "GET", url: URL(string: url.absoluteString + "?" + query) ?? url,
                                      headers: Self.headers(of: configuration, json: false), timeout: configuration.http.timeout)
        }
        var request = post(to: url, parameters: parameters, requestConfiguration: requestConfiguration)
        if !files.isEmpty {
            let boundary = KalturaMultipart.makeBoundary(avoiding: files.values)
            let contentType = request.headers.firstIndex { $0.name == "Content-Type" }!
            request.headers[contentType].value = KalturaMultipart.contentType(boundary: boundary)
            request.body = KalturaMultipart.encode(json: request.body, files: files, boundary: boundary)
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

    /// The request of a multirequest: a `POST` to `service/multirequest` whose JSON envelope carries
    /// the calls keyed `"1"`…`"n"` (see ``multiRequestItem(for:session:parameters:)``).
    func multiRequest(_ items: OrderedDictionary<String, KalturaValue>,
                      requestConfiguration: KalturaRequestConfiguration) -> KalturaHTTPRequest {
        post(to: KalturaEndpoint.multiRequestURL(serviceURL: configuration.serviceURL), parameters: items,
             requestConfiguration: requestConfiguration)
    }

    /// The headers of every request: the content type exactly as the server compares it, then
    /// the configured extra headers in name order.
    static func headers(of configuration: KalturaClient.Configuration, json: Bool) -> [(name: String, value: String)] {
        var headers: [(name: String, value: String)] = []
        if json {
            headers.append(("Content-Type", "application/json"))
            headers.append(("Accept", "application/json"))
        }
        for name in configuration.http.headers.keys.sorted() {
            headers.append((name, configuration.http.headers[name]!))
        }
        return headers
    }

    /// A `POST` of the JSON envelope, with the configured timeout and response limit.
    private func post(to url: URL, parameters: OrderedDictionary<String, KalturaValue>,
                      requestConfiguration: KalturaRequestConfiguration) -> KalturaHTTPRequest {
        let body = envelope(parameters: parameters, requestConfiguration: requestConfiguration)
        return KalturaHTTPRequest(method: "POST", url: url, headers: Self.headers(of: configuration, json: true),
                                  body: KalturaJSON.encode(.map(body), options: .request), timeout: configuration.http.timeout,
                                  maximumResponseBytes: configuration.http.maximumResponseBytes)
    }
}
