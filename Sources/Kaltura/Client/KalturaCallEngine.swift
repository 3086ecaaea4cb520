import Foundation
import KalturaSchema
import Logging
import OrderedCollections

/// Performs calls: resolves them against the schema, checks them, encodes, sends and decodes.
///
/// Nothing here is dynamic; the proxies only describe calls (``KalturaCall``) and hand them over.
struct KalturaCallEngine: Sendable {
    let schema: Schema
    let configuration: KalturaClient.Configuration
    let transport: any KalturaTransport

    /// A call resolved against the schema and encoded, ready to send.
    struct PreparedCall: Sendable {
        /// The call as written, for messages and logs.
        var displayName: String
        /// The action's own parameters after binding and normalization, in wire order.
        var parameters: OrderedDictionary<String, KalturaValue>
        /// The HTTP request to send: a `POST` with a JSON or multipart body, or for a serve action
        /// the `GET` of its signed URL.
        var request: KalturaHTTPRequest
        /// The declared result type, when the schema knows the action.
        var resultType: TypeReference?
        /// Whether the action serves a file: the call's result is then the request's URL, and
        /// nothing is sent.
        var servesFile: Bool
    }

    // MARK: - Preparing

    /// Resolves, binds, normalizes and checks `call`, then encodes it; no I/O.
    ///
    /// A call with files gets a `multipart/form-data` body; a serve action gets a `GET` request
    /// whose URL carries every parameter.
    ///
    /// - Throws: ``KalturaClientError/callOutsideSubset(call:reason:)``,
    ///   ``KalturaClientError/unsupportedAction(call:reason:)`` and ``KalturaValidationError``.
    func prepare(_ call: KalturaCall, requestConfiguration: KalturaRequestConfiguration) throws -> PreparedCall {
        var issues: [KalturaValidationIssue] = []
        let displayName = call.displayName

        let target = resolve(call, issues: &issues)
        let servesFile = target.action?.servesFile == true
        if servesFile, !call.files.isEmpty {
            throw KalturaClientError.unsupportedAction(
                call: displayName, reason: "it serves a file through a GET URL, which cannot carry files")
        }
        try checkSubset(target)
        let parameters = checkedParameters(call.arguments, files: call.files, for: target.action, callName: displayName,
                                           issues: &issues)

        try reportIssues(issues, call: displayName)

        let request = makeRequest(service: target.wireService, action: target.wireAction, parameters: parameters,
                                  files: call.files, servesFile: servesFile, requestConfiguration: requestConfiguration)
        return PreparedCall(displayName: displayName, parameters: parameters, request: request,
                            resultType: target.action?.result, servesFile: servesFile)
    }

    /// Throws the problems found with a call: all of them when validation is on, else only those
    /// that prevent sending it.
    ///
    /// - Throws: ``KalturaValidationError``.
    func reportIssues(_ issues: [KalturaValidationIssue], call: String) throws {
        let blocking = issues.filter(\.preventsSending)
        if !blocking.isEmpty || (configuration.validatesRequests && !issues.isEmpty) {
            throw KalturaValidationError(call: call, issues: configuration.validatesRequests ? issues : blocking)
        }
    }

    /// A call's service and action as the schema knows them, and the names to send.
    struct Target {
        var service: ServiceDefinition?
        var action: ActionDefinition?
        var wireService: String
        var wireAction: String
    }

    /// Looks up the service and the action; unknown ones are reported in `issues`.
    func resolve(_ call: KalturaCall, issues: inout [KalturaValidationIssue]) -> Target {
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
        return Target(service: service, action: action, wireService: wireService, wireAction: action?.name ?? call.action)
    }

    /// Refuses a call outside the configured subset, checked on the resolved wire names.
    ///
    /// - Throws: ``KalturaClientError/callOutsideSubset(call:reason:)``.
    func checkSubset(_ target: Target) throws {
        let plugin = target.service.flatMap { service in service.plugin.map { (name: $0, service: service.name) } }
        if let reason = configuration.subset.refusal(serviceId: target.wireService, plugin: plugin, action: target.wireAction) {
            throw KalturaClientError.callOutsideSubset(call: "\(target.wireService).\(target.wireAction)", reason: reason)
        }
    }

