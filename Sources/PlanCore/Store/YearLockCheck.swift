import SQLiteDB

/// Every frozen year (its latest snapshot not reopened since) must have its year_locks row, and
/// every year_locks row a snapshot that froze it: a deleted row would otherwise pass unseen. The
/// year stays locked either way (see the locked_years view), but the record is wrong.
enum YearLockCheck {
    static func findings(_ db: Database) throws -> [CheckFinding] {
        let rows = try db.rows("""
            WITH frozen AS (
                SELECT plan_id, fiscal_year, max(version) AS version FROM snapshots s GROUP BY plan_id, fiscal_year
                HAVING max(version) > coalesce((SELECT max(r.version) FROM snapshot_reopenings r
                                                WHERE r.plan_id = s.plan_id AND r.fiscal_year = s.fiscal_year), 0)
            )
            SELECT f.fiscal_year, f.version, 'unlocked' AS kind FROM frozen f
            WHERE NOT EXISTS (SELECT 1 FROM year_locks l WHERE l.plan_id = f.plan_id AND l.fiscal_year = f.fiscal_year)
            UNION ALL
            SELECT l.fiscal_year, NULL, 'stray' FROM year_locks l
            WHERE NOT EXISTS (SELECT 1 FROM frozen f WHERE f.plan_id = l.plan_id AND f.fiscal_year = l.fiscal_year)
            ORDER BY 1
            """)
        guard !rows.isEmpty else {
            let frozen = try db.scalar("SELECT count(*) FROM year_locks").int64 ?? 0
            return [CheckFinding(check: "year locks", status: .ok, message: .checkYearLocksOK(Int(frozen)))]
        }
        return rows.map { row in
            let year = FiscalYear.label(row.int("fiscal_year") ?? 0)
            let message = row.string("kind") == "unlocked"
                ? Message.checkYearLockMissing(year, version: row.int("version") ?? 0)
                : .checkYearLockStray(year)
            return CheckFinding(check: "year locks", status: .problem, message: message)
        }
    }
}
