extension KalturaServiceProxy {
    /// The list action of this path as a walk over every object it matches:
    /// `client.media.list.all(filter: …)` is ``KalturaClient/objects(of:pageSize:progress:)`` for
    /// `media.list`. Arguments are those of the action; a pager sets only the page size.
    public var all: KalturaPagingProxy { KalturaPagingProxy(proxy: self) }
}

/// `client.media.list.all(…)`: builds the list call from the arguments and returns its
/// ``KalturaObjectSequence``.
@dynamicCallable
public struct KalturaPagingProxy: Sendable {
    let proxy: KalturaServiceProxy

    /// The walk over every object the call with `arguments` matches.
    public func dynamicallyCall(withKeywordArguments arguments: KeyValuePairs<String, (any KalturaArgumentConvertible)?>)
        throws -> KalturaObjectSequence
    {
        try proxy.client.objects(of: proxy.makeCall(KalturaArgumentConverter.convert(arguments)))
    }

    /// The walk over every object the call with `arguments` (literals) matches.
    @_disfavoredOverload
    public func dynamicallyCall(withKeywordArguments arguments: KeyValuePairs<String, KalturaValue?>) throws -> KalturaObjectSequence {
        try proxy.client.objects(of: proxy.makeCall(KalturaArgumentConverter.convert(arguments)))
    }
}
