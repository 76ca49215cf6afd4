import SQLiteDB

/// A snapshot never stores ±Inf (migration 0008 refuses it), so one found in a frozen row was put
/// there behind the triggers. Snapshots hashed by canon version 1 spelled ±Inf like NULL, so this
/// is what catches such a change in them.
enum FrozenNumberCheck {
    static let realColumns = ["baseline_value", "target_value", "value", "progress_pct"]

    static func findings(_ db: Database) throws -> [CheckFinding] {
        let condition = realColumns.map { "abs(\($0)) = 9e999" }.joined(separator: " OR ")
        let rows = try db.rows("""
            SELECT s.fiscal_year, s.version, i.indicator_code FROM snapshot_indicators i JOIN snapshots s USING (snapshot_id)
            WHERE \(condition) ORDER BY s.fiscal_year, s.version, i.seq
            """)
        return rows.prefix(20).map { row in
            CheckFinding(
                check: "snapshot", status: .problem,
                message: .checkSnapshotInfinite(FiscalYear.label(row.int("fiscal_year") ?? 0), version: row.int("version") ?? 0, indicator: row.string("indicator_code") ?? "?"))
        }
    }
}
