/// A file part of a multipart request, as the server sees it in `$_FILES`.
public struct UploadedFile: Sendable, Hashable {
    /// The client's file name (`filename` of the part's `Content-Disposition`).
    public var fileName: String
    /// The part's `Content-Type`, if any.
    public var contentType: String?
    /// The file's bytes.
    public var bytes: [UInt8]

    /// Creates an uploaded file.
    public init(fileName: String, contentType: String? = nil, bytes: [UInt8]) {
        self.fileName = fileName
        self.contentType = contentType
        self.bytes = bytes
    }
}
