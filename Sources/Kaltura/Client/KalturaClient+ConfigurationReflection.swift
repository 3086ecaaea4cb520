extension KalturaClient.Configuration: CustomReflectable {
    /// What `dump` and the debugger show: every setting, with header values that carry credentials
    /// (`Authorization`, cookies, anything named like a secret) redacted and a schema given by value
    /// summarised rather than printed whole.
    public var customMirror: Mirror {
        Mirror(self, children: [
            "partnerId": partnerId as Any,
            "serviceURL": serviceURL.absoluteString,
            "clientTag": clientTag,
            "schemaSource": schemaSourceSummary,
            "validatesRequests": validatesRequests,
            "subset": subset,
            "wire": wire,
            "http": http,
        ], displayStyle: .struct)
    }

    private var schemaSourceSummary: String {
        switch schemaSource {
        case .server(let cache, let maxAge):
            return cache == nil ? "server (not cached)" : "server (cached, trusted for \(Int(maxAge)) s)"
        case .file(let url):
            return "file \(url.path)"
        case .schema(let schema):
            return "given: \(KalturaClient.summary(of: schema))"
        case .demo:
            return "bundled demo schema"
        }
    }
}

extension KalturaClient.Configuration.HTTP: CustomReflectable {
    /// The timeout, the transport's type and the header names; values of credential headers are redacted.
    public var customMirror: Mirror {
        let shownHeaders = headers.sorted { $0.key < $1.key }.map { name, value in
            "\(name): \(Self.isCredential(header: name) ? KalturaRedaction.placeholder : KalturaRedaction.redactingSessionTokens(in: value))"
        }
        return Mirror(self, children: [
            "timeout": timeout,
            "headers": shownHeaders,
            "transport": transport.map { "\(type(of: $0))" } ?? "default (sockets for http, URLSession for https)",
        ], displayStyle: .struct)
    }

    /// Whether a header's value is a credential.
    static func isCredential(header name: String) -> Bool {
        let lowered = name.lowercased()
        return lowered.contains("authorization") || lowered.contains("cookie") || lowered.contains("token")
            || lowered.contains("api-key") || lowered.contains("apikey") || KalturaRedaction.isSensitive(name: name)
    }
}
