extension KalturaBlockingServiceProxy {
    /// The list action of this path as a walk over every object it matches, without `await`:
    /// `client.media.list.all(filter: …)` on a blocking client.
    public var all: KalturaBlockingPagingProxy { KalturaBlockingPagingProxy(proxy: proxy) }
}

/// `client.media.list.all(…)` on a blocking client: the call's ``KalturaBlockingObjects``.
@dynamicCallable
public struct KalturaBlockingPagingProxy: Sendable {
    let proxy: KalturaServiceProxy

    /// The walk over every object the call with `arguments` matches.
    public func dynamicallyCall(withKeywordArguments arguments: KeyValuePairs<String, (any KalturaArgumentConvertible)?>)
        throws -> KalturaBlockingObjects
    {
        KalturaBlockingObjects(objects: try KalturaPagingProxy(proxy: proxy).dynamicallyCall(withKeywordArguments: arguments))
    }

    /// The walk over every object the call with `arguments` (literals) matches.
    @_disfavoredOverload
    public func dynamicallyCall(withKeywordArguments arguments: KeyValuePairs<String, KalturaValue?>) throws -> KalturaBlockingObjects {
        KalturaBlockingObjects(objects: try KalturaPagingProxy(proxy: proxy).dynamicallyCall(withKeywordArguments: arguments))
    }
}
