extension KalturaRequestConfiguration: CustomReflectable {
    /// What `dump`, `print` and the debugger show: the settings with the KS and any credential among
    /// the additional parameters redacted.
    public var customMirror: Mirror {
        Mirror(self, children: [
            "ks": ks.map { _ in KalturaRedaction.placeholder } as Any,
            "partnerId": partnerId as Any,
            "language": language as Any,
            "responseProfile": responseProfile.map(KalturaRedaction.redacting) as Any,
            "additionalParameters": KalturaRedaction.redacting(additionalParameters),
            "retryPolicy": retryPolicy as Any,
            "timeout": timeout as Any,
        ], displayStyle: .struct)
    }
}
