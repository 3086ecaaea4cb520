import OrderedCollections

/// Writes ``KalturaValue`` and ``KalturaResult`` as Kaltura XML response content.
struct KalturaXMLWriter {
    private(set) var text = ""
    let ignoreNull: Bool

    init(ignoreNull: Bool) {
        self.ignoreNull = ignoreNull
        text.reserveCapacity(1024)
    }

    mutating func append(_ raw: String) {
        text += raw
    }

    mutating func write(_ result: KalturaResult) {
        switch result {
        case .success(let value):
            write(value)
        case .failure(let error):
            write(error)
        case .multiple(let items):
            for item in items {
                text += "<item>"
                write(item)
                text += "</item>"
            }
        }
    }

    mutating func write(_ error: KalturaAPIError) {
        text += "<error><code>"
        appendEscaped(error.code)
        text += "</code><message>"
        appendEscaped(error.message)
        text += "</message><objectType>"
        text += KalturaAPIError.objectType
        text += "</objectType><args>"
        for (name, value) in error.args {
            text += "<item><objectType>KalturaApiExceptionArg</objectType><name>"
            appendEscaped(name)
            text += "</name><value>"
            appendEscaped(value)
            text += "</value></item>"
        }
        text += "</args></error>"
    }

    mutating func write(_ value: KalturaValue) {
        switch value {
        case .null:
            break
        case .bool(let bool):
            text += bool ? "1" : "0"
        case .int(let int):
            text += String(int)
        case .float(let double):
            guard double.isFinite else { break }
            var spelled = double.description
            if spelled.hasSuffix(".0") {
                spelled.removeLast(2)
            }
            text += spelled
        case .string(let string):
            appendEscaped(string)
        case .array(let elements):
            for element in elements {
                text += "<item>"
                write(element)
                text += "</item>"
            }
        case .map(let entries):
            for (key, element) in entries {
                text += "<item><itemKey>"
                appendEscaped(key)
                text += "</itemKey>"
                write(element)
                text += "</item>"
            }
        case .object(let object):
            text += "<objectType>"
            appendEscaped(object.objectType)
            text += "</objectType>"
            for (name, field) in object.kalturaFields {
                if ignoreNull, case .null = field { continue }
                let element = Self.elementName(name)
                text += "<" + element + ">"
                write(field)
                text += "</" + element + ">"
            }
        }
    }

    /// Appends `string` as XML character data.
    private mutating func appendEscaped(_ string: String) {
        var plain = true
        for byte in string.utf8 {
            switch byte {
            case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), 0xEF, 0..<0x20:
                if byte == 0x09 || byte == 0x0A { continue }
                plain = false
            default:
                continue
            }
            break
        }
        if plain {
            text += string
            return
        }
        for scalar in string.unicodeScalars {
            switch scalar {
            case "&": text += "&amp;"
            case "<": text += "&lt;"
            case ">": text += "&gt;"
            case "\r": text += "&#13;"
            case "\t", "\n": text.unicodeScalars.append(scalar)
            case "\u{0}"..."\u{1F}", "\u{FFFE}", "\u{FFFF}": continue
            default: text.unicodeScalars.append(scalar)
            }
        }
    }

    /// `name` with every character that cannot appear in an XML element name replaced
    /// with `_` (ASCII rules; non-ASCII letters are kept).
    static func elementName(_ name: String) -> String {
        var valid = !name.isEmpty
        for (index, byte) in name.utf8.enumerated() where !isNameByte(byte, first: index == 0) {
            valid = false
            break
        }
        if valid { return name }
        if name.isEmpty { return "_" }
        var result = ""
        for (index, scalar) in name.unicodeScalars.enumerated() {
            if scalar.isASCII && !isNameByte(UInt8(scalar.value), first: index == 0) {
                result += "_"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    private static func isNameByte(_ byte: UInt8, first: Bool) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "_"), 0x80...:
            return true
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."):
            return !first
        default:
            return false
        }
    }
}
