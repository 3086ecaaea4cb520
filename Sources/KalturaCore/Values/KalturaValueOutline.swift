import Foundation
import OrderedCollections

/// A value in a few lines, for people: what the REPL shows for a ``KalturaValue`` or
/// ``KalturaObject`` (`print` and `"\(value)"` keep giving compact JSON).
///
/// An object starts with its `objectType`, then its fields wrapped into lines; long strings are
/// cut with their length noted, arrays show their first elements and their count, nested objects
/// their type and first fields, and past a few lines the rest is counted, not shown. Members that
/// hold credentials and KS-shaped text are redacted, as in ``KalturaValue/debugDescription``.
///
/// ```text
/// KalturaMediaListResponse
///   objects: [2 items: KalturaMediaEntry {id: "0_a1b2c3d4", name: "Intro", +21 more}, KalturaMediaEntry {…}]
///   totalCount: 2
/// ```
public struct KalturaValueOutline: Sendable, CustomStringConvertible {
    /// The value outlined.
    public let value: KalturaValue
    /// Lines of fields shown under an object's type before the rest is counted.
    public var maximumLines = 6
    /// Characters of a string shown before it is cut.
    public var maximumStringLength = 60
    /// Elements of an array, or fields of a nested object, shown inline.
    public var maximumElements = 3
    /// Width a line of fields is wrapped at.
    public var lineWidth = 100

    /// An outline of `value` with the default limits.
    public init(_ value: KalturaValue) {
        self.value = value
    }

    /// The outline: an object's type on the first line and its fields indented below, or a
    /// scalar, array or map on one line.
    public var description: String {
        let shown = KalturaRedaction.redacting(value)
        switch shown {
        case .object(let object):
            return block(header: object.objectType.isEmpty ? "object" : object.objectType, fields: object.kalturaFields.elements.map { $0 })
        case .map(let entries):
            return block(header: "map of \(entries.count)", fields: entries.elements.map { $0 })
        default:
            return inline(shown, depth: 0)
        }
    }

    /// A header line and the fields, `name: value` wrapped into at most ``maximumLines`` lines.
    private func block(header: String, fields: [(key: String, value: KalturaValue)]) -> String {
        var lines: [String] = []
        var current: [String] = []
        var width = 0
        var shown = 0
        for field in fields {
            let item = "\(field.key): \(inline(field.value, depth: 1))"
            if !current.isEmpty && width + 2 + item.count > lineWidth - 2 {
                lines.append(current.joined(separator: ", "))
                current = []
                width = 0
                if lines.count == maximumLines { break }
            }
            width += (current.isEmpty ? 0 : 2) + item.count
            current.append(item)
            shown += 1
        }
        if !current.isEmpty { lines.append(current.joined(separator: ", ")) }
        let hidden = fields.count - shown
        if hidden > 0 { lines.append("… \(hidden) more \(hidden == 1 ? "field" : "fields")") }
        return ([header] + lines.enumerated().map { index, line in
            "  " + line + (index < lines.count - 1 && !lines[index + 1].hasPrefix("…") ? "," : "")
        }).joined(separator: "\n")
    }

    /// A value on one line, nested containers shortened more the deeper they are.
    private func inline(_ value: KalturaValue, depth: Int) -> String {
        switch value {
        case .null: return "null"
        case .bool(let flag): return flag ? "true" : "false"
        case .int(let number): return String(number)
        case .float(let number): return String(number)
        case .string(let text): return quoted(text)
        case .array(let elements):
            if elements.isEmpty { return "[]" }
            let count = "\(elements.count) \(elements.count == 1 ? "item" : "items")"
            if depth >= 2 { return "[\(count)]" }
            var parts = elements.prefix(maximumElements).enumerated().map { index, element in
                // A list of objects shows its first object's first fields, then only the others' types.
                guard let object = element.objectValue else { return inline(element, depth: depth + 1) }
                return index == 0 ? nested(type: object.objectType, fields: object.kalturaFields.elements.map { $0 }, depth: depth)
                    : "\(object.objectType.isEmpty ? "object" : object.objectType) {…}"
            }
            if elements.count > maximumElements { parts.append("…") }
            return "[\(count): \(parts.joined(separator: ", "))]"
        case .object(let object):
            return nested(type: object.objectType, fields: object.kalturaFields.elements.map { $0 }, depth: depth)
        case .map(let entries):
            return nested(type: "map", fields: entries.elements.map { $0 }, depth: depth)
        }
    }

    /// `KalturaMediaEntry {id: "0_a", name: "x", +20 more}`; only `{…}` past the second level.
    private func nested(type: String, fields: [(key: String, value: KalturaValue)], depth: Int) -> String {
        let name = type.isEmpty ? "object" : type
        if fields.isEmpty { return "\(name) {}" }
        if depth >= 2 { return "\(name) {…}" }
        var parts = fields.prefix(maximumElements).map { "\($0.key): \(inline($0.value, depth: depth + 1))" }
        if fields.count > maximumElements { parts.append("+\(fields.count - maximumElements) more") }
        return "\(name) {\(parts.joined(separator: ", "))}"
    }

    /// The text in double quotes with quotes, backslashes and line breaks escaped, cut past
    /// ``maximumStringLength`` characters with the full length noted.
    private func quoted(_ text: String) -> String {
        var shown = text.count > maximumStringLength ? String(text.prefix(maximumStringLength - 1)) : text
        shown = shown.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "\n", with: "\\n").replacingOccurrences(of: "\r", with: "\\r")
            .replacingOccurrences(of: "\t", with: "\\t")
        return text.count > maximumStringLength ? "\"\(shown)…\" (\(text.count) chars)" : "\"\(shown)\""
    }
}
