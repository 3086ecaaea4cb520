import CSQLite
import Foundation
import KalturaCore

/// The emulator's state on disk (`kaltura serve --data DIR`): an SQLite database,
/// `DIR/state.sqlite`, in WAL mode.
///
/// Everything is read once at start (``load()``); afterwards each store call writes exactly
/// what it changed in one transaction (``save(_:)``) before the response is sent, so an
/// answered write survives the process being killed. Objects keep their insertion order in
/// a `position` column; an update keeps an object's position.
///
/// A folder with an old `state.json` and no database is imported once, in the same
/// transaction that creates the tables; the file is then renamed `state.json.imported`.
final class StateDatabase {
    /// The database's file name inside the data folder.
    static let fileName = "state.sqlite"
    /// `PRAGMA application_id` of a state database: `KEMU`.
    static let applicationId = 0x4B45_4D55
    /// `PRAGMA user_version`: the layout of the tables.
    static let formatVersion = 1

    /// The database file.
    let path: String
    private let database: SQLiteDatabase
    private let upsertObject: SQLiteStatement
    private let deleteObject: SQLiteStatement
    private let upsertUpload: SQLiteStatement
    private let deleteUpload: SQLiteStatement
    private let upsertCounter: SQLiteStatement
    private let insertEndedSession: SQLiteStatement
    /// The position the next new object gets.
    private var nextPosition = 0
    /// The state read at open: the imported `state.json`, or `nil` to read the tables.
    private var imported: StoreSnapshot?

