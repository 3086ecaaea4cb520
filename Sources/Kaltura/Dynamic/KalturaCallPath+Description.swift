import KalturaSchema

extension KalturaCallPath {
    /// What the path names in `schema`, described as `kaltura schema describe` does: a service
    /// with its actions' signatures, a plugin with its services, or an action with its signature,
    /// description, session requirement and errors. A name that is both a service and a plugin
    /// (`document`) gets both descriptions.
    func describe(in schema: Schema) -> String {
        let describer = SchemaDescriber(schema: schema)
        var parts: [String] = []
        if let service = service(in: schema) {
            parts.append(describer.describe(service))
        }
        if let (action, service) = action(in: schema) {
            parts.append(describer.describe(action, of: service))
        }
        if let plugin = plugin(in: schema) {
            parts.append(describer.describe(plugin))
        }
        if parts.isEmpty {
            return "\(writtenPath): names no service, plugin or action of schema \(schema.apiVersion ?? "of unknown version")"
        }
        return parts.joined(separator: "\n\n")
    }

    /// The service the path names as it stands, if any (`client.media`, `client.metadata.metadataProfile`).
    private func service(in schema: Schema) -> ServiceDefinition? {
        switch (root, names.count) {
        case (.automatic, 1): return schema.service(id: names[0])
        case (.automatic, 2): return schema.service(plugin: names[0], name: names[1])
        case (.service(let service), 0): return schema.service(named: service)
        case (.plugin(let plugin), 1): return schema.service(plugin: plugin, name: names[0])
        default: return nil
        }
    }

    /// The action the path names as it stands, with its service, if any (`client.media.list`).
    private func action(in schema: Schema) -> (ActionDefinition, ServiceDefinition)? {
        let service: ServiceDefinition?
        switch (root, names.count) {
        case (.automatic, 2): service = schema.service(id: names[0])
        case (.automatic, 3): service = schema.service(plugin: names[0], name: names[1])
        case (.service(let name), 1): service = schema.service(named: name)
        case (.plugin(let plugin), 2): service = schema.service(plugin: plugin, name: names[0])
        default: service = nil
        }
        guard let service, let name = names.last, let action = schema.action(name, ofService: service.id) else { return nil }
        return (action, service)
    }

    /// The plugin the path names as it stands, if any (`client.metadata`).
    private func plugin(in schema: Schema) -> PluginDefinition? {
        switch (root, names.count) {
        case (.automatic, 1): return schema.plugin(named: names[0])
        case (.plugin(let plugin), 0): return schema.plugin(named: plugin)
        default: return nil
        }
    }
}
