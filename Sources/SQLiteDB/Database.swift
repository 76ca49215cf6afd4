import CSQLite
import Foundation

/// One connection to one SQLite file. Not `Sendable`: a connection is used by one thread at a
/// time; open another connection for another thread or process.
public final class Database {
    public enum Mode: Sendable {
        /// Read-write; creates the file when it does not exist.
        case readWriteCreate
        /// Read-write on an existing file.
        case readWrite
        /// SQLITE_OPEN_READONLY: the connection cannot write, whatever SQL it is given.
        case readOnly
        /// Read-only without locks or a -shm file (`immutable=1`), for a file on read-only media
        /// that nobody can be writing. Never for a file another process may change.
        case readOnlyImmutable
    }

    let handle: OpaquePointer
    public let path: String
    public let mode: Mode
    var transactionDepth = 0
    var hooks = HookBoxes()
    /// Statements of `execute(_:_:)`, `rows`, `row` and `scalar`, kept prepared by their SQL.
    var keptStatements = KeptStatements()

    /// How long a writer waits for another process's lock before giving up.
    public static let defaultBusyTimeout: Int32 = 10_000

    public init(path: String, mode: Mode = .readWriteCreate, busyTimeoutMilliseconds: Int32 = Database.defaultBusyTimeout) throws {
        _ = Database.uriNamesOff
        var flags = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE
        var name = Database.plainFileName(path)
        switch mode {
        case .readWriteCreate: flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE
        case .readWrite: flags |= SQLITE_OPEN_READWRITE
        case .readOnly: flags |= SQLITE_OPEN_READONLY
        case .readOnlyImmutable:
            flags |= SQLITE_OPEN_READONLY | SQLITE_OPEN_URI
            name = Database.immutableURI(path)
        }
        var connection: OpaquePointer?
        let code = sqlite3_open_v2(name, &connection, flags, nil)
        guard code == SQLITE_OK, let connection else {
            // Even a failed open may allocate a handle: read its message, then close it.
            let error = SQLiteError.current(connection, code: code)
            sqlite3_close_v2(connection)
            throw error
        }
        self.handle = connection
        self.path = path
        self.mode = mode
        do {
            try setUp(busyTimeoutMilliseconds: busyTimeoutMilliseconds)
        } catch {
            sqlite3_close_v2(connection)
            throw error
        }
    }

    deinit {
        // The kept statements first: the connection closes at once, not when they are finalized.
        keptStatements = KeptStatements()
        sqlite3_close_v2(handle)
    }

    /// This SQLite is built with URI names on (SQLITE_USE_URI): `file:plan.db?a=` would name
    /// another file. Switched off once, before the first open; `plainFileName` covers the case
    /// where SQLite was initialized before.
    private static let uriNamesOff: Int32 = csqlite_config_uri_off()

    /// A path is a file name, always: a relative name that starts with `file:` is passed as
    /// `./file:…`, which SQLite never reads as a URI.
    static func plainFileName(_ path: String) -> String {
        path.hasPrefix("file:") ? "./" + path : path
    }

    /// `file:/abs/path?immutable=1`, every byte of the path that is not plainly safe escaped, so
    /// that no character of the name can act as URI syntax.
    static func immutableURI(_ path: String) -> String {
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        let safe = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~/".utf8)
        let escaped = absolute.utf8.map { safe.contains($0) ? String(UnicodeScalar($0)) : String(format: "%%%02X", $0) }.joined()
        return "file:" + escaped + "?immutable=1"
    }

    /// How long a statement waits for another connection's lock before it fails with SQLITE_BUSY
    /// (at least 1 ms: 0 would turn the wait off).
    public func setBusyTimeout(milliseconds: Int32) {
        sqlite3_busy_timeout(handle, max(1, milliseconds))
    }

    /// Connection setup as a list of named steps. Each read-write connection gets WAL (readers
    /// never block the writer), enforced foreign keys, and a busy timeout so that two departments
    /// writing at once wait for each other instead of failing.
    private func setUp(busyTimeoutMilliseconds: Int32) throws {
        sqlite3_extended_result_codes(handle, 1)
        sqlite3_busy_timeout(handle, busyTimeoutMilliseconds)
        _ = csqlite_db_config_defensive(handle, 1)
        _ = csqlite_db_config_no_extensions(handle)
        turnOffUnusedFeatures()
        // Reading the schema now turns "file is not a database" into an error at open time,
        // not at the first query.
        try execute("SELECT count(*) FROM sqlite_schema")
        if mode == .readWrite || mode == .readWriteCreate {
            try execute("PRAGMA journal_mode = WAL")
            try execute("PRAGMA foreign_keys = ON")
            try execute("PRAGMA synchronous = NORMAL")
        }
    }

    // MARK: Running SQL

    /// Prepares one statement.
    public func prepare(_ sql: String) throws -> Statement {
        try Statement(database: self, sql: sql)
    }

