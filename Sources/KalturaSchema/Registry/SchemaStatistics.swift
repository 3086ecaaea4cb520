/// How many definitions a schema holds: the figures `kaltura schema inspect --json` prints.
public struct SchemaStatistics: Sendable, Hashable, Codable {
    public var enums: Int
    public var consts: Int
    public var classes: Int
    public var properties: Int
    public var services: Int
    public var actions: Int
    public var params: Int
    public var plugins: Int
    public var errors: Int
    /// `<throws>` entries over all actions.
    public var throwsEntries: Int
    /// Distinct type names referenced but never defined.
    public var unresolved: Int
}

extension Schema {
    /// Counts of the schema's definitions. Each section counts its direct children; constants,
    /// properties, actions and parameters are summed over their parents.
    public var statistics: SchemaStatistics {
        let actions = services.lazy.flatMap(\.actions)
        return SchemaStatistics(
            enums: enums.count,
            consts: enums.reduce(0) { $0 + $1.constants.count },
            classes: classes.count,
            properties: classes.reduce(0) { $0 + $1.properties.count },
            services: services.count,
            actions: services.reduce(0) { $0 + $1.actions.count },
            params: actions.reduce(0) { $0 + $1.parameters.count },
            plugins: plugins.count,
            errors: errors.count,
            throwsEntries: actions.reduce(0) { $0 + $1.errorNames.count },
            unresolved: unresolvedTypeNames.count)
    }
}
