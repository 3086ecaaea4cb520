extension Schema {
    /// The service a name denotes: by wire id (case-insensitive) or by plugin and friendly name.
    public func service(named name: ServiceName) -> ServiceDefinition? {
        switch name {
        case .id(let id): return service(id: id)
        case .pluginService(let plugin, let service): return self.service(plugin: plugin, name: service)
        }
    }

    /// The service a written name denotes: a wire id (`media`, `metadata_metadataprofile`, compared
    /// case-insensitively) or `plugin.service` (`metadata.metadataProfile`).
    ///
    /// - Returns: `nil` when the name is not a service name (see ``ServiceName/init(_:)``) or the
    ///   schema has no such service.
    public func service(named name: String) -> ServiceDefinition? {
        ServiceName(name).flatMap { service(named: $0) }
    }

    /// The action a name denotes, with its service.
    public func action(named name: ActionName) -> (service: ServiceDefinition, action: ActionDefinition)? {
        guard let service = service(named: name.service), let action = service.action(named: name.action) else { return nil }
        return (service, action)
    }

    /// The action a written name denotes, with its service: `media.list`,
    /// `metadata_metadataprofile.add` or `metadata.metadataProfile.add`.
    ///
    /// - Returns: `nil` when the name is not an action name (see ``ActionName/init(_:)``) or the
    ///   schema has no such action.
    public func action(named name: String) -> (service: ServiceDefinition, action: ActionDefinition)? {
        ActionName(name).flatMap { action(named: $0) }
    }
}
