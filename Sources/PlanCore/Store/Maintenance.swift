import Foundation
import SQLiteDB

/// One line of `plandb check`.
public struct CheckFinding: Sendable, Equatable {
    public enum Status: String, Sendable { case ok, problem }
    /// A stable English key (`integrity`, `schema` …), the same in every language and format.
    public let check: String
    public let status: Status
    public let message: Message
    /// The detail in the user's language.
    public var detail: String { message.text() }
}

public enum Maintenance {
    /// Creates or migrates the database at `path`. Returns the migrations it applied.
    public static func initialize(path: String, migrator: Migrator) throws -> (created: Bool, applied: [Migration]) {
        let opened = try openMigrated(path: path, migrator: migrator)
        return (opened.created, opened.applied)
    }

    /// Creates or migrates the database at `path` and keeps it open for what comes next (the
    /// plan's import): opening it again would check it again and checkpoint it twice.
    static func openMigrated(path: String, migrator: Migrator) throws -> (store: PlanDatabase, created: Bool, applied: [Migration]) {
        let existed = FileManager.default.fileExists(atPath: path)
        // `open` refuses another program's database and a newer plandb's before changing a byte.
        let store = try PlanDatabase.open(path: path, access: .create)
        return (store, !existed, try migrator.migrate(store.connection))
    }

    /// integrity_check, foreign_key_check, migration checksums, the schema against the migrations,
    /// snapshot hashes and frozen numbers, year locks against snapshots, and the kept costs against
    /// their records.
    public static func check(_ store: PlanDatabase, migrator: Migrator) throws -> [CheckFinding] {
        let db = store.connection
        var findings: [CheckFinding] = []

        // A badly damaged file makes the pragma itself fail (SQLITE_CORRUPT): that is a finding too.
        let integrity: [String]
        do {
            integrity = try db.rows("PRAGMA integrity_check").compactMap { $0[0].string }
        } catch let error as SQLiteError {
            return [CheckFinding(check: "integrity", status: .problem, message: .checkSQLiteFailed(error.message, code: error.extendedCode))]
        }
        findings.append(
            integrity == ["ok"]
                ? CheckFinding(check: "integrity", status: .ok, message: .checkIntegrityOK)
                : CheckFinding(check: "integrity", status: .problem, message: .checkIntegrityProblems(integrity.prefix(20).joined(separator: "; "))))
        // The checks below read every table: on a damaged file one may hit a bad page and fail.
        do {
            return findings + (try consistencyFindings(store, migrator: migrator))
        } catch let error as SQLiteError {
            return findings + [CheckFinding(check: "integrity", status: .problem, message: .checkStopped(error.message, code: error.extendedCode))]
        }
    }

    /// Foreign keys, migration checksums, the schema, snapshots, year locks and the kept costs.
    static func consistencyFindings(_ store: PlanDatabase, migrator: Migrator) throws -> [CheckFinding] {
        let db = store.connection
        var findings: [CheckFinding] = []
        let broken = try db.rows("PRAGMA foreign_key_check")
        if broken.isEmpty {
            findings.append(CheckFinding(check: "foreign keys", status: .ok, message: .checkForeignKeysOK))
        } else {
            for row in broken.prefix(20) {
                findings.append(CheckFinding(
                    check: "foreign keys", status: .problem,
                    message: .checkForeignKeyMissing(row[0].string ?? "?", row: row[1].int64.map(String.init) ?? "?", parent: row[2].string ?? "?")))
            }
        }

        for state in try migrator.status(db) {
            let label = String(format: "%04d_%@", state.version, state.name)
            switch state.state {
            case .applied:
                findings.append(CheckFinding(check: "migration", status: .ok, message: .checkMigrationOK(label)))
            case .pending:
                findings.append(CheckFinding(check: "migration", status: .problem, message: .checkMigrationPending(label)))
            case .modified:
                findings.append(CheckFinding(check: "migration", status: .problem, message: .checkMigrationModified(label)))
            case .unknown:
                findings.append(CheckFinding(check: "migration", status: .problem, message: .checkMigrationUnknown(label)))
            }
        }
        findings += try SchemaCheck.findings(db, migrator: migrator)
        findings += try snapshotFindings(store)
        findings += try CostTableCheck.findings(db)
        return findings
    }

    /// Each snapshot's SHA-256, recomputed from its stored rows; then what the hash cannot see.
    static func snapshotFindings(_ store: PlanDatabase) throws -> [CheckFinding] {
        guard try store.connection.tableExists("snapshots") else { return [] }
        let pairs = try PlanRef.all(store).flatMap { try Snapshots(store, plan: $0).verify() }
        let hashes = pairs.map { info, actual in
            let year = FiscalYear.label(info.fiscalYear)
            return actual == info.sha256
                ? CheckFinding(check: "snapshot", status: .ok, message: .checkSnapshotOK(year, version: info.version))
                : CheckFinding(check: "snapshot", status: .problem, message: .checkSnapshotChanged(year, version: info.version, actual: String(actual.prefix(12)), recorded: String(info.sha256.prefix(12))))
        }
        return hashes + (try FrozenNumberCheck.findings(store.connection)) + (try YearLockCheck.findings(store.connection))
    }

    /// An online backup: consistent even while other processes write. A folder receives a new
    /// file with a dated name; an existing file is replaced only when `replace` is given and it
    /// is a database plandb made (an older backup). Returns the file written and its size.
    public static func backup(_ store: PlanDatabase, to destination: String, replace: Bool = false, now: Date = Date()) throws -> (path: String, bytes: Int64) {
        let target = try backupPath(destination, database: store.path, now: now)
        let output = try OutputFile(target, database: store.path, replacing: .plandbDatabase(confirmed: replace))
        do {
            try output.write { temporary in try store.connection.backup(into: temporary) }
        } catch let error as SQLiteError {
            throw PlanError(.backupFailed(target, error.message), advice: .outputCannotWriteAdvice)
        }
        return (target, output.size)
    }

    /// `destination` itself, or for a folder a new name inside it: `plan-backup-2026-11-29T183000.db`
    /// (`-2`, `-3` … added when that name is taken). A path ending in `/` must be a folder that exists.
    static func backupPath(_ destination: String, database: String, now: Date) throws -> String {
        let status = FileStatus(destination)
        guard status?.kind == .folder || destination.hasSuffix("/") else { return destination }
        guard status?.kind == .folder else {
            throw PlanError(.backupNoFolder(destination), advice: .backupNoFolderAdvice)
        }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd'T'HHmmss"
        let stem = ((database as NSString).lastPathComponent as NSString).deletingPathExtension
        let base = "\(stem.isEmpty ? "plan" : stem)-backup-\(formatter.string(from: now))"
        var candidate = (destination as NSString).appendingPathComponent(base + ".db")
        var number = 2
        while FileStatus(candidate) != nil || (try? FileManager.default.destinationOfSymbolicLink(atPath: candidate)) != nil {
            candidate = (destination as NSString).appendingPathComponent("\(base)-\(number).db")
            number += 1
        }
        return candidate
    }
}
