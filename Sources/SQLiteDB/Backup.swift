import CSQLite
import Foundation

extension Database {
    /// Copies this database into a new file at `path` with SQLite's online backup API. Pages are
    /// copied in steps; when another connection writes in between, SQLite restarts the copy, so the
    /// result is always one consistent state of the source. `path` should be a temporary name that
    /// the caller renames into place (PlanCore's `OutputFile`); on failure the file and its -wal,
    /// -shm and -journal companions are removed.
    public func backup(into path: String, pagesPerStep: Int32 = 256) throws {
        do {
            try copyPages(into: path, pagesPerStep: pagesPerStep)
        } catch {
            for suffix in ["", "-wal", "-shm", "-journal"] { unlink(path + suffix) }
            throw error
        }
    }

    private func copyPages(into path: String, pagesPerStep: Int32) throws {
        let target = try Database(path: path, mode: .readWriteCreate)
        guard let backup = sqlite3_backup_init(target.handle, "main", handle, "main") else {
            throw SQLiteError.current(target.handle, code: sqlite3_errcode(target.handle))
        }
        var code: Int32
        repeat {
            code = sqlite3_backup_step(backup, pagesPerStep)
            if code == SQLITE_BUSY || code == SQLITE_LOCKED { sqlite3_sleep(10) }
        } while code == SQLITE_OK || code == SQLITE_BUSY || code == SQLITE_LOCKED
        sqlite3_backup_finish(backup)
        guard code == SQLITE_DONE else { throw SQLiteError.current(target.handle, code: code) }
        // Fold the copy's WAL into the file itself, so the backup is one self-contained file.
        try target.execute("PRAGMA journal_mode = DELETE")
    }
}
