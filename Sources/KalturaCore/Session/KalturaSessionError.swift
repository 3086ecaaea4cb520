/// Why a KS could not be decoded, opened or accepted.
///
/// Each case maps to one of the server's KS error codes (``serverCode`` and
/// ``serverDescription``), which is what the server reports inside an `INVALID_KS` API error:
/// `Invalid KS "<ks>", Error "<serverCode>,<serverDescription>"`.
///
/// A signature that matches none of the partner's secrets has its own case,
/// ``invalidSignature(partnerId:)``, but it maps to `-1 INVALID_STR` as on the server, which
/// reports a failed V1 hash check and a V2 token that decrypts under no secret as `INVALID_STR`.
///
/// Descriptions never contain the KS or a secret, so they are safe to log. They may contain the
/// partner id and the expiry time.
public enum KalturaSessionError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The string is not a KS: not base64, or a structure that does not parse (`-1 INVALID_STR`).
    case invalidString(Malformation)
    /// No secret is known for the partner named in the KS (`-2 INVALID_PARTNER`).
    case invalidPartner(partnerId: Int)
    /// The KS is well formed but its signature matches none of the partner's secrets
    /// (`-1 INVALID_STR`, as reported by the server).
    case invalidSignature(partnerId: Int)
    /// The KS was valid until `expiry` (Unix seconds), which is not later than the check time
    /// (`-5 EXPIRED`).
    case expired(partnerId: Int, expiry: Int)

    /// The numeric KS error code the server uses for this failure.
    public var serverCode: Int {
        switch self {
        case .invalidString, .invalidSignature: -1
        case .invalidPartner: -2
        case .expired: -5
        }
    }

    /// The symbolic KS error name the server uses for this failure, such as `EXPIRED`.
    public var serverDescription: String {
        switch self {
        case .invalidString, .invalidSignature: "INVALID_STR"
        case .invalidPartner: "INVALID_PARTNER"
        case .expired: "EXPIRED"
        }
    }

    /// A human-readable explanation that is safe to log: it never includes the KS or a secret.
    public var description: String {
        let detail: String
        switch self {
        case .invalidString(let malformation):
            detail = "KS is malformed: \(malformation)"
        case .invalidPartner(let partnerId):
            detail = "no secret is available for partner \(partnerId)"
        case .invalidSignature(let partnerId):
            detail = "KS signature matches no secret of partner \(partnerId)"
        case .expired(let partnerId, let expiry):
            detail = "KS of partner \(partnerId) expired at \(expiry)"
        }
        return "\(detail) (\(serverCode),\(serverDescription))"
    }
}
