/// How a caller names a service: by wire id, or by plugin and the service's friendly name.
///
/// The one parser of service names, shared by the client, its dynamic proxies and the command-line
/// tool, so `media`, `metadata_metadataprofile` and `metadata.metadataProfile` mean the same
/// everywhere. Resolve one with ``Schema/service(named:)-(ServiceName)``.
///
/// ```swift
/// ServiceName("media")                     // .id("media")
/// ServiceName("metadata.metadataProfile")  // .pluginService(plugin: "metadata", service: "metadataProfile")
/// ServiceName("a.b.c")                     // nil
/// ```
public enum ServiceName: Sendable, Hashable {
    /// By wire id, such as `media` or `metadata_metadataprofile` (compared case-insensitively).
    case id(String)
    /// By plugin and the service's friendly name, such as `metadata` and `metadataProfile`.
    case pluginService(plugin: String, service: String)

    /// Parses a service name: a wire id (`media`, `metadata_metadataprofile`) or `plugin.service`
    /// (`metadata.metadataProfile`).
    ///
    /// - Returns: `nil` when `text` has more than two dot-separated parts or an empty one.
    public init?(_ text: String) {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.allSatisfy({ !$0.isEmpty }) else { return nil }
        switch parts.count {
        case 1: self = .id(text)
        case 2: self = .pluginService(plugin: String(parts[0]), service: String(parts[1]))
        default: return nil
        }
    }

    /// The wire id the name implies, lowercased: the id itself, or `plugin_service` for a plugin
    /// service (`metadata.metadataProfile` → `metadata_metadataprofile`), the rule servers use.
    public var impliedIdentifier: String {
        switch self {
        case .id(let id): return id.lowercased()
        case .pluginService(let plugin, let service): return "\(plugin)_\(service)".lowercased()
        }
    }
}

extension ServiceName: CustomStringConvertible {
    /// The name as written: `media` or `metadata.metadataProfile`.
    public var description: String {
        switch self {
        case .id(let id): return id
        case .pluginService(let plugin, let service): return "\(plugin).\(service)"
        }
    }
}
