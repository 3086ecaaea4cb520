#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The snapshot format's constants.
enum SchemaSnapshot {
    /// The first bytes of every snapshot.
    static let signature: [UInt8] = Array("KSCHSNAP".utf8)
    /// Bumped whenever the layout changes, and whenever the parser starts keeping something new (a
    /// snapshot written before would silently lack it); other versions are refused, never guessed at,
    /// and the cache rebuilds them from the XML.
    static let formatVersion = 1
}

extension Schema {
    /// A compact binary copy of everything the schema document declared, for caching.
    ///
    /// Reading it back with ``init(snapshot:)`` gives the same registry as loading the XML (the same
    /// definitions, resolved types and diagnostics) without parsing XML: each distinct string is
    /// stored once, so it is also a fraction of the document's size. The format is private to this
    /// library and versioned; keep the XML when the snapshot is stored.
    public func encodedSnapshot() -> Data {
        var writer = SchemaSnapshotWriter()
        writer.write(documentOf: self)
        return writer.finish()
    }

    /// Loads a registry from bytes written by ``encodedSnapshot()``.
    ///
    /// Every length, count and index is checked, so damaged or foreign bytes give an error, never a
    /// crash or a partial registry.
    ///
    /// - Throws: ``SchemaSnapshotError`` when the bytes are not a readable snapshot of this format.
    public init(snapshot data: Data) throws(SchemaSnapshotError) {
        let document: Result<SchemaDocument, SchemaSnapshotError> = data.withUnsafeBytes { buffer in
            Result { () throws(SchemaSnapshotError) in
                var reader = try SchemaSnapshotReader(buffer)
                return try reader.readDocument()
            }
        }
        self.init(document: try document.get())
    }
}
