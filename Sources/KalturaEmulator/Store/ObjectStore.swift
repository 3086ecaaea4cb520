import Foundation
import KalturaCore
import Logging

/// The emulator's state: one ``PartnerSpace`` per partner, the id counters, and the sessions
/// ended with `session.end`.
///
/// Every read-modify-write happens inside one ``withPartner(_:mutating:_:)`` call, so concurrent
/// requests never lose each other's updates. With a ``StateDatabase`` (`kaltura serve --data`)
/// each call that changed something writes exactly those changes in one transaction before it
/// returns, so a response is only sent for a write that is on disk.
actor ObjectStore {
    private var spaces: [Int: PartnerSpace] = [:]
    private var endedSessions: Set<String> = []
    private var identifiers = IdentifierGenerator()
    private let database: StateDatabase?
    private let errors: EmulatorErrors
    private let logger = Logger(label: "kaltura-emulator")

    /// An empty store that keeps nothing on disk.
    init(errors: EmulatorErrors) {
        database = nil
        self.errors = errors
    }

    /// A store holding what the state database in `directory` saved, writing every later change
    /// to it. Integer ids go on from the saved counters, or past the largest stored id if that is
    /// larger.
    ///
    /// - Throws: ``StatePersistenceError`` when the saved state cannot be read or the database
    ///   cannot be created.
    init(directory: URL, synchronization: StateSynchronization, errors: EmulatorErrors) throws(StatePersistenceError) {
        let database = try StateDatabase(directory: directory, synchronization: synchronization)
        let snapshot = try database.load()
        self.database = database
        self.errors = errors
        spaces = snapshot.spaces
        endedSessions = snapshot.endedSessions
        identifiers.restore(snapshot.counters)
        for space in snapshot.spaces.values {
            for (root, collection) in space.collections {
                for id in collection.objects.keys {
                    if let number = Int(id) { identifiers.noteInteger(number, for: root) }
                }
            }
        }
        identifiers.clearChangedRoots()
    }

    /// Runs `body` with exclusive access to the partner's objects, then saves what it changed.
    ///
    /// - Parameter mutating: Whether `body` may change the state (reads pass `false` and skip
    ///   the save).
    /// - Throws: What `body` throws, or `INTERNAL_SERVERL_ERROR` when the changes cannot be
    ///   saved (they stay pending and go with the next save).
    func withPartner<Result: Sendable>(
        _ partnerId: Int,
        mutating: Bool = true,
        _ body: @Sendable (inout PartnerSpace, inout IdentifierGenerator) throws(KalturaAPIError) -> Result
    ) throws(KalturaAPIError) -> Result {
        var space = spaces.removeValue(forKey: partnerId) ?? PartnerSpace(partnerId: partnerId)
        defer { spaces[partnerId] = space }
        let result: Result
        do throws(KalturaAPIError) {
            result = try body(&space, &identifiers)
        } catch {
            if mutating { try save(&space) }
            throw error
        }
        if mutating { try save(&space) }
        return result
    }

    /// Marks a KS as ended: later calls with it fail with `INVALID_KS` (`-6,LOGOUT`).
    ///
    /// - Throws: `INTERNAL_SERVERL_ERROR` when it cannot be saved; the KS then stays valid.
    func endSession(_ ks: String) throws(KalturaAPIError) {
        guard endedSessions.insert(ks).inserted, let database else { return }
        var changes = StateChanges()
        changes.endedSessions = [ks]
        do throws(KalturaAPIError) {
            try commit(changes, to: database)
        } catch {
            endedSessions.remove(ks)
            throw error
        }
    }

    /// Whether `session.end` was called for this KS.
    func isEnded(_ ks: String) -> Bool {
        endedSessions.contains(ks)
    }

    /// The number of objects stored for a partner, across collections.
    func objectCount(partnerId: Int) -> Int {
        spaces[partnerId]?.collections.values.reduce(0) { $0 + $1.objects.count } ?? 0
    }

    /// Writes the partner's pending changes and the moved id counters, then forgets them.
    private func save(_ space: inout PartnerSpace) throws(KalturaAPIError) {
        guard let database, space.hasPendingChanges || !identifiers.changedRoots.isEmpty else { return }
        var changes = StateChanges()
        for key in space.pendingObjects {
            changes.objects.append(.init(partnerId: space.partnerId, key: key, object: space.object(key.id, in: key.root)))
        }
        for id in space.pendingUploads {
            changes.uploads.append(.init(partnerId: space.partnerId, id: id, bytes: space.upload(id)))
        }
        for root in identifiers.changedRoots {
            if let last = identifiers.counters[root] { changes.counters.append((root, last)) }
        }
        try commit(changes, to: database)
        space.clearPendingChanges()
        identifiers.clearChangedRoots()
    }

    private func commit(_ changes: StateChanges, to database: StateDatabase) throws(KalturaAPIError) {
        do {
            try database.save(changes)
        } catch {
            logger.error("\(error)")
            throw errors.make("INTERNAL_SERVERL_ERROR")
        }
    }
}
