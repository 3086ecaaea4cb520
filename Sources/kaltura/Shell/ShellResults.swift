import Kaltura
import KalturaSchema

/// The results `kaltura shell` keeps, and the references to them a line may use as values:
/// `$_` (the last result), `$1`, `$2`… (numbered in order), followed by a path of field names and
/// array positions (`$_.id`, `$_.objects.0.id`).
struct ShellResults {
    private(set) var values: [KalturaValue] = []

    /// Keeps `value` as the last result and as `$N`, N being its position from 1.
    mutating func keep(_ value: KalturaValue) {
        values.append(value)
    }

    /// Whether `text` is written as a reference (`$_…` or `$N…`).
    static func isReference(_ text: String) -> Bool {
        guard text.first == "$", let second = text.dropFirst().first else { return false }
        return second == "_" || second.isASCII && second.isNumber
    }

    /// The value a reference denotes.
    ///
    /// - Throws: ``CommandFailure`` naming the reference and what is missing.
    func value(of reference: String) throws(CommandFailure) -> KalturaValue {
        var segments = reference.dropFirst().split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        let head = segments.removeFirst()
        var value: KalturaValue
        var path = "$" + head
        if head == "_" {
            guard let last = values.last else { throw CommandFailure("\(path): there is no result yet") }
            value = last
        } else if let number = Int(head), number >= 1 {
            guard number <= values.count else {
                throw CommandFailure("\(path): there \(values.count == 1 ? "is" : "are") only \(values.count) result\(values.count == 1 ? "" : "s") so far")
            }
            value = values[number - 1]
        } else {
            throw CommandFailure("\(path): not a result; use $_ for the last one or $1, $2, … in order")
        }
        for segment in segments {
            let parent = path
            path += "." + segment
            switch value {
            case .array(let elements):
                guard let index = Int(segment), elements.indices.contains(index) else {
                    throw CommandFailure("\(path): \(parent) is an array of \(elements.count) element\(elements.count == 1 ? "" : "s"), indexed from 0")
                }
                value = elements[index]
            case .object(let object):
                if segment == "objectType" {
                    value = .string(object.objectType)
                    continue
                }
                guard let field = object.kalturaFields[segment] else {
                    throw Self.missingField(segment, at: path, of: object.objectType, among: Array(object.kalturaFields.keys) + ["objectType"])
                }
                value = field
            case .map(let entries):
                guard let field = entries[segment] else { throw Self.missingField(segment, at: path, of: "the map", among: Array(entries.keys)) }
                value = field
            default:
                throw CommandFailure("\(path): \(parent) is \(Self.kind(of: value)), which has no fields")
            }
        }
        return value
    }

    /// `key=value` with a reference value replaced by the text of the scalar it denotes; any other
    /// parameter unchanged.
    ///
    /// - Throws: ``CommandFailure`` when the reference is unknown or denotes an object, array or null.
    func substitute(_ parameter: String) throws(CommandFailure) -> String {
        guard let equals = parameter.firstIndex(of: "=") else { return parameter }
        let reference = String(parameter[parameter.index(after: equals)...])
        guard Self.isReference(reference) else { return parameter }
        let value = try value(of: reference)
        let text: String
        switch value {
        case .string(let string): text = string
        case .int(let number): text = String(number)
        case .float: text = String(decoding: KalturaJSON.encode(value), as: UTF8.self)
        case .bool(let flag): text = flag ? "true" : "false"
        case .object(let object):
            throw CommandFailure("\(reference) is an object (\(object.objectType)); name one of its fields, such as \(reference).id")
        case .array(let elements):
            throw CommandFailure("\(reference) is an array of \(elements.count); name one element, such as \(reference).0")
        case .map:
            throw CommandFailure("\(reference) is a map; name one of its keys, such as \(reference).KEY")
        case .null:
            throw CommandFailure("\(reference) is null")
        }
        return String(parameter[...equals]) + text
    }

    private static func missingField(_ name: String, at path: String, of owner: String, among names: [String]) -> CommandFailure {
        var message = "\(path): \(owner) has no field \"\(name)\""
        let suggestions = NameSuggestions.closest(to: name, among: names)
        if !suggestions.isEmpty { message += "; did you mean \(suggestions.map { "\"\($0)\"" }.joined(separator: ", "))?" }
        return CommandFailure(message)
    }

    private static func kind(of value: KalturaValue) -> String {
        switch value {
        case .string: "a string"
        case .int: "an int"
        case .float: "a float"
        case .bool: "a bool"
        case .null: "null"
        case .array: "an array"
        case .map: "a map"
        case .object: "an object"
        }
    }
}
