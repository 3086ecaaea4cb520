/// Why the emulator's saved state could not be read or written (`kaltura serve --data`).
public enum StatePersistenceError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The state database (or an old `state.json` to import) exists but cannot be read: damaged,
    /// not a database, or not one the emulator wrote.
    case unreadableState(String)
    /// The folder or database could not be created or written.
    case unwritable(path: String, reason: String)

    /// What went wrong, with the path or reason.
    public var description: String {
        switch self {
        case .unreadableState(let reason): "the saved emulator state cannot be read: \(reason)"
        case .unwritable(let path, let reason): "cannot write the emulator state to \(path): \(reason)"
        }
    }
}
