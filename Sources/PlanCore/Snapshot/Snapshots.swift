import Foundation
import SQLiteDB

/// One snapshot's header.
public struct SnapshotInfo: Sendable, Equatable {
    public let id: Int64
    public let fiscalYear: Int
    public let version: Int
    public let createdAt: String
    public let createdBy: String
    public let note: String?
    public let missing: Int
    public let sha256: String
}

/// Freezing, reopening and reading fiscal years. Only the coordinator may freeze or reopen.
public struct Snapshots {
    let db: Database
    let store: PlanDatabase
    let plan: PlanRef
    /// The person who freezes or reopens (the account in `plandb serve`, else the OS user).
    let actor: String

    public init(_ store: PlanDatabase, plan: PlanRef, actor: String = OSUser.name) {
        self.store = store
        self.db = store.connection
        self.plan = plan
        self.actor = actor
    }

    func requireCoordinator(_ dept: String, to action: Message) throws {
        guard dept == plan.coordinator else {
            throw PlanError(.snapshotNotCoordinator(dept, action, coordinator: plan.coordinator), advice: .snapshotNotCoordinatorAdvice(plan.coordinator), kind: .forbidden)
        }
    }

    func isLocked(_ year: Int) throws -> Bool {
        try Recorder.isLocked(db, plan: plan, year: year)
    }

