import OrderedCollections

/// Builds the nested parameter tree from flattened names, as the Kaltura server does.
///
/// A name is split into path segments on `:` (after PHP's `name[a][b]` brackets, which
/// PHP itself turns into nesting before Kaltura sees the parameters). The value lands at
/// the end of the path, creating maps on the way. Special last segments:
///
/// - `-` creates an empty array at the parent, unless something is already there;
/// - a segment ending in `__null` puts ``KalturaValue/null`` at the name without the
///   suffix. A null marker wins over any value for the same name, whatever their order.
///
/// Names without `:` are placed first and `:` names are merged in afterwards, so
/// `filter:nameLike` adds to a `filter` object however the two are ordered. Other
/// conflicts are settled by the last writer: a later scalar replaces an earlier map, a
/// later path through a scalar replaces it with a map.
enum KalturaFormGrouping {
    /// One step of a parameter path.
    enum Segment: Hashable {
        /// A member name or a numeric index, kept as a string.
        case key(String)
        /// PHP's `[]`: the next free integer index.
        case append
    }

    /// The most segments a name may have; deeper names are dropped. No real parameter comes close,
    /// and the grouping recurses once per segment, so a hostile name must not reach it.
    static let maximumPathDepth = 64

    static let nullSuffix = "__null"
    static let emptyArrayMarker = "-"

    /// Builds the tree from named values, in two passes as the server does: names
    /// without `:` first (PHP has already nested their brackets), then the `:` names,
    /// which are merged into what is there.
    static func group(
        _ parameters: some Sequence<(name: String, value: KalturaValue)>
    ) -> OrderedDictionary<String, KalturaValue> {
        var tree = OrderedDictionary<String, KalturaValue>()
        var colonPaths: [(path: [Segment], value: KalturaValue)] = []
        var appends = AppendTracker()
        for (name, value) in parameters {
            let (path, hasColon) = segments(of: name)
            guard path.count <= maximumPathDepth else { continue }
            if hasColon {
                colonPaths.append((path, value))
            } else {
                appends.startInsertion(of: path)
                insert(value, at: path[...], into: &tree, appends: &appends)
            }
        }
        for (path, value) in colonPaths {
            appends.startInsertion(of: path)
            insert(value, at: path[...], into: &tree, appends: &appends)
        }
        return typed(tree)
    }

    /// The path of a flattened parameter name, and whether its name part has a `:`.
    static func segments(of name: String) -> (path: [Segment], hasColon: Bool) {
        var base = Substring(name)
        var bracketed: [Segment] = []
        if let open = name.firstIndex(of: "["), open != name.startIndex, name.hasSuffix("]") {
            var rest = name[open...]
            var parsed: [Segment] = []
            var wellFormed = true
            while let first = rest.first {
                guard first == "[", let close = rest.firstIndex(of: "]") else {
                    wellFormed = false
                    break
                }
                let inner = rest[rest.index(after: rest.startIndex)..<close]
                parsed.append(inner.isEmpty ? .append : .key(String(inner)))
                rest = rest[rest.index(after: close)...]
            }
            if wellFormed {
                base = name[..<open]
                bracketed = parsed
            }
        }
        var path = base.split(separator: ":", omittingEmptySubsequences: false).map { Segment.key(String($0)) }
        let hasColon = path.count > 1
        path.append(contentsOf: bracketed)
        return (path, hasColon)
    }

    /// Places `value` at `path` inside `entries`.
    static func insert(
        _ value: KalturaValue, at path: ArraySlice<Segment>, into entries: inout OrderedDictionary<String, KalturaValue>
    ) {
        var appends = AppendTracker()
        appends.startInsertion(of: path)
        insert(value, at: path, into: &entries, appends: &appends)
    }

    /// Places `value` at `path` inside `entries`, resolving `[]` with the help of `appends`.
    static func insert(
        _ value: KalturaValue, at path: ArraySlice<Segment>, into entries: inout OrderedDictionary<String, KalturaValue>,
        appends: inout AppendTracker
    ) {
        guard let first = path.first else { return }
        let key = resolve(first, in: entries, appends: appends)
        appends.descend(into: key, appended: first == .append)
        if path.count == 1 {
            if key == emptyArrayMarker { return }
            if key.utf8.count > nullSuffix.utf8.count, key.hasSuffix(nullSuffix) {
                entries[String(key.dropLast(nullSuffix.count))] = .null
                return
            }
            if case .null? = entries[key] { return }
            entries[key] = value
            return
        }
        if path.count == 2, path.last == .key(emptyArrayMarker) {
            if entries[key] == nil {
                entries[key] = .array([])
            }
            return
        }
        if case .null? = entries[key] { return }
        entries[key, default: .map([:])].insertGrouped(value, at: path.dropFirst(), appends: &appends)
    }

