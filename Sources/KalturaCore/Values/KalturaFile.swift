import Foundation

/// A file to send to a `file` parameter, such as `fileData` of `uploadToken.upload`: its bytes,
/// the file name the server records and a MIME type.
///
/// ```swift
/// let token = try await client.uploadToken.add()
/// try await client.uploadToken.upload(uploadTokenId: token.id, fileData: KalturaFile(contentsOf: movieURL))
/// try await client.uploadToken.upload(uploadTokenId: other, fileData: KalturaFile(data: bytes, fileName: "clip.mp4",
///                                                                              mimeType: "video/mp4"))
/// ```
///
/// A call that carries a file is sent as `multipart/form-data`: a `json` part with every other
/// parameter, then one part per file. Pass files by parameter name; a positional file is refused,
/// and a file inside another value does not compile (a file is a ``KalturaArgumentConvertible``, not
/// a ``KalturaValueConvertible``).
public struct KalturaFile: Sendable, Hashable {
    /// The MIME type used when none is given.
    public static let defaultMIMEType = "application/octet-stream"

    /// The contents, when they are in memory; empty when ``range`` names them instead.
    public var data: Data
    /// The contents as a range of a file on disk, read only as the call is sent (a chunk of
    /// ``KalturaClient/upload(file:options:resumingToken:onTokenCreated:progress:)``); `nil` when
    /// ``data`` holds them.
    public var range: KalturaFileRange?
    /// How many bytes the contents hold.
    public var byteCount: Int { range?.count ?? data.count }
    /// The file name sent with the contents (the server needs one; it need not exist anywhere).
    public var fileName: String
    /// The MIME type of the contents, such as `video/mp4`.
    public var mimeType: String

    /// Creates a file from bytes in memory.
    ///
    /// - Parameters:
    ///   - data: The contents.
    ///   - fileName: The file name to send, such as `clip.mp4`.
    ///   - mimeType: The MIME type; `application/octet-stream` by default.
    public init(data: Data, fileName: String, mimeType: String = KalturaFile.defaultMIMEType) {
        self.data = data
        self.fileName = fileName
        self.mimeType = mimeType
    }

    /// Names part of a file on disk, read only as the call is sent: a transport that streams
    /// (the default one, for `http://`) never holds it whole.
    ///
    /// - Parameters:
    ///   - range: The bytes to send.
    ///   - fileName: The file name to send.
    ///   - mimeType: The MIME type; `application/octet-stream` by default.
    public init(range: KalturaFileRange, fileName: String, mimeType: String = KalturaFile.defaultMIMEType) {
        self.data = Data()
        self.range = range
        self.fileName = fileName
        self.mimeType = mimeType
    }

    /// Reads a file from disk.
    ///
    /// - Parameters:
    ///   - url: A `file:` URL.
    ///   - fileName: The file name to send; the URL's last path component by default.
    ///   - mimeType: The MIME type; `application/octet-stream` by default.
    /// - Throws: ``KalturaFileError`` when `url` is not a file URL, names nothing or a directory,
    ///   or cannot be read.
    public init(contentsOf url: URL, fileName: String? = nil, mimeType: String = KalturaFile.defaultMIMEType)
        throws(KalturaFileError)
    {
        guard url.isFileURL else { throw .notAFileURL(url: url.absoluteString) }
        let path = url.path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { throw .notFound(path: path) }
        guard !isDirectory.boolValue else { throw .isDirectory(path: path) }
        guard FileManager.default.isReadableFile(atPath: path) else { throw .unreadable(path: path, reason: "permission denied") }
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw .unreadable(path: path, reason: error.localizedDescription)
        }
        self.fileName = fileName ?? url.lastPathComponent
        self.mimeType = mimeType
    }
}

extension KalturaFile: CustomStringConvertible {
    /// The file name and size, never the contents: `file "clip.mp4" (1024 bytes)`.
    public var description: String {
        "file \"\(fileName)\" (\(byteCount) byte\(byteCount == 1 ? "" : "s"))"
    }
}
