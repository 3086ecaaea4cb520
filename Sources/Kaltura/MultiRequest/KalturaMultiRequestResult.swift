/// The outcome of one call of a multirequest: its value, typed by the schema, or the API error the
/// server reported for that call alone.
///
/// ```swift
/// let results = try await client.multirequest { batch in
///     batch.media.get(entryId: "0_abc")
///     batch.media.get(entryId: "0_missing")
/// }
/// let entry: KalturaObject = try results[0].get()
/// results[1].error?.code    // "ENTRY_ID_NOT_FOUND"
/// ```
///
/// ``get()`` returns the value or throws the call's ``KalturaAPIError``; annotate the result to get a
/// ``KalturaObject`` (any ``ConvertibleFromKalturaValue``) or any `Decodable` type, as with single calls.
public struct KalturaMultiRequestResult: Sendable, Hashable {
    /// The call as written, such as `media.get`.
    public var call: String
    /// The value, or the call's API error.
    public var result: Result<KalturaValue, KalturaAPIError>

    /// Creates a result.
    public init(call: String, result: Result<KalturaValue, KalturaAPIError>) {
        self.call = call
        self.result = result
    }

    /// The value, or `nil` when the call failed.
    public var value: KalturaValue? {
        try? result.get()
    }

    /// The call's API error, or `nil` when it succeeded.
    public var error: KalturaAPIError? {
        if case .failure(let error) = result { return error }
        return nil
    }

    /// The value, typed by the schema.
    ///
    /// - Throws: The call's ``KalturaAPIError`` when it failed.
    public func get() throws(KalturaAPIError) -> KalturaValue {
        try result.get()
    }

    /// The value as `T`, such as ``KalturaObject``.
    ///
    /// - Throws: The call's ``KalturaAPIError``, or ``KalturaClientError/resultTypeMismatch(expected:reason:)``
    ///   when the value has another shape.
    public func get<T: ConvertibleFromKalturaValue>(_ type: T.Type = T.self) throws -> T {
        try T(kalturaValue: get())
    }

    /// The value decoded into `T` (see ``KalturaValue/decode(_:using:)``).
    ///
    /// - Throws: The call's ``KalturaAPIError``, or ``KalturaClientError/resultTypeMismatch(expected:reason:)``
    ///   when decoding fails.
    public func get<T: Decodable>(_ type: T.Type = T.self) throws -> T {
        try get().decode(T.self)
    }
}
