import KalturaSchema
import OrderedCollections

/// Performs calls by composing their steps along the data flow: bind (``KalturaCallBinder``),
/// check (``KalturaCallChecker``), build the request (``KalturaRequestBuilder``), exchange it
/// (``KalturaExchange``) and type the result (``KalturaResultDecoder``). Single calls, serve
/// actions and multirequests go through the same steps.
///
/// Nothing here is dynamic; the proxies only describe calls (``KalturaCall``) and hand them over.
struct KalturaCallEngine: Sendable {
    /// Resolves names and binds arguments.
    let binder: KalturaCallBinder
    /// Checks bound calls and decides which problems stop them.
    let checker: KalturaCallChecker
    /// Encodes checked calls into HTTP requests.
    let builder: KalturaRequestBuilder
    /// Sends requests and logs them.
    let exchange: KalturaExchange
    /// Turns responses into typed results.
    let resultDecoder: KalturaResultDecoder

    /// Creates an engine whose steps share `schema` and `configuration`, sending through `transport`
    /// in `wireFormat`.
    init(schema: Schema, configuration: KalturaClient.Configuration, wireFormat: KalturaWireFormat,
         transport: any KalturaTransport) {
        binder = KalturaCallBinder(schema: schema)
        checker = KalturaCallChecker(schema: schema, validatesRequests: configuration.validatesRequests,
                                     subset: configuration.subset)
        builder = KalturaRequestBuilder(configuration: configuration, apiVersion: schema.apiVersion, wireFormat: wireFormat)
        exchange = KalturaExchange(transport: transport, logger: configuration.logger, timing: configuration.http.retryTiming)
        resultDecoder = KalturaResultDecoder(schema: schema)
    }

    /// Resolves, binds, normalizes and checks `call`, then encodes it; no I/O.
    ///
    /// A call with files gets a `multipart/form-data` body and the upload timeout; a serve action
    /// gets a `GET` request whose URL carries every parameter. The call's retry policy is decided
    /// here (see ``KalturaRepeatableCalls``).
    ///
    /// - Throws: ``KalturaClientError/callOutsideSubset(call:reason:)``,
    ///   ``KalturaClientError/unsupportedAction(call:reason:)`` and ``KalturaValidationError``.
    func prepare(_ call: KalturaCall, requestConfiguration: KalturaRequestConfiguration) throws -> KalturaPreparedCall {
        var issues: [KalturaValidationIssue] = []
        let displayName = call.displayName

        let target = binder.resolve(call, issues: &issues)
        if target.servesFile, !call.files.isEmpty {
            throw KalturaClientError.unsupportedAction(
                call: displayName, reason: "it serves a file through a GET URL, which cannot carry files")
        }
        try checker.checkSubset(target)
        let bound = binder.bind(call.arguments, files: call.files, to: target.action, issues: &issues)
        let parameters = checker.check(bound, files: call.files, for: target.action, callName: displayName, issues: &issues)
        try checker.report(issues, call: displayName)

        var request = builder.request(for: target, parameters: parameters, files: call.files,
                                      requestConfiguration: requestConfiguration)
        let http = builder.configuration.http
        request.timeout = requestConfiguration.timeout ?? (call.files.isEmpty ? http.timeout : http.uploadTimeout)
        let repeatable = KalturaRepeatableCalls.isRepeatable(service: target.wireService, action: target.wireAction,
                                                             parameters: parameters)
        return KalturaPreparedCall(displayName: displayName, parameters: parameters, request: request,
                                   resultType: target.action?.result, servesFile: target.servesFile,
                                   retryPolicy: (requestConfiguration.retryPolicy ?? http.retryPolicy)
                                       .applying(toRepeatable: repeatable))
    }

    /// Sends a prepared call and types its result by the declared type; a serve action's result
    /// is its URL, and nothing is sent.
    ///
    /// - Parameter secrets: Values to keep out of logs and errors (the KS, sensitive parameters).
    func send(_ prepared: KalturaPreparedCall, secrets: [String]) async throws -> KalturaValue {
        if prepared.servesFile {
            return exchange.serveURL(of: prepared.request, call: prepared.displayName, secrets: secrets)
        }
        return try await exchange.send(prepared.request, call: prepared.displayName, parameters: prepared.parameters,
                                       secrets: secrets, retryPolicy: prepared.retryPolicy) { response in
            try resultDecoder.result(of: response, call: prepared.displayName, as: prepared.resultType, secrets: secrets)
        }
    }
}
