import Foundation
import OrderedCollections

/// Writes the `multipart/form-data` body of a call that carries files, as the server reads uploads:
/// a part named `json` holding the call's JSON body (or, for servers that read no JSON, one part
/// per colon-flattened form field), then one part per file, named after its parameter and carrying
/// a file name (the server refuses file parts without one).
///
/// ```text
/// --BOUNDARY
/// Content-Disposition: form-data; name="json"
///
/// {"format":1,…,"uploadTokenId":"1_tok"}
/// --BOUNDARY
/// Content-Disposition: form-data; name="fileData"; filename="a.txt"
/// Content-Type: text/plain
///
/// hello
/// --BOUNDARY--
/// ```
enum KalturaMultipart {
    /// A fresh random boundary (128 random bits) that occurs in none of `files`' contents held in
    /// memory. Contents named by a file range are not read to check: they are never held, and a
    /// chance match of 128 random bits is not a risk worth reading a chunk twice for.
    static func makeBoundary(avoiding files: some Collection<KalturaFile>) -> String {
        var generator = SystemRandomNumberGenerator()
        while true {
            let boundary = "kaltura-swift-" + (0..<2).map { _ in
                let text = String(generator.next() as UInt64, radix: 16)
                return String(repeating: "0", count: 16 - text.count) + text
            }.joined()
            let marker = Data(boundary.utf8)
            if !files.contains(where: { $0.data.range(of: marker) != nil }) { return boundary }
        }
    }

    /// The `Content-Type` header of a body written with `boundary`.
    static func contentType(boundary: String) -> String {
        "multipart/form-data; boundary=\(boundary)"
    }

    /// The body: the `json` part, then the files in order. Files named by a range stay ranges.
    static func encode(json: [UInt8], files: OrderedDictionary<String, KalturaFile>, boundary: String) -> [KalturaHTTPBodyPart] {
        var body = Parts(reserving: json.count + files.values.reduce(0) { $0 + $1.data.count } + 256 * (files.count + 1))
        body.append("--\(boundary)\r\nContent-Disposition: form-data; name=\"json\"\r\n\r\n")
        body.append(json)
        for (name, file) in files {
            body.append("\r\n--\(boundary)\r\n")
            body.append("Content-Disposition: form-data; name=\(quoted(name)); filename=\(quoted(file.fileName))\r\n")
            body.append("Content-Type: \(headerSafeMIMEType(file.mimeType))\r\n\r\n")
            body.append(file)
        }
        body.append("\r\n--\(boundary)--\r\n")
        return body.finished
    }

    /// The body of a form-wire call: one part per field in order, then the files in order.
    static func encode(fields: [KalturaForm.Field], files: OrderedDictionary<String, KalturaFile>, boundary: String) -> [KalturaHTTPBodyPart] {
        var body = Parts(reserving: files.values.reduce(0) { $0 + $1.data.count } + 128 * (files.count + fields.count))
        for field in fields {
            body.append("--\(boundary)\r\nContent-Disposition: form-data; name=\(quoted(field.name))\r\n\r\n")
            body.append(field.value)
            body.append("\r\n")
        }
        for (name, file) in files {
            body.append("--\(boundary)\r\n")
            body.append("Content-Disposition: form-data; name=\(quoted(name)); filename=\(quoted(file.fileName))\r\n")
            body.append("Content-Type: \(headerSafeMIMEType(file.mimeType))\r\n\r\n")
            body.append(file)
            body.append("\r\n")
        }
        body.append("--\(boundary)--\r\n")
        return body.finished
    }

    /// Body parts under construction: bytes gathered into one part until a file range comes.
    private struct Parts {
        private var parts: [KalturaHTTPBodyPart] = []
        private var bytes: [UInt8] = []

        init(reserving capacity: Int) {
            bytes.reserveCapacity(capacity)
        }

        mutating func append(_ text: String) {
            bytes.append(contentsOf: text.utf8)
        }

        mutating func append(_ more: [UInt8]) {
            bytes.append(contentsOf: more)
        }

        mutating func append(_ file: KalturaFile) {
            guard let range = file.range else {
                bytes.append(contentsOf: file.data)
                return
            }
            parts.append(.bytes(bytes))
            parts.append(.file(range))
            bytes = []
        }

        var finished: [KalturaHTTPBodyPart] {
            parts + [.bytes(bytes)]
        }
    }

    /// `text` as a quoted header parameter that cannot end the quotes or the header line:
    /// `"`, `\`, CR, LF and the other control characters are percent-encoded, as browsers do for
    /// form-data names; everything else, non-ASCII included, is kept.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x00..<0x20, 0x22, 0x5C, 0x7F:
                result += "%" + (scalar.value < 0x10 ? "0" : "") + String(scalar.value, radix: 16, uppercase: true)
            default:
                result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }

    /// The MIME type when it is printable ASCII, otherwise ``KalturaFile/defaultMIMEType``: a type
    /// with a line break or a control character would forge header lines.
    static func headerSafeMIMEType(_ mimeType: String) -> String {
        let trimmed = mimeType.trimmingCharacters(in: .whitespaces)
        let printable = !trimmed.isEmpty && trimmed.utf8.allSatisfy { (0x20...0x7E).contains($0) }
        return printable ? trimmed : KalturaFile.defaultMIMEType
    }
}
