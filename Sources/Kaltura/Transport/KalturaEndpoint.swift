import Foundation

/// The URLs of a Kaltura server.
enum KalturaEndpoint {
    /// `{serviceURL}/api_v3`, whether or not the service URL already ends with it.
    static func apiBase(of serviceURL: URL) -> URL {
        var text = serviceURL.absoluteString
        while text.hasSuffix("/") { text.removeLast() }
        if text.lowercased().hasSuffix("/api_v3") { text.removeLast("/api_v3".count) }
        return URL(string: text + "/api_v3") ?? serviceURL.appendingPathComponent("api_v3")
    }

    /// `{serviceURL}/api_v3/service/{service}/action/{action}`.
    static func actionURL(serviceURL: URL, service: String, action: String) -> URL {
        let base = apiBase(of: serviceURL).absoluteString
        let service = service.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? service
        let action = action.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? action
        return URL(string: "\(base)/service/\(service)/action/\(action)")!
    }

    /// `{serviceURL}/api_v3/service/multirequest`.
    static func multiRequestURL(serviceURL: URL) -> URL {
        URL(string: apiBase(of: serviceURL).absoluteString + "/service/multirequest")!
    }

    /// The URL of a call in `format`: ``actionURL(serviceURL:service:action:)`` or
    /// ``indexScriptURL(serviceURL:service:action:)``.
    static func actionURL(serviceURL: URL, service: String, action: String, format: KalturaWireFormat) -> URL {
        switch format.endpoint {
        case .servicePath: actionURL(serviceURL: serviceURL, service: service, action: action)
        case .indexScript: indexScriptURL(serviceURL: serviceURL, service: service, action: action)
        }
    }

    /// The URL of a multirequest in `format`: `{serviceURL}/api_v3/service/multirequest` or
    /// `{serviceURL}/api_v3/index.php?service=multirequest` (no action, as the official clients of
    /// 2011 sent it).
    static func multiRequestURL(serviceURL: URL, format: KalturaWireFormat) -> URL {
        switch format.endpoint {
        case .servicePath: multiRequestURL(serviceURL: serviceURL)
        case .indexScript: indexScriptURL(serviceURL: serviceURL, service: "multirequest", action: nil)
        }
    }

    /// `{serviceURL}/api_v3/index.php?service={service}&action={action}`, which every server version
    /// answers; without `&action` when `action` is `nil`.
    static func indexScriptURL(serviceURL: URL, service: String, action: String?) -> URL {
        var query = [KalturaForm.Field(name: "service", value: service)]
        if let action { query.append(KalturaForm.Field(name: "action", value: action)) }
        return URL(string: apiBase(of: serviceURL).absoluteString + "/index.php?" + KalturaForm.encode(query))!
    }
}
