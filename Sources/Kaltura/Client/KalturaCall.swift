import KalturaSchema
import OrderedCollections

/// A description of one API call, as the dynamic proxies build it and ``KalturaClient/call(_:)``
/// performs it: which service and action, the arguments as given, and any files.
///
/// ```swift
/// let call = KalturaCall("media.list", parameters: ["pager": ["pageSize": 5]])!
/// let page = try await client.call(call)
/// let upload = KalturaCall("uploadToken.upload", parameters: ["uploadTokenId": .string(token)],
///                          files: ["fileData": try KalturaFile(contentsOf: url)])!
/// ```
///
/// Files travel beside the arguments, not inside ``KalturaValue``: a call with files is sent as
/// `multipart/form-data`.
public struct KalturaCall: Sendable, Hashable {
    /// How the service was named: `.id("media")` or `.pluginService(plugin: "metadata", service:
    /// "metadataProfile")`, parsed and resolved the same way everywhere (see ``ServiceName``).
    public typealias Service = ServiceName

    /// One argument: named, or positional when `label` is `nil`.
    public struct Argument: Sendable, Hashable {
        /// The parameter name, or `nil` for a positional argument.
        public var label: String?
        /// The value.
        public var value: KalturaValue

        /// Creates an argument.
        public init(label: String?, value: KalturaValue) {
            self.label = label
            self.value = value
        }
    }

    /// The service.
    public var service: Service
    /// The action's name, such as `list`.
    public var action: String
    /// The arguments in the order given. Positional ones bind to parameters in schema order.
    public var arguments: [Argument]
    /// Files for the action's `file` parameters, by parameter name (such as `fileData`).
    public var files: OrderedDictionary<String, KalturaFile>

    /// Creates a call.
    public init(service: Service, action: String, arguments: [Argument] = [],
                files: OrderedDictionary<String, KalturaFile> = [:]) {
        self.service = service
        self.action = action
        self.arguments = arguments
        self.files = files
    }

    /// Creates a call from a dotted name and named parameters.
    ///
    /// - Parameters:
    ///   - name: `service.action` (the service by wire id, like `media.list` or
    ///     `metadata_metadataprofile.list`) or `plugin.service.action` (`metadata.metadataProfile.list`).
    ///   - parameters: The arguments by parameter name.
    ///   - files: Files for `file` parameters, by parameter name.
    /// - Returns: `nil` when `name` does not have two or three non-empty parts (see ``ActionName``).
    public init?(_ name: String, parameters: OrderedDictionary<String, KalturaValue> = [:],
                 files: OrderedDictionary<String, KalturaFile> = [:]) {
        guard let parsed = ActionName(name) else { return nil }
        service = parsed.service
        action = parsed.action
        arguments = parameters.map { Argument(label: $0.key, value: $0.value) }
        self.files = files
    }

    /// The call as written: `media.list` or `metadata.metadataProfile.list`.
    public var displayName: String {
        ActionName(service: service, action: action).description
    }
}
