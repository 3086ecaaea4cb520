import KalturaSchema
import OrderedCollections

/// A call resolved against the schema, checked and encoded, ready to send: what
/// ``KalturaCallEngine/prepare(_:requestConfiguration:)`` makes of a ``KalturaCall``.
struct KalturaPreparedCall: Sendable {
    /// The call as written, for messages and logs.
    var displayName: String
    /// The action's own parameters after binding and normalization, in wire order.
    var parameters: OrderedDictionary<String, KalturaValue>
    /// The HTTP request to send: a `POST` with a JSON or multipart body, or for a serve action
    /// the `GET` of its signed URL.
    var request: KalturaHTTPRequest
    /// The declared result type, when the schema knows the action.
    var resultType: TypeReference?
    /// Whether the action serves a file: the call's result is then the request's URL, and
    /// nothing is sent.
    var servesFile: Bool
    /// The retry policy of this call: the configured one when the call may be repeated (or the
    /// policy opts every call in), else ``KalturaRetryPolicy/never``.
    var retryPolicy: KalturaRetryPolicy = .never
}
