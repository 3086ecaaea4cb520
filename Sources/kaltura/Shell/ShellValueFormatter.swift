import Kaltura
import KalturaSchema

/// How `kaltura shell` prints a result: indented JSON (coloured on a terminal), with null fields left
/// out and `objectType` first; a list response as a short table of its objects instead.
///
/// The caller redacts the value first (see ``KalturaRedaction``).
struct ShellValueFormatter {
    /// Whether to colour the output with ANSI escapes (only on a terminal).
    var usesColour: Bool
    /// The schema, to show enum values in tables by their constant's name.
    var schema: Schema

    /// The columns a table shows, in this order, when the objects have them.
    static let preferredColumns = ["id", "name", "systemName", "mediaType", "type", "status"]
    /// The most columns a table shows.
    static let maximumColumns = 4

    /// The text to print for `value`, without a final newline; a list response as a table unless
    /// `allowsTable` is false.
    func format(_ value: KalturaValue, allowsTable: Bool = true) -> String {
        if allowsTable, let table = table(for: value) { return table }
        var text = ""
        write(value, indent: "", into: &text)
        return text
    }

    // MARK: - JSON

    private func write(_ value: KalturaValue, indent: String, into text: inout String) {
        switch value {
        case .object(let object):
            var fields: [(String, KalturaValue)] = [("objectType", .string(object.objectType))]
            fields += object.kalturaFields.filter { !$0.value.isNull }.map { ($0.key, $0.value) }
            writeMembers(fields, indent: indent, into: &text)
        case .map(let entries):
            writeMembers(entries.filter { !$0.value.isNull }.map { ($0.key, $0.value) }, indent: indent, into: &text)
        case .array(let elements):
            guard !elements.isEmpty else {
                text += "[]"
                return
            }
            let inner = indent + "  "
            text += "[\n"
            for (position, element) in elements.enumerated() {
                text += inner
                write(element, indent: inner, into: &text)
                text += position == elements.count - 1 ? "\n" : ",\n"
            }
            text += indent + "]"
        case .string:
            text += paint(json(value), code: "32")
        case .int, .float:
            text += paint(json(value), code: "33")
        case .bool, .null:
            text += paint(json(value), code: "35")
        }
    }

    private func writeMembers(_ members: [(String, KalturaValue)], indent: String, into text: inout String) {
        guard !members.isEmpty else {
            text += "{}"
            return
        }
        let inner = indent + "  "
        text += "{\n"
        for (position, (key, member)) in members.enumerated() {
            text += inner + paint(json(.string(key)), code: "36") + ": "
            write(member, indent: inner, into: &text)
            text += position == members.count - 1 ? "\n" : ",\n"
        }
        text += indent + "}"
    }

    private func json(_ scalar: KalturaValue) -> String {
        String(decoding: KalturaJSON.encode(scalar), as: UTF8.self)
    }

    private func paint(_ text: String, code: String) -> String {
        usesColour ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    // MARK: - Tables

    /// A list response (`objects` of objects and `totalCount`) as a table, when its objects share at
    /// least one of the ``preferredColumns``.
    private func table(for value: KalturaValue) -> String? {
        guard case .object(let response) = value, let objectsValue = response.kalturaFields["objects"],
              response.kalturaFields["totalCount"] != nil else { return nil }
        let total = response.kalturaFields["totalCount"]?.intValue.map(String.init) ?? "?"
        let elements = objectsValue.isNull ? [] : (objectsValue.arrayValue ?? [])
        if elements.isEmpty { return "no objects (totalCount \(total))" }
        let objects = elements.compactMap(\.objectValue)
        guard objects.count == elements.count else { return nil }
        let columns = Self.preferredColumns.filter { column in objects.contains { !($0.kalturaFields[column]?.isNull ?? true) } }
            .prefix(Self.maximumColumns)
        guard !columns.isEmpty else { return nil }
        var rows = [Array(columns)]
        for object in objects {
            rows.append(columns.map { cell(object.kalturaFields[$0], property: $0, of: object.objectType) })
        }
        let widths = columns.indices.map { column in rows.map { $0[column].count }.max() ?? 0 }
        var lines: [String] = []
        for (number, row) in rows.enumerated() {
            let line = row.enumerated().map { column, text in
                column == row.count - 1 ? text : text.padding(toLength: widths[column], withPad: " ", startingAt: 0)
            }.joined(separator: "  ")
            lines.append(number == 0 ? paint(line, code: "1") : line)
        }
        lines.append("\(objects.count) object\(objects.count == 1 ? "" : "s") (totalCount \(total)); $_.objects.N for one, $_ for all as JSON")
        return lines.joined(separator: "\n")
    }

    private func cell(_ value: KalturaValue?, property: String, of className: String) -> String {
        guard let value, !value.isNull else { return "-" }
        if case .enumeration(let name, _)? = schema.property(property, of: className)?.type,
           let constant = schema.enumeration(named: name)?.constants.first(where: { $0.value == scalarText(value) }) {
            return constant.name
        }
        let text = scalarText(value)
        return text.count > 40 ? String(text.prefix(39)) + "…" : text
    }

    private func scalarText(_ value: KalturaValue) -> String {
        if case .string(let text) = value { return text }
        return json(value)
    }
}
