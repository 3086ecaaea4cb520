/// A KS decoded from its string form but not yet verified.
///
/// Decoding needs no secret. It tells the ``version`` and the ``partnerId``, which is what a
/// server needs to look up the partner's secrets; ``open(withSecrets:)`` then verifies the
/// signature and yields the ``KalturaSession``.
///
/// ```swift
/// let token = try KalturaSessionToken.decode(ks)
/// let session = try token.open(withSecrets: secrets(for: token.partnerId))
/// try session.validate()
/// ```
public struct KalturaSessionToken: Sendable, Hashable {
    /// The partner named in the KS. It is not authenticated until the token is opened.
    public let partnerId: Int

    private let content: Content

    private enum Content: Sendable, Hashable {
        /// A V1 token: the hex signature, the signed bytes, and the fields parsed from them.
        case v1(signature: [UInt8], signedInfo: [UInt8], session: KalturaSession)
        /// A V2 token: the AES-CBC ciphertext that follows `v2|<partnerId>|`.
        case v2(ciphertext: [UInt8])
    }

    private init(partnerId: Int, content: Content) {
        self.partnerId = partnerId
        self.content = content
    }

    /// The wire format of the KS.
    public var version: KalturaSessionVersion {
        switch content {
        case .v1: .v1
        case .v2: .v2
        }
    }

    /// For a V1 KS, its fields as they appear in clear text, without any signature check;
    /// `nil` for V2, whose fields are encrypted.
    ///
    /// Do not trust these values for access decisions; use ``open(withSecrets:)``.
    public var unverifiedSession: KalturaSession? {
        if case .v1(_, _, let session) = content { session } else { nil }
    }

    /// Decodes a KS without verifying it.
    ///
    /// The string is base64 in the standard or URL-safe alphabet (the server maps `-` and `_`
    /// back before decoding); missing `=` padding is tolerated, other characters are not. A
    /// decoded value starting with `v2|` is a V2 token (`v2|<partnerId>|<ciphertext>`);
    /// anything else must be a V1 token (`<sha1 hex>|<3 to 9 ';'-separated fields>`).
    ///
    /// - Parameter ks: The KS string.
    /// - Returns: The decoded token.
    /// - Throws: ``KalturaSessionError/invalidString(_:)`` when the string is not a KS.
    public static func decode(_ ks: String) throws(KalturaSessionError) -> KalturaSessionToken {
        guard !ks.isEmpty else { throw .invalidString(.empty) }
        guard let bytes = KalturaSessionBase64.decode(ks), !bytes.isEmpty else {
            throw .invalidString(.notBase64)
        }
        if bytes.starts(with: v2Prefix) {
            return try decodeV2(bytes.dropFirst(v2Prefix.count))
        }
        return try decodeV1(bytes[...])
    }

    /// Verifies the KS against the partner's secrets and returns its contents.
    ///
    /// A V1 KS is accepted when the lowercase hex SHA-1 of a secret followed by the signed
    /// fields equals its signature. A V2 KS is accepted when, for some secret, the ciphertext
    /// decrypted with AES-128-CBC (key: the first 16 bytes of the SHA-1 of the secret, zero IV)
    /// and stripped of trailing zero bytes starts with the SHA-1 of the rest. The 16 random
    /// bytes that follow are dropped and the rest is parsed as url-encoded fields: `_e`
    /// (expiry), `_t` (type), `_u` (user), `_m` (master partner), `_d` (additional data);
    /// every other field is a privilege.
    ///
    /// The expiry is not checked; see ``KalturaSession/validate(at:)``.
    ///
    /// - Parameter secrets: The partner's admin secrets, tried in order (the server supports
    ///   several to allow rotation).
    /// - Returns: The verified session.
    /// - Throws: ``KalturaSessionError/invalidPartner(partnerId:)`` when `secrets` is empty,
    ///   ``KalturaSessionError/invalidSignature(partnerId:)`` when no secret matches, and
    ///   ``KalturaSessionError/invalidString(_:)`` when a verified V2 payload is malformed.
    public func open(withSecrets secrets: [String]) throws(KalturaSessionError) -> KalturaSession {
        guard !secrets.isEmpty else { throw .invalidPartner(partnerId: partnerId) }
        switch content {
        case .v1(let signature, let signedInfo, let session):
            for secret in secrets {
                let expected = KalturaSessionCipher.sha1Hex(Array(secret.utf8) + signedInfo)
                if KalturaSessionCipher.constantTimeEquals(expected, signature) {
                    return session
                }
            }
        case .v2(let ciphertext):
            for secret in secrets {
                if let payload = Self.verifiedPayload(ciphertext, secret: secret) {
                    return try Self.parseV2Payload(payload, partnerId: partnerId)
                }
            }
        }
        throw .invalidSignature(partnerId: partnerId)
    }

