import Foundation
import KalturaSchema

/// Tab completion for `kaltura shell`, from the schema alone: it knows nothing of the terminal, so
/// it can be tested and measured on its own.
///
/// It completes, by position on the line:
/// - the first word: the shell's commands, services (`media.`), plugins (`metadata.`), a service's
///   actions (`media.list`) and a plugin's services and their actions (`metadata.metadataProfile.list`);
/// - after an action, parameter names and nested property paths by the declared class, inherited
///   properties included (`filter:nameL` → `filter:nameLike=`); an `objectType=` given earlier on
///   the line for the same path selects the subclass whose properties are offered;
/// - after `=`: `objectType` values (the declared class and its subclasses), enum constants,
///   `true`/`false`, and file paths after `=@`;
/// - after `describe`, any name it describes; after `session` and `help`, their subcommands.
///
/// ```swift
/// let engine = CompletionEngine(schema: schema)
/// engine.complete("media.list filter:nameL").candidates  // ["filter:nameLike="]
/// ```
public struct CompletionEngine: Sendable {
    /// The shell's own commands, offered as first words.
    public static let shellCommands = ["describe", "exit", "help", "quit", "search", "session"]
    /// The words `session` takes.
    public static let sessionCommands = ["clear", "show", "start", "use"]

    private let schema: Schema
    private let commands: [String]

    /// An engine over `schema` that offers `commands` as first words besides the schema's names.
    public init(schema: Schema, commands: [String] = CompletionEngine.shellCommands) {
        self.schema = schema
        self.commands = commands
    }

    /// The completion of the word that ends at `cursor` (a count of characters from the start of
    /// `line`; the end of the line when `nil`).
    public func complete(_ line: String, cursor: Int? = nil) -> Completion {
        let before = cursor.map { String(line.prefix($0)) } ?? line
        let wordStart = before.lastIndex(where: \.isWhitespace).map { before.index(after: $0) } ?? before.startIndex
        let word = String(before[wordStart...])
        let earlier = CommandLineWords.split(String(before[..<wordStart])) ?? before[..<wordStart].split(separator: " ").map(String.init)
        return Completion(word: word, candidates: candidates(for: word, after: earlier).sorted())
    }

    private func candidates(for word: String, after earlier: [String]) -> [String] {
        guard let first = earlier.first else { return firstWords(matching: word) }
        switch first {
        case "describe": return earlier.count == 1 ? describableNames(matching: word) : []
        case "session": return earlier.count == 1 ? Self.matching(word, in: Self.sessionCommands) : []
        case "help": return earlier.count == 1 ? Self.matching(word, in: commands) : []
        default:
            guard let (_, action) = schema.action(named: first) else { return [] }
            return parameterWords(for: word, of: action, after: earlier.dropFirst())
        }
    }

    // MARK: - First word

    private func firstWords(matching word: String) -> [String] {
        let parts = word.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        switch parts.count {
        case 1:
            var names = Set(Self.matching(word, in: commands))
            for service in schema.services where Self.hasPrefix(service.id, word) { names.insert(service.id + ".") }
            for plugin in schema.plugins where Self.hasPrefix(plugin.name, word) && !schema.services(inPlugin: plugin.name).isEmpty {
                names.insert(plugin.name + ".")
            }
            return Array(names)
        case 2:
            var names: [String] = []
            if let service = schema.service(id: parts[0]) {
                names += service.actions.map(\.name).filter { Self.hasPrefix($0, parts[1]) }.map { "\(service.id).\($0)" }
            }
            if let plugin = schema.plugin(named: parts[0]) {
                names += schema.services(inPlugin: plugin.name).map(\.name).filter { Self.hasPrefix($0, parts[1]) }
                    .map { "\(plugin.name).\($0)." }
            }
            return names
        case 3:
            guard let plugin = schema.plugin(named: parts[0]),
                  let service = schema.service(plugin: plugin.name, name: parts[1]) else { return [] }
            return service.actions.map(\.name).filter { Self.hasPrefix($0, parts[2]) }.map { "\(plugin.name).\(service.name).\($0)" }
        default:
            return []
        }
    }

    private func describableNames(matching word: String) -> [String] {
        var names: [String] = []
        let parts = word.split(separator: ".", omittingEmptySubsequences: false)
        if parts.count > 1 {
            names = firstWords(matching: word)
        } else {
            for service in schema.services where Self.hasPrefix(service.id, word) { names.append(service.id) }
            for definition in schema.classes where Self.hasPrefix(definition.name, word) { names.append(definition.name) }
            for definition in schema.enums where Self.hasPrefix(definition.name, word) { names.append(definition.name) }
            for plugin in schema.plugins where Self.hasPrefix(plugin.name, word) { names.append(plugin.name) }
            for error in schema.errors where Self.hasPrefix(error.name, word) { names.append(error.name) }
        }
        return Array(Set(names))
    }

    // MARK: - Parameters

