/// A file part of a multipart request, as the server sees it in `$_FILES`.
struct UploadedFile: Sendable, Hashable {
    /// The client's file name (`filename` of the part's `Content-Disposition`).
    var fileName: String
    /// The part's `Content-Type`, if any.
    var contentType: String?
    /// The file's bytes.
    var bytes: [UInt8]

    /// Creates an uploaded file.
    init(fileName: String, contentType: String? = nil, bytes: [UInt8]) {
        self.fileName = fileName
        self.contentType = contentType
        self.bytes = bytes
    }
}
