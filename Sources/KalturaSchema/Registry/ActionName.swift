/// How a caller names an action: `service.action` (`media.list`, `metadata_metadataprofile.list`)
/// or `plugin.service.action` (`metadata.metadataProfile.list`).
///
/// Resolve one with ``Schema/action(named:)-(ActionName)``.
public struct ActionName: Sendable, Hashable {
    /// The service, as written.
    public var service: ServiceName
    /// The action's name, such as `list`.
    public var action: String

    /// Creates an action name from its parts.
    public init(service: ServiceName, action: String) {
        self.service = service
        self.action = action
    }

    /// Parses `service.action` (the service by wire id) or `plugin.service.action`.
    ///
    /// - Returns: `nil` when `text` does not have two or three non-empty dot-separated parts.
    public init?(_ text: String) {
        guard let dot = text.lastIndex(of: "."),
              let service = ServiceName(String(text[..<dot])) else { return nil }
        let action = String(text[text.index(after: dot)...])
        guard !action.isEmpty else { return nil }
        self.init(service: service, action: action)
    }
}

extension ActionName: CustomStringConvertible {
    /// The name as written: `media.list` or `metadata.metadataProfile.list`.
    public var description: String {
        "\(service).\(action)"
    }
}
