import KalturaCore

/// One condition of a list filter: an object property, an operator and the filter's value.
///
/// The value's comma-separated items and lowercased text are worked out once, not per object.
struct FilterCondition: Sendable {
    let field: String
    let `operator`: FilterOperator
    let value: KalturaValue
    /// The comma-separated items of the value (for `In`, `NotIn`, `MultiLike…`, `Match…`).
    private let items: [String]
    /// The items lowercased.
    private let lowercasedItems: [String]
    /// The value as lowercased text (for `Like`, `StartsWith`, …).
    private let needle: String?
    /// The value and each item as a number when they spell one, and as text: parsed once, since
    /// a list over 100,000 objects compares them 100,000 times.
    private let operand: FilterValue.Prepared
    private let preparedItems: [FilterValue.Prepared]

    init(field: String, operator: FilterOperator, value: KalturaValue) {
        self.field = field
        self.operator = `operator`
        self.value = value
        items = FilterValue.list(value)
        lowercasedItems = items.map { $0.lowercased() }
        needle = value.comparableText?.lowercased()
        operand = FilterValue.Prepared(value)
        preparedItems = items.map { FilterValue.Prepared(.string($0)) }
    }

    /// Whether `object` satisfies the condition.
    func matches(_ object: KalturaObject) -> Bool {
        let actual = object.kalturaFields[field]
        switch self.operator {
        case .equal:
            return actual.map { operand.equals(FilterValue.Prepared($0)) } ?? false
        case .notEqual:
            return !(actual.map { operand.equals(FilterValue.Prepared($0)) } ?? false)
        case .in:
            guard let actual else { return false }
            let prepared = FilterValue.Prepared(actual)
            return preparedItems.contains { $0.equals(prepared) }
        case .notIn:
            guard let actual else { return true }
            let prepared = FilterValue.Prepared(actual)
            return !preparedItems.contains { $0.equals(prepared) }
        case .like:
            guard let text = actual?.comparableText?.lowercased(), let needle else { return false }
            return text.contains(needle)
        case .notContains:
            guard let text = actual?.comparableText?.lowercased(), let needle else { return true }
            return !text.contains(needle)
        case .startsWith:
            guard let text = actual?.comparableText?.lowercased(), let needle else { return false }
            return text.hasPrefix(needle)
        case .endsWith:
            guard let text = actual?.comparableText?.lowercased(), let needle else { return false }
            return text.hasSuffix(needle)
        case .multiLikeOr, .multiLikeAnd:
            guard let text = actual?.comparableText?.lowercased() else { return false }
            guard !lowercasedItems.isEmpty else { return true }
            return self.operator == .multiLikeOr
                ? lowercasedItems.contains { text.contains($0) }
                : lowercasedItems.allSatisfy { text.contains($0) }
        case .matchOr, .matchAnd:
            guard let text = actual?.comparableText else { return false }
            let present = Set(FilterValue.list(.string(text)).map { $0.lowercased() })
            guard !lowercasedItems.isEmpty else { return true }
            return self.operator == .matchOr
                ? lowercasedItems.contains { present.contains($0) }
                : lowercasedItems.allSatisfy { present.contains($0) }
        case .greaterThanOrEqual, .lessThanOrEqual, .greaterThan, .lessThan:
            guard let actual, let order = FilterValue.compare(actual, value) else { return false }
            switch self.operator {
            case .greaterThanOrEqual: return order != .orderedAscending
            case .lessThanOrEqual: return order != .orderedDescending
            case .greaterThan: return order == .orderedDescending
            default: return order == .orderedAscending
            }
        }
    }
}

/// Comparisons between stored values and filter values, which may differ in type
/// (`.int(2)` against `"2"`).
enum FilterValue {
    /// The items of a comma-separated filter value, trimmed, without empty ones.
    static func list(_ value: KalturaValue) -> [String] {
        if case .array(let items) = value { return items.compactMap(\.comparableText) }
        guard let text = value.comparableText else { return [] }
        return text.split(separator: ",").map { $0.trimming(" \t") }.filter { !$0.isEmpty }
    }

    /// Equal as numbers when both are numeric, otherwise as text.
    static func equal(_ lhs: KalturaValue, _ rhs: KalturaValue) -> Bool {
        Prepared(lhs).equals(Prepared(rhs))
    }

    /// A value with its number and text worked out, for comparing many times.
    struct Prepared: Sendable {
        let value: KalturaValue
        let number: Double?

        init(_ value: KalturaValue) {
            self.value = value
            number = value.numericValue
        }

        /// Equal as numbers when both are numeric, otherwise as text (as ``FilterValue/equal(_:_:)``).
        func equals(_ other: Prepared) -> Bool {
            if let number, let otherNumber = other.number { return number == otherNumber }
            return value.comparableText == other.value.comparableText
        }
    }

    /// Ordered as numbers when both are numeric, otherwise as case-insensitive text.
    static func compare(_ lhs: KalturaValue, _ rhs: KalturaValue) -> FilterOrder? {
        if let left = lhs.numericValue, let right = rhs.numericValue {
            return left < right ? .orderedAscending : left > right ? .orderedDescending : .orderedSame
        }
        guard let left = lhs.comparableText?.lowercased(), let right = rhs.comparableText?.lowercased() else { return nil }
        return left < right ? .orderedAscending : left > right ? .orderedDescending : .orderedSame
    }
}

/// The result of comparing two filter values.
enum FilterOrder: Sendable {
    case orderedAscending, orderedSame, orderedDescending
}

extension KalturaValue {
    /// Scalars as text for comparisons (booleans as `1`/`0`); `nil` for containers and null.
    var comparableText: String? { stringValue }

    /// The value as a number when it is one or spells one.
    var numericValue: Double? {
        switch self {
        case .int(let number): return Double(number)
        case .float(let number): return number
        case .bool(let flag): return flag ? 1 : 0
        case .string(let text):
            guard !text.isEmpty, let number = Double(text), number.isFinite else { return nil }
            return number
        case .null, .array, .map, .object: return nil
        }
    }
}

extension StringProtocol {
    /// The text without leading and trailing characters from `set`.
    func trimming(_ set: String) -> String {
        let characters = Set(set)
        return String(drop { characters.contains($0) }.reversed().drop { characters.contains($0) }.reversed())
    }
}
