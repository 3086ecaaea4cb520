import KalturaSchema
import OrderedCollections

extension KalturaCallEngine {
    /// How a multirequest is named in messages and logs.
    static let multiRequestName = "multirequest"

    /// The calls of a multirequest resolved against the schema and encoded into one request.
    struct PreparedMultiRequest: Sendable {
        /// One call of the multirequest.
        struct Item: Sendable {
            /// The call as written, for results and messages.
            var displayName: String
            /// The action's own parameters after binding and normalization, in wire order.
            var parameters: OrderedDictionary<String, KalturaValue>
            /// The declared result type, when the schema knows the action.
            var resultType: TypeReference?
        }

        /// The calls, in order.
        var items: [Item]
        /// The calls as sent, keyed `"1"`…`"n"`, for the trace log.
        var wireItems: OrderedDictionary<String, KalturaValue>
        /// The HTTP request to send.
        var request: KalturaHTTPRequest
    }

    /// A call recorded for a multirequest, with the problems found converting its arguments and the
    /// KS it sends instead of the client's, if any.
    struct MultiRequestCall: Sendable {
        var call: KalturaCall
        var issues: [KalturaValidationIssue] = []
        var session: KalturaMultiRequestSession?
    }

    /// Resolves, binds, normalizes and checks every call, then encodes them into one request; no I/O.
    ///
    /// Every problem of every call is reported in one ``KalturaValidationError``, each path prefixed
    /// with the call's 1-based position (`[2] mediaEntry.mediaType`).
    ///
    /// - Parameter calls: The calls in order.
    /// - Throws: ``KalturaClientError/callOutsideSubset(call:reason:)`` for the first call outside
    ///   the subset, and ``KalturaValidationError``.
    func prepareMultiRequest(_ calls: [MultiRequestCall],
                             requestConfiguration: KalturaRequestConfiguration) throws -> PreparedMultiRequest {
        guard !calls.isEmpty else {
            throw KalturaValidationError(call: Self.multiRequestName, issues: [KalturaValidationIssue(.emptyMultiRequest)])
        }
        // Resolve every call first: the subset is checked before anything else is reported.
        var found = Array(repeating: [KalturaValidationIssue](), count: calls.count)
        let targets = calls.indices.map { resolve(calls[$0].call, issues: &found[$0]) }
        for target in targets { try checkSubset(target) }

        var issues: [KalturaValidationIssue] = []
        var items: [PreparedMultiRequest.Item] = []
        var wireItems = OrderedDictionary<String, KalturaValue>()
        for (index, recorded) in calls.enumerated() {
            let call = recorded.call
            let conversionIssues = recorded.issues
            let position = index + 1
            let target = targets[index]
            let displayName = call.displayName
            var parameters = OrderedDictionary<String, KalturaValue>()
            if let reason = multiRequestRefusal(of: call, action: target.action, conversionIssues: conversionIssues) {
                found[index] = [KalturaValidationIssue(.notInMultiRequest(call: displayName, reason: reason))]
            } else {
                found[index] += conversionIssues
                parameters = checkedParameters(call.arguments, for: target.action, callName: displayName,
                                               references: .init(position: position, count: calls.count), issues: &found[index])
            }
            issues += found[index].map { issue in
                var positioned = issue
                positioned.callPosition = position
                return positioned
            }
            var wireItem: OrderedDictionary<String, KalturaValue> = [
                "service": .string(target.wireService), "action": .string(target.wireAction),
            ]
            if let session = recorded.session {
                // The KS is checked like any argument that may hold a result token.
                if let text = session.value.stringValue, let token = KalturaResultReference.token(in: text),
                   let problem = KalturaResultReference.Scope(position: position, count: calls.count).problem(with: token) {
                    issues.append(KalturaValidationIssue(problem, at: KalturaValuePath(parameter: "ks"), callPosition: position))
                }
                wireItem["ks"] = session.value
            }
            for (name, value) in parameters { wireItem[name] = value }
            wireItems[String(position)] = .map(wireItem)
            items.append(PreparedMultiRequest.Item(displayName: displayName, parameters: parameters, resultType: target.action?.result))
        }
        try reportIssues(issues, call: Self.multiRequestName)

        let request = KalturaHTTPRequest(
            method: "POST",
            url: KalturaEndpoint.multiRequestURL(serviceURL: configuration.serviceURL),
            headers: Self.headers(of: configuration, json: true),
            body: encodeBody(parameters: wireItems, requestConfiguration: requestConfiguration),
            timeout: configuration.http.timeout,
            maximumResponseBytes: configuration.http.maximumResponseBytes)
        return PreparedMultiRequest(items: items, wireItems: wireItems, request: request)
    }

    /// Why a call cannot be part of a multirequest, or `nil` when it can.
    private func multiRequestRefusal(of call: KalturaCall, action: ActionDefinition?,
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

    /// Sends a prepared multirequest and types each call's result by its declared type.
    ///
    /// - Throws: ``KalturaAPIError`` when the server fails the whole request (an invalid KS, say),
    ///   ``KalturaClientError`` for transport failures, responses that are not an array with one
    ///   result per call, and a result that is not of its action's declared type
    ///   (``KalturaClientError/unexpectedResultType(call:expected:received:)``, the call named with
    ///   its 1-based position, `[2] media.list`): such a response is broken as a whole. A call the
    ///   server failed does not throw here: its result holds its error.
    func send(_ prepared: PreparedMultiRequest, secrets: [String]) async throws -> [KalturaMultiRequestResult] {
        let name = Self.multiRequestName
        let values = try await exchange(prepared.request, call: name, parameters: prepared.wireItems, secrets: secrets) { response in
            try KalturaResponseDecoder.decodeItems(response, call: name, count: prepared.items.count, secrets: secrets)
        }
        var typer = KalturaResultTyper(schema: schema)
        var results: [KalturaMultiRequestResult] = []
        results.reserveCapacity(values.count)
        for (position, (item, value)) in zip(prepared.items, values).enumerated() {
            if let error = KalturaAPIError(value) {
                results.append(KalturaMultiRequestResult(call: item.displayName, result: .failure(error)))
                continue
            }
            var value = value
            if let resultType = item.resultType {
                try typer.type(&value, as: resultType, call: "[\(position + 1)] \(item.displayName)")
            }
            results.append(KalturaMultiRequestResult(call: item.displayName, result: .success(value)))
        }
        return results
    }
}
