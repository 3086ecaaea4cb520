/// What `client.media`, `client.metadata` and `client.metadata.metadataProfile` return: a path of
/// names that becomes a call when invoked, such as `client.media.get(entryId: "0_abc")`.
///
/// The proxy only records names. When called, it converts the arguments and hands a
/// ``KalturaCall`` to ``KalturaClient/call(_:)``, which resolves the path against the schema (see
/// the naming rules on ``KalturaClient``). ``KalturaFile`` arguments given by name go to the call's
/// ``KalturaCall/files``. The proxy has no members of its own, so no action or
/// service name is ever hidden.
///
/// The result type follows the annotation: ``KalturaValue`` by default, ``KalturaObject`` (any
/// ``ConvertibleFromKalturaValue``) for an object result, or any `Decodable` type (see
/// ``KalturaValue/decode(_:using:)``). A serve action returns its signed URL without any network:
/// as a string by default, or as a `URL` when annotated (`let url: URL = try await
/// client.thumbAsset.serve(thumbAssetId: id)`); see ``KalturaClient/serveURL(for:)``.
@dynamicMemberLookup
@dynamicCallable
public struct KalturaServiceProxy: Sendable {
    /// Where a path starts.
    enum Root: Sendable, Hashable {
        /// At the client: the path's length decides between a service and a plugin.
        case automatic
        /// At a service given by wire id.
        case service(String)
        /// At a plugin service.
        case pluginService(plugin: String, service: String)
        /// At a plugin's namespace.
        case plugin(String)
    }

    let client: KalturaClient
    let root: Root
    let names: [String]

    /// The next name of the path: an action of a service, or a service of a plugin.
    public subscript(dynamicMember name: String) -> KalturaServiceProxy {
        KalturaServiceProxy(client: client, root: root, names: names + [name])
    }

    /// Calls the action the path names and returns its result, typed by the schema.
    public func dynamicallyCall(withKeywordArguments arguments: KeyValuePairs<String, Any>) async throws -> KalturaValue {
        try await client.call(makeCall(arguments))
    }

    /// Calls the action the path names and returns its result as `T`, such as ``KalturaObject``.
    ///
    /// - Throws: ``KalturaClientError/resultTypeMismatch(expected:reason:)`` when the result has another shape.
    public func dynamicallyCall<T: ConvertibleFromKalturaValue>(withKeywordArguments arguments: KeyValuePairs<String, Any>)
        async throws -> T
    {
        try T(kalturaValue: await client.call(makeCall(arguments)))
    }

    /// Calls the action the path names and decodes its result into `T`.
    ///
    /// - Throws: ``KalturaClientError/resultTypeMismatch(expected:reason:)`` when decoding fails.
    public func dynamicallyCall<T: Decodable>(withKeywordArguments arguments: KeyValuePairs<String, Any>) async throws -> T {
        try await client.call(makeCall(arguments)).decode(T.self)
    }

    /// The call the path and arguments describe.
    func makeCall(_ arguments: KeyValuePairs<String, Any>) throws -> KalturaCall {
        let (service, action) = try target()
        var call = KalturaCall(service: service, action: action)
        var issues: [KalturaValidationIssue] = []
        var position = 0
        for (label, value) in arguments {
            let path: KalturaValuePath
            if label.isEmpty {
                position += 1
                path = KalturaValuePath(parameter: "argument #\(position)")
            } else {
                path = KalturaValuePath(parameter: label)
            }
            if !label.isEmpty, let file = value as? KalturaFile {
                if call.files.updateValue(file, forKey: label) != nil {
                    issues.append(KalturaValidationIssue(path: label, kind: .duplicateArgument))
                }
                continue
            }
            guard let converted = KalturaArgumentConverter.convert(value, at: path, issues: &issues) else { continue }
            call.arguments.append(KalturaCall.Argument(label: label.isEmpty ? nil : label, value: converted))
        }
        if !issues.isEmpty {
            throw KalturaValidationError(call: call.displayName, issues: issues)
        }
        return call
    }

    /// The service and action the path names.
    private func target() throws -> (KalturaCall.Service, String) {
        switch (root, names.count) {
        case (.automatic, 2):
            return (.id(names[0]), names[1])
        case (.automatic, 3):
            return (.pluginService(plugin: names[0], service: names[1]), names[2])
        case (.service(let id), 1):
            return (.id(id), names[0])
        case (.pluginService(let plugin, let service), 1):
            return (.pluginService(plugin: plugin, service: service), names[0])
        case (.plugin(let plugin), 2):
            return (.pluginService(plugin: plugin, service: names[0]), names[1])
        default:
            throw KalturaClientError.invalidCallPath(path: writtenPath, reason: reasonNotCallable)
        }
    }

    private var writtenPath: String {
        let start: [String]
        switch root {
        case .automatic: start = ["client"]
        case .service(let id): start = ["client.service(\"\(id)\")"]
        case .pluginService(let plugin, let service): start = ["client.service(\"\(plugin).\(service)\")"]
        case .plugin(let plugin): start = ["client.plugin(\"\(plugin)\")"]
        }
        return (start + names).joined(separator: ".")
    }

    private var reasonNotCallable: String {
        switch (root, names.count) {
        case (.automatic, 1), (.plugin, 1):
            return "it names a service or a plugin; call an action, such as \(writtenPath).list()"
        case (.service, 0), (.pluginService, 0):
            return "it names a service; call an action, such as \(writtenPath).list()"
        case (.plugin, 0):
            return "it names a plugin; call an action of one of its services"
        default:
            return "a call is client.SERVICE.ACTION(…) or client.PLUGIN.SERVICE.ACTION(…)"
        }
    }
}