    /// Runs one or more statements separated by semicolons, without parameters.
    public func execute(_ sql: String) throws {
        var message: UnsafeMutablePointer<CChar>?
        let code = sqlite3_exec(handle, sql, nil, nil, &message)
        if code != SQLITE_OK {
            let text = message.map { String(cString: $0) }
            sqlite3_free(message)
            var error = SQLiteError.current(handle, code: code, sql: sql)
            if let text { error = SQLiteError(extendedCode: error.extendedCode, message: text, sql: sql) }
            throw error
        }
    }

    /// Runs one statement with positional parameters.
    public func execute(_ sql: String, _ arguments: [ValueConvertible?]) throws {
        try withKeptStatement(sql) { statement in
            try statement.bind(arguments)
            try statement.run()
        }
    }

    /// Runs one statement with named parameters.
    public func execute(_ sql: String, named arguments: [String: ValueConvertible?]) throws {
        try withKeptStatement(sql) { statement in
            try statement.bind(arguments)
            try statement.run()
        }
    }

    public func rows(_ sql: String, _ arguments: [ValueConvertible?] = []) throws -> [Row] {
        try withKeptStatement(sql) { statement in
            try statement.bind(arguments)
            return try statement.allRows()
        }
    }

    public func rows(_ sql: String, named arguments: [String: ValueConvertible?]) throws -> [Row] {
        try withKeptStatement(sql) { statement in
            try statement.bind(arguments)
            return try statement.allRows()
        }
    }

    public func row(_ sql: String, _ arguments: [ValueConvertible?] = []) throws -> Row? {
        try withKeptStatement(sql) { statement in
            try statement.bind(arguments)
            return try statement.step() ? statement.currentRow() : nil
        }
    }

    /// The first column of the first row, or `.null`.
    public func scalar(_ sql: String, _ arguments: [ValueConvertible?] = []) throws -> Value {
        try row(sql, arguments)?[0] ?? .null
    }

    public var lastInsertRowID: Int64 { sqlite3_last_insert_rowid(handle) }
    public var changes: Int { Int(sqlite3_changes(handle)) }
    public var isInTransaction: Bool { sqlite3_get_autocommit(handle) == 0 }

    /// SQLite's version, e.g. "3.40.1".
    public static var sqliteVersion: String { String(cString: sqlite3_libversion()) }

    // MARK: Transactions

    /// Runs `body` in a transaction: BEGIN IMMEDIATE at the outermost level (the write lock is
    /// taken up front, so a busy database waits at BEGIN, never half-way), a SAVEPOINT when
    /// nested. Any thrown error rolls back that level and is rethrown.
    @discardableResult
    public func transaction<T>(_ body: () throws -> T) throws -> T {
        let depth = transactionDepth
        let savepoint = "plandb_sp\(depth)"
        if depth == 0 {
            try execute("BEGIN IMMEDIATE")
        } else {
            try execute("SAVEPOINT \(savepoint)")
        }
        transactionDepth += 1
        do {
            let result = try body()
            transactionDepth -= 1
            if depth == 0 {
                try commitOrRollBack()
            } else {
                try execute("RELEASE \(savepoint)")
            }
            return result
        } catch {
            transactionDepth = depth
            if depth == 0 {
                if isInTransaction { try? execute("ROLLBACK") }
            } else {
                try? execute("ROLLBACK TO \(savepoint)")
                try? execute("RELEASE \(savepoint)")
            }
            throw error
        }
    }

    private func commitOrRollBack() throws {
        do {
            try execute("COMMIT")
        } catch {
            if isInTransaction { try? execute("ROLLBACK") }
            throw error
        }
    }

    /// Runs `body` in a transaction and commits it, or, when `commit` is false, rolls it back
    /// after `body` has finished and returns its result all the same: a dry run does exactly
    /// the work of the real one and leaves the file as it was.
    public func transaction<T>(commit: Bool, _ body: () throws -> T) throws -> T {
        guard !commit else { return try transaction(body) }
        var result: T?
        do {
            try transaction {
                result = try body()
                throw RollbackRequest()
            }
        } catch is RollbackRequest {}
        guard let result else { throw SQLiteError(extendedCode: SQLITE_MISUSE, message: "a rolled-back transaction returned nothing") }
        return result
    }

    /// Runs `body` inside a read transaction (a consistent snapshot of the WAL).
    public func readTransaction<T>(_ body: () throws -> T) throws -> T {
        try execute("BEGIN DEFERRED")
        defer { try? execute("COMMIT") }
        return try body()
    }

    /// Asks a running statement on this connection to stop (from any thread).
    public func interrupt() { sqlite3_interrupt(handle) }
}

/// Thrown inside a transaction to roll it back on purpose (see `transaction(commit:_:)`).
private struct RollbackRequest: Error {}
