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
}
