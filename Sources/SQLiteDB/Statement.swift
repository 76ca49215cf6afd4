import CSQLite
import Foundation

/// A prepared statement. It finalizes itself in `deinit`, and like the connection it belongs to
/// it is not `Sendable`: use it on one thread at a time.
public final class Statement {
    let handle: OpaquePointer
    unowned let database: Database
    public let sql: String
    /// The result's column names, read again when SQLite has re-prepared the statement after a
    /// schema change (a kept statement may outlive the schema it was prepared against).
    public private(set) var columnNames: [String]
    private var preparations: Int32 = 0

    init(database: Database, sql: String) throws {
        var statement: OpaquePointer?
        // The tail pointer points into the C string, so it is read while that string is alive.
        let (code, rest): (Int32, String) = sql.withCString { cSQL in
            var tail: UnsafePointer<CChar>?
            let code = sqlite3_prepare_v2(database.handle, cSQL, -1, &statement, &tail)
            return (code, tail.map { String(cString: $0) } ?? "")
        }
        guard code == SQLITE_OK else {
            sqlite3_finalize(statement)
            throw SQLiteError.current(database.handle, code: code, sql: sql)
        }
        guard let statement else {
            // Only whitespace or comments: nothing to run.
            throw SQLiteError(extendedCode: SQLITE_MISUSE, message: "no SQL statement to run", sql: sql)
        }
        if !Statement.isOnlyWhitespaceOrComments(rest) {
            sqlite3_finalize(statement)
            throw SQLiteError(
                extendedCode: SQLITE_MISUSE,
                message: "only one statement can be prepared at a time; found more after the first", sql: sql)
        }
        self.handle = statement
        self.database = database
        self.sql = sql
        self.columnNames = Statement.columnNames(statement)
    }

    private static func columnNames(_ statement: OpaquePointer) -> [String] {
        (0..<Int(sqlite3_column_count(statement))).map { index in
            sqlite3_column_name(statement, Int32(index)).map { String(cString: $0) } ?? ""
        }
    }

    /// Reads the column names again when SQLite has re-prepared the statement since they were read.
    private func followSchemaChanges() {
        let count = sqlite3_stmt_status(handle, SQLITE_STMTSTATUS_REPREPARE, 0)
        guard count != preparations else { return }
        preparations = count
        columnNames = Statement.columnNames(handle)
    }

    deinit { sqlite3_finalize(handle) }

    /// True when `text` holds nothing SQLite would run: spaces, semicolons and comments.
    static func isOnlyWhitespaceOrComments(_ text: String) -> Bool {
        var rest = Substring(text)
        while let first = rest.first {
            if first.isWhitespace || first == ";" {
                rest = rest.dropFirst()
            } else if rest.hasPrefix("--") {
                rest = rest.drop { $0 != "\n" }
            } else if rest.hasPrefix("/*") {
                guard let end = rest.range(of: "*/") else { return true }
                rest = rest[end.upperBound...]
            } else {
                return false
            }
        }
        return true
    }

    /// True when the statement cannot change the database (SELECT, most PRAGMAs).
    public var isReadOnly: Bool { sqlite3_stmt_readonly(handle) != 0 }

    public var parameterCount: Int { Int(sqlite3_bind_parameter_count(handle)) }

    /// Parameter names as written in the SQL, with their prefix (`:name`); nil for `?`.
    public var parameterNames: [String?] {
        (0..<parameterCount).map { index in
            sqlite3_bind_parameter_name(handle, Int32(index + 1)).map { String(cString: $0) }
        }
    }

    // MARK: Binding

    /// Binds by 1-based index.
    public func bind(_ value: ValueConvertible?, at index: Int) throws {
        // A statement mid-way through its rows cannot take new bindings: start it over.
        sqlite3_reset(handle)
        try set(value?.sqliteValue ?? .null, at: index)
    }

    /// Binds `values` to `?1…?n` as `bind(_: [ValueConvertible?])` does, without boxing each one
    /// in an existential: for a statement run once for every row of a large input.
    public func bind(values: [Value]) throws {
        sqlite3_reset(handle)
        for (offset, value) in values.enumerated() { try set(value, at: offset + 1) }
    }

