/// What `client.media` and `client.metadata.metadataProfile` return on a ``KalturaBlockingClient``:
/// the same path of names as ``KalturaServiceProxy``, called without `await`.
///
/// `try client.media.get(entryId: "0_abc")` builds the same ``KalturaCall`` the async proxy
/// builds and waits for ``KalturaClient/call(_:)``. Arguments and result types are those of
/// ``KalturaServiceProxy``; errors are thrown unchanged. In the REPL, `print` or `po`, a proxy
/// describes what it names: a service's actions, a plugin's services, an action's signature.
@dynamicMemberLookup
@dynamicCallable
public struct KalturaBlockingServiceProxy: Sendable {
    let proxy: KalturaServiceProxy

    init(_ proxy: KalturaServiceProxy) {
        self.proxy = proxy
    }

    /// The next name of the path: an action of a service, or a service of a plugin.
    public subscript(dynamicMember name: String) -> KalturaBlockingServiceProxy {
        KalturaBlockingServiceProxy(proxy[dynamicMember: name])
    }

    /// Calls the action the path names, waits, and returns its result, typed by the schema.
    @available(*, noasync)
    public func dynamicallyCall(withKeywordArguments arguments: KeyValuePairs<String, (any KalturaArgumentConvertible)?>)
        throws -> KalturaValue
    {
        try perform(proxy.makeCall(KalturaArgumentConverter.convert(arguments)))
    }

    /// Calls the action the path names with literal arguments (such as a dictionary literal whose
    /// order is kept on the wire), waits, and returns its result, typed by the schema.
    @available(*, noasync)
    @_disfavoredOverload
    public func dynamicallyCall(withKeywordArguments arguments: KeyValuePairs<String, KalturaValue?>) throws -> KalturaValue {
        try perform(proxy.makeCall(KalturaArgumentConverter.convert(arguments)))
    }

    /// Calls the action the path names, waits, and returns its result as `T`, such as ``KalturaObject``.
    ///
    /// - Throws: ``KalturaClientError/resultTypeMismatch(expected:reason:)`` when the result has another shape.
    @available(*, noasync)
    public func dynamicallyCall<T: ConvertibleFromKalturaValue>(
        withKeywordArguments arguments: KeyValuePairs<String, (any KalturaArgumentConvertible)?>
    ) throws -> T {
        try T(kalturaValue: perform(proxy.makeCall(KalturaArgumentConverter.convert(arguments))))
    }

    /// Calls the action the path names with literal arguments, waits, and returns its result as `T`.
    ///
    /// - Throws: ``KalturaClientError/resultTypeMismatch(expected:reason:)`` when the result has another shape.
    @available(*, noasync)
    @_disfavoredOverload
    public func dynamicallyCall<T: ConvertibleFromKalturaValue>(withKeywordArguments arguments: KeyValuePairs<String, KalturaValue?>) throws -> T {
        try T(kalturaValue: perform(proxy.makeCall(KalturaArgumentConverter.convert(arguments))))
    }

    /// The call sent through the async client's ``KalturaClient/call(_:)``, waited for.
    @available(*, noasync)
    private func perform(_ call: KalturaCall) throws -> KalturaValue {
        let client = proxy.client
        return try KalturaBlockingWait.run { try await client.call(call) }
    }
}
