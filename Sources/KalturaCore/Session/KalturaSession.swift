import Foundation

/// The contents of a Kaltura session (KS).
///
/// Values come from ``KalturaSessionToken/open(withSecrets:)``, which verifies the signature,
/// or, for a V1 token only, from the unverified ``KalturaSessionToken/unverifiedSession``.
/// Opening does not check the expiry; call ``validate(at:)`` or ``isExpired(at:)`` for that.
public struct KalturaSession: Sendable, Hashable {
    /// The wire format the KS was encoded in.
    public var version: KalturaSessionVersion
    /// The partner the KS belongs to.
    public var partnerId: Int
    /// The user id; empty for an anonymous session.
    public var userId: String
    /// The session type exactly as encoded (`type` in V1, `_t` in V2), even when it is not a
    /// known ``KalturaSessionType``.
    public var rawType: Int
    /// The time until which the KS is valid, in Unix seconds (`valid_until` in V1, `_e` in V2).
    public var expiry: Int
    /// The privileges in the order they appear in the KS.
    ///
    /// `*` is reported as `all:*`, the form the official clients put into V2 tokens.
    public var orderedPrivileges: [KalturaSessionPrivilege]
    /// The privileges string: the V1 field as encoded, or for V2 the fields rebuilt as
    /// `name:value` (or `name` when the value is empty) joined by commas.
    public var rawPrivileges: String
    /// The V1 `rand` field as encoded (an integer from the clients, a fractional time from the
    /// server); `nil` for V2 or when absent.
    public var random: String?
    /// The 16 random bytes that prefix a V2 payload; `nil` for V1.
    public var randomBytes: [UInt8]?
    /// The V1 `partner_pattern` field (normally the partner id again); `nil` for V2 or when absent.
    public var partnerPattern: String?
    /// The master partner id (`master_partner_id` in V1, `_m` in V2); `nil` when absent or empty.
    public var masterPartnerId: Int?
    /// Server-defined additional data (`additional_data` in V1, `_d` in V2); `nil` when absent or empty.
    public var additionalData: String?

    /// Creates a session value.
    ///
    /// `rawPrivileges` defaults to `orderedPrivileges` joined in the V2 style.
    public init(
        version: KalturaSessionVersion,
        partnerId: Int,
        userId: String = "",
        rawType: Int,
        expiry: Int,
        orderedPrivileges: [KalturaSessionPrivilege] = [],
        rawPrivileges: String? = nil,
        random: String? = nil,
        randomBytes: [UInt8]? = nil,
        partnerPattern: String? = nil,
        masterPartnerId: Int? = nil,
        additionalData: String? = nil
    ) {
        self.version = version
        self.partnerId = partnerId
        self.userId = userId
        self.rawType = rawType
        self.expiry = expiry
        self.orderedPrivileges = orderedPrivileges
        self.rawPrivileges = rawPrivileges ?? orderedPrivileges.map(\.formatted).joined(separator: ",")
        self.random = random
        self.randomBytes = randomBytes
        self.partnerPattern = partnerPattern
        self.masterPartnerId = masterPartnerId
        self.additionalData = additionalData
    }

    /// The session type, or `nil` when ``rawType`` is not a known type.
    public var type: KalturaSessionType? {
        KalturaSessionType(rawValue: rawType)
    }

    /// The privileges by name. A privilege without a value maps to an empty string.
    public var privileges: [String: String] {
        Dictionary(orderedPrivileges.map { ($0.name, $0.value) }, uniquingKeysWith: { _, last in last })
    }

    /// Whether the KS has expired at `now`: like the server, a KS is expired once
    /// ``expiry`` `<= now`.
    /// - Parameter now: The time to check against, in Unix seconds.
    public func isExpired(at now: Int) -> Bool {
        expiry <= now
    }

    /// Checks that the KS has not expired.
    /// - Parameter now: The time to check against, in Unix seconds; defaults to the current time.
    /// - Throws: ``KalturaSessionError/expired(partnerId:expiry:)`` when ``expiry`` `<= now`.
    public func validate(at now: Int = Int(Date().timeIntervalSince1970)) throws(KalturaSessionError) {
        if isExpired(at: now) {
            throw .expired(partnerId: partnerId, expiry: expiry)
        }
    }

    /// Decodes `ks`, verifies it against `secrets` and returns its contents.
    ///
    /// This is ``KalturaSessionToken/decode(_:)`` followed by
    /// ``KalturaSessionToken/open(withSecrets:)``. The expiry is not checked.
    /// - Parameters:
    ///   - ks: A V1 or V2 KS.
    ///   - secrets: The partner's admin secrets; any of them may have signed the KS.
    /// - Throws: ``KalturaSessionError`` when the KS is malformed, no secret is given, or no
    ///   secret matches.
    public static func open(_ ks: String, secrets: [String]) throws(KalturaSessionError) -> KalturaSession {
        try KalturaSessionToken.decode(ks).open(withSecrets: secrets)
    }
}
