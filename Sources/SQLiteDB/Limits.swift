import CSQLite

extension Database {
    /// Turns off what no plandb connection uses and what SQL from a file or a user could abuse:
    /// fts3_tokenizer() (it hands out and accepts raw function pointers), double-quoted strings
    /// taken as literals when no column has that name (a misspelt column silently becomes
    /// text), and functions with side effects inside views and triggers (untrusted schema).
    /// Views and triggers themselves stay on: the views are the public interface and the
    /// triggers keep the history append-only.
    func turnOffUnusedFeatures() {
        for (option, on) in [
            (SQLITE_DBCONFIG_ENABLE_FTS3_TOKENIZER, 0), (SQLITE_DBCONFIG_DQS_DML, 0), (SQLITE_DBCONFIG_DQS_DDL, 0),
            (SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0), (SQLITE_DBCONFIG_ENABLE_TRIGGER, 1), (SQLITE_DBCONFIG_ENABLE_VIEW, 1),
        ] {
            _ = csqlite_db_config_flag(handle, option, Int32(on))
        }
    }

    /// The largest string or blob this connection may build, in bytes (SQLITE_LIMIT_LENGTH).
    /// A statement that would build a larger one fails at once with SQLITE_TOOBIG instead of
    /// allocating it.
    public func limitValueLength(to bytes: Int32) {
        sqlite3_limit(handle, SQLITE_LIMIT_LENGTH, bytes)
    }

    /// Caps all of SQLite's memory in this process (sqlite3_hard_heap_limit64): past it, an
    /// allocation fails with SQLITE_NOMEM. 0 removes the cap. Returns the cap it replaces.
    @discardableResult
    public static func limitHeap(to bytes: Int64) -> Int64 {
        sqlite3_hard_heap_limit64(bytes)
    }
}

extension SQLiteError {
    /// SQLITE_TOOBIG: a string or blob over the connection's length limit.
    public var isTooBig: Bool { primaryCode == SQLITE_TOOBIG }
    /// SQLITE_NOMEM: SQLite's memory ran out (or hit its heap limit).
    public var isOutOfMemory: Bool { primaryCode == SQLITE_NOMEM }
}
