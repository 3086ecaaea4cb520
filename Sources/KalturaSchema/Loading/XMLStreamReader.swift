import CLibXML2

/// A thin, safe wrapper over libxml2's streaming `xmlTextReader`.
///
/// The reader never keeps a tree of the document: it walks nodes one at a time over a caller-owned
/// buffer. Options are chosen for hostile input: no entity substitution, no DTD loading, no network,
/// and libxml2's default depth and size limits stay on (no `XML_PARSE_HUGE`).
final class XMLStreamReader {
    /// The node kinds the schema loader cares about (values of libxml2's `xmlReaderTypes`).
    enum NodeKind: Int32 {
        case element = 1
        case text = 3
        case cdata = 4
        case entityReference = 5
        case processingInstruction = 7
        case comment = 8
        case documentType = 10
        case whitespace = 13
        case significantWhitespace = 14
        case endElement = 15
        case other = -1
    }

    /// The first error libxml2 reported, if any.
    struct ParserError {
        var message: String
        var line: Int
        var column: Int
    }

    private let reader: xmlTextReaderPtr
    private let errorBox = ErrorBox()

    /// Creates a reader over `buffer`, which must stay valid for the reader's lifetime.
    init?(buffer: UnsafeRawBufferPointer) {
        let options = Int32(XML_PARSE_NONET.rawValue) | Int32(XML_PARSE_NOCDATA.rawValue)
            | Int32(XML_PARSE_COMPACT.rawValue)
        guard let base = buffer.baseAddress?.assumingMemoryBound(to: CChar.self),
              let reader = xmlReaderForMemory(base, Int32(buffer.count), nil, nil, options)
        else { return nil }
        self.reader = reader
        xmlTextReaderSetStructuredErrorHandler(reader, { context, error in
            guard let context, let error else { return }
            let box = Unmanaged<ErrorBox>.fromOpaque(context).takeUnretainedValue()
            box.record(error.pointee)
        }, Unmanaged.passUnretained(errorBox).toOpaque())
    }

    deinit { xmlFreeTextReader(reader) }

    /// The first error libxml2 reported, if any.
    var firstError: ParserError? { errorBox.first }

    /// Advances to the next node. Returns `false` at the end of the document or on an error.
    func read() -> Bool { xmlTextReaderRead(reader) == 1 }

    /// Skips the current node's subtree. Returns `false` at the end of the document or on an error.
    func skipSubtree() -> Bool { xmlTextReaderNext(reader) == 1 }

    var nodeKind: NodeKind { NodeKind(rawValue: xmlTextReaderNodeType(reader)) ?? .other }
    var depth: Int { Int(xmlTextReaderDepth(reader)) }
    var isEmptyElement: Bool { xmlTextReaderIsEmptyElement(reader) == 1 }
    /// The line of the current node (libxml2 records it per node; the parser itself may have read ahead).
    var line: Int {
        if let node = xmlTextReaderCurrentNode(reader) {
            let line = xmlGetLineNo(node)
            if line > 0 { return Int(line) }
        }
        return Int(xmlTextReaderGetParserLineNumber(reader))
    }
    var column: Int { Int(xmlTextReaderGetParserColumnNumber(reader)) }

    /// The current node's local name.
    var localName: String {
        guard let name = xmlTextReaderConstLocalName(reader) else { return "" }
        return String(cString: name)
    }

    /// Calls `body` with each attribute of the current element, then moves back to the element.
    func forEachAttribute(_ body: (_ name: UnsafePointer<xmlChar>, _ value: UnsafePointer<xmlChar>) -> Void) {
        guard xmlTextReaderMoveToFirstAttribute(reader) == 1 else { return }
        repeat {
            if let name = xmlTextReaderConstLocalName(reader), let value = xmlTextReaderConstValue(reader) {
                body(name, value)
            }
        } while xmlTextReaderMoveToNextAttribute(reader) == 1
        xmlTextReaderMoveToElement(reader)
    }

    /// Collects libxml2's structured errors for the reader that owns it.
    private final class ErrorBox {
        var first: ParserError?

        func record(_ error: xmlError) {
            // Warnings (level 1) do not stop parsing; keep the first real error.
            guard first == nil, error.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
            var message = error.message.map { String(cString: $0) } ?? "unknown error"
            message = message.trimmingWhitespace()
            if message.count > 200 { message = String(message.prefix(200)) + "…" }
            first = ParserError(message: message, line: Int(error.line), column: Int(error.int2))
        }
    }
}

extension String {
    func trimmingWhitespace() -> String {
        var view = self[...]
        while let first = view.first, first.isWhitespace { view.removeFirst() }
        while let last = view.last, last.isWhitespace { view.removeLast() }
        return String(view)
    }
}
