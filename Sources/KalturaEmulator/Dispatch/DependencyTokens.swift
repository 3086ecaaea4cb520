import Foundation
import KalturaCore
import OrderedCollections

/// Multirequest dependency tokens: `{N:result}` or `{N:result:path:segments}` in a parameter
/// value, where N is the 1-based execution ordinal of an earlier sub-request.
///
/// As on the server, a token may sit inside a longer string and runs from its `{` to the
/// last `}` of the value (so use one token per value). A token whose request has not run yet
/// stays as written. A token that resolves to nothing, to a container, or to a falsy scalar
/// (`0`, `""`, `"0"`, `false`) makes the dependent request fail with
/// `MISSING_MANDATORY_PARAMETER`, naming the token.
enum DependencyTokens {
    /// A failed substitution: the token text that did not resolve.
    struct Unresolved: Error {
        let token: String
    }

    /// Replaces the tokens in every string of `parameters`.
    ///
    /// - Parameter results: The results of the requests run so far, in execution order; `nil`
    ///   for a request that failed.
    static func substitute(in parameters: inout OrderedDictionary<String, KalturaValue>,
                           results: [KalturaValue?]) throws(Unresolved) {
        for index in parameters.values.indices {
            try substitute(in: &parameters.values[index], results: results)
        }
    }

    private static func substitute(in value: inout KalturaValue, results: [KalturaValue?]) throws(Unresolved) {
        switch value {
        case .string(let text):
            if let replaced = try substitute(in: text, results: results) { value = .string(replaced) }
        case .map(var entries):
            try substitute(in: &entries, results: results)
            value = .map(entries)
        case .object(var object):
            try substitute(in: &object.kalturaFields, results: results)
            value = .object(object)
        case .array(var elements):
            for index in elements.indices {
                try substitute(in: &elements[index], results: results)
            }
            value = .array(elements)
        case .null, .bool, .int, .float:
            break
        }
    }

    /// `text` with its token replaced, or `nil` when it holds no token for a request that ran.
    static func substitute(in text: String, results: [KalturaValue?]) throws(Unresolved) -> String? {
        guard let token = find(in: text), token.ordinal >= 1, token.ordinal <= results.count else { return nil }
        let tokenText = String(text[token.range])
        guard let resolved = results[token.ordinal - 1].flatMap({ resolve(token.path, in: $0) }),
              let scalar = truthyText(resolved) else {
            throw Unresolved(token: tokenText)
        }
        return text.replacingOccurrences(of: tokenText, with: scalar)
    }

    /// The first token in `text`: its range, ordinal and path.
    static func find(in text: String) -> (range: Range<String.Index>, ordinal: Int, path: [String])? {
        var searchStart = text.startIndex
        while let open = text[searchStart...].firstIndex(of: "{") {
            let afterOpen = text.index(after: open)
            let digits = text[afterOpen...].prefix { $0.isASCII && $0.isNumber }
            let marker = ":result"
            if !digits.isEmpty, text[digits.endIndex...].hasPrefix(marker),
               let close = text[digits.endIndex...].lastIndex(of: "}"),
               let ordinal = Int(digits) {
                var rest = text[text.index(digits.endIndex, offsetBy: marker.count)..<close]
                guard rest.isEmpty || rest.hasPrefix(":") else {
                    searchStart = afterOpen
                    continue
                }
                if rest.hasPrefix(":") { rest = rest.dropFirst() }
                let path = rest.isEmpty ? [] : rest.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
                return (open..<text.index(after: close), ordinal, path)
            }
            searchStart = afterOpen
        }
        return nil
    }

    private static func resolve(_ path: [String], in value: KalturaValue) -> KalturaValue? {
        var current = value
        for segment in path {
            switch current {
            case .object(let object):
                guard let next = object[segment] else { return nil }
                current = next
            case .map(let entries):
                guard let next = entries[segment] else { return nil }
                current = next
            case .array(let elements):
                guard let index = Int(segment), elements.indices.contains(index) else { return nil }
                current = elements[index]
            case .null, .bool, .int, .float, .string:
                return nil
            }
        }
        return current
    }

    /// The scalar as text when PHP would call it true.
    private static func truthyText(_ value: KalturaValue) -> String? {
        switch value {
        case .bool(let flag): return flag ? "1" : nil
        case .int(let number): return number == 0 ? nil : String(number)
        case .float(let number): return number == 0 ? nil : value.stringValue
        case .string(let text): return text.isEmpty || text == "0" ? nil : text
        case .null, .array, .map, .object: return nil
        }
    }
}
