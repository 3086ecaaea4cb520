import KalturaSchema

/// The names a dynamic member path has collected, such as `client.metadata.metadataProfile.list`,
/// and how they become a ``KalturaCall``.
///
/// Shared by the proxies that perform calls (``KalturaServiceProxy``) and the ones that record them
/// into a multirequest (``KalturaMultiRequestProxy``), so both resolve paths, word their errors and
/// convert arguments the same way.
struct KalturaCallPath: Sendable, Hashable {
    /// Where a path starts.
    enum Root: Sendable, Hashable {
        /// At the client: the path's length decides between a service and a plugin.
        case automatic
        /// At a service given by wire id or as `plugin.service`.
        case service(ServiceName)
        /// At a name given to `service(_:)` that is not a service name, such as `a.b.c`.
        case invalidService(String)
        /// At a plugin's namespace.
        case plugin(String)
    }

    /// How the path's owner is written in messages: `client`, or `multirequest` in a multirequest.
    let owner: String
    let root: Root
    let names: [String]

    /// The path of `owner.service(name)`: a service by wire id (`"metadata_metadataprofile"`) or as
    /// `"plugin.service"` (`"metadata.metadataProfile"`).
    static func service(_ name: String, owner: String) -> KalturaCallPath {
        let root = ServiceName(name).map(Root.service) ?? .invalidService(name)
        return KalturaCallPath(owner: owner, root: root, names: [])
    }

    /// The path one name longer.
    func appending(_ name: String) -> KalturaCallPath {
        KalturaCallPath(owner: owner, root: root, names: names + [name])
    }

    /// The call the path and arguments describe, with the problems of arguments that cannot be sent
    /// (those arguments are left out): a file without a parameter name, or two files for one name.
    ///
    /// - Throws: ``KalturaClientError/invalidCallPath(path:reason:)`` when the path names no action.
    func makeCall(_ arguments: [(label: String, argument: KalturaArgument)]) throws(KalturaClientError)
        -> (call: KalturaCall, issues: [KalturaValidationIssue])
    {
        let (service, action) = try target()
        var call = KalturaCall(service: service, action: action)
        var issues: [KalturaValidationIssue] = []
        var position = 0
        for (label, argument) in arguments {
            if label.isEmpty { position += 1 }
            switch argument {
            case .file(let file):
                // Files travel beside the values, by parameter name (see ``KalturaCall/files``).
                guard !label.isEmpty else {
                    issues.append(KalturaValidationIssue(.misplacedFile, at: KalturaValuePath(parameter: "argument #\(position)")))
                    continue
                }
                if call.files.updateValue(file, forKey: label) != nil {
                    issues.append(KalturaValidationIssue(parameter: label, .duplicateArgument))
                }
            case .value(let value):
                call.arguments.append(KalturaCall.Argument(label: label.isEmpty ? nil : label, value: value))
            }
        }
        return (call, issues)
    }

    /// The service and action the path names.
    private func target() throws(KalturaClientError) -> (KalturaCall.Service, String) {
        switch (root, names.count) {
        case (.automatic, 2):
            return (.id(names[0]), names[1])
        case (.automatic, 3):
            return (.pluginService(plugin: names[0], service: names[1]), names[2])
        case (.service(let service), 1):
            return (service, names[0])
        case (.plugin(let plugin), 2):
            return (.pluginService(plugin: plugin, service: names[0]), names[1])
        default:
            throw KalturaClientError.invalidCallPath(path: writtenPath, reason: reasonNotCallable)
        }
    }

    var writtenPath: String {
        let start: String
        switch root {
        case .automatic: start = owner
        case .service(let service): start = "\(owner).service(\"\(service)\")"
        case .invalidService(let name): start = "\(owner).service(\"\(name)\")"
        case .plugin(let plugin): start = "\(owner).plugin(\"\(plugin)\")"
        }
        return ([start] + names).joined(separator: ".")
    }

    private var reasonNotCallable: String {
        switch (root, names.count) {
        case (.automatic, 1), (.plugin, 1):
            return "it names a service or a plugin; call an action, such as \(writtenPath).list()"
        case (.service, 0):
            return "it names a service; call an action, such as \(writtenPath).list()"
        case (.invalidService(let name), _):
            return "\"\(name)\" is not a service name; give a wire id (metadata_metadataprofile) or plugin.service (metadata.metadataProfile)"
        case (.plugin, 0):
            return "it names a plugin; call an action of one of its services"
        default:
            return "a call is \(owner).SERVICE.ACTION(…) or \(owner).PLUGIN.SERVICE.ACTION(…)"
        }
    }
}
