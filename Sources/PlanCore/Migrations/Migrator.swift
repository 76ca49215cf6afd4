import Foundation
import SQLiteDB

/// Where one migration stands in one database.
public struct MigrationStatus: Sendable, Equatable {
    public enum State: String, Sendable {
        case applied
        case pending
        /// Applied, but the file in this binary no longer matches the recorded checksum.
        case modified
        /// Recorded in the database, unknown to this binary: a newer plandb made the file.
        case unknown
    }

    public let version: Int
    public let name: String
    public let state: State
    public let appliedAt: String?
}

/// Applies migrations one transaction each, with the version row written inside the same
/// transaction: a migration either fully happens, row included, or leaves no trace, so there is
/// no "dirty" state to repair.
public struct Migrator: Sendable {
    public let migrations: [Migration]

    public init(migrations: [Migration]) { self.migrations = migrations }

    public static func embedded() throws -> Migrator { Migrator(migrations: try Migration.embedded()) }

    static let tableSQL = """
        CREATE TABLE IF NOT EXISTS schema_migrations (
            version     INTEGER PRIMARY KEY,
            name        TEXT NOT NULL,
            sha256      TEXT NOT NULL,
            applied_at  TEXT NOT NULL
        ) STRICT
        """

    struct AppliedRow {
        let version: Int
        let name: String
        let sha256: String
        let appliedAt: String
    }

    func appliedRows(_ db: Database) throws -> [AppliedRow] {
        guard try db.tableExists("schema_migrations") else { return [] }
        return try db.rows("SELECT version, name, sha256, applied_at FROM schema_migrations ORDER BY version").map {
            AppliedRow(
                version: $0.int("version") ?? 0, name: $0.string("name") ?? "",
                sha256: $0.string("sha256") ?? "", appliedAt: $0.string("applied_at") ?? "")
        }
    }

    /// Every known and every recorded migration, in version order.
    public func status(_ db: Database) throws -> [MigrationStatus] {
        let applied = try appliedRows(db)
        let appliedByVersion = Dictionary(uniqueKeysWithValues: applied.map { ($0.version, $0) })
        var result: [MigrationStatus] = migrations.map { migration in
            guard let row = appliedByVersion[migration.version] else {
                return MigrationStatus(version: migration.version, name: migration.name, state: .pending, appliedAt: nil)
            }
            let state: MigrationStatus.State = row.sha256 == migration.checksum ? .applied : .modified
            return MigrationStatus(version: migration.version, name: migration.name, state: state, appliedAt: row.appliedAt)
        }
        let known = Set(migrations.map(\.version))
        for row in applied where !known.contains(row.version) {
            result.append(MigrationStatus(version: row.version, name: row.name, state: .unknown, appliedAt: row.appliedAt))
        }
        return result.sorted { $0.version < $1.version }
    }

    /// Refuses a database this binary must not touch: one with an applied migration whose file
    /// changed, or one that records migrations this binary does not know.
    public func verify(_ db: Database) throws {
        let states = try status(db)
        if let newer = states.first(where: { $0.state == .unknown }) {
            throw PlanError(
                .migrationNewerDatabase(String(format: "%04d", newer.version) + "_" + newer.name, version: PlanDBVersion.current),
                advice: .migrationNewerDatabaseAdvice)
        }
        if let modified = states.first(where: { $0.state == .modified }),
            let migration = migrations.first(where: { $0.version == modified.version })
        {
            throw PlanError(.migrationModified(migration.fileName), advice: .migrationModifiedAdvice(migration.fileName))
        }
    }

    /// Verifies, then applies every pending migration in one transaction: a command either
    /// brings the file up to date or, when one migration fails, changes nothing at all (not even
    /// the migrations before it). One commit instead of one per migration also makes a new file
    /// faster. Returns what ran.
    @discardableResult
    public func migrate(_ db: Database) throws -> [Migration] {
        try verify(db)
        let applied = Set(try appliedRows(db).map(\.version))
        let pending = migrations.filter { !applied.contains($0.version) }
        guard !pending.isEmpty else { return [] }
        try apply(pending, to: db)
        return pending
    }

    /// Foreign keys are switched off while a migration runs, so that a migration may rebuild a
    /// table the way SQLite documents ("Making Other Kinds Of Table Schema Changes": 1. disable
    /// foreign keys, 2. start a transaction, … 10. run PRAGMA foreign_key_check, 11. commit),
    /// and checked before the commit: a migration that leaves a dangling reference is rolled back.
    ///
    /// `legacy_alter_table` is on for the same procedure: its step 7 renames `new_X` to `X`, and
    /// the views and triggers already name `X`. SQLite's newer rename re-parses and rewrites every
    /// view and trigger of the schema to follow the old name, which a rebuild never needs: that
    /// was 31 ms of the 38 that 0014 takes on a new file, the schema made the same (MigratorTests).
    func apply(_ pending: [Migration], to db: Database) throws {
        try db.execute("PRAGMA foreign_keys = OFF; PRAGMA legacy_alter_table = ON")
        defer { try? db.execute("PRAGMA foreign_keys = ON; PRAGMA legacy_alter_table = OFF") }
        try db.transaction {
            // Created with the first migration, inside the transaction: a failure leaves no table.
            try db.execute(Self.tableSQL)
            for migration in pending {
                do {
                    try db.execute(migration.sql)
                } catch let error as SQLiteError {
                    throw PlanError(.migrationFailed(migration.fileName, error.message), advice: .migrationFailedAdvice)
                }
                // Checked after each migration, so that the one that broke a reference is named.
                let violations = try db.rows("PRAGMA foreign_key_check")
                if let first = violations.first {
                    throw PlanError(
                        .migrationBrokenReferences(migration.fileName, count: violations.count, table: first[0].string ?? "?"),
                        advice: .migrationBrokenReferencesAdvice)
                }
                try db.execute(
                    "INSERT INTO schema_migrations (version, name, sha256, applied_at) VALUES (?, ?, ?, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))",
                    [migration.version, migration.name, migration.checksum])
            }
        }
    }
}
