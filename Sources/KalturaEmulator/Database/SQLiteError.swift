/// A failed SQLite call: the result code and SQLite's own message for it.
struct SQLiteError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The SQLite result code (e.g. 26, `SQLITE_NOTADB`).
    let code: Int32
    /// SQLite's message, e.g. `file is not a database`.
    let message: String

    var description: String { message }
}
