/// Why the emulator's saved state could not be read or written (`kaltura serve --data`).
public enum StatePersistenceError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The state file exists but is not a state the emulator wrote.
    case unreadableState(String)
    /// The folder or file could not be created or written.
    case unwritable(path: String, reason: String)

    /// What went wrong, with the path or reason.
    public var description: String {
        switch self {
        case .unreadableState(let reason): "the saved emulator state cannot be read: \(reason)"
        case .unwritable(let path, let reason): "cannot write the emulator state to \(path): \(reason)"
        }
    }
}
