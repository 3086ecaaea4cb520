import OrderedCollections

extension KalturaCallEngine {
    /// Resolves, binds, normalizes and checks every call with the steps of a single call, then
    /// encodes them into one request; no I/O.
    ///
    /// Every problem of every call is reported in one ``KalturaValidationError``, each path prefixed
    /// with the call's 1-based position (`[2] mediaEntry.mediaType`).
    ///
    /// - Parameter calls: The calls in order.
    /// - Throws: ``KalturaClientError/callOutsideSubset(call:reason:)`` for the first call outside
    ///   the subset, and ``KalturaValidationError``.
    func prepareMultiRequest(_ calls: [KalturaMultiRequestCall],
                             requestConfiguration: KalturaRequestConfiguration) throws -> KalturaPreparedMultiRequest {
        let name = KalturaPreparedMultiRequest.callName
        guard !calls.isEmpty else {
            throw KalturaValidationError(call: name, issues: [KalturaValidationIssue(.emptyMultiRequest)])
        }
        // Resolve every call first: the subset is checked before anything else is reported.
        var found = Array(repeating: [KalturaValidationIssue](), count: calls.count)
        let targets = calls.indices.map { binder.resolve(calls[$0].call, issues: &found[$0]) }
        for target in targets { try checker.checkSubset(target) }

        var issues: [KalturaValidationIssue] = []
        var items: [KalturaPreparedMultiRequest.Item] = []
        var wireItems = OrderedDictionary<String, KalturaValue>()
        for (index, recorded) in calls.enumerated() {
            let call = recorded.call
            let scope = KalturaResultReference.Scope(position: index + 1, count: calls.count)
            let target = targets[index]
            let displayName = call.displayName
            var parameters = OrderedDictionary<String, KalturaValue>()
            if let reason = checker.multiRequestRefusal(of: call, action: target.action, conversionIssues: recorded.issues) {
                found[index] = [KalturaValidationIssue(.notInMultiRequest(call: displayName, reason: reason))]
            } else {
                found[index] += recorded.issues
                let bound = binder.bind(call.arguments, to: target.action, issues: &found[index])
                parameters = checker.check(bound, for: target.action, callName: displayName, references: scope,
                                           issues: &found[index])
            }
            issues += found[index].map { issue in
                var positioned = issue
                positioned.callPosition = scope.position
                return positioned
            }
            if let session = recorded.session, let issue = checker.issue(with: session, scope: scope) {
                issues.append(issue)
            }
            wireItems[String(scope.position)] = builder.multiRequestItem(for: target, session: recorded.session,
                                                                         parameters: parameters)
            items.append(KalturaPreparedMultiRequest.Item(displayName: displayName, parameters: parameters,
                                                          resultType: target.action?.result))
        }
        try checker.report(issues, call: name)

        var request = builder.multiRequest(wireItems, requestConfiguration: requestConfiguration)
        if let timeout = requestConfiguration.timeout { request.timeout = timeout }
        let policy = requestConfiguration.retryPolicy ?? builder.configuration.http.retryPolicy
        return KalturaPreparedMultiRequest(
            items: items, wireItems: wireItems, request: request,
            retryPolicy: policy.applying(toRepeatable: KalturaRepeatableCalls.isRepeatable(multiRequest: wireItems)))
    }

    /// Sends a prepared multirequest and types each call's result by its declared type.
    ///
    /// - Throws: ``KalturaAPIError`` when the server fails the whole request (an invalid KS, say),
    ///   ``KalturaClientError`` for transport failures, responses that are not an array with one
    ///   result per call, and a result that is not of its action's declared type
    ///   (``KalturaClientError/unexpectedResultType(call:expected:received:)``, the call named with
    ///   its 1-based position, `[2] media.list`): such a response is broken as a whole. A call the
    ///   server failed does not throw here: its result holds its error.
    func send(_ prepared: KalturaPreparedMultiRequest, secrets: [String]) async throws -> [KalturaMultiRequestResult] {
        try await exchange.send(prepared.request, call: KalturaPreparedMultiRequest.callName,
                                parameters: prepared.wireItems, secrets: secrets,
                                retryPolicy: prepared.retryPolicy) { response in
            try resultDecoder.results(of: response, items: prepared.items, secrets: secrets)
        }
    }
}
