import Foundation

/// The URLs of a Kaltura server.
enum KalturaEndpoint {
    /// `{serviceUrl}/api_v3`, whether or not the service URL already ends with it.
    static func apiBase(of serviceUrl: URL) -> URL {
        var text = serviceUrl.absoluteString
        while text.hasSuffix("/") { text.removeLast() }
        if text.lowercased().hasSuffix("/api_v3") { text.removeLast("/api_v3".count) }
        return URL(string: text + "/api_v3") ?? serviceUrl.appendingPathComponent("api_v3")
    }

    /// `{serviceUrl}/api_v3/service/{service}/action/{action}`.
    static func actionURL(serviceUrl: URL, service: String, action: String) -> URL {
        let base = apiBase(of: serviceUrl).absoluteString
        let service = service.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? service
        let action = action.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? action
        return URL(string: "\(base)/service/\(service)/action/\(action)")!
    }

    /// `{serviceUrl}/api_v3/service/multirequest`.
    static func multiRequestURL(serviceUrl: URL) -> URL {
        URL(string: apiBase(of: serviceUrl).absoluteString + "/service/multirequest")!
    }
}
