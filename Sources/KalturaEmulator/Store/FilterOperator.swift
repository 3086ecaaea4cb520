/// The comparison a filter property names by its suffix, e.g. `nameLike` → ``like`` on `name`.
enum FilterOperator: String, Sendable, CaseIterable {
    case greaterThanOrEqual = "GreaterThanOrEqual"
    case lessThanOrEqual = "LessThanOrEqual"
    case greaterThan = "GreaterThan"
    case lessThan = "LessThan"
    case multiLikeOr = "MultiLikeOr"
    case multiLikeAnd = "MultiLikeAnd"
    case notEqual = "NotEqual"
    case notIn = "NotIn"
    case notContains = "NotContains"
    case startsWith = "StartsWith"
    case endsWith = "EndsWith"
    case matchOr = "MatchOr"
    case matchAnd = "MatchAnd"
    case equal = "Equal"
    case like = "Like"
    case `in` = "In"

    /// Splits a filter property name into the object property it tests and the operator,
    /// trying longer suffixes first; `nil` when no suffix matches or nothing precedes it.
    static func parse(_ filterProperty: String) -> (field: String, operator: FilterOperator)? {
        for candidate in allCases where filterProperty.hasSuffix(candidate.rawValue) {
            let field = String(filterProperty.dropLast(candidate.rawValue.count))
            if !field.isEmpty { return (field, candidate) }
        }
        return nil
    }
}
