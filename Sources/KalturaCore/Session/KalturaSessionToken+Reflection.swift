extension KalturaSessionToken: CustomReflectable {
    /// What `dump`, `print` and the debugger show: the version and the partner only. The token's
    /// bytes are the KS itself, a credential, and are never shown.
    public var customMirror: Mirror {
        Mirror(self, children: ["version": version, "partnerId": partnerId, "content": KalturaRedaction.placeholder],
               displayStyle: .struct)
    }
}
