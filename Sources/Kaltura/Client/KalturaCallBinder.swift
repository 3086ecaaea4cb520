import KalturaSchema
import OrderedCollections

/// The first step of a call: resolves its service and action against the schema and binds its
/// arguments to the action's parameters, reporting every problem as a ``KalturaValidationIssue``
/// (unknown names with suggestions, positional arguments, duplicates, missing parameters).
///
/// It changes no value: normalizing and checking them is ``KalturaCallChecker``'s step.
struct KalturaCallBinder: Sendable {
    /// The schema names are resolved with.
    let schema: Schema

    /// Looks up the service and the action; unknown ones are reported in `issues`.
    func resolve(_ call: KalturaCall, issues: inout [KalturaValidationIssue]) -> KalturaCallTarget {
        let service = schema.service(named: call.service)
        let wireService = service?.id ?? call.service.impliedIdentifier
        var action: ActionDefinition?
        if let service {
            action = service.action(named: call.action)
            if action == nil {
                issues.append(KalturaValidationIssue(.unknownAction(
                    service: service.id, name: call.action,
                    suggestions: NameSuggestions.closest(to: call.action, among: service.actions.map(\.name)))))
            }
        } else {
            issues.append(KalturaValidationIssue(.unknownService(
                name: call.service.description, suggestions: serviceSuggestions(for: call.service))))
        }
        return KalturaCallTarget(service: service, action: action, wireService: wireService,
                                 wireAction: action?.name ?? call.action)
    }

    /// The arguments by parameter name: positional ones in schema order, then named ones; problems
    /// are reported in `issues`.
    ///
    /// - Parameters:
    ///   - files: The call's files by parameter name. They are not bound (they travel as they are),
    ///     but are checked for names like the arguments.
    ///   - action: The action, or `nil` when the schema does not know it: then names are not
    ///     checked and positional arguments cannot be bound.
    func bind(_ arguments: [KalturaCall.Argument], files: OrderedDictionary<String, KalturaFile> = [:],
              to action: ActionDefinition?,
              issues: inout [KalturaValidationIssue]) -> OrderedDictionary<String, KalturaValue> {
        var bound = OrderedDictionary<String, KalturaValue>()
        let positional = arguments.filter { $0.label == nil || $0.label == "" }
        if !positional.isEmpty {
            if let action {
                if positional.count > action.parameters.count {
                    issues.append(KalturaValidationIssue(.tooManyPositionalArguments(
                        given: positional.count, parameters: action.parameters.map(\.name))))
                }
                for (argument, parameter) in zip(positional, action.parameters) {
                    bound[parameter.name] = argument.value
                }
            } else {
                issues.append(KalturaValidationIssue(.positionalArgumentsWithoutSchema(given: positional.count)))
            }
        }
        for argument in arguments {
            guard let label = argument.label, !label.isEmpty else { continue }
            if bound[label] != nil {
                issues.append(KalturaValidationIssue(parameter: label, .duplicateArgument))
                continue
            }
            bound[label] = argument.value
        }
        for name in files.keys where bound.removeValue(forKey: name) != nil {
            issues.append(KalturaValidationIssue(parameter: name, .duplicateArgument))
        }
        guard let action else { return bound }
        for name in bound.keys.elements + files.keys.elements where action.parameter(named: name) == nil {
            let names = action.parameters.map(\.name)
            issues.append(KalturaValidationIssue(parameter: name, .unknownParameter(
                name: name, expected: names, suggestions: NameSuggestions.closest(to: name, among: names))))
        }
        for parameter in action.parameters where !parameter.isOptional {
            let value = bound[parameter.name]
            if value == nil || value == .null, files[parameter.name] == nil {
                issues.append(KalturaValidationIssue(
                    parameter: parameter.name, .missingParameter(type: KalturaValidator.describe(parameter.type))))
            }
        }
        return bound
    }

    /// What a service could have been meant: close wire ids and plugin services, and services
    /// whose friendly name is the one given.
    private func serviceSuggestions(for service: KalturaCall.Service) -> [String] {
        switch service {
        case .id(let name):
            let lowered = name.lowercased()
            let exact = schema.services
                .filter { $0.name.lowercased() == lowered || $0.plugin?.lowercased() == lowered }
                .map { service in service.plugin.map { "\($0).\(service.name)" } ?? service.id }
            if !exact.isEmpty { return Array(exact.prefix(3)) }
            return NameSuggestions.closest(to: name, among: schema.services.map(\.id))
        case .pluginService(let plugin, let name):
            if let definition = schema.plugin(named: plugin) {
                return NameSuggestions.closest(to: name, among: schema.services(inPlugin: definition.name).map(\.name))
                    .map { "\(definition.name).\($0)" }
            }
            if let core = schema.service(id: plugin) {
                return ["\(core.id) (a service, not a plugin)"]
            }
            return NameSuggestions.closest(to: plugin, among: schema.plugins.map(\.name)).map { "\($0).\(name)" }
        }
    }
}
