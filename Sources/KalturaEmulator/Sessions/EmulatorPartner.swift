/// A partner account the emulator serves: its id and its secrets.
public struct EmulatorPartner: Sendable, Hashable {
    /// The partner id.
    public var id: Int
    /// The admin secret: signs every KS and opens admin sessions in `session.start`.
    public var adminSecret: String
    /// The user secret: opens user sessions (type 0) in `session.start`.
    public var userSecret: String?

    /// Creates a partner.
    public init(id: Int, adminSecret: String, userSecret: String? = nil) {
        self.id = id
        self.adminSecret = adminSecret
        self.userSecret = userSecret
    }

    /// Reads `ID:ADMIN_SECRET[:USER_SECRET]`, the form of `kaltura serve --partner`.
    ///
    /// - Returns: `nil` when the id is not an integer or the admin secret is empty.
    public init?(argument: String) {
        let parts = argument.split(separator: ":", maxSplits: 2, omittingEmptySubsequences: false).map(String.init)
        guard parts.count >= 2, let id = Int(parts[0]), !parts[1].isEmpty else { return nil }
        self.init(id: id, adminSecret: parts[1], userSecret: parts.count > 2 && !parts[2].isEmpty ? parts[2] : nil)
    }

    /// A partner with a random admin secret and user secret (32 lowercase hex digits each).
    public static func random(id: Int) -> EmulatorPartner {
        EmulatorPartner(id: id, adminSecret: randomSecret(), userSecret: randomSecret())
    }

    private static func randomSecret() -> String {
        var generator = SystemRandomNumberGenerator()
        let digits = Array("0123456789abcdef")
        return String((0..<32).map { _ in digits[Int.random(in: 0..<16, using: &generator)] })
    }
}

extension EmulatorPartner: CustomStringConvertible {
    /// The partner id only: secrets are never part of a description, so logging a partner is safe.
    public var description: String { "partner \(id)" }
}
