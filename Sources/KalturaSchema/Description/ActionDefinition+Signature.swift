extension ActionDefinition {
    /// The action as one line, parameters in schema order with their types and defaults:
    /// `list(filter: KalturaMediaEntryFilter = null, pager: KalturaFilterPager = null) -> KalturaMediaListResponse`.
    public var signature: String {
        let parameters = parameters.map { parameter in
            "\(parameter.name): \(parameter.type.displayName)\(parameter.isOptional ? " = \(parameter.defaultValue ?? "null")" : "")"
        }
        let result = result?.displayName ?? "void"
        return "\(name)(\(parameters.joined(separator: ", "))) -> \(result)\(isDeprecated ? "  [deprecated]" : "")"
    }
}
