#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// An on-disk cache of schema documents, one folder per server, one file per schema version.
///
/// Entries are keyed by the server (scheme, host, port and path of the service URL) and by the
/// schema's own `apiVersion` and `generatedDate`, so an upgraded server gets a new entry and old
/// ones stay readable. Writes are atomic; a corrupt or unreadable entry is treated as absent.
///
/// Beside each document the cache keeps a binary snapshot of the loaded registry
/// (``Schema/encodedSnapshot()``), which ``latestSchema(for:)`` reads in a fraction of the time the
/// XML takes. The XML stays the source of truth: a missing, damaged or outdated snapshot is rebuilt
/// from it.
public struct SchemaCache: Sendable {
    /// The folder that holds the cache.
    public var directory: URL

    /// A cache in `directory`, or in the platform's cache folder when `nil`:
    /// `$XDG_CACHE_HOME/kaltura-swift/schemas` (or `~/.cache/…`) on Linux, `~/Library/Caches/…` on Apple platforms.
    public init(directory: URL? = nil) {
        self.directory = directory ?? Self.defaultDirectory()
    }

    /// What the cache knows about a stored schema.
    public struct Entry: Sendable, Hashable, Codable {
        /// The service URL the schema was fetched from.
        public var serviceURL: String
        /// The schema's `apiVersion`, if it declares one.
        public var apiVersion: String?
        /// The schema's `generatedDate`, if it declares one.
        public var generatedDate: String?
        /// When the schema was fetched or last confirmed current.
        public var validatedAt: Date
        /// The HTTP `ETag` of the response, for conditional requests.
        public var entityTag: String?
        /// The HTTP `Last-Modified` of the response, for conditional requests.
        public var lastModified: String?
        /// The file holding the document, relative to the server's folder.
        public var fileName: String
        /// The file holding the registry's snapshot, relative to the server's folder; `nil` in
        /// entries written before snapshots existed.
        public var snapshotFileName: String?

        public init(serviceURL: String, apiVersion: String?, generatedDate: String?, validatedAt: Date,
                    entityTag: String? = nil, lastModified: String? = nil, fileName: String,
                    snapshotFileName: String? = nil) {
            self.serviceURL = serviceURL
            self.apiVersion = apiVersion
            self.generatedDate = generatedDate
            self.validatedAt = validatedAt
            self.entityTag = entityTag
            self.lastModified = lastModified
            self.fileName = fileName
            self.snapshotFileName = snapshotFileName
        }
    }

    /// The newest entry for a server, with its document, or `nil` when there is none or it cannot be read.
    public func latest(for serviceURL: URL) -> (entry: Entry, document: Data)? {
        let folder = folder(for: serviceURL)
        guard let entry = entry(in: folder),
              let document = try? Data(contentsOf: folder.appendingPathComponent(entry.fileName))
        else { return nil }
        return (entry, document)
    }

    /// The newest entry for a server with its registry loaded, or `nil` when there is none or
    /// neither its snapshot nor its document loads.
    ///
    /// The snapshot is read when it is there, matches the entry and declares services; otherwise
    /// the document is loaded and a new snapshot is written beside it (when the folder is
    /// writable), so the next start is fast again. An entry whose document no longer loads (a
    /// damaged file, or an error response an older version cached) is removed, so the caller
    /// fetches a fresh schema instead of being served the broken one again.
    public func latestSchema(for serviceURL: URL) -> (entry: Entry, schema: Schema)? {
        let folder = folder(for: serviceURL)
        guard var entry = entry(in: folder) else { return nil }
        if let snapshotFileName = entry.snapshotFileName,
           let data = try? Data(contentsOf: folder.appendingPathComponent(snapshotFileName)),
           let schema = try? Schema(snapshot: data), !schema.services.isEmpty,
           schema.apiVersion == entry.apiVersion, schema.generatedDate == entry.generatedDate {
            return (entry, schema)
        }
        guard let document = try? Data(contentsOf: folder.appendingPathComponent(entry.fileName)),
              let schema = try? Schema(xml: document) else {
            discard(entry, in: folder)
            return nil
        }
        if let snapshotFileName = try? writeSnapshot(of: schema, besides: entry.fileName, in: folder) {
            entry.snapshotFileName = snapshotFileName
            try? write(entry, in: folder)
        }
        return (entry, schema)
    }