    private func set(_ value: Value, at index: Int) throws {
        let code: Int32
        switch value {
        case .null: code = sqlite3_bind_null(handle, Int32(index))
        case .integer(let v): code = sqlite3_bind_int64(handle, Int32(index), v)
        case .real(let v): code = sqlite3_bind_double(handle, Int32(index), v)
        case .text(let v):
            // The byte count, not -1: a NUL inside the text would otherwise cut it short.
            code = sqlite3_bind_text(handle, Int32(index), v, Int32(v.utf8.count), csqlite_transient())
        case .blob(let v):
            code = v.withUnsafeBytes { buffer in
                // A zero-length blob still needs a non-NULL pointer, or SQLite stores NULL.
                sqlite3_bind_blob(handle, Int32(index), buffer.baseAddress ?? UnsafeRawPointer(bitPattern: 1), Int32(buffer.count), csqlite_transient())
            }
        }
        guard code == SQLITE_OK else { throw SQLiteError.current(database.handle, code: code, sql: sql) }
    }

    /// Binds by name; `name` may be written with or without its prefix (`:year` or `year`).
    public func bind(_ value: ValueConvertible?, named name: String) throws {
        guard let index = parameterIndex(name) else {
            throw SQLiteError(extendedCode: SQLITE_RANGE, message: "no parameter named \(name)", sql: sql)
        }
        try bind(value, at: index)
    }

    /// Where the parameter `name` is; without a prefix, `:name` is tried first and the other
    /// spellings only when it is absent (a plan's import binds thousands of named values).
    private func parameterIndex(_ name: String) -> Int? {
        func index(_ parameter: String) -> Int? {
            let index = sqlite3_bind_parameter_index(handle, parameter)
            return index > 0 ? Int(index) : nil
        }
        if let first = name.utf8.first, ":@$".utf8.contains(first) { return index(name) }
        return index(":" + name) ?? index("@" + name) ?? index("$" + name)
    }

    /// Binds positional values to `?1…?n`.
    public func bind(_ values: [ValueConvertible?]) throws {
        for (offset, value) in values.enumerated() { try bind(value, at: offset + 1) }
    }

    /// Binds named values; every key must be a parameter of the statement.
    public func bind(_ values: [String: ValueConvertible?]) throws {
        for (name, value) in values { try bind(value, named: name) }
    }

    public func clearBindings() { sqlite3_clear_bindings(handle) }

    public func reset() { sqlite3_reset(handle) }

    // MARK: Stepping

    /// Steps once: true when a row is ready, false when done.
    public func step() throws -> Bool {
        switch sqlite3_step(handle) {
        case SQLITE_ROW:
            followSchemaChanges()
            return true
        case SQLITE_DONE: return false
        case let code:
            let error = SQLiteError.current(database.handle, code: code, sql: sql)
            sqlite3_reset(handle)
            throw error
        }
    }

    /// The current row's value at a 0-based column.
    public func value(at column: Int) -> Value {
        let index = Int32(column)
        switch sqlite3_column_type(handle, index) {
        case SQLITE_INTEGER:
            return .integer(sqlite3_column_int64(handle, index))
        case SQLITE_FLOAT:
            return .real(sqlite3_column_double(handle, index))
        case SQLITE_TEXT:
            guard let bytes = sqlite3_column_text(handle, index) else { return .text("") }
            let count = Int(sqlite3_column_bytes(handle, index))
            return .text(String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self))
        case SQLITE_BLOB:
            let count = Int(sqlite3_column_bytes(handle, index))
            guard count > 0, let bytes = sqlite3_column_blob(handle, index) else { return .blob(Data()) }
            return .blob(Data(bytes: bytes, count: count))
        default:
            return .null
        }
    }

    /// The current row, copied.
    public func currentRow() -> Row {
        Row(columns: columnNames, values: (0..<columnNames.count).map { value(at: $0) })
    }

    /// Runs to completion, ignoring rows. Resets first so a statement can be run again.
    public func run() throws {
        sqlite3_reset(handle)
        while try step() {}
    }

    /// Calls `body` for each row without keeping them: constant memory for large results.
    public func forEachRow(_ body: (Row) throws -> Void) throws {
        sqlite3_reset(handle)
        defer { sqlite3_reset(handle) }
        while try step() { try body(currentRow()) }
    }

    public func allRows() throws -> [Row] {
        var rows: [Row] = []
        try forEachRow { rows.append($0) }
        return rows
    }
}
