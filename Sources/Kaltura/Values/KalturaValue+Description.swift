extension KalturaValue: CustomStringConvertible {
    /// The value as compact JSON, with `objectType` after an object's fields and explicit
    /// nulls as `null`; for logs and debugging, so members that hold credentials (`ks`,
    /// `password`, `adminSecret`, …) and KS-shaped text are redacted. ``stringValue`` and
    /// ``KalturaJSON/encode(_:options:)`` give the value unchanged.
    ///
    /// ``KalturaObject`` has no such description on purpose: `description` is a common
    /// Kaltura field, which `object.description` must keep reaching.
    public var description: String {
        String(decoding: KalturaJSON.encode(KalturaRedaction.redacting(self)), as: UTF8.self)
    }
}