    /// Opens (or creates) the database in `directory`.
    ///
    /// - Throws: ``StatePersistenceError/unreadableState(_:)`` when the file is damaged, not a
    ///   database, or not an emulator state; ``StatePersistenceError/unwritable(path:reason:)``
    ///   when the folder or file cannot be created.
    init(directory: URL, synchronization: StateSynchronization) throws(StatePersistenceError) {
        let path = directory.appendingPathComponent(Self.fileName).path
        self.path = path
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw .unwritable(path: directory.path, reason: error.localizedDescription)
        }
        Self.removeStaleTemporaryFiles(in: directory)
        let database: SQLiteDatabase
        do throws(SQLiteError) {
            database = try SQLiteDatabase(path: path, create: true)
            try database.execute("PRAGMA journal_mode=WAL")
            try database.execute("PRAGMA synchronous=\(synchronization == .full ? "FULL" : "NORMAL")")
            try database.execute("PRAGMA busy_timeout=5000")
            try Self.checkIntegrity(database)
        } catch {
            throw .unreadableState("\(path): \(error.message)")
        }
        let identity: (application: Int, version: Int, tables: Int)
        do throws(SQLiteError) {
            identity = try Self.identity(of: database)
        } catch {
            throw .unreadableState("\(path): \(error.message)")
        }
        let isFresh = identity.application == 0 && identity.tables == 0
        if !isFresh {
            guard identity.application == Self.applicationId else {
                throw .unreadableState("\(path) is not an emulator state database")
            }
            guard identity.version == Self.formatVersion else {
                throw .unreadableState("\(path) is not a version \(Self.formatVersion) emulator state")
            }
        }
        let legacyFile = directory.appendingPathComponent("state.json")
        var legacy: StoreSnapshot?
        if isFresh, FileManager.default.fileExists(atPath: legacyFile.path) {
            let data: Data
            do {
                data = try Data(contentsOf: legacyFile)
            } catch {
                throw .unreadableState("\(legacyFile.path): \(error.localizedDescription)")
            }
            legacy = try StoreSnapshot(decoding: Array(data))
        }
        do throws(SQLiteError) {
            if isFresh {
                try database.transaction { () throws(SQLiteError) in
                    try database.execute("""
                        CREATE TABLE objects(partner INTEGER NOT NULL, root TEXT NOT NULL, id TEXT NOT NULL,
                                             position INTEGER NOT NULL, body BLOB NOT NULL,
                                             PRIMARY KEY (partner, root, id)) WITHOUT ROWID;
                        CREATE TABLE uploads(partner INTEGER NOT NULL, id TEXT NOT NULL, bytes BLOB NOT NULL,
                                             PRIMARY KEY (partner, id)) WITHOUT ROWID;
                        CREATE TABLE counters(root TEXT PRIMARY KEY, last INTEGER NOT NULL) WITHOUT ROWID;
                        CREATE TABLE ended_sessions(ks TEXT PRIMARY KEY) WITHOUT ROWID;
                        PRAGMA application_id=\(Self.applicationId);
                        PRAGMA user_version=\(Self.formatVersion);
                        """)
                }
            }
            upsertObject = try database.prepare("""
                INSERT INTO objects(partner, root, id, position, body) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (partner, root, id) DO UPDATE SET body = excluded.body
                """)
            deleteObject = try database.prepare("DELETE FROM objects WHERE partner = ? AND root = ? AND id = ?")
            upsertUpload = try database.prepare("INSERT OR REPLACE INTO uploads(partner, id, bytes) VALUES (?, ?, ?)")
            deleteUpload = try database.prepare("DELETE FROM uploads WHERE partner = ? AND id = ?")
            upsertCounter = try database.prepare("INSERT OR REPLACE INTO counters(root, last) VALUES (?, ?)")
            insertEndedSession = try database.prepare("INSERT OR IGNORE INTO ended_sessions(ks) VALUES (?)")
        } catch {
            throw .unwritable(path: path, reason: error.message)
        }
        self.database = database
        if let legacy {
            try save(Self.changes(restoring: legacy))
            imported = legacy
            try? FileManager.default.moveItem(at: legacyFile, to: directory.appendingPathComponent("state.json.imported"))
        }
    }

    /// Everything saved: objects in insertion order, uploads, id counters, ended sessions.
    ///
    /// - Throws: ``StatePersistenceError/unreadableState(_:)`` when a row cannot be read back.
    func load() throws(StatePersistenceError) -> StoreSnapshot {
        if let imported {
            self.imported = nil  // read once; the tables hold it from now on
            return imported
        }
        var snapshot = StoreSnapshot(spaces: [:], endedSessions: [])
        do {
            let objects = try database.prepare("SELECT partner, root, id, position, body FROM objects ORDER BY position")
            while try objects.step() {
                let partnerId = objects.integer(at: 0)
                let root = objects.text(at: 1)
                let id = objects.text(at: 2)
                nextPosition = max(nextPosition, objects.integer(at: 3) + 1)
                guard case .object(let object)? = try? KalturaJSON.decode(objects.blob(at: 4)) else {
                    throw StatePersistenceError.unreadableState("\(path): object \(id) in \(root) of partner \(partnerId) is not an object")
                }
                snapshot.spaces[partnerId, default: PartnerSpace(partnerId: partnerId)].restore(object, id: id, in: root)
            }
            let uploads = try database.prepare("SELECT partner, id, bytes FROM uploads")
            while try uploads.step() {
                let partnerId = uploads.integer(at: 0)
                snapshot.spaces[partnerId, default: PartnerSpace(partnerId: partnerId)]
                    .restoreUpload(uploads.blob(at: 2), for: uploads.text(at: 1))
            }
            let counters = try database.prepare("SELECT root, last FROM counters")
            while try counters.step() {
                snapshot.counters[counters.text(at: 0)] = counters.integer(at: 1)
            }
            let sessions = try database.prepare("SELECT ks FROM ended_sessions")
            while try sessions.step() {
                snapshot.endedSessions.insert(sessions.text(at: 0))
            }
        } catch let error as StatePersistenceError {
            throw error
        } catch let error as SQLiteError {
            throw .unreadableState("\(path): \(error.message)")
        } catch {
            throw .unreadableState("\(path): \(error)")
        }
        return snapshot
    }

    /// Writes `changes` in one transaction; when this returns they are committed.
    ///
    /// - Throws: ``StatePersistenceError/unwritable(path:reason:)``; nothing is written then.
    func save(_ changes: StateChanges) throws(StatePersistenceError) {
        guard !changes.isEmpty else { return }
        var position = nextPosition
        do throws(SQLiteError) {
            try database.transaction { () throws(SQLiteError) in
                for change in changes.objects {
                    if let object = change.object {
                        try upsertObject.run(.integer(change.partnerId), .text(change.key.root), .text(change.key.id),
                                             .integer(position), .blob(KalturaJSON.encode(.object(object))))
                        position += 1
                    } else {
                        try deleteObject.run(.integer(change.partnerId), .text(change.key.root), .text(change.key.id))
                    }
                }
                for change in changes.uploads {
                    if let bytes = change.bytes {
                        try upsertUpload.run(.integer(change.partnerId), .text(change.id), .blob(bytes))
                    } else {
                        try deleteUpload.run(.integer(change.partnerId), .text(change.id))
                    }
                }
                for counter in changes.counters {
                    try upsertCounter.run(.text(counter.root), .integer(counter.last))
                }
                for ks in changes.endedSessions {
                    try insertEndedSession.run(.text(ks))
                }
            }
        } catch {
            throw .unwritable(path: path, reason: error.message)
        }
        nextPosition = position
    }

    /// The rows that recreate a saved snapshot, objects in their order.
    private static func changes(restoring snapshot: StoreSnapshot) -> StateChanges {
        var changes = StateChanges()
        for partnerId in snapshot.spaces.keys.sorted() {
            guard let space = snapshot.spaces[partnerId] else { continue }
            for root in space.collections.keys.sorted() {
                for (id, object) in space.collections[root]?.objects ?? [:] {
                    changes.objects.append(.init(partnerId: partnerId, key: ObjectKey(root: root, id: id), object: object))
                }
            }
            for (id, bytes) in space.uploads {
                changes.uploads.append(.init(partnerId: partnerId, id: id, bytes: bytes))
            }
        }
        changes.counters = snapshot.counters.map { ($0.key, $0.value) }
        changes.endedSessions = snapshot.endedSessions.sorted()
        return changes
    }

    /// Fails on a file SQLite cannot read or whose pages are damaged.
    private static func checkIntegrity(_ database: SQLiteDatabase) throws(SQLiteError) {
        let check = try database.prepare("PRAGMA quick_check")
        var problems: [String] = []
        while try check.step() {
            let line = check.text(at: 0)
            if line != "ok" { problems.append(line) }
        }
        if !problems.isEmpty {
            throw SQLiteError(code: SQLITE_CORRUPT, message: "database disk image is malformed: \(problems.joined(separator: "; "))")
        }
    }

    private static func identity(of database: SQLiteDatabase) throws(SQLiteError) -> (application: Int, version: Int, tables: Int) {
        func integer(_ sql: String) throws(SQLiteError) -> Int {
            let statement = try database.prepare(sql)
            return try statement.step() ? statement.integer(at: 0) : 0
        }
        return (try integer("PRAGMA application_id"), try integer("PRAGMA user_version"),
                try integer("SELECT count(*) FROM sqlite_schema"))
    }

    /// Deletes the `.state.json.PID.tmp` files earlier versions left behind.
    private static func removeStaleTemporaryFiles(in directory: URL) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        for name in names where name.hasPrefix(".state.json.") && name.hasSuffix(".tmp") {
            try? FileManager.default.removeItem(at: directory.appendingPathComponent(name))
        }
    }
}
