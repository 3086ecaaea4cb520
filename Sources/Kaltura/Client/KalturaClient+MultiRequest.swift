extension KalturaClient {
    /// Performs several calls in one HTTP request (a Kaltura multirequest); later calls may use
    /// earlier calls' results.
    ///
    /// The closure records calls with the same paths and arguments as the client's own
    /// (`batch.media.get(…)`, `batch.metadata.metadataProfile.list()`); each returns a
    /// ``KalturaResultReference`` that later calls can pass on, whole or by path:
    ///
    /// ```swift
    /// let results = try await client.multirequest { batch in
    ///     let entry = batch.media.get(entryId: "0_abc")
    ///     batch.media.update(entryId: entry.id, mediaEntry: ["objectType": "KalturaMediaEntry", "tags": entry.tags])
    ///     batch.media.list(filter: ["objectType": "KalturaMediaEntryFilter", "idIn": entry.id], pager: ["pageSize": 1])
    /// }
    /// let updated: KalturaObject = try results[1].get()   // throws that call's KalturaAPIError if it failed
    /// ```
    ///
    /// Every call is checked before anything is sent, and all problems of all calls arrive in one
    /// ``KalturaValidationError``, each prefixed with the call's position (`[2] mediaEntry.mediaType`).
    /// Serve actions, actions the schema keeps out of multirequests (`enableInMultiRequest="0"`) and
    /// calls with file parameters are refused. The request settings (``ks``, ``requestConfiguration``)
    /// are sent once for all calls.
    ///
    /// The method runs in the caller's isolation (`#isolation`), so a `@MainActor` caller (or any
    /// actor) can pass a closure that touches its own state; the closure never leaves that actor.
    ///
    /// - Parameters:
    ///   - isolation: The caller's actor, filled in by the compiler; leave it out.
    ///   - record: Records the calls, in order; it runs once, before anything is sent.
    /// - Returns: One result per call, in order. A call the server failed holds its ``KalturaAPIError``
    ///   and does not fail the others.
    /// - Throws: ``KalturaValidationError`` (an empty multirequest included), ``KalturaClientError``
    ///   (a path that names no action, a call outside the subset, transport failures, a response
    ///   that is not an array of one result per call) and ``KalturaAPIError`` when the server fails
    ///   the whole request, such as for an invalid KS.
    public func multirequest(isolation: isolated (any Actor)? = #isolation,
                             _ record: (KalturaMultiRequest) throws -> Void) async throws -> [KalturaMultiRequestResult] {
        try await perform(Self.recordedCalls(record))
    }

    /// The calls `record` makes on a fresh ``KalturaMultiRequest``, with their problems and sessions.
    ///
    /// - Throws: What `record` throws, or the first path that names no action.
    static func recordedCalls(_ record: (KalturaMultiRequest) throws -> Void) throws -> [KalturaMultiRequestCall] {
        let multirequest = KalturaMultiRequest()
        try record(multirequest)
        var calls: [KalturaMultiRequestCall] = []
        for item in multirequest.items {
            if let error = item.pathError { throw error }
            if let call = item.call { calls.append(.init(call: call, issues: item.issues, session: item.session)) }
        }
        return calls
    }

    /// Performs calls described by ``KalturaCall``s in one multirequest: the non-dynamic form of
    /// the closure form. Refer to an earlier call's result with the
    /// ``KalturaResultReference/kalturaValue`` of a reference (`KalturaResultReference(call: 1).id`),
    /// which is the string `{1:result:id}`.
    ///
    /// - Returns: One result per call, in order.
    /// - Throws: As the closure form.
    public func multirequest(_ calls: [KalturaCall]) async throws -> [KalturaMultiRequestResult] {
        try await perform(calls.map { KalturaMultiRequestCall(call: $0) })
    }

    func perform(_ calls: [KalturaMultiRequestCall]) async throws
        -> [KalturaMultiRequestResult]
    {
        let requestConfiguration = self.requestConfiguration
        let prepared = try engine.prepareMultiRequest(calls, requestConfiguration: requestConfiguration)
        var secrets = secrets(of: prepared.items.map(\.parameters), requestConfiguration: requestConfiguration)
        for call in calls { if case .ks(let ks)? = call.session { secrets.append(ks) } }
        return try await engine.send(prepared, secrets: secrets)
    }
}
