import Foundation

/// Writes a report where `--out` says, the way `snapshot export --out` does (one atomic write),
/// but never over the plan database. One small function so that the shared safe-output helper
/// can replace it in one place.
public enum ReportFile {
    public static func write(_ text: String, to path: String, database: String) throws {
        if sameFile(path, database) {
            throw PlanError(.reportWouldOverwriteDatabase(path), advice: .reportWouldOverwriteDatabaseAdvice)
        }
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw PlanError(.reportCannotWrite(path, reason: error.localizedDescription), advice: .reportCannotWriteAdvice)
        }
    }

    /// The same path after resolving links, or the same file on disk (device and inode); the
    /// database's -wal and -journal companions count as the database too.
    static func sameFile(_ a: String, _ b: String) -> Bool {
        let resolvedA = URL(fileURLWithPath: a).resolvingSymlinksInPath().path
        let resolvedB = URL(fileURLWithPath: b).resolvingSymlinksInPath().path
        if [resolvedB, resolvedB + "-wal", resolvedB + "-shm", resolvedB + "-journal"].contains(resolvedA) { return true }
        var statA = stat(), statB = stat()
        guard stat(a, &statA) == 0, stat(b, &statB) == 0 else { return false }
        return statA.st_dev == statB.st_dev && statA.st_ino == statB.st_ino
    }
}