    /// Stores a schema document for a server, with a snapshot of its registry, and makes it the
    /// server's latest entry.
    ///
    /// - Returns: the stored entry.
    /// - Throws: ``SchemaLoadError/noServices`` for a registry without services (nothing a
    ///   client could use is ever cached), or the file system's error.
    @discardableResult
    public func store(_ document: Data, schema: Schema, for serviceURL: URL, entityTag: String? = nil,
                      lastModified: String? = nil, at date: Date = Date()) throws -> Entry {
        guard !schema.services.isEmpty else { throw SchemaLoadError.noServices }
        let folder = folder(for: serviceURL)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let version = Self.safeName(schema.apiVersion ?? "unversioned")
        let generated = Self.safeName(schema.generatedDate ?? "undated")
        let fileName = "schema-\(version)-\(generated).xml"
        try document.write(to: folder.appendingPathComponent(fileName), options: .atomic)
        let snapshotFileName = try writeSnapshot(of: schema, besides: fileName, in: folder)
        let entry = Entry(serviceURL: Self.key(for: serviceURL), apiVersion: schema.apiVersion,
                          generatedDate: schema.generatedDate, validatedAt: date, entityTag: entityTag,
                          lastModified: lastModified, fileName: fileName, snapshotFileName: snapshotFileName)
        try write(entry, in: folder)
        return entry
    }

    private func entry(in folder: URL) -> Entry? {
        guard let index = try? Data(contentsOf: folder.appendingPathComponent("latest.json")),
              let entry = try? JSONDecoder.cache.decode(Entry.self, from: index),
              !entry.fileName.contains("/"), !(entry.snapshotFileName?.contains("/") ?? false)
        else { return nil }
        return entry
    }

    /// Removes an entry that no longer loads: its index first (so it is never read again even if
    /// a file cannot be removed), then its document and snapshot.
    private func discard(_ entry: Entry, in folder: URL) {
        try? FileManager.default.removeItem(at: folder.appendingPathComponent("latest.json"))
        try? FileManager.default.removeItem(at: folder.appendingPathComponent(entry.fileName))
        if let snapshotFileName = entry.snapshotFileName {
            try? FileManager.default.removeItem(at: folder.appendingPathComponent(snapshotFileName))
        }
    }

    private func write(_ entry: Entry, in folder: URL) throws {
        try JSONEncoder.cache.encode(entry).write(to: folder.appendingPathComponent("latest.json"), options: .atomic)
    }

    /// Writes `schema-….snapshot` next to the document `schema-….xml`; returns its file name.
    private func writeSnapshot(of schema: Schema, besides documentFileName: String, in folder: URL) throws -> String {
        let base = documentFileName.hasSuffix(".xml") ? String(documentFileName.dropLast(4)) : documentFileName
        let fileName = base + ".snapshot"
        try schema.encodedSnapshot().write(to: folder.appendingPathComponent(fileName), options: .atomic)
        return fileName
    }

    /// Records that the latest entry of a server was confirmed current at `date`.
    public func markValidated(for serviceURL: URL, at date: Date = Date()) throws {
        let folder = folder(for: serviceURL)
        guard var entry = entry(in: folder) else { return }
        entry.validatedAt = date
        try write(entry, in: folder)
    }

    /// Removes everything cached for a server.
    public func remove(for serviceURL: URL) throws {
        let folder = folder(for: serviceURL)
        if FileManager.default.fileExists(atPath: folder.path) {
            try FileManager.default.removeItem(at: folder)
        }
    }

    /// The folder for one server: a readable host prefix plus a hash of the whole key, so
    /// different paths or ports on one host never share entries.
    func folder(for serviceURL: URL) -> URL {
        let key = Self.key(for: serviceURL)
        let host = Self.safeName(serviceURL.host ?? "local")
        return directory.appendingPathComponent("\(host)-\(Self.fingerprint(key))")
    }

    static func key(for serviceURL: URL) -> String {
        var components = URLComponents(url: serviceURL, resolvingAgainstBaseURL: false)
        components?.user = nil
        components?.password = nil
        components?.query = nil
        components?.fragment = nil
        var text = components?.string ?? serviceURL.absoluteString
        while text.hasSuffix("/") { text.removeLast() }
        return text.lowercased()
    }

    /// A stable 64-bit FNV-1a fingerprint in hex (not for security; only to keep folder names short).
    static func fingerprint(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    static func safeName(_ text: String) -> String {
        let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-_")
        let cleaned = String(text.map { allowed.contains($0) ? $0 : "_" }.prefix(64))
        return cleaned.isEmpty ? "_" : cleaned
    }

    static func defaultDirectory() -> URL {
        let environment = ProcessInfo.processInfo.environment
        #if os(Linux)
        if let xdg = environment["XDG_CACHE_HOME"], !xdg.isEmpty {
            return URL(fileURLWithPath: xdg).appendingPathComponent("kaltura-swift/schemas")
        }
        let home = environment["HOME"].map { URL(fileURLWithPath: $0) } ?? FileManager.default.temporaryDirectory
        return home.appendingPathComponent(".cache/kaltura-swift/schemas")
        #else
        let caches = FileManager.default.urls(for: .cachesDirectory, in: .userDomainMask).first
            ?? FileManager.default.temporaryDirectory
        return caches.appendingPathComponent("kaltura-swift/schemas")
        #endif
    }
}

extension JSONEncoder {
    fileprivate static var cache: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .secondsSince1970
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        return encoder
    }
}

extension JSONDecoder {
    fileprivate static var cache: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .secondsSince1970
        return decoder
    }
}
