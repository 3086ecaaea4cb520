extension KalturaEnvironment: CustomReflectable, CustomDebugStringConvertible {
    public var customMirror: Mirror {
        Mirror(self, children: [
            "serviceURL": serviceURL as Any, "partnerId": partnerId as Any,
            "ks": ks.map { _ in KalturaRedaction.placeholder } as Any,
            "adminSecret": adminSecret.map { _ in KalturaRedaction.placeholder } as Any,
        ], displayStyle: .struct)
    }

    /// The settings with the KS and the secret redacted.
    public var debugDescription: String {
        var parts: [String] = []
        if let serviceURL { parts.append("serviceURL: \(serviceURL.absoluteString)") }
        if let partnerId { parts.append("partnerId: \(partnerId)") }
        if ks != nil { parts.append("ks: \(KalturaRedaction.placeholder)") }
        if adminSecret != nil { parts.append("adminSecret: \(KalturaRedaction.placeholder)") }
        return "KalturaEnvironment(\(parts.joined(separator: ", ")))"
    }
}