    private func parameterWords(for word: String, of action: ActionDefinition, after earlier: ArraySlice<String>) -> [String] {
        if let equals = word.firstIndex(of: "=") {
            let key = String(word[..<equals])
            let value = String(word[word.index(after: equals)...])
            return valueWords(for: value, key: key, of: action, after: earlier).map { "\(key)=\($0)" }
        }
        var path = word.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        let last = path.removeLast()
        let prefix = path.isEmpty ? "" : path.joined(separator: ":") + ":"
        if path.isEmpty {
            return action.parameters.filter { Self.hasPrefix($0.name, last) }.map { $0.name + Self.separator(after: $0.type) }
        }
        guard let type = resolve(path, of: action, after: earlier) else { return [] }
        switch type {
        case .object:
            guard let className = effectiveClass(of: type, at: path, after: earlier) else { return [] }
            var words = schema.properties(of: className).filter { !$0.isReadOnly && Self.hasPrefix($0.name, last) }
                .map { prefix + $0.name + Self.separator(after: $0.type) }
            if Self.hasPrefix("objectType", last) { words.append(prefix + "objectType=") }
            return words
        case .array(let element), .map(let element):
            guard !last.isEmpty else { return [] }
            return [prefix + last + Self.separator(after: element)]
        default:
            return []
        }
    }

    private func valueWords(for value: String, key: String, of action: ActionDefinition, after earlier: ArraySlice<String>) -> [String] {
        if value.hasPrefix("@") { return filePaths(matching: String(value.dropFirst())).map { "@" + $0 } }
        var path = key.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        if path.last == "objectType" {
            path.removeLast()
            guard let type = resolve(path, of: action, after: earlier), let declared = Self.className(of: type) else { return [] }
            return Self.matching(value, in: [declared] + schema.descendants(of: declared))
        }
        switch resolve(path, of: action, after: earlier) {
        case .enumeration(let name, _)?:
            return Self.matching(value, in: schema.enumeration(named: name)?.constants.map(\.name) ?? [])
        case .primitive(.bool)?:
            return Self.matching(value, in: ["false", "true"])
        default:
            return []
        }
    }

    /// The type at a `:`-separated path of an action's parameters, following the class an earlier
    /// `path:objectType=` names where there is one.
    private func resolve(_ path: [String], of action: ActionDefinition, after earlier: ArraySlice<String>) -> TypeReference? {
        guard let first = path.first, var type = action.parameters.first(where: { $0.name == first })?.type else { return nil }
        for depth in path.indices.dropFirst() {
            let segment = path[depth]
            switch type {
            case .object:
                guard let className = effectiveClass(of: type, at: Array(path[..<depth]), after: earlier),
                      let property = schema.property(segment, of: className) else { return nil }
                type = property.type
            case .array(let element):
                guard Int(segment) != nil else { return nil }
                type = element
            case .map(let element):
                type = element
            default:
                return nil
            }
        }
        return type
    }

    /// The class an object at `path` has: the one an earlier `path:objectType=NAME` word names,
    /// when it is a subclass of the declared one, else the declared class.
    private func effectiveClass(of type: TypeReference, at path: [String], after earlier: ArraySlice<String>) -> String? {
        guard let declared = Self.className(of: type) else { return nil }
        let key = path.joined(separator: ":") + ":objectType="
        if let word = earlier.last(where: { $0.hasPrefix(key) }) {
            let named = String(word.dropFirst(key.count))
            if schema.classDefinition(named: named) != nil, schema.isClass(named, kindOf: declared) { return named }
        }
        return declared
    }

    private func filePaths(matching text: String) -> [String] {
        let expanded = text.hasPrefix("~/") ? NSHomeDirectory() + text.dropFirst() : text
        let slash = expanded.lastIndex(of: "/")
        let directory = slash.map { String(expanded[...$0]) } ?? ""
        let namePrefix = slash.map { String(expanded[expanded.index(after: $0)...]) } ?? expanded
        let shownDirectory = slash.map { String(text[...(text.lastIndex(of: "/") ?? $0)]) } ?? ""
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory.isEmpty ? "." : directory) else { return [] }
        return names.filter { $0.hasPrefix(namePrefix) && (namePrefix.hasPrefix(".") || !$0.hasPrefix(".")) }.map { name in
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: directory + name, isDirectory: &isDirectory)
            return shownDirectory + name + (isDirectory.boolValue ? "/" : "")
        }
    }

    // MARK: - Helpers

    private static func className(of type: TypeReference) -> String? {
        if case .object(let name) = type { return name }
        return nil
    }

    /// What follows a parameter or property name: `:` before a nested path, `=` before a value.
    private static func separator(after type: TypeReference) -> String {
        switch type {
        case .object, .array, .map: return ":"
        default: return "="
        }
    }

    private static func matching(_ word: String, in names: [String]) -> [String] {
        names.filter { hasPrefix($0, word) }
    }

    /// Whether `name` starts with `prefix`, ignoring case.
    private static func hasPrefix(_ name: String, _ prefix: String) -> Bool {
        guard name.utf8.count >= prefix.utf8.count else { return false }
        if name.hasPrefix(prefix) { return true }
        return name.lowercased().hasPrefix(prefix.lowercased())
    }
}
