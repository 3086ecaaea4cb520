/// The wire format of a KS.
public enum KalturaSessionVersion: Int, Sendable, Hashable, CaseIterable {
    /// The legacy format: a SHA-1 signature followed by `;`-separated fields in clear text.
    case v1 = 1
    /// The current format: `v2|<partnerId>|` followed by AES-128-CBC encrypted, url-encoded fields.
    case v2 = 2
}
