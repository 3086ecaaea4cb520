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
    /// Counts the calls that may have changed the state, so a saver can tell when to write.
    private(set) var revision = 0

    /// An empty store.
    init() {}

    /// A store holding a saved state; integer ids go on from the largest one stored.
    init(restoring snapshot: StoreSnapshot) {
        spaces = snapshot.spaces
        endedSessions = snapshot.endedSessions
        for space in snapshot.spaces.values {
            for (root, collection) in space.collections {
                for object in collection.objects.values {
                    if case .int(let id)? = object.fields["id"] { identifiers.noteInteger(id, for: root) }
                }
            }
        }
    }

    /// Runs `body` with exclusive access to the partner's objects.
    ///
    /// - Parameter mutating: Whether `body` may change the state (reads pass `false`).
    func withPartner<Result: Sendable>(
        _ partnerId: Int,
        mutating: Bool = true,
        _ body: @Sendable (inout PartnerSpace, inout IdentifierGenerator) throws(KalturaAPIError) -> Result
    ) throws(KalturaAPIError) -> Result {
        var space = spaces.removeValue(forKey: partnerId) ?? PartnerSpace(partnerId: partnerId)
        defer { spaces[partnerId] = space }
        if mutating { revision += 1 }
        return try body(&space, &identifiers)
    }

    /// Marks a KS as ended: later calls with it fail with `INVALID_KS` (`-6,LOGOUT`).
    func endSession(_ ks: String) {
        endedSessions.insert(ks)
        revision += 1
    }

    /// The whole state, for saving.
    func snapshot() -> StoreSnapshot {
        StoreSnapshot(spaces: spaces, endedSessions: endedSessions)
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
