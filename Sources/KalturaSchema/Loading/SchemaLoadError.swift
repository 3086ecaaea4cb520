/// Why a schema document could not be loaded at all.
///
/// Each case says what is wrong and, where libxml2 or the loader knows it, where (line and column).
/// Descriptions never include more than a short excerpt of the document.
public enum SchemaLoadError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The body was empty or only whitespace.
    case emptyDocument
    /// The body is an HTML page (typically a proxy or server error page), not a schema.
    case htmlDocument(title: String?)
    /// The body is not well-formed XML; `message` is libxml2's, trimmed.
    case malformedXML(message: String, line: Int, column: Int)
    /// The root element is not `<xml>`.
    case unexpectedRootElement(name: String, line: Int)
    /// The document carries a DOCTYPE. Schemas never do, and a DTD is how entity bombs and external entities arrive.
    case documentTypeDeclaration(line: Int)
    /// The document nests deeper than any schema does.
    case nestingTooDeep(limit: Int, line: Int)
    /// The document is larger than the loader accepts.
    case documentTooLarge(bytes: Int, limit: Int)
    /// The file could not be read.
    case unreadableFile(path: String, reason: String)
    /// The document is a Kaltura API error response (`<xml><result><error>`) instead of a schema,
    /// as servers send when the schema request is refused.
    case apiErrorResponse(code: String, message: String)
    /// The document declares no services, so a client built on it could call nothing.
    case noServices

    public var description: String {
        switch self {
        case .emptyDocument:
            return "the schema document is empty"
        case .htmlDocument(let title):
            let titled = title.map { " (title: \"\($0)\")" } ?? ""
            return "the schema document is an HTML page\(titled), not a Kaltura API schema; check the service URL"
        case .malformedXML(let message, let line, let column):
            return "the schema is not well-formed XML at line \(line), column \(column): \(message)"
        case .unexpectedRootElement(let name, let line):
            return "the schema's root element is <\(name)> at line \(line); a Kaltura API schema starts with <xml>"
        case .documentTypeDeclaration(let line):
            return "the schema declares a DOCTYPE at line \(line); Kaltura schemas have none, and DTDs are refused for safety"
        case .nestingTooDeep(let limit, let line):
            return "the schema nests elements deeper than \(limit) levels at line \(line)"
        case .documentTooLarge(let bytes, let limit):
            return "the schema document is \(bytes) bytes; the limit is \(limit)"
        case .unreadableFile(let path, let reason):
            return "cannot read the schema file \(path): \(reason)"
        case .apiErrorResponse(let code, let message):
            let code = code.isEmpty ? "no code" : code
            return "the schema document is an API error response, not a schema: \(code): \(message)"
        case .noServices:
            return "the schema document declares no services; a Kaltura API schema has a <services> element with at least one <service>"
        }
    }
}
