import KalturaCore

/// A list request read from a filter object and a pager by naming convention: filter
/// properties named `<field><Operator>` become ``FilterCondition``s, `orderBy` becomes sort keys
/// (`+name,-createdAt`), and the pager gives the page (size 30 and index 1 by default).
struct ListQuery: Sendable {
    /// The largest page the server returns.
    static let maximumPageSize = 500
    /// The page size when the pager gives none.
    static let defaultPageSize = 30

    var conditions: [FilterCondition] = []
    var sortKeys: [(field: String, ascending: Bool)] = []
    var pageSize = ListQuery.defaultPageSize
    var pageIndex = 1

    /// Reads a filter and a pager.
    ///
    /// - Parameters:
    ///   - filter: The filter object, if any.
    ///   - pager: The pager object, if any.
    ///   - isField: Whether objects of the listed class can have the named property; conditions on
    ///     other names (free-text searches and the like) are ignored.
    init(filter: KalturaObject?, pager: KalturaObject?, isField: (String) -> Bool) {
        if let filter {
            for (name, value) in filter.kalturaFields {
                if name == "orderBy" {
                    sortKeys = Self.sortKeys(value.stringValue ?? "").filter { isField($0.field) }
                    continue
                }
                switch value {
                case .null, .map, .object: continue
                case .string(let text) where text.isEmpty: continue
                case .bool, .int, .float, .string, .array: break
                }
                guard let (field, op) = FilterOperator.parse(name), isField(field) else { continue }
                conditions.append(FilterCondition(field: field, operator: op, value: value))
            }
        }
        if let pager {
            if let size = pager.kalturaFields["pageSize"]?.intValue, size > 0 {
                pageSize = min(size, Self.maximumPageSize)
            }
            if let index = pager.kalturaFields["pageIndex"]?.intValue, index > 0 {
                pageIndex = index
            }
        }
    }

    /// Whether some condition tests `field`, or a field whose name starts with it.
    func hasCondition(onFieldStartingWith prefix: String) -> Bool {
        conditions.contains { $0.field.hasPrefix(prefix) }
    }

    /// The objects that pass every condition, sorted (stable, so ties keep insertion order).
    ///
    /// Each object's sort values are read once before sorting (not twice per comparison), so a
    /// list over 100,000 stored entries sorts in milliseconds.
    func matching(_ objects: some Collection<KalturaObject>) -> [KalturaObject] {
        let result = objects.filter { object in conditions.allSatisfy { $0.matches(object) } }
        guard !sortKeys.isEmpty else { return result }
        return sortedPositions(of: result).map { result[$0] }
    }

    /// The positions of `matches` in the requested order (ties in their stored order). Positions
    /// are sorted, not objects, so a sort moves integers rather than copying objects; one key
    /// whose values are all integers (`createdAt`, `updatedAt`) is compared as plain integers.
    private func sortedPositions(of matches: [KalturaObject]) -> [Int] {
        let keys = sortKeys
        if keys.count == 1 {
            let field = keys[0].field, ascending = keys[0].ascending
            var integers: [(value: Int, position: Int)] = []
            integers.reserveCapacity(matches.count)
            for (position, object) in matches.enumerated() {
                guard case .int(let value)? = object.kalturaFields[field] else { break }
                integers.append((value, position))
            }
            if integers.count == matches.count {
                integers.sort { lhs, rhs in
                    lhs.value == rhs.value ? lhs.position < rhs.position : (lhs.value < rhs.value) == ascending
                }
                return integers.map(\.position)
            }
        }
        let values = matches.map { object in keys.map { object.kalturaFields[$0.field] } }
        return matches.indices.sorted { lhs, rhs in
            for (index, key) in keys.enumerated() {
                let order = Self.order(values[lhs][index], values[rhs][index])
                if order == .orderedSame { continue }
                return (order == .orderedAscending) == key.ascending
            }
            return lhs < rhs
        }
    }

    /// The number of matches and the requested page of them, none past `limit` matches: one pass
    /// without collecting every match when no order is asked for; else the matches' positions
    /// sorted, and only the page's objects taken.
    func totalAndPage(of objects: some Sequence<KalturaObject>, limit: Int = .max) -> (total: Int, page: [KalturaObject]) {
        guard sortKeys.isEmpty else {
            let matches = objects.filter { object in conditions.allSatisfy { $0.matches(object) } }
            let positions = sortedPositions(of: matches)
            return (matches.count, page(of: positions, limit: limit).map { matches[$0] })
        }
        let start = offset ?? .max
        let end = min(limit, start.addingReportingOverflow(pageSize).overflow ? .max : start + pageSize)
        var total = 0
        var page: [KalturaObject] = []
        for object in objects where conditions.allSatisfy({ $0.matches(object) }) {
            if total >= start, total < end { page.append(object) }
            total += 1
        }
        return (total, page)
    }

    /// The offset of the requested page's first object, or `nil` when it overflows.
    var offset: Int? {
        let start = (pageIndex - 1).multipliedReportingOverflow(by: pageSize)
        return start.overflow ? nil : start.partialValue
    }

    /// The slice of `matches` on the requested page, none past `limit` matches (the search
    /// index's cap on entry lists).
    func page<Element>(of matches: [Element], limit: Int = .max) -> ArraySlice<Element> {
        guard let start = offset, start < matches.count, start < limit else { return [] }
        return matches[start..<min(matches.count, start + pageSize, limit)]
    }

    private static func order(_ lhs: KalturaValue?, _ rhs: KalturaValue?) -> FilterOrder {
        switch (lhs, rhs) {
        case (nil, nil): return .orderedSame
        case (nil, _): return .orderedAscending
        case (_, nil): return .orderedDescending
        case (let left?, let right?): return FilterValue.compare(left, right) ?? .orderedSame
        }
    }

    private static func sortKeys(_ orderBy: String) -> [(field: String, ascending: Bool)] {
        orderBy.split(separator: ",").compactMap { piece in
            let key = piece.trimming(" ")
            guard let first = key.first else { return nil }
            switch first {
            case "+": return key.count > 1 ? (String(key.dropFirst()), true) : nil
            case "-": return key.count > 1 ? (String(key.dropFirst()), false) : nil
            default: return (key, true)
            }
        }
    }
}
