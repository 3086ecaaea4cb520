/// What changed between two schemas: services, actions and their parameters, classes and their
/// properties, enums and their constants. Useful before upgrading an on-prem server or a script.
public struct SchemaDifference: Sendable, Hashable {
    /// One change, named by a dotted path such as `media.list(pager)` or `KalturaMediaEntry.name`.
    public struct Change: Sendable, Hashable, CustomStringConvertible {
        public enum Kind: String, Sendable, Hashable { case added, removed, changed }
        public var kind: Kind
        public var path: String
        /// For `changed`: what differs, e.g. `type int → string`.
        public var detail: String?

        public var description: String {
            let symbol = switch kind { case .added: "+"; case .removed: "-"; case .changed: "~" }
            return "\(symbol) \(path)" + (detail.map { ": \($0)" } ?? "")
        }
    }

    /// The changes, services first, then classes, then enums, each in name order.
    public var changes: [Change]

    /// Whether the schemas declare the same API surface.
    public var isEmpty: Bool { changes.isEmpty }

    /// Compares `old` with `new`.
    public init(from old: Schema, to new: Schema) {
        let changes = ChangeLog()
        compare(old.services, new.services, key: { $0.id.lowercased() }, path: { $0.id }, into: changes) { before, after, path in
            compare(before.actions, after.actions, key: { $0.name.lowercased() }, path: { "\(path).\($0.name)" }, into: changes) { before, after, path in
                compare(before.parameters, after.parameters, key: \.name, path: { "\(path)(\($0.name))" }, into: changes) { before, after, path in
                    var details: [String] = []
                    if before.type != after.type { details.append("type \(before.type.displayName) → \(after.type.displayName)") }
                    if before.isOptional != after.isOptional { details.append(after.isOptional ? "now optional" : "now required") }
                    if !details.isEmpty { changes.append(Change(kind: .changed, path: path, detail: details.joined(separator: ", "))) }
                }
                if before.parameters.map(\.name) != after.parameters.map(\.name),
                   Set(before.parameters.map(\.name)) == Set(after.parameters.map(\.name)) {
                    changes.append(Change(kind: .changed, path: path, detail: "parameter order changed"))
                }
                if before.result != after.result {
                    changes.append(Change(kind: .changed, path: path, detail:
                        "result \(before.result?.displayName ?? "void") → \(after.result?.displayName ?? "void")"))
                }
            }
        }
        compare(old.classes, new.classes, key: \.name, path: \.name, into: changes) { before, after, path in
            if before.baseName != after.baseName {
                changes.append(Change(kind: .changed, path: path, detail: "base \(before.baseName ?? "none") → \(after.baseName ?? "none")"))
            }
            compare(before.properties, after.properties, key: \.name, path: { "\(path).\($0.name)" }, into: changes) { before, after, path in
                var details: [String] = []
                if before.type != after.type { details.append("type \(before.type.displayName) → \(after.type.displayName)") }
                if before.isReadOnly != after.isReadOnly { details.append(after.isReadOnly ? "now read-only" : "now writable") }
                if before.isInsertOnly != after.isInsertOnly { details.append(after.isInsertOnly ? "now insert-only" : "no longer insert-only") }
                if !details.isEmpty { changes.append(Change(kind: .changed, path: path, detail: details.joined(separator: ", "))) }
            }
        }
        compare(old.enums, new.enums, key: \.name, path: \.name, into: changes) { before, after, path in
            compare(before.constants, after.constants, key: \.name, path: { "\(path).\($0.name)" }, into: changes) { before, after, path in
                if before.value != after.value {
                    changes.append(Change(kind: .changed, path: path, detail: "value \(before.value) → \(after.value)"))
                }
            }
        }
        self.changes = changes.entries
    }
}

/// Collects changes while the nested comparisons run (a reference, so nested closures can append).
private final class ChangeLog {
    var entries: [SchemaDifference.Change] = []
    func append(_ change: SchemaDifference.Change) { entries.append(change) }
}

/// Pairs elements by key; reports additions and removals; hands pairs present in both to `matched`.
private func compare<Element>(_ old: [Element], _ new: [Element], key: (Element) -> String, path: (Element) -> String,
                              into changes: ChangeLog,
                              matched: (Element, Element, String) -> Void) {
    var oldByKey: [String: Element] = [:]
    for element in old where oldByKey[key(element)] == nil { oldByKey[key(element)] = element }
    var newByKey: [String: Element] = [:]
    for element in new where newByKey[key(element)] == nil { newByKey[key(element)] = element }
    for name in Set(oldByKey.keys).union(newByKey.keys).sorted() {
        switch (oldByKey[name], newByKey[name]) {
        case (let before?, let after?): matched(before, after, path(after))
        case (let before?, nil): changes.append(.init(kind: .removed, path: path(before)))
        case (nil, let after?): changes.append(.init(kind: .added, path: path(after)))
        case (nil, nil): break
        }
    }
}
