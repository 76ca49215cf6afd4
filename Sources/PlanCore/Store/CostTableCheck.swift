import SQLiteDB

/// project_year_costs is derived: triggers keep it equal to what the budget, 人工 and rate records
/// say (migration 0018). A hand edit of the table, or of a record with the triggers bypassed,
/// would change every cost the views and reports show without touching a record: compare the
/// table with the records, row by row.
enum CostTableCheck {
    static func findings(_ db: Database) throws -> [CheckFinding] {
        guard try db.tableExists("project_year_costs") else { return [] }
        let differing = try db.rows("""
            SELECT coalesce(p.code, '#' || d.project_id) AS project_code, d.fiscal_year
            FROM (SELECT coalesce(t.project_id, k.project_id) AS project_id, coalesce(t.fiscal_year, k.fiscal_year) AS fiscal_year
                  FROM project_year_costs_from_records t
                  FULL JOIN project_year_costs k ON k.project_id = t.project_id AND k.fiscal_year = t.fiscal_year
                  WHERE t.project_id IS NULL OR k.project_id IS NULL
                     OR t.budget IS NOT k.budget OR t.settled IS NOT k.settled
                     OR t.specific_revenue IS NOT k.specific_revenue OR t.personnel_cost IS NOT k.personnel_cost) d
            LEFT JOIN projects p ON p.project_id = d.project_id
            ORDER BY d.fiscal_year, project_code
            LIMIT 20
            """)
        guard !differing.isEmpty else {
            let count = try db.scalar("SELECT count(*) FROM project_year_costs").int64 ?? 0
            return [CheckFinding(check: "costs", status: .ok, message: .checkCostsOK(Int(count)))]
        }
        return differing.map { row in
            CheckFinding(check: "costs", status: .problem,
                         message: .checkCostsDiffer(row.string("project_code") ?? "?", year: FiscalYear.label(row.int("fiscal_year") ?? 0)))
        }
    }
}
