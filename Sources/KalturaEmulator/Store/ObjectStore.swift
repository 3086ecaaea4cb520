import Kaltura

/// The emulator's state: one ``PartnerSpace`` per partner, and the sessions ended with
/// `session.end`.
///
/// Every read-modify-write happens inside one ``withPartner(_:_:)`` call, so concurrent
/// requests never lose each other's updates.
actor ObjectStore {
    private var spaces: [Int: PartnerSpace] = [:]
    private var endedSessions: Set<String> = []
    private var identifiers = IdentifierGenerator()

    /// Runs `body` with exclusive access to the partner's objects.
    func withPartner<Result: Sendable>(
        _ partnerId: Int,
        _ body: @Sendable (inout PartnerSpace, inout IdentifierGenerator) throws(KalturaAPIError) -> Result
    ) throws(KalturaAPIError) -> Result {
        var space = spaces.removeValue(forKey: partnerId) ?? PartnerSpace(partnerId: partnerId)
        defer { spaces[partnerId] = space }
        return try body(&space, &identifiers)
    }

    /// Marks a KS as ended: later calls with it fail with `INVALID_KS` (`-6,LOGOUT`).
    func endSession(_ ks: String) {
        endedSessions.insert(ks)
    }

    /// Whether `session.end` was called for this KS.
    func isEnded(_ ks: String) -> Bool {
        endedSessions.contains(ks)
    }

    /// The number of objects stored for a partner, across collections.
    func objectCount(partnerId: Int) -> Int {
        spaces[partnerId]?.collections.values.reduce(0) { $0 + $1.objects.count } ?? 0
    }
}
