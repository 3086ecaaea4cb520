import OrderedCollections

/// Writes ``KalturaValue`` as compact JSON into a byte array.
struct KalturaJSONWriter {
    private(set) var bytes: [UInt8] = []
    let options: KalturaJSON.EncodingOptions

    init(options: KalturaJSON.EncodingOptions) {
        self.options = options
        bytes.reserveCapacity(256)
    }

    mutating func write(_ result: KalturaResult) {
        switch result {
        case .success(let value):
            write(value)
        case .failure(let error):
            write(error.kalturaValue)
        case .multiple(let items):
            bytes.append(UInt8(ascii: "["))
            for (index, item) in items.enumerated() {
                if index > 0 { bytes.append(UInt8(ascii: ",")) }
                write(item)
            }
            bytes.append(UInt8(ascii: "]"))
        }
    }

    mutating func write(_ value: KalturaValue) {
        switch value {
        case .null:
            append("null")
        case .bool(let bool):
            append(bool ? "true" : "false")
        case .int(let int):
            writeInteger(int)
        case .float(let double):
            if double.isFinite {
                bytes.append(contentsOf: double.description.utf8)
            } else {
                append("null")
            }
        case .string(let string):
            writeString(string)
        case .array(let elements):
            bytes.append(UInt8(ascii: "["))
            for (index, element) in elements.enumerated() {
                if index > 0 { bytes.append(UInt8(ascii: ",")) }
                write(element)
            }
            bytes.append(UInt8(ascii: "]"))
        case .map(let entries):
            if entries.isEmpty && options.emptyMapStyle == .array {
                append("[]")
                return
            }
            bytes.append(UInt8(ascii: "{"))
            var first = true
            writeMembers(entries, first: &first)
            bytes.append(UInt8(ascii: "}"))
        case .object(let object):
            bytes.append(UInt8(ascii: "{"))
            var first = true
            if options.objectTypePlacement == .first {
                writeObjectType(object.objectType, first: &first)
            }
            writeMembers(object.kalturaFields, first: &first)
            if options.objectTypePlacement == .last {
                writeObjectType(object.objectType, first: &first)
            }
            bytes.append(UInt8(ascii: "}"))
        }
    }

    private mutating func writeObjectType(_ objectType: String, first: inout Bool) {
        if !first { bytes.append(UInt8(ascii: ",")) }
        first = false
        append("\"objectType\":")
        writeString(objectType)
    }

    private mutating func writeMembers(_ members: OrderedDictionary<String, KalturaValue>, first: inout Bool) {
        for (name, value) in members {
            if case .null = value {
                switch options.nullStyle {
                case .omit:
                    continue
                case .jsonNull:
                    break
                case .kalturaNullMarker:
                    if !first { bytes.append(UInt8(ascii: ",")) }
                    first = false
                    writeString(name + "__null")
                    append(":\"\"")
                    continue
                }
            }
            if !first { bytes.append(UInt8(ascii: ",")) }
            first = false
            writeString(name)
            bytes.append(UInt8(ascii: ":"))
            write(value)
        }
    }

    private mutating func append(_ text: StaticString) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    private mutating func writeInteger(_ int: Int) {
        // Digits are produced backwards into a stack buffer.
        var magnitude = int.magnitude
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var index = 20
            repeat {
                index -= 1
                digits[index] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: magnitude % 10)
                magnitude /= 10
            } while magnitude != 0
            if int < 0 { bytes.append(UInt8(ascii: "-")) }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: digits[index..<20]))
        }
    }

    private mutating func writeString(_ string: String) {
        var string = string
        string.withUTF8 { utf8 in
            bytes.append(UInt8(ascii: "\""))
            var runStart = 0
            for index in 0..<utf8.count {
                let byte = utf8[index]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                if runStart < index {
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                }
                runStart = index + 1
                switch byte {
                case UInt8(ascii: "\""): append("\\\"")
                case UInt8(ascii: "\\"): append("\\\\")
                case 0x0A: append("\\n")
                case 0x0D: append("\\r")
                case 0x09: append("\\t")
                case 0x08: append("\\b")
                case 0x0C: append("\\f")
                default:
                    append("\\u00")
                    bytes.append(Self.hexDigit(byte >> 4))
                    bytes.append(Self.hexDigit(byte & 0x0F))
                }
            }
            if runStart < utf8.count {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<utf8.count]))
            }
            bytes.append(UInt8(ascii: "\""))
        }
    }

    private static func hexDigit(_ nibble: UInt8) -> UInt8 {
        nibble < 10 ? UInt8(ascii: "0") + nibble : UInt8(ascii: "a") + nibble - 10
    }
}