    /// Sets `value` at `path` in an object: a string `objectType` member renames the type;
    /// any other value for `objectType`, or a path through it, is ignored.
    static func insert(
        _ value: KalturaValue, at path: ArraySlice<Segment>, into object: inout KalturaObject, appends: inout AppendTracker
    ) {
        if path.first == .key("objectType") {
            if path.count == 1, case .string(let type) = value {
                object.objectType = type
            }
            return
        }
        insert(value, at: path, into: &object.kalturaFields, appends: &appends)
    }

    private static func resolve(
        _ segment: Segment, in entries: OrderedDictionary<String, KalturaValue>, appends: AppendTracker
    ) -> String {
        switch segment {
        case .key(let key):
            return key
        case .append:
            if let next = appends.nextIndexAfterPreviousAppend() {
                return String(next)
            }
            var next = 0
            for key in entries.keys {
                if let index = Int(key), index >= next {
                    next = index + 1
                }
            }
            return String(next)
        }
    }

    // MARK: - Markers inside structured values

    /// Applies the `__null` and `-` markers inside a structured value (a JSON body), as the
    /// server does at every level: `"name__null"` members become nulls and a `"-"` member
    /// is dropped, leaving an empty array when it was the only member.
    static func resolvingMarkers(in value: KalturaValue) -> KalturaValue {
        switch value {
        case .map(let entries):
            let resolved = resolvingMarkers(in: entries)
            if resolved.isEmpty && !entries.isEmpty {
                return .array([])
            }
            return .map(resolved)
        case .object(var object):
            object.kalturaFields = resolvingMarkers(in: object.kalturaFields)
            return .object(object)
        case .array(let elements):
            return .array(elements.map(resolvingMarkers(in:)))
        case .null, .bool, .int, .float, .string:
            return value
        }
    }

    private static func resolvingMarkers(
        in entries: OrderedDictionary<String, KalturaValue>
    ) -> OrderedDictionary<String, KalturaValue> {
        var needsWork = false
        for (key, value) in entries {
            switch value {
            case .map, .object, .array:
                needsWork = true
            case .null, .bool, .int, .float, .string:
                if key == emptyArrayMarker || key.hasSuffix(nullSuffix) {
                    needsWork = true
                }
            }
            if needsWork { break }
        }
        guard needsWork else { return entries }
        var resolved = OrderedDictionary<String, KalturaValue>(minimumCapacity: entries.count)
        for (key, value) in entries {
            insert(resolvingMarkers(in: value), at: [.key(key)], into: &resolved)
        }
        return resolved
    }

    // MARK: - Typing

    /// Turns every map with a string `"objectType"` member into an object, recursively.
    static func typed(_ value: KalturaValue) -> KalturaValue {
        switch value {
        case .map(let entries):
            return KalturaValue(entries: typed(entries))
        case .object(var object):
            object.kalturaFields = typed(object.kalturaFields)
            return .object(object)
        case .array(let elements):
            return .array(elements.map(typed))
        case .null, .bool, .int, .float, .string:
            return value
        }
    }

    static func typed(_ entries: OrderedDictionary<String, KalturaValue>) -> OrderedDictionary<String, KalturaValue> {
        var entries = entries
        for index in entries.values.indices {
            switch entries.values[index] {
            case .map, .object, .array:
                entries.values[index] = typed(entries.values[index])
            case .null, .bool, .int, .float, .string:
                break
            }
        }
        return entries
    }
}

extension KalturaValue {
    /// Places `value` at `path` below this value, turning it into a map when it is not
    /// a container. Mutates in place, without copying the containers on the way.
    fileprivate mutating func insertGrouped(
        _ value: KalturaValue, at path: ArraySlice<KalturaFormGrouping.Segment>,
        appends: inout KalturaFormGrouping.AppendTracker
    ) {
        switch self {
        case .map(var entries):
            self = .null
            KalturaFormGrouping.insert(value, at: path, into: &entries, appends: &appends)
            self = .map(entries)
        case .object(var object):
            self = .null
            KalturaFormGrouping.insert(value, at: path, into: &object, appends: &appends)
            self = .object(object)
        case .array(let elements):
            var entries = OrderedDictionary<String, KalturaValue>(minimumCapacity: elements.count)
            for (index, element) in elements.enumerated() {
                entries[String(index)] = element
            }
            KalturaFormGrouping.insert(value, at: path, into: &entries, appends: &appends)
            self = .map(entries)
        case .null, .bool, .int, .float, .string:
            var entries = OrderedDictionary<String, KalturaValue>()
            KalturaFormGrouping.insert(value, at: path, into: &entries, appends: &appends)
            self = .map(entries)
        }
    }
}
