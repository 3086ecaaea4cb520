/// What `batch.media` and `batch.metadata.metadataProfile` return inside a multirequest: a path of
/// names that records a call when invoked, such as `batch.media.get(entryId: "0_abc")`.
///
/// Paths and arguments are the same as with ``KalturaServiceProxy``. A ``KalturaResultReference``
/// is an argument like any ``KalturaValueConvertible`` value; inside a literal, write it as
/// `KalturaValue(reference)`.
@dynamicMemberLookup
@dynamicCallable
public struct KalturaMultiRequestProxy: Sendable {
    let multirequest: KalturaMultiRequest
    let path: KalturaCallPath

    /// The next name of the path: an action of a service, or a service of a plugin.
    public subscript(dynamicMember name: String) -> KalturaMultiRequestProxy {
        KalturaMultiRequestProxy(multirequest: multirequest, path: path.appending(name))
    }

    /// Records the call the path names; nothing is sent until the multirequest is performed.
    ///
    /// - Returns: A reference to the call's future result, to use in later calls of the same multirequest.
    @discardableResult
    public func dynamicallyCall(withKeywordArguments arguments: KeyValuePairs<String, (any KalturaArgumentConvertible)?>)
        -> KalturaResultReference
    {
        record(KalturaArgumentConverter.convert(arguments))
    }

    /// Records the call the path names, with literal arguments such as a dictionary literal.
    ///
    /// - Returns: A reference to the call's future result, to use in later calls of the same multirequest.
    @_disfavoredOverload
    @discardableResult
    public func dynamicallyCall(withKeywordArguments arguments: KeyValuePairs<String, KalturaValue?>) -> KalturaResultReference {
        record(KalturaArgumentConverter.convert(arguments))
    }

    private func record(_ arguments: [(label: String, argument: KalturaArgument)]) -> KalturaResultReference {
        do {
            let (call, issues) = try path.makeCall(arguments)
            return multirequest.record(KalturaMultiRequest.Item(call: call, issues: issues))
        } catch {
            return multirequest.record(KalturaMultiRequest.Item(pathError: error))
        }
    }
}
