import CSQLite

/// Every failure that comes out of SQLite: the extended result code, SQLite's own message, and
/// the SQL that was running, so that a log line says what failed and where.
public struct SQLiteError: Error, CustomStringConvertible, Equatable, Sendable {
    /// The extended result code, e.g. 787 (SQLITE_CONSTRAINT_FOREIGNKEY).
    public let extendedCode: Int32
    public let message: String
    public let sql: String?

    public init(extendedCode: Int32, message: String, sql: String? = nil) {
        self.extendedCode = extendedCode
        self.message = message
        self.sql = sql
    }

    /// The primary result code (e.g. 19, SQLITE_CONSTRAINT), so callers can catch a whole family.
    public var primaryCode: Int32 { extendedCode & 0xFF }

    public var isConstraintViolation: Bool { primaryCode == SQLITE_CONSTRAINT }
    public var isBusy: Bool { primaryCode == SQLITE_BUSY || primaryCode == SQLITE_LOCKED }
    public var isNotADatabase: Bool { primaryCode == SQLITE_NOTADB }
    public var isInterrupted: Bool { primaryCode == SQLITE_INTERRUPT }
    public var isReadOnly: Bool { primaryCode == SQLITE_READONLY }
    public var isAuthorizationDenied: Bool { primaryCode == SQLITE_AUTH }

    public var description: String {
        var text = "SQLite error \(extendedCode): \(message)"
        if let sql { text += " - while executing `\(sql)`" }
        return text
    }

    /// Reads the error now recorded on a connection (call right after a failing C call).
    static func current(_ handle: OpaquePointer?, code: Int32, sql: String? = nil) -> SQLiteError {
        let message: String
        if let handle, let cString = sqlite3_errmsg(handle) {
            message = String(cString: cString)
        } else if let cString = sqlite3_errstr(code) {
            message = String(cString: cString)
        } else {
            message = "unknown error"
        }
        let extended = handle.map { sqlite3_extended_errcode($0) } ?? code
        // sqlite3_extended_errcode is only trustworthy when it agrees with the primary code we got.
        let best = (extended & 0xFF) == (code & 0xFF) ? extended : code
        return SQLiteError(extendedCode: best, message: message, sql: sql)
    }
}