    /// The arguments bound to the action's parameters, brought to the declared types and checked,
    /// in wire order; problems are reported in `issues`.
    ///
    /// - Parameters:
    ///   - files: The call's files by parameter name; they are checked, not bound (they travel as they are).
    ///   - references: In a multirequest, the positions of the calls before this one, whose results
    ///     this call's arguments may refer to; `nil` for a single call.
    func checkedParameters(_ arguments: [KalturaCall.Argument], files: OrderedDictionary<String, KalturaFile> = [:],
                           for action: ActionDefinition?, callName: String,
                           references: KalturaResultReference.Scope? = nil,
                           issues: inout [KalturaValidationIssue]) -> OrderedDictionary<String, KalturaValue> {
        var parameters = bind(arguments, files: files, to: action, issues: &issues)
        guard let action else { return parameters }
        let normalizer = KalturaArgumentNormalizer(schema: schema)
        let validator = KalturaValidator(schema: schema, callName: callName,
                                         purpose: KalturaValidator.Purpose(actionName: action.name), references: references)
        var ordered = OrderedDictionary<String, KalturaValue>()
        for parameter in action.parameters {
            if let file = files[parameter.name], parameter.type != .primitive(.file) {
                issues.append(KalturaValidationIssue(parameter: parameter.name, .wrongType(
                    expected: KalturaValidator.describe(parameter.type), actual: file.description)))
            }
            guard let value = parameters.removeValue(forKey: parameter.name) else { continue }
            let normalized = normalizer.normalize(value, as: parameter.type)
            ordered[parameter.name] = normalized
            validator.validate(normalized, as: parameter.type, at: KalturaValuePath(parameter: parameter.name), issues: &issues)
        }
        for (name, value) in parameters { ordered[name] = value }  // unknown ones, already reported
        return ordered
    }

