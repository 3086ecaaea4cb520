import CSQLite

/// A compiled SQLite statement: bind parameters (numbered from 1), step through rows, read
/// columns (numbered from 0), reset to run it again. Finalised when released.
final class SQLiteStatement {
    private let handle: OpaquePointer
    private let database: SQLiteDatabase
    /// Tells SQLite to copy bound text and blobs (the Swift buffers do not outlive the call).
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    init(_ handle: OpaquePointer, database: SQLiteDatabase) {
        self.handle = handle
        self.database = database
    }

    deinit {
        sqlite3_finalize(handle)
    }

    /// Binds an integer to parameter `index`.
    func bind(_ value: Int, at index: Int32) throws(SQLiteError) {
        try check(sqlite3_bind_int64(handle, index, Int64(value)))
    }

    /// Binds text to parameter `index`.
    func bind(_ value: String, at index: Int32) throws(SQLiteError) {
        try check(sqlite3_bind_text(handle, index, value, -1, Self.transient))
    }

    /// Binds bytes to parameter `index` as a blob.
    func bind(_ value: [UInt8], at index: Int32) throws(SQLiteError) {
        let status = value.withUnsafeBytes { buffer in
            sqlite3_bind_blob64(handle, index, buffer.baseAddress ?? UnsafeRawPointer(bitPattern: 1), sqlite3_uint64(buffer.count),
                                Self.transient)
        }
        try check(status)
    }

    /// Advances to the next row: `true` when there is one, `false` when the statement is done.
    @discardableResult
    func step() throws(SQLiteError) -> Bool {
        switch sqlite3_step(handle) {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        case let status: throw database.lastError(status)
        }
    }

    /// Makes the statement ready to run again, with its bindings cleared.
    func reset() {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
    }

    /// Binds `values` from parameter 1 on, runs the statement to completion and resets it.
    func run(_ values: SQLiteValue...) throws(SQLiteError) {
        defer { reset() }
        for (offset, value) in values.enumerated() {
            let index = Int32(offset + 1)
            switch value {
            case .integer(let number): try bind(number, at: index)
            case .text(let text): try bind(text, at: index)
            case .blob(let bytes): try bind(bytes, at: index)
            }
        }
        while try step() {}
    }

    /// The integer in column `index` of the current row.
    func integer(at index: Int32) -> Int {
        Int(sqlite3_column_int64(handle, index))
    }

    /// The text in column `index` of the current row (empty for null).
    func text(at index: Int32) -> String {
        guard let pointer = sqlite3_column_text(handle, index) else { return "" }
        return String(cString: pointer)
    }

    /// The bytes in column `index` of the current row (empty for null).
    func blob(at index: Int32) -> [UInt8] {
        let pointer = sqlite3_column_blob(handle, index)  // before the size, as SQLite asks
        let count = Int(sqlite3_column_bytes(handle, index))
        guard count > 0, let pointer else { return [] }
        return Array(UnsafeRawBufferPointer(start: pointer, count: count))
    }

    private func check(_ status: Int32) throws(SQLiteError) {
        guard status == SQLITE_OK else { throw database.lastError(status) }
    }
}
