/// Why bytes could not be read back as a schema snapshot (see ``Schema/init(snapshot:)``).
///
/// A snapshot that does not read is never fatal to a caller that still has the XML: ``SchemaCache``
/// falls back to the document and writes a fresh snapshot.
public enum SchemaSnapshotError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The bytes do not start with the snapshot signature.
    case notASnapshot
    /// The snapshot was written in a format this version of the library does not read.
    case unsupportedFormat(version: Int)
    /// The bytes end before the snapshot does.
    case truncated(offset: Int)
    /// A value in the snapshot is impossible (a string index out of range, an unknown tag, bad UTF-8…).
    case corrupt(offset: Int, reason: String)

    public var description: String {
        switch self {
        case .notASnapshot:
            return "not a schema snapshot"
        case .unsupportedFormat(let version):
            return "schema snapshot format \(version) is not supported (this library reads format \(SchemaSnapshot.formatVersion))"
        case .truncated(let offset):
            return "schema snapshot is truncated at byte \(offset)"
        case .corrupt(let offset, let reason):
            return "schema snapshot is corrupt at byte \(offset): \(reason)"
        }
    }
}
