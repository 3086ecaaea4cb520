import KalturaSchema

/// The last step of a call: turns a response into its result with ``KalturaResponseDecoder`` and
/// types it by the action's declared type with ``KalturaResultTyper``; for a multirequest, one
/// result per call, a failed call holding its ``KalturaAPIError``.
///
/// Every era's JSON is read: objects without `objectType` are typed by the declared result (nested
/// ones by the declared property types), and an error without `objectType` (`{"code", "message"}`,
/// as servers wrote before October 2013) is an error, never a result (see
/// ``KalturaAPIError/init(untyped:declared:schema:)``).
struct KalturaResultDecoder: Sendable {
    /// The schema results are typed with.
    let schema: Schema
    /// The classes' property types, shared by every call.
    let plans: KalturaTypePlans

    /// A decoder typing results by `schema`.
    init(schema: Schema) {
        self.schema = schema
        self.plans = KalturaTypePlans(schema: schema)
    }

    /// A single call's result, typed by `resultType` when the schema knows the action.
    ///
    /// - Parameters:
    ///   - call: The call as written, for messages.
    ///   - secrets: Values to keep out of excerpts.
    /// - Throws: ``KalturaAPIError`` when the server failed the call; ``KalturaClientError`` for a
    ///   response that is not Kaltura JSON or a result that is not of the declared type.
    func result(of response: KalturaHTTPResponse, call: String, as resultType: TypeReference?,
                secrets: [String]) throws -> KalturaValue {
        var value = try KalturaResponseDecoder.decode(response, call: call, secrets: secrets)
        if let error = KalturaAPIError(untyped: value, declared: resultType, schema: schema) {
            throw error
        }
        if let resultType {
            var typer = KalturaResultTyper(schema: schema, plans: plans)
            try typer.type(&value, as: resultType, call: call)
        }
        return value
    }

    /// A multirequest's results, one per item in order, each typed by its declared type.
    ///
    /// - Throws: ``KalturaAPIError`` when the server failed the whole request, and
    ///   ``KalturaClientError`` for a response that is not an array of one result per call, or a
    ///   result that is not of its action's declared type (the call named with its 1-based position,
    ///   `[2] media.list`). A call the server failed does not throw: its result holds its error.
    func results(of response: KalturaHTTPResponse, items: [KalturaPreparedMultiRequest.Item],
                 secrets: [String]) throws -> [KalturaMultiRequestResult] {
        let name = KalturaPreparedMultiRequest.callName
        let whole = try KalturaResponseDecoder.decode(response, call: name, secrets: secrets)
        if let error = KalturaAPIError(untyped: whole, declared: nil, schema: schema) {
            throw error
        }
        let values = try KalturaResponseDecoder.items(of: whole, in: response, call: name, count: items.count,
                                                      secrets: secrets)
        var typer = KalturaResultTyper(schema: schema, plans: plans)
        var results: [KalturaMultiRequestResult] = []
        results.reserveCapacity(values.count)
        for (position, (item, value)) in zip(items, values).enumerated() {
            if let error = KalturaAPIError(value)
                ?? KalturaAPIError(untyped: value, declared: item.resultType, schema: schema) {
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
