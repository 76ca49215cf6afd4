#include <sqlite3.h>

// Swift cannot call C variadic functions, and SQLITE_TRANSIENT is a macro cast Swift cannot
// import: both are wrapped here as small inline functions.

/// Tells sqlite3_bind_text/blob to copy the bytes before the call returns.
static inline sqlite3_destructor_type csqlite_transient(void) { return SQLITE_TRANSIENT; }

/// sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, on, 0): refuses writes that can corrupt
/// the file (writable_schema, raw shadow-table edits) even from SQL the user typed.
static inline int csqlite_db_config_defensive(sqlite3 *db, int on) {
    return sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, on, (int *)0);
}

/// Turns off loading of extensions through SQL (load_extension()).
static inline int csqlite_db_config_no_extensions(sqlite3 *db) {
    return sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, (int *)0);
}

/// sqlite3_db_config(db, op, on, 0) for any of the on/off switches (SQLITE_DBCONFIG_DQS_DML,
/// SQLITE_DBCONFIG_TRUSTED_SCHEMA, …); returns SQLITE_OK or an error code.
static inline int csqlite_db_config_flag(sqlite3 *db, int op, int on) {
    return sqlite3_db_config(db, op, on, (int *)0);
}

/// sqlite3_config(SQLITE_CONFIG_URI, 0): a file name is never read as a `file:` URI unless the
/// caller asks for it with SQLITE_OPEN_URI. Works only before SQLite initializes.
static inline int csqlite_config_uri_off(void) {
    return sqlite3_config(SQLITE_CONFIG_URI, 0);
}