    /// Verifies the KS against a single secret; see ``open(withSecrets:)``.
    public func open(withSecret secret: String) throws(KalturaSessionError) -> KalturaSession {
        try open(withSecrets: [secret])
    }

    // MARK: - V1

    private static func decodeV1(_ bytes: ArraySlice<UInt8>) throws(KalturaSessionError) -> KalturaSessionToken {
        guard let bar = bytes.firstIndex(of: UInt8(ascii: "|")) else {
            throw .invalidString(.missingSeparator)
        }
        let signature = Array(bytes[..<bar])
        guard signature.count == 40, signature.allSatisfy(isLowercaseHexDigit) else {
            throw .invalidString(.malformedSignature)
        }
        let signedInfo = Array(bytes[bytes.index(after: bar)...])
        let fields = signedInfo
            .split(separator: UInt8(ascii: ";"), omittingEmptySubsequences: false)
            .map { String(decoding: $0, as: UTF8.self) }
        guard (3...9).contains(fields.count) else { throw .invalidString(.wrongFieldCount) }

        func field(_ index: Int) -> String? {
            index < fields.count ? fields[index] : nil
        }
        func nonEmptyField(_ index: Int) -> String? {
            field(index).flatMap { $0.isEmpty ? nil : $0 }
        }

        guard let partnerId = parseInteger(fields[0]) else { throw .invalidString(.invalidPartnerId) }
        guard let expiry = parseInteger(fields[2]) else { throw .invalidString(.invalidField("valid_until")) }
        var rawType = KalturaSessionType.user.rawValue
        if let typeField = field(3) {
            guard let value = parseInteger(typeField) else { throw .invalidString(.invalidField("type")) }
            rawType = value
        }
        var masterPartnerId: Int?
        if let masterField = nonEmptyField(7) {
            guard let value = parseInteger(masterField) else {
                throw .invalidString(.invalidField("master_partner_id"))
            }
            masterPartnerId = value
        }
        let rawPrivileges = field(6) ?? ""
        let session = KalturaSession(
            version: .v1,
            partnerId: partnerId,
            userId: field(5) ?? "",
            rawType: rawType,
            expiry: expiry,
            orderedPrivileges: KalturaSessionPrivilege.parseList(rawPrivileges),
            rawPrivileges: rawPrivileges,
            random: field(4),
            partnerPattern: fields[1],
            masterPartnerId: masterPartnerId,
            additionalData: nonEmptyField(8)
        )
        return KalturaSessionToken(
            partnerId: partnerId,
            content: .v1(signature: signature, signedInfo: signedInfo, session: session)
        )
    }

    // MARK: - V2

    private static let v2Prefix: [UInt8] = Array("v2|".utf8)
    private static let hashLength = 20
    private static let randomLength = 16

