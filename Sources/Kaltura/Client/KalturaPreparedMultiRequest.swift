import KalturaSchema
import OrderedCollections

/// The calls of a multirequest resolved against the schema, checked and encoded into one request:
/// what ``KalturaCallEngine/prepareMultiRequest(_:requestConfiguration:)`` makes of them.
struct KalturaPreparedMultiRequest: Sendable {
    /// How a multirequest is named in messages and logs.
    static let callName = "multirequest"

    /// One call of the multirequest.
    struct Item: Sendable {
        /// The call as written, for results and messages.
        var displayName: String
        /// The action's own parameters after binding and normalization, in wire order.
        var parameters: OrderedDictionary<String, KalturaValue>
        /// The declared result type, when the schema knows the action.
        var resultType: TypeReference?
    }

    /// The calls, in order.
    var items: [Item]
    /// The calls as sent, keyed `"1"`…`"n"`, for the trace log.
    var wireItems: OrderedDictionary<String, KalturaValue>
    /// The HTTP request to send.
    var request: KalturaHTTPRequest
    /// The retry policy of the whole request: the configured one when every call in it may be
    /// repeated (or the policy opts every call in), else ``KalturaRetryPolicy/never``.
    var retryPolicy: KalturaRetryPolicy = .never
}
