import KalturaSchema
import OrderedCollections

/// The validation step of a call: refuses calls outside the configured subset or not allowed in
/// a multirequest, brings bound arguments to their declared types and checks them with
/// ``KalturaValidator``, and decides which of the problems found stop the call.
struct KalturaCallChecker: Sendable {
    /// The schema values are checked against.
    let schema: Schema
    /// Whether every problem stops a call, or only those that prevent sending it.
    let validatesRequests: Bool
    /// The part of the API calls may reach.
    let subset: KalturaAPISubset

    /// Refuses a call outside the configured subset, checked on the resolved wire names.
    ///
    /// - Throws: ``KalturaClientError/callOutsideSubset(call:reason:)``.
    func checkSubset(_ target: KalturaCallTarget) throws(KalturaClientError) {
        let plugin = target.service.flatMap { service in service.plugin.map { (name: $0, service: service.name) } }
        if let reason = subset.refusal(serviceId: target.wireService, plugin: plugin, action: target.wireAction) {
            throw .callOutsideSubset(call: "\(target.wireService).\(target.wireAction)", reason: reason)
        }
    }

    /// The bound arguments brought to the action's declared types and checked, in wire order (the
    /// action's parameters, then unknown ones, which binding has already reported); problems are
    /// reported in `issues`.
    ///
    /// - Parameters:
    ///   - files: The call's files by parameter name; each must go to a `file` parameter.
    ///   - action: The action, or `nil` when the schema does not know it: the arguments are then
    ///     returned as bound.
    ///   - callName: The call as written, for messages.
    ///   - references: In a multirequest, the positions of the calls before this one, whose results
    ///     this call's arguments may refer to; `nil` for a single call.
    func check(_ bound: OrderedDictionary<String, KalturaValue>, files: OrderedDictionary<String, KalturaFile> = [:],
               for action: ActionDefinition?, callName: String, references: KalturaResultReference.Scope? = nil,
               issues: inout [KalturaValidationIssue]) -> OrderedDictionary<String, KalturaValue> {
        guard let action else { return bound }
        var remaining = bound
        let normalizer = KalturaArgumentNormalizer(schema: schema)
        let validator = KalturaValidator(schema: schema, callName: callName,
                                         purpose: KalturaValidator.Purpose(actionName: action.name), references: references)
        var ordered = OrderedDictionary<String, KalturaValue>()
        for parameter in action.parameters {
            if let file = files[parameter.name], parameter.type != .primitive(.file) {
                issues.append(KalturaValidationIssue(parameter: parameter.name, .wrongType(
                    expected: KalturaValidator.describe(parameter.type), actual: file.description)))
            }
            guard let value = remaining.removeValue(forKey: parameter.name) else { continue }
            let normalized = normalizer.normalize(value, as: parameter.type)
            ordered[parameter.name] = normalized
            validator.validate(normalized, as: parameter.type, at: KalturaValuePath(parameter: parameter.name), issues: &issues)
        }
        for (name, value) in remaining { ordered[name] = value }
        return ordered
    }

    /// Why a call cannot be part of a multirequest, or `nil` when it can (or the schema does not
    /// know its action).
    ///
    /// - Parameter conversionIssues: The problems found converting the call's arguments when it was
    ///   recorded; a misplaced file among them means the call uploads one.
    func multiRequestRefusal(of call: KalturaCall, action: ActionDefinition?,
                             conversionIssues: [KalturaValidationIssue]) -> String? {
        guard let action else { return nil }
        if action.servesFile {
            return "it serves a file (raw bytes or a redirect), which the server would send instead of every result"
        }
        if !action.isEnabledInMultiRequest {
            return "the schema does not allow it in multirequests (enableInMultiRequest=\"0\")"
        }
        let files = action.parameters.filter { $0.type == .primitive(.file) }
        if !call.files.isEmpty || files.contains(where: { !$0.isOptional })
            || call.arguments.contains(where: { argument in files.contains { $0.name == argument.label } })
            || conversionIssues.contains(where: { $0.kind == .misplacedFile }) {
            return "it uploads a file, and file parameters cannot be sent in a multirequest"
        }
        return nil
    }

    /// The problem with the KS a call of a multirequest sends instead of the client's, checked like
    /// any argument that may hold a result token; `nil` when there is none.
    ///
    /// - Parameter scope: The call's position and the multirequest's size.
    func issue(with session: KalturaMultiRequestSession, scope: KalturaResultReference.Scope) -> KalturaValidationIssue? {
        guard let text = session.value.stringValue, let token = KalturaResultReference.token(in: text),
              let problem = scope.problem(with: token) else { return nil }
        return KalturaValidationIssue(problem, at: KalturaValuePath(parameter: "ks"), callPosition: scope.position)
    }

    /// Throws the problems found with a call: all of them when validation is on, else only those
    /// that prevent sending it.
    ///
    /// - Throws: ``KalturaValidationError``.
    func report(_ issues: [KalturaValidationIssue], call: String) throws(KalturaValidationError) {
        let blocking = issues.filter(\.preventsSending)
        if !blocking.isEmpty || (validatesRequests && !issues.isEmpty) {
            throw KalturaValidationError(call: call, issues: validatesRequests ? issues : blocking)
        }
    }
}
