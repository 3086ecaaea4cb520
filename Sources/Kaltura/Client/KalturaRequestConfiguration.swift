import OrderedCollections

/// The settings sent with every call (the schema's `KalturaRequestConfiguration`): the session,
/// the partner to act for, the language and the response profile; and two that stay on the client:
/// the retry policy and the timeout of these calls.
///
/// Set them on the client (``KalturaClient/ks``, ``KalturaClient/requestConfiguration``), or for
/// some calls only with ``KalturaClient/overriding(_:)``. An action parameter of the same name
/// (`session.start(partnerId:)`) takes precedence for that call.
public struct KalturaRequestConfiguration: Sendable, Hashable {
    /// The session (KS).
    public var ks: String?
    /// The partner id: needed without a KS (e.g. for `session.start`), and for impersonation.
    public var partnerId: Int?
    /// The language of multilingual fields (e.g. `en`, or `multi` for all).
    public var language: String?
    /// A response profile choosing which fields and related objects come back, such as
    /// `["objectType": "KalturaDetachedResponseProfile", "type": 1, "fields": "id,name"]`.
    ///
    /// Unlike the official clients, the client does not clear it after each call; use
    /// ``KalturaClient/overriding(_:)`` to apply one to some calls only.
    public var responseProfile: KalturaValue?
    /// Any other top-level parameters to send with every call, by wire name.
    public var additionalParameters: OrderedDictionary<String, KalturaValue>
    /// The retry policy of these calls instead of the client's ``KalturaClient/Configuration/HTTP/retryPolicy``;
    /// not sent. `.always()` opts writing calls in, `.never` turns retries off.
    public var retryPolicy: KalturaRetryPolicy?
    /// Seconds each exchange of these calls may take as a whole, instead of the client's
    /// ``KalturaClient/Configuration/HTTP/timeout`` (or its upload timeout); not sent.
    public var timeout: Double?

    /// Creates a request configuration.
    public init(ks: String? = nil, partnerId: Int? = nil, language: String? = nil,
                responseProfile: KalturaValue? = nil, additionalParameters: OrderedDictionary<String, KalturaValue> = [:],
                retryPolicy: KalturaRetryPolicy? = nil, timeout: Double? = nil) {
        self.retryPolicy = retryPolicy
        self.timeout = timeout
        self.ks = ks
        self.partnerId = partnerId
        self.language = language
        self.responseProfile = responseProfile
        self.additionalParameters = additionalParameters
    }

    /// The settings as top-level parameters, in wire order: `partnerId`, `ks`, `language`,
    /// `responseProfile`, then the additional ones.
    var parameters: OrderedDictionary<String, KalturaValue> {
        var parameters = OrderedDictionary<String, KalturaValue>()
        if let partnerId { parameters["partnerId"] = .int(partnerId) }
        if let ks { parameters["ks"] = .string(ks) }
        if let language { parameters["language"] = .string(language) }
        if let responseProfile { parameters["responseProfile"] = responseProfile }
        for (name, value) in additionalParameters { parameters[name] = value }
        return parameters
    }
}