    /// The arguments by parameter name: positional ones in schema order, then named ones. Files are
    /// not bound (they travel as they are), but are checked for names like the arguments.
    private func bind(_ arguments: [KalturaCall.Argument], files: OrderedDictionary<String, KalturaFile>,
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

    // MARK: - Encoding

    /// The JSON body: `format`, `clientTag`, `apiVersion`, the request configuration, then the parameters.
    func encodeBody(parameters: OrderedDictionary<String, KalturaValue>,
                    requestConfiguration: KalturaRequestConfiguration) -> [UInt8] {
        KalturaJSON.encode(.map(envelope(parameters: parameters, requestConfiguration: requestConfiguration)), options: .request)
    }

    /// Every top-level parameter of a call in wire order: `format`, `clientTag`, `apiVersion`, the
    /// request configuration, then the action's parameters.
    func envelope(parameters: OrderedDictionary<String, KalturaValue>,
                  requestConfiguration: KalturaRequestConfiguration) -> OrderedDictionary<String, KalturaValue> {
        var body = OrderedDictionary<String, KalturaValue>()
        body["format"] = .int(1)
        body["clientTag"] = .string(configuration.clientTag)
        if let apiVersion = schema.apiVersion { body["apiVersion"] = .string(apiVersion) }
        for (name, value) in requestConfiguration.parameters { body[name] = value }
        for (name, value) in parameters { body[name] = value }
        return body
    }

    /// The request of a checked call: a `POST` with the JSON body, or a multipart body when the call
    /// carries files; for a serve action, a `GET` whose query carries every parameter, colon-flattened.
    private func makeRequest(service: String, action: String, parameters: OrderedDictionary<String, KalturaValue>,
                             files: OrderedDictionary<String, KalturaFile>, servesFile: Bool,
                             requestConfiguration: KalturaRequestConfiguration) -> KalturaHTTPRequest {
        let url = KalturaEndpoint.actionURL(serviceURL: configuration.serviceURL, service: service, action: action)
        if servesFile {
            let query = KalturaForm.encode(envelope(parameters: parameters, requestConfiguration: requestConfiguration))
            return KalturaHTTPRequest(method: "GET", url: URL(string: url.absoluteString + "?" + query) ?? url,
                                      headers: Self.headers(of: configuration, json: false), timeout: configuration.http.timeout)
        }
        let body = encodeBody(parameters: parameters, requestConfiguration: requestConfiguration)
        var request = KalturaHTTPRequest(method: "POST", url: url, headers: Self.headers(of: configuration, json: true),
                                         body: body, timeout: configuration.http.timeout,
                                         maximumResponseBytes: configuration.http.maximumResponseBytes)
        if !files.isEmpty {
            let boundary = KalturaMultipart.makeBoundary(avoiding: files.values)
            let contentType = request.headers.firstIndex { $0.name == "Content-Type" }!
            request.headers[contentType].value = KalturaMultipart.contentType(boundary: boundary)
            request.body = KalturaMultipart.encode(json: body, files: files, boundary: boundary)
        }
        return request
    }

    /// The headers of every request: the content type exactly as the server compares it, then
    /// the configured extra headers in name order.
    static func headers(of configuration: KalturaClient.Configuration, json: Bool) -> [(name: String, value: String)] {
        var headers: [(name: String, value: String)] = []
        if json {
            headers.append(("Content-Type", "application/json"))
            headers.append(("Accept", "application/json"))
        }
        for name in configuration.http.headers.keys.sorted() {
            headers.append((name, configuration.http.headers[name]!))
        }
        return headers
    }

    // MARK: - Sending

    /// Sends a prepared call and decodes its result with the declared type; a serve action's
    /// result is its URL, and nothing is sent.
    func send(_ prepared: PreparedCall, secrets: [String]) async throws -> KalturaValue {
        if prepared.servesFile {
            return serveURL(of: prepared, secrets: secrets)
        }
        var value = try await exchange(prepared.request, call: prepared.displayName, parameters: prepared.parameters,
                                       secrets: secrets) { response in
            try KalturaResponseDecoder.decode(response, call: prepared.displayName, secrets: secrets)
        }
        if let resultType = prepared.resultType {
            var typer = KalturaResultTyper(schema: schema)
            try typer.type(&value, as: resultType, call: prepared.displayName)
        }
        return value
    }

    /// A URL as errors show it: without its query, which may hold a KS.
    static func withoutQuery(_ url: URL) -> String {
        let text = url.absoluteString
        return text.firstIndex(of: "?").map { String(text[..<$0]) } ?? text
    }

    /// A serve action's result: its signed URL as a string, logged with its KS and secrets redacted.
    private func serveURL(of prepared: PreparedCall, secrets: [String]) -> KalturaValue {
        let url = prepared.request.url.absoluteString
        configuration.logger.debug("serve URL", metadata: [
            "call": "\(prepared.displayName)", "url": "\(KalturaRedaction.redacting(url, secrets: secrets))",
        ])
        return .string(url)
    }

    /// Sends a request and decodes its response with `decode`, logging both and reporting
    /// transport failures as ``KalturaClientError/transportFailed(url:reason:)``.
    ///
    /// - Parameters:
    ///   - call: The call as written, for logs.
    ///   - parameters: What is sent, for the trace log (redacted).
    func exchange<Decoded>(_ request: KalturaHTTPRequest, call: String, parameters: OrderedDictionary<String, KalturaValue>,
                           secrets: [String], decode: (KalturaHTTPResponse) throws -> Decoded) async throws -> Decoded {
        let logger = configuration.logger
        if logger.logLevel <= .trace {
            let redacted = KalturaRedaction.redacting(.map(parameters))
            logger.trace("request", metadata: ["call": "\(call)", "parameters": "\(redacted)"])
        }
        let clock = ContinuousClock()
        let start = clock.now
        let response: KalturaHTTPResponse
        do {
            response = try await transport.send(request)
        } catch let error as KalturaClientError {
            // The transport's own typed failures (deadline, size limit, redirect) say it all.
            logger.debug("transport failed", metadata: ["call": "\(call)", "error": "\(error)"])
            throw error
        } catch {
            let url = request.url.absoluteString
            logger.debug("transport failed", metadata: ["call": "\(call)", "error": "\(error)"])
            throw KalturaClientError.transportFailed(url: url, reason: KalturaRedaction.redacting("\(error)", secrets: secrets))
        }
        let elapsed = clock.now - start
        if let limit = request.maximumResponseBytes, response.body.count > limit {
            // A transport that does not enforce the limit while reading still cannot pass a larger body on.
            throw KalturaClientError.responseTooLarge(url: Self.withoutQuery(request.url), limit: limit)
        }
        logger.debug("response", metadata: [
            "call": "\(call)", "status": "\(response.status)", "bytes": "\(response.body.count)",
            "duration": "\(elapsed)",
        ])
        do {
            return try decode(response)
        } catch let error as KalturaAPIError {
            logger.debug("API error", metadata: [
                "call": "\(call)", "code": "\(error.code)",
                "message": "\(KalturaRedaction.redacting(error.message, secrets: secrets))",
            ])
            throw error
        }
    }
}
