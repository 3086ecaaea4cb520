import Foundation

/// Creates KS strings locally from a partner's admin secret, byte for byte like the official
/// Python client (`KalturaClient.generateSession` and `generateSessionV2`).
///
/// Prefer V2: V1 tokens carry their fields in clear text.
public enum KalturaSessionGenerator {
    /// The current time in Unix seconds.
    public static func currentTime() -> Int {
        Int(Date().timeIntervalSince1970)
    }

    /// Creates a V1 KS, like Python's `generateSession`.
    ///
    /// The signed text is `partnerId;partnerId;now+expiry;type;random;userId;privileges`; the KS
    /// is the standard base64 of the lowercase hex SHA-1 of the secret followed by that text,
    /// then `|`, then the text.
    ///
    /// - Parameters:
    ///   - adminSecret: The partner's admin secret.
    ///   - userId: The user the session is for; may be empty.
    ///   - type: The session type.
    ///   - partnerId: The partner id.
    ///   - expiry: The lifetime in seconds, added to `now`.
    ///   - privileges: The comma-separated privileges, stored verbatim.
    ///   - now: The creation time in Unix seconds.
    ///   - random: The `rand` field; the Python client draws it from `0...0x10000`.
    /// - Returns: The KS.
    public static func generateV1(
        adminSecret: String,
        userId: String,
        type: KalturaSessionType,
        partnerId: Int,
        expiry: Int = 86_400,
        privileges: String = "",
        now: Int = currentTime(),
        random: Int = Int.random(in: 0...0x10000)
    ) -> String {
        let info = Array(
            ["\(partnerId)", "\(partnerId)", "\(expiryTime(now: now, lifetime: expiry))", "\(type.rawValue)", "\(random)", userId, privileges]
                .joined(separator: ";").utf8
        )
        let signature = KalturaSessionCipher.sha1Hex(Array(adminSecret.utf8) + info)
        return KalturaSessionBase64.encode(signature + [UInt8(ascii: "|")] + info, urlSafe: false)
    }

    /// Creates a V2 KS, like Python's `generateSessionV2` (and the PHP client and server).
    ///
    /// The privileges are parsed with ``KalturaSessionPrivilege/parseList(_:)`` into fields,
    /// followed by `_e` (`now + expiry`), `_t` (type) and `_u` (user). The url-encoded fields are
    /// prefixed with the random bytes and then with the raw SHA-1 of both, zero padded to a whole
    /// number of blocks, and encrypted with AES-128-CBC (key: the first 16 bytes of the SHA-1 of
    /// the secret, zero IV). The KS is the URL-safe base64, with `=` padding, of
    /// `v2|<partnerId>|` followed by the ciphertext.
    ///
    /// - Parameters:
    ///   - adminSecret: The partner's admin secret.
    ///   - userId: The user the session is for; may be empty.
    ///   - type: The session type.
    ///   - partnerId: The partner id.
    ///   - expiry: The lifetime in seconds, added to `now`.
    ///   - privileges: The comma-separated privileges, for example `sview:0_abc,disableentitlement`.
    ///   - now: The creation time in Unix seconds.
    ///   - randomBytes: Exactly 16 bytes to use as the random prefix, or `nil` to draw them from
    ///     the system's secure random number generator.
    /// - Returns: The KS.
    /// - Precondition: `randomBytes`, when given, has 16 elements.
    public static func generateV2(
        adminSecret: String,
        userId: String,
        type: KalturaSessionType,
        partnerId: Int,
        expiry: Int = 86_400,
        privileges: String = "",
        now: Int = currentTime(),
        randomBytes: [UInt8]? = nil
    ) -> String {
        let fields = v2Fields(userId: userId, type: type, privileges: privileges, expiry: expiryTime(now: now, lifetime: expiry))
        let plaintext = v2Plaintext(fields: fields, randomBytes: randomBytes ?? secureRandomBytes(count: 16))
        let ciphertext = KalturaSessionCipher.encrypt(plaintext, key: KalturaSessionCipher.key(forSecret: adminSecret))
        return v2Token(partnerId: partnerId, ciphertext: ciphertext)
    }

    // MARK: - V2 steps (internal so tests can check each one)

    /// The ordered fields of a V2 payload: the privileges, then `_e`, `_t` and `_u`.
    static func v2Fields(userId: String, type: KalturaSessionType, privileges: String, expiry: Int) -> KalturaSessionFields {
        var fields = KalturaSessionFields()
        for privilege in KalturaSessionPrivilege.parseList(privileges) {
            fields[privilege.name] = privilege.value
        }
        fields[KalturaSessionToken.ReservedField.expiry] = String(expiry)
        fields[KalturaSessionToken.ReservedField.type] = String(type.rawValue)
        fields[KalturaSessionToken.ReservedField.user] = userId
        return fields
    }

    /// The zero-padded plaintext: `sha1(random + fields) + random + fields`, padded with zero
    /// bytes to a multiple of 16.
    static func v2Plaintext(fields: KalturaSessionFields, randomBytes: [UInt8]) -> [UInt8] {
        precondition(randomBytes.count == 16, "a V2 KS needs exactly 16 random bytes")
        let body = randomBytes + Array(KalturaSessionFormEncoding.encode(fields).utf8)
        return KalturaSessionCipher.zeroPadded(KalturaSessionCipher.sha1(body) + body)
    }

    /// The URL-safe base64 of `v2|<partnerId>|` followed by the ciphertext.
    static func v2Token(partnerId: Int, ciphertext: [UInt8]) -> String {
        KalturaSessionBase64.encode(Array("v2|\(partnerId)|".utf8) + ciphertext, urlSafe: true)
    }

    /// `now + lifetime`, held at the ends of `Int` instead of trapping (`--expiry 9223372036854775807`).
    static func expiryTime(now: Int, lifetime: Int) -> Int {
        let (sum, overflow) = now.addingReportingOverflow(lifetime)
        guard overflow else { return sum }
        return lifetime > 0 ? .max : .min
    }

    private static func secureRandomBytes(count: Int) -> [UInt8] {
        var generator = SystemRandomNumberGenerator()
        return (0..<count).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
    }
}
