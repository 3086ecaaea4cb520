import MultipartKit

/// The parts of a `multipart/form-data` body, read with MultipartKit.
struct MultipartBody {
    /// One part: its form name, its file name when it is a file, its content type and bytes.
    struct Part {
        var name: String
        var fileName: String?
        var contentType: String?
        var bytes: [UInt8]
    }

    /// The parts in body order. Parts without a `name` are skipped.
    let parts: [Part]

    /// Parses `body` with the boundary named in `contentType`.
    ///
    /// - Throws: ``RequestDecodingError`` when the boundary is missing or the body is malformed.
    init(contentType: String, body: [UInt8]) throws(RequestDecodingError) {
        guard let boundary = HeaderParameters(contentType)["boundary"], !boundary.isEmpty else {
            throw .missingBoundary
        }
        let parser = MultipartParser(boundary: boundary)
        var collected: [Part] = []
        var headers: [(String, String)] = []
        var bytes: [UInt8] = []
        parser.onHeader = { name, value in headers.append((name, value)) }
        parser.onBody = { buffer in bytes.append(contentsOf: buffer.readableBytesView) }
        parser.onPartComplete = {
            var disposition = HeaderParameters("")
            var contentType: String?
            for (name, value) in headers {
                switch name.lowercased() {
                case "content-disposition": disposition = HeaderParameters(value)
                case "content-type": contentType = value
                default: break
                }
            }
            if let name = disposition["name"] {
                collected.append(Part(name: name, fileName: disposition["filename"], contentType: contentType, bytes: bytes))
            }
            headers = []
            bytes = []
        }
        do {
            try parser.execute(body)
        } catch {
            throw .malformedMultipart
        }
        parts = collected
    }
}
