/// The `key=value` parameters of a header value such as
/// `form-data; name="json"; filename="a.txt"` or `multipart/form-data; boundary=xyz`.
///
/// Keys compare case-insensitively; quoted values lose their quotes and backslash escapes.
struct HeaderParameters {
    /// The value before the first `;`, trimmed (`form-data`, `multipart/form-data`).
    let value: String
    private let parameters: [String: String]

    init(_ header: String) {
        var parameters: [String: String] = [:]
        var pieces: [Substring] = []
        var current = Substring()
        var quoted = false
        var escaped = false
        for character in header {
            if escaped {
                current.append(character)
                escaped = false
            } else if quoted, character == "\\" {
                current.append(character)
                escaped = true
            } else if character == "\"" {
                quoted.toggle()
                current.append(character)
            } else if character == ";", !quoted {
                pieces.append(current)
                current = Substring()
            } else {
                current.append(character)
            }
        }
        pieces.append(current)
        value = pieces.first.map { $0.trimmingSpaces() } ?? ""
        for piece in pieces.dropFirst() {
            guard let equals = piece.firstIndex(of: "=") else { continue }
            let key = piece[..<equals].trimmingSpaces().lowercased()
            var text = piece[piece.index(after: equals)...].trimmingSpaces()
            if text.count >= 2, text.hasPrefix("\""), text.hasSuffix("\"") {
                text = Self.unquote(text.dropFirst().dropLast())
            }
            parameters[key] = text
        }
        self.parameters = parameters
    }

    /// The parameter `key`, compared case-insensitively.
    subscript(key: String) -> String? {
        parameters[key.lowercased()]
    }

    private static func unquote(_ text: Substring) -> String {
        var result = ""
        var escaped = false
        for character in text {
            if escaped {
                result.append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else {
                result.append(character)
            }
        }
        return result
    }
}

extension Substring {
    fileprivate func trimmingSpaces() -> String {
        String(drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }
}
