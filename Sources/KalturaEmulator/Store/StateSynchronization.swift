/// How hard a commit to the state database (`kaltura serve --data`) waits for the disk.
public enum StateSynchronization: String, Sendable, CaseIterable {
    /// SQLite `synchronous=NORMAL` in WAL mode: a committed write survives the process being
    /// killed at any point (the commit is in the operating system's file cache), not a power
    /// loss or kernel crash. The default: the emulator is a test tool, and this keeps each
    /// write cheap.
    case normal
    /// SQLite `synchronous=FULL`: every commit waits for `fsync`, so it survives a power loss
    /// too, at the cost of a disk flush per write.
    case full
}
