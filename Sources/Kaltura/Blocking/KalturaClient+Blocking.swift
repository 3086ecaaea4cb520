extension KalturaClient {
    /// Creates a client, loading the schema, and returns its blocking view: every call without
    /// `await`, for the REPL and scripts. See ``KalturaBlockingClient`` for why, and why never from
    /// async code.
    ///
    /// ```swift
    /// let client = try KalturaClient.blocking(.init(partnerId: 101, serviceURL: url))
    /// let entry = try client.media.get(entryId: "0_abc")
    /// ```
    ///
    /// - Throws: What ``init(configuration:)`` throws, unchanged.
    @available(*, noasync)
    public static func blocking(_ configuration: Configuration) throws -> KalturaBlockingClient {
        try KalturaBlockingClient(configuration: configuration)
    }
}
