extension KalturaValue: CustomStringConvertible {
    /// The value as compact JSON, with `objectType` after an object's fields and explicit
    /// nulls as `null`; for logs and debugging.
    ///
    /// ``KalturaObject`` has no such description on purpose: `description` is a common
    /// Kaltura field, which `object.description` must keep reaching.
    public var description: String {
        String(decoding: KalturaJSON.encode(self), as: UTF8.self)
    }
}