    private static func decodeV2(_ bytes: ArraySlice<UInt8>) throws(KalturaSessionError) -> KalturaSessionToken {
        guard let bar = bytes.firstIndex(of: UInt8(ascii: "|")) else {
            throw .invalidString(.missingSeparator)
        }
        guard let partnerId = parseInteger(String(decoding: bytes[..<bar], as: UTF8.self)) else {
            throw .invalidString(.invalidPartnerId)
        }
        let ciphertext = Array(bytes[bytes.index(after: bar)...])
        guard !ciphertext.isEmpty, ciphertext.count % KalturaSessionCipher.blockSize == 0 else {
            throw .invalidString(.invalidCiphertextLength)
        }
        return KalturaSessionToken(partnerId: partnerId, content: .v2(ciphertext: ciphertext))
    }

    /// Decrypts with `secret` and returns the bytes after the SHA-1 prefix if it matches.
    private static func verifiedPayload(_ ciphertext: [UInt8], secret: String) -> ArraySlice<UInt8>? {
        let key = KalturaSessionCipher.key(forSecret: secret)
        guard var plaintext = KalturaSessionCipher.decrypt(ciphertext, key: key) else { return nil }
        while plaintext.last == 0 { plaintext.removeLast() }
        guard plaintext.count >= hashLength else { return nil }
        let payload = plaintext[hashLength...]
        guard KalturaSessionCipher.constantTimeEquals(plaintext[..<hashLength], KalturaSessionCipher.sha1(payload)) else {
            return nil
        }
        return payload
    }

    private static func parseV2Payload(_ payload: ArraySlice<UInt8>, partnerId: Int) throws(KalturaSessionError) -> KalturaSession {
        guard payload.count >= randomLength else { throw .invalidString(.truncatedPayload) }
        let randomBytes = Array(payload.prefix(randomLength))
        var fields = KalturaSessionFormEncoding.decode(payload.dropFirst(randomLength))

        guard let expiryField = fields[ReservedField.expiry] else {
            throw .invalidString(.missingField(ReservedField.expiry))
        }
        guard let expiry = parseInteger(expiryField) else {
            throw .invalidString(.invalidField(ReservedField.expiry))
        }
        guard let typeField = fields[ReservedField.type] else {
            throw .invalidString(.missingField(ReservedField.type))
        }
        guard let rawType = parseInteger(typeField) else {
            throw .invalidString(.invalidField(ReservedField.type))
        }
        var masterPartnerId: Int?
        if let masterField = fields[ReservedField.masterPartner], !masterField.isEmpty {
            guard let value = parseInteger(masterField) else {
                throw .invalidString(.invalidField(ReservedField.masterPartner))
            }
            masterPartnerId = value
        }
        let userId = fields[ReservedField.user] ?? ""
        let additionalData = fields[ReservedField.additionalData].flatMap { $0.isEmpty ? nil : $0 }
        for name in ReservedField.all {
            fields[name] = nil
        }
        return KalturaSession(
            version: .v2,
            partnerId: partnerId,
            userId: userId,
            rawType: rawType,
            expiry: expiry,
            orderedPrivileges: fields.pairs.map { KalturaSessionPrivilege(name: $0.name, value: $0.value) },
            randomBytes: randomBytes,
            masterPartnerId: masterPartnerId,
            additionalData: additionalData
        )
    }

    /// The field names a V2 payload reserves for session data; all other names are privileges.
    enum ReservedField {
        static let expiry = "_e"
        static let type = "_t"
        static let user = "_u"
        static let masterPartner = "_m"
        static let additionalData = "_d"
        static let all = [expiry, type, user, masterPartner, additionalData]
    }

    // MARK: - Helpers

    private static func isLowercaseHexDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte)
    }

    /// Parses an optional `-` followed by ASCII digits; rejects `+`, spaces and empty strings.
    private static func parseInteger(_ text: String) -> Int? {
        let digits = text.hasPrefix("-") ? text.utf8.dropFirst() : text.utf8[...]
        guard !digits.isEmpty, digits.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) else {
            return nil
        }
        return Int(text)
    }
}
