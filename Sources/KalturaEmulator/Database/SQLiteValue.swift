/// A value bound to a statement parameter.
enum SQLiteValue: Sendable {
    case integer(Int)
    case text(String)
    case blob([UInt8])
}