    /// Freezes `year`: copies its evaluation and the plan text into immutable rows, stores
    /// their SHA-256 and locks the year. Refuses an incomplete year unless `allowIncomplete`.
    public func create(year: Int, as dept: String, note: String?, allowIncomplete: Bool) throws -> SnapshotInfo {
        try requireCoordinator(dept, to: .snapshotActionFreeze(FiscalYear.label(year)))
        guard (plan.startYear...plan.endYear).contains(year) else {
            throw PlanError(
                .recordYearOutsidePlan(FiscalYear.label(year), start: FiscalYear.label(plan.startYear), end: FiscalYear.label(plan.endYear)),
                advice: .recordYearOutsidePlanAdvice(plan.startYear, plan.endYear))
        }
        return try db.transaction {
            if try isLocked(year) {
                let version = try db.scalar("SELECT max(version) FROM snapshots WHERE plan_id = ? AND fiscal_year = ?", [plan.id, year]).int ?? 0
                throw PlanError(.snapshotAlreadyFrozen(FiscalYear.label(year), version: version), advice: .snapshotAlreadyFrozenAdvice(year, coordinator: plan.coordinator), kind: .conflict)
            }
            let missing = try Completion(store, plan: plan).missing(year: year)
            if missing.count > 0, !allowIncomplete {
                throw PlanError(.snapshotIncomplete(FiscalYear.label(year), missing: missing.count, byDept: missing.byDept), advice: .snapshotIncompleteAdvice(year), kind: .conflict)
            }
            let version = (try db.scalar("SELECT max(version) FROM snapshots WHERE plan_id = ? AND fiscal_year = ?", [plan.id, year]).int ?? 0) + 1
            let createdAt = Self.timestamp()
            let header = SnapshotContent.header(
                plan: plan, year: year, version: version, createdAt: createdAt, createdBy: dept, note: note, missing: missing.count)
            // The rows go in first, under the id the snapshot will get, and are hashed from the
            // tables; the snapshot row (which can never be updated) follows with the hash. Its
            // foreign keys are checked at commit.
            try db.execute("PRAGMA defer_foreign_keys = ON")
            let id = try db.scalar("SELECT coalesce(max(snapshot_id), 0) + 1 FROM snapshots").int64 ?? 1
            try Self.spillingToDisk(db) { try SnapshotContent.copyLive(db, plan: plan, year: year, snapshotID: id) }
            let sha = try SnapshotContent.sha256(db, header: header, snapshotID: id)
            try db.execute("""
                INSERT INTO snapshots (snapshot_id, plan_id, fiscal_year, version, created_at, created_by, note, missing, sha256, canon_version, actor)
                VALUES (?, ?, ?, ?, ?, (SELECT dept_id FROM departments WHERE name = ?), ?, ?, ?, ?, ?)
                """, [id, plan.id, year, version, createdAt, dept, note, missing.count, sha, SnapshotContent.canon(of: header).rawValue, actor])
            try db.execute("""
                INSERT INTO snapshot_headers (snapshot_id, plan_code, plan_name, municipality, start_year, end_year, coordinator, created_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, [id, plan.code, plan.name, plan.municipality, plan.startYear, plan.endYear, plan.coordinator, dept])
            try db.execute(
                "INSERT INTO year_locks (plan_id, fiscal_year, locked_at, locked_by, reason) VALUES (?, ?, ?, (SELECT dept_id FROM departments WHERE name = ?), ?)",
                [plan.id, year, createdAt, dept, "snapshot version \(version)"])
            return SnapshotInfo(id: id, fiscalYear: year, version: version, createdAt: createdAt, createdBy: dept, note: note, missing: missing.count, sha256: sha)
        }
    }

    /// Unlocks a frozen year so corrections can be recorded; the next `create` makes a new version.
    public func reopen(year: Int, reason: String, as dept: String) throws -> Int {
        try requireCoordinator(dept, to: .snapshotActionReopen(FiscalYear.label(year)))
        let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !reason.isEmpty else { throw PlanError(.snapshotReasonRequired, advice: .snapshotReasonRequiredAdvice) }
        return try db.transaction {
            guard try isLocked(year) else {
                throw PlanError(.snapshotNotFrozen(FiscalYear.label(year)), advice: .snapshotNotFrozenAdvice, kind: .conflict)
            }
            let version = try db.scalar("SELECT max(version) FROM snapshots WHERE plan_id = ? AND fiscal_year = ?", [plan.id, year]).int ?? 0
            try db.execute("""
                INSERT INTO snapshot_reopenings (plan_id, fiscal_year, version, reason, reopened_by, reopened_at, actor)
                VALUES (?, ?, ?, ?, (SELECT dept_id FROM departments WHERE name = ?), ?, ?)
                """, [plan.id, year, version, reason, dept, Self.timestamp(), actor])
            try db.execute("DELETE FROM year_locks WHERE plan_id = ? AND fiscal_year = ?", [plan.id, year])
            return version
        }
    }

    public func list() throws -> [SnapshotInfo] {
        try db.rows("""
            SELECT s.snapshot_id, s.fiscal_year, s.version, s.created_at, coalesce(h.created_by, d.name) AS created_by, s.note, s.missing, s.sha256
            FROM snapshots s JOIN departments d ON d.dept_id = s.created_by LEFT JOIN snapshot_headers h USING (snapshot_id)
            WHERE s.plan_id = ? ORDER BY s.fiscal_year, s.version
            """, [plan.id]).map(Self.info)
    }

    static func info(_ row: Row) -> SnapshotInfo {
        SnapshotInfo(
            id: row.int64("snapshot_id") ?? 0, fiscalYear: row.int("fiscal_year") ?? 0, version: row.int("version") ?? 0,
            createdAt: row.string("created_at") ?? "", createdBy: row.string("created_by") ?? "", note: row.string("note"),
            missing: row.int("missing") ?? 0, sha256: row.string("sha256") ?? "")
    }

    /// The snapshot of `year` (its latest version unless one is named).
    public func find(year: Int, version: Int? = nil) throws -> SnapshotInfo {
        let all = try list().filter { $0.fiscalYear == year }
        guard let latest = all.last else {
            throw PlanError(.snapshotNone(FiscalYear.label(year)), advice: .snapshotNoneAdvice(year, coordinator: plan.coordinator))
        }
        guard let version else { return latest }
        guard let match = all.first(where: { $0.version == version }) else {
            throw PlanError(.snapshotNoVersion(FiscalYear.label(year), version: version), advice: .snapshotVersionsAdvice(all.map(\.version)))
        }
        return match
    }

    /// A snapshot named on the command line: `2023` (its latest version) or `2023:2` (version 2).
    public static func reference(_ text: String) throws -> (year: Int, version: Int?) {
        let parts = text.split(separator: ":", maxSplits: 1).map(String.init)
        let year = try FiscalYear.parse(parts.first ?? text)
        guard parts.count == 2 else { return (year, nil) }
        guard let version = Int(parts[1]), version > 0 else {
            throw PlanError(.snapshotNotAReference(text), advice: .snapshotNotAReferenceAdvice)
        }
        return (year, version)
    }

    /// Recomputes every snapshot's SHA-256 from its stored rows: the ones that differ were changed.
    public func verify() throws -> [(SnapshotInfo, String)] {
        try db.rows("""
            SELECT s.snapshot_id, s.fiscal_year, s.version, s.created_at, d.name AS created_by, s.note, s.missing, s.sha256
            FROM snapshots s JOIN departments d ON d.dept_id = s.created_by ORDER BY s.plan_id, s.fiscal_year, s.version
            """).map(Self.info).map { info in
                (info, try SnapshotContent.sha256(db, header: SnapshotContent.storedHeader(db, snapshotID: info.id), snapshotID: info.id))
            }
    }

    /// Runs `body` with SQLite's soft heap limit at 4 MiB, then puts the limit back. Numbering
    /// a year's rows (row_number() over the whole year) makes SQLite sort and buffer every row of
    /// the copy; under the limit its sorters and temporary tables go to temporary files instead of
    /// growing with the year (issue 26: 13 MiB more at 20,000 indicators than at 2,000, for the
    /// same CPU time). The limit is the process's: a server's other connections meet it too while
    /// a year is frozen, which only makes their caches give pages back sooner.
    static func spillingToDisk<T>(_ db: Database, _ body: () throws -> T) throws -> T {
        let previous = try db.scalar("PRAGMA soft_heap_limit").int64 ?? 0
        try db.execute("PRAGMA soft_heap_limit = \(Self.snapshotHeapLimit)")
        defer { _ = try? db.execute("PRAGMA soft_heap_limit = \(previous)") }
        return try body()
    }

    static let snapshotHeapLimit = 4 << 20

    static func timestamp() -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: Date())
    }
}
