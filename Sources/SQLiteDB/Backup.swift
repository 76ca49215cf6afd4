import CSQLite
import Foundation

extension Database {
    /// Copies this database into `destination` with SQLite's online backup API. Pages are copied
    /// in steps; when another connection writes in between, SQLite restarts the copy, so the result
    /// is always one consistent state of the source. The file is written to a temporary name and
    /// renamed into place, so an interrupted backup never leaves a half file under the final name.
    public func backup(to destination: String, pagesPerStep: Int32 = 256) throws {
        let temporary = destination + ".partial-\(ProcessInfo.processInfo.processIdentifier)"
        try? FileManager.default.removeItem(atPath: temporary)
        do {
            let target = try Database(path: temporary, mode: .readWriteCreate)
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
        try? FileManager.default.removeItem(atPath: destination)
        try FileManager.default.moveItem(atPath: temporary, toPath: destination)
    }
}
