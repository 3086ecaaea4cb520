extension KalturaClient {
    /// Every object a list call matches, as an asynchronous sequence that fetches pages as it is
    /// iterated; see ``KalturaObjectSequence`` for how it gets past the 10,000-match cap.
    ///
    /// ```swift
    /// let call = KalturaCall("media.list", parameters: ["filter": ["objectType": "KalturaMediaEntryFilter"]])!
    /// for try await entry in try client.objects(of: call) { print(entry.name ?? "") }
    /// ```
    ///
    /// - Parameters:
    ///   - call: A list action's call: its result is a list response and it takes a pager. Any
    ///     pager given sets only the page size.
    ///   - pageSize: Objects per page when the call gives no pager (servers return at most 500).
    ///   - progress: Called after each page with the objects fetched so far and the total.
    /// - Throws: ``KalturaClientError/unsupportedAction(call:reason:)`` when `call` is not a list
    ///   action, or ``KalturaValidationError`` when its arguments cannot be bound. Iterating throws
    ///   what each page's call throws, and ``KalturaClientError/pagingStopped(call:reason:)``.
    public func objects(of call: KalturaCall, pageSize: Int = 500,
                        progress: (@Sendable (KalturaObjectSequence.Progress) -> Void)? = nil) throws -> KalturaObjectSequence {
        KalturaObjectSequence(client: self, call: call, plan: try KalturaListPlan(call: call, schema: apiSchema, pageSize: pageSize),
                              progress: progress)
    }
}
