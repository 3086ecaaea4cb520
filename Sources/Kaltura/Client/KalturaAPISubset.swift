import Foundation
import KalturaSchema

/// The part of the API a client may call. Calls outside it fail with
/// ``KalturaClientError/callOutsideSubset(call:reason:)`` before anything is sent.
///
/// Patterns are `SERVICE.ACTION`, compared case-insensitively, where `*` matches any run of
/// characters. `SERVICE` is a wire id (`media`, `metadata_metadata`) or a plugin service
/// (`metadata.metadataProfile`). A wire id without an action (`batch`) means all of its actions;
/// a plugin service always needs one (`metadata.metadataProfile.*`).
///
/// ```swift
/// let subset = KalturaAPISubset(include: ["media.*", "metadata_metadata.list"],
///                               exclude: ["media.delete"], excludedPlugins: ["contentDistribution"])
/// ```
///
/// A call is allowed when `include` is empty or one of its patterns matches, no `exclude` pattern
/// matches, and its service does not belong to an excluded plugin.
public struct KalturaAPISubset: Sendable, Hashable {
    /// Patterns of calls to allow; empty allows every call.
    public var include: [String]
    /// Patterns of calls to refuse, even when included.
    public var exclude: [String]
    /// Plugins whose services are refused, by name (`metadata`).
    public var excludedPlugins: [String]

    /// The whole API.
    public static let all = KalturaAPISubset()

    /// Creates a subset.
    public init(include: [String] = [], exclude: [String] = [], excludedPlugins: [String] = []) {
        self.include = include
        self.exclude = exclude
        self.excludedPlugins = excludedPlugins
    }

    /// A problem with a subset definition's text.
    public struct ParseError: Error, Sendable, Hashable, CustomStringConvertible {
        /// The 1-based line.
        public var line: Int
        /// What is wrong.
        public var reason: String
        public var description: String { "line \(line): \(reason)" }

        /// Creates a parse error.
        public init(line: Int, reason: String) {
            self.line = line
            self.reason = reason
        }
    }

    /// Reads a subset from settings text, one setting per line, `#` starting a comment:
    ///
    /// ```text
    /// include = media.*, metadata_metadata.list
    /// exclude = batch.*
    /// exclude-plugins = contentDistribution, dropFolder
    /// ```
    ///
    /// A setting given twice adds to the first.
    public init(parsing text: String) throws(ParseError) {
        self.init()
        for (offset, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            guard !line.allSatisfy(\.isWhitespace) else { continue }
            guard let equals = line.firstIndex(of: "=") else {
                throw ParseError(line: offset + 1, reason: "expected \"name = value\"")
            }
            let key = line[..<equals].trimmingCharacters(in: .whitespaces).lowercased()
            let values = line[line.index(after: equals)...].split(separator: ",")
                .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            switch key {
            case "include": include += values
            case "exclude": exclude += values
            case "exclude-plugins", "excludeplugins", "exclude_plugins": excludedPlugins += values
            default:
                throw ParseError(line: offset + 1, reason: "unknown setting \"\(key)\"; expected include, exclude or exclude-plugins")
            }
        }
    }

    /// Why a call is refused, or `nil` when it is allowed.
    ///
    /// - Parameters:
    ///   - serviceId: The service's wire id.
    ///   - plugin: The plugin and friendly service name, for plugin services.
    ///   - action: The action's name.
    func refusal(serviceId: String, plugin: (name: String, service: String)?, action: String) -> String? {
        if let plugin, excludedPlugins.contains(where: { $0.lowercased() == plugin.name.lowercased() }) {
            return "plugin \(plugin.name) is excluded"
        }
        let names = [serviceId] + (plugin.map { ["\($0.name).\($0.service)"] } ?? [])
        func matches(_ pattern: String) -> Bool {
            var servicePattern = Substring(pattern)
            var actionPattern: Substring = "*"
            if let last = pattern.lastIndex(of: ".") {
                servicePattern = pattern[..<last]
                actionPattern = pattern[pattern.index(after: last)...]
            }
            guard Self.glob(actionPattern.lowercased(), matches: action.lowercased()) else { return false }
            return names.contains { Self.glob(servicePattern.lowercased(), matches: $0.lowercased()) }
        }
        if let pattern = exclude.first(where: matches) {
            return "excluded by \"\(pattern)\""
        }
        if !include.isEmpty, !include.contains(where: matches) {
            return "not matched by include: \(include.joined(separator: ", "))"
        }
        return nil
    }

    /// Whether `pattern`, where `*` matches any run of characters, matches all of `text`.
    static func glob(_ pattern: String, matches text: String) -> Bool {
        let pattern = Array(pattern.utf8)
        let text = Array(text.utf8)
        var p = 0, t = 0, star = -1, resume = 0
        while t < text.count {
            if p < pattern.count, pattern[p] == text[t] {
                p += 1
                t += 1
            } else if p < pattern.count, pattern[p] == UInt8(ascii: "*") {
                star = p
                resume = t
                p += 1
            } else if star >= 0 {
                p = star + 1
                resume += 1
                t = resume
            } else {
                return false
            }
        }
        while p < pattern.count, pattern[p] == UInt8(ascii: "*") { p += 1 }
        return p == pattern.count
    }
}
