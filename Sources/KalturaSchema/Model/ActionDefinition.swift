/// An `<action>` of a service: its parameters, result and the errors it declares.
public struct ActionDefinition: Sendable, Hashable {
    /// The action's name, e.g. `list`.
    public var name: String
    /// Whether the action may be part of a multirequest (`enableInMultiRequest`, default true).
    public var isEnabledInMultiRequest: Bool
    /// The `sessionRequired` attribute as written (`always`, `none`, …), if present.
    public var sessionRequired: String?
    /// The `actionAlias` attribute (the server's alternative name for the action), if present.
    public var alias: String?
    /// Whether the action is marked deprecated.
    public var isDeprecated: Bool
    /// The action's description, if the schema gives one.
    public var description: String?
    /// The parameters in schema order (positional calls use this order).
    public var parameters: [ParameterDefinition]
    /// The result type, or `nil` for a void action (`<result/>`).
    public var result: TypeReference?
    /// The raw result `type` attribute, if any.
    public var resultTypeName: String?
    /// The raw result `arrayType` attribute, if any.
    public var resultArrayTypeName: String?
    /// The error names listed by `<throws>`.
    public var errorNames: [String]

    public init(name: String, isEnabledInMultiRequest: Bool = true, sessionRequired: String? = nil,
                alias: String? = nil, isDeprecated: Bool = false, description: String? = nil,
                parameters: [ParameterDefinition] = [], result: TypeReference? = nil,
                resultTypeName: String? = nil, resultArrayTypeName: String? = nil, errorNames: [String] = []) {
        self.name = name
        self.isEnabledInMultiRequest = isEnabledInMultiRequest
        self.sessionRequired = sessionRequired
        self.alias = alias
        self.isDeprecated = isDeprecated
        self.description = description
        self.parameters = parameters
        self.result = result
        self.resultTypeName = resultTypeName
        self.resultArrayTypeName = resultArrayTypeName
        self.errorNames = errorNames
    }

    /// Whether the action returns raw bytes (`<result type="file"/>`) rather than an API value.
    public var servesFile: Bool { result == .primitive(.file) }

    /// The parameter with the given name.
    public func parameter(named name: String) -> ParameterDefinition? {
        parameters.first { $0.name == name }
    }
}
