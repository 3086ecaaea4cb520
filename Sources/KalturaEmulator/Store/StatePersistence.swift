import Foundation

/// Saves and loads the emulator's state as `state.json` in a folder (`kaltura serve --data DIR`).
/// Writes go to a temporary file first and are renamed over the old one, so a crash mid-write
/// leaves the previous state intact.
struct StatePersistence: Sendable {
    /// The folder holding `state.json`.
    let directory: URL

    var stateFile: URL { directory.appendingPathComponent("state.json") }

    /// The saved state, or `nil` when nothing was saved yet.
    func load() throws(StatePersistenceError) -> StoreSnapshot? {
        guard FileManager.default.fileExists(atPath: stateFile.path) else { return nil }
        let data: Data
        do {
            data = try Data(contentsOf: stateFile)
        } catch {
            throw .unreadableState("\(stateFile.path): \(error.localizedDescription)")
        }
        return try StoreSnapshot(decoding: Array(data))
    }

    /// Writes `snapshot`, replacing the previous state.
    func save(_ snapshot: StoreSnapshot) throws(StatePersistenceError) {
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            let temporary = directory.appendingPathComponent(".state.json.\(ProcessInfo.processInfo.processIdentifier).tmp")
            try Data(snapshot.encoded()).write(to: temporary)
            if FileManager.default.fileExists(atPath: stateFile.path) {
                _ = try FileManager.default.replaceItemAt(stateFile, withItemAt: temporary)
            } else {
                try FileManager.default.moveItem(at: temporary, to: stateFile)
            }
        } catch {
            throw .unwritable(path: stateFile.path, reason: error.localizedDescription)
        }
    }
}
