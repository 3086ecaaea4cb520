/// What `client.media`, `client.metadata` and `client.metadata.metadataProfile` return: a path of
/// names that becomes a call when invoked, such as `client.media.get(entryId: "0_abc")`.
///
/// The proxy only records names. When called, it converts the arguments and hands a
/// ``KalturaCall`` to ``KalturaClient/call(_:)``, which resolves the path against the schema (see
/// the naming rules on ``KalturaClient``). ``KalturaFile`` arguments given by name go to the call's
/// ``KalturaCall/files``.
///
/// Arguments are checked by the compiler. A call takes either values of ``KalturaArgumentConvertible``
/// types (variables, `nil`, files) or ``KalturaValue``s (literals of every kind, results of other
/// calls, `nil`); Swift has no implicit conversion, so a call that mixes a Swift variable with a
/// dictionary or heterogeneous array literal converts one side: `entryId: KalturaValue(id)` or
/// `.string(id)`, or `pager: KalturaObject("KalturaFilterPager", ["pageSize": 10])`. The proxy's only members are
/// `debugDescription` and `customMirror` (it describes what it names), which no action or service is
/// called, so no action or service name is ever hidden.
///
/// The result type follows the annotation: ``KalturaValue`` by default, ``KalturaObject`` (any
/// ``ConvertibleFromKalturaValue``) for an object result, or any `Decodable` type (see
/// ``KalturaValue/decode(_:using:)``). A serve action returns its signed URL without any network:
/// as a string by default, or as a `URL` when annotated (`let url: URL = try await
/// client.thumbAsset.serve(thumbAssetId: id)`); see ``KalturaClient/serveURL(for:)``.
@dynamicMemberLookup
@dynamicCallable
public struct KalturaServiceProxy: Sendable {
    let client: KalturaClient
    let path: KalturaCallPath

    init(client: KalturaClient, path: KalturaCallPath) {
        self.client = client
        self.path = path
    }

    init(client: KalturaClient, root: KalturaCallPath.Root, names: [String]) {
        self.init(client: client, path: KalturaCallPath(owner: "client", root: root, names: names))
    }

    /// The next name of the path: an action of a service, or a service of a plugin.
    public subscript(dynamicMember name: String) -> KalturaServiceProxy {
        KalturaServiceProxy(client: client, path: path.appending(name))
    }

    /// Calls the action the path names and returns its result, typed by the schema.
    ///
    /// Arguments are Swift values (``KalturaValueConvertible``), files (``KalturaFile``) or `nil`,
    /// which clears the parameter (it is sent as `name__null`).
    public func dynamicallyCall(withKeywordArguments arguments: KeyValuePairs<String, (any KalturaArgumentConvertible)?>)
        async throws -> KalturaValue
    {
        try await client.call(makeCall(KalturaArgumentConverter.convert(arguments)))
    }

    /// Calls the action the path names with literal arguments, such as a dictionary literal whose
    /// order is kept on the wire, and returns its result, typed by the schema.
    ///
    /// Chosen when an argument is a literal that is not a plain Swift value, such as
    /// `filter: ["objectType": "KalturaMediaEntryFilter", "nameLike": "x"]`.
    @_disfavoredOverload
    public func dynamicallyCall(withKeywordArguments arguments: KeyValuePairs<String, KalturaValue?>)
        async throws -> KalturaValue
    {
        try await client.call(makeCall(KalturaArgumentConverter.convert(arguments)))
    }

    /// Calls the action the path names and returns its result as `T`, such as ``KalturaObject``.
    ///
    /// - Throws: ``KalturaClientError/resultTypeMismatch(expected:reason:)`` when the result has another shape.
    public func dynamicallyCall<T: ConvertibleFromKalturaValue>(
        withKeywordArguments arguments: KeyValuePairs<String, (any KalturaArgumentConvertible)?>
    ) async throws -> T {
        try T(kalturaValue: await client.call(makeCall(KalturaArgumentConverter.convert(arguments))))
    }

    /// Calls the action the path names with literal arguments and returns its result as `T`.
    ///
    /// - Throws: ``KalturaClientError/resultTypeMismatch(expected:reason:)`` when the result has another shape.
    @_disfavoredOverload
    public func dynamicallyCall<T: ConvertibleFromKalturaValue>(withKeywordArguments arguments: KeyValuePairs<String, KalturaValue?>)
        async throws -> T
    {
        try T(kalturaValue: await client.call(makeCall(KalturaArgumentConverter.convert(arguments))))
    }

    /// Calls the action the path names and decodes its result into `T`.
    ///
    /// - Throws: ``KalturaClientError/resultTypeMismatch(expected:reason:)`` when decoding fails.
    public func dynamicallyCall<T: Decodable>(
        withKeywordArguments arguments: KeyValuePairs<String, (any KalturaArgumentConvertible)?>
    ) async throws -> T {
        try await client.call(makeCall(KalturaArgumentConverter.convert(arguments))).decode(T.self)
    }

    /// Calls the action the path names with literal arguments and decodes its result into `T`.
    ///
    /// - Throws: ``KalturaClientError/resultTypeMismatch(expected:reason:)`` when decoding fails.
    @_disfavoredOverload
    public func dynamicallyCall<T: Decodable>(withKeywordArguments arguments: KeyValuePairs<String, KalturaValue?>)
        async throws -> T
    {
        try await client.call(makeCall(KalturaArgumentConverter.convert(arguments))).decode(T.self)
    }

    /// The call the path and arguments describe.
    func makeCall(_ arguments: [(label: String, argument: KalturaArgument)]) throws -> KalturaCall {
        let (call, issues) = try path.makeCall(arguments)
        if !issues.isEmpty {
            throw KalturaValidationError(call: call.displayName, issues: issues)
        }
        return call
    }
}
