extension KalturaValue: CustomDebugStringConvertible {
    /// The value as compact JSON, with `objectType` after an object's fields and explicit
    /// nulls as `null`; for logs and debugging, so members that hold credentials (`ks`,
    /// `password`, `adminSecret`, …) and KS-shaped text are redacted. ``stringValue`` and
    /// ``KalturaJSON/encode(_:options:)`` give the value unchanged.
    ///
    /// `print(value)` and `"\(value)"` show this text. `KalturaValue` is deliberately not
    /// `CustomStringConvertible`: `description` is a field of about thirty Kaltura classes, which
    /// `entry.description` must reach.
    public var debugDescription: String {
        String(decoding: KalturaJSON.encode(KalturaRedaction.redacting(self)), as: UTF8.self)
    }
}

extension KalturaObject: CustomDebugStringConvertible {
    /// The object as compact JSON, redacted like ``KalturaValue/debugDescription``.
    ///
    /// `print(object)` and `"\(object)"` show this text; `object.description` is the Kaltura field.
    public var debugDescription: String {
        KalturaValue.object(self).debugDescription
    }
}
