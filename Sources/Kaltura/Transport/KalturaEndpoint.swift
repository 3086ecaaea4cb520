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

    /// `{apiBase}/service/{service}/action/{action}`, for a base made once with ``apiBase(of:)``.
    static func actionURL(apiBase: String, service: String, action: String) -> URL {
        URL(string: "\(apiBase)/service/\(pathSegment(service))/action/\(pathSegment(action))")!
    }

    /// `name` percent-encoded for a path; names made only of letters, digits and `_` (every real
    /// service and action) are returned as they are, without Foundation's encoder.
    private static func pathSegment(_ name: String) -> String {
        let plain = name.utf8.allSatisfy { byte in
            (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || byte == 0x5F
        }
        return plain ? name : name.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? name
    }

    /// The URL of a call in `format`: ``actionURL(apiBase:service:action:)`` or
    /// ``indexScriptURL(apiBase:service:action:)``.
    static func actionURL(apiBase: String, service: String, action: String, format: KalturaWireFormat) -> URL {
        switch format.endpoint {
        case .servicePath: actionURL(apiBase: apiBase, service: service, action: action)
        case .indexScript: indexScriptURL(apiBase: apiBase, service: service, action: action)
        }
    }

    /// The URL of a multirequest in `format`: `{apiBase}/service/multirequest` or
    /// `{apiBase}/index.php?service=multirequest` (no action, as the official clients of 2011 sent it).
    static func multiRequestURL(apiBase: String, format: KalturaWireFormat) -> URL {
        switch format.endpoint {
        case .servicePath: URL(string: apiBase + "/service/multirequest")!
        case .indexScript: indexScriptURL(apiBase: apiBase, service: "multirequest", action: nil)
        }
    }

    /// `{apiBase}/index.php?service={service}&action={action}`, which every server version
    /// answers; without `&action` when `action` is `nil`.
    static func indexScriptURL(apiBase: String, service: String, action: String?) -> URL {
        var query = [KalturaForm.Field(name: "service", value: service)]
        if let action { query.append(KalturaForm.Field(name: "action", value: action)) }
        return URL(string: apiBase + "/index.php?" + KalturaForm.encode(query))!
    }
}
