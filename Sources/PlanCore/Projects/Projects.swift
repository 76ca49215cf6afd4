import SQLiteDB

/// The 事務事業 of a plan as the command line and the pages list them.
public struct Projects {
    let db: Database
    let plan: PlanRef

    public init(_ store: PlanDatabase, plan: PlanRef) {
        self.db = store.connection
        self.plan = plan
    }

    /// Every project (or `dept`'s), with its 主な取組 and shares: `6-1-1-1-1 (60)、6-2-1-1-1 (40)`.
    public func list(dept: String? = nil) throws -> (columns: [String], rows: [[Value]]) {
        let rows = try db.rows("""
            SELECT p.project_code, p.name, p.dept, p.start_year, p.end_year,
                   (SELECT group_concat(l.initiative_code || ' (' || rtrim(rtrim(printf('%.2f', l.share_bp / 100.0), '0'), '.') || ')', '、')
                    FROM (SELECT * FROM v_project_links x WHERE x.plan_code = p.plan_code AND x.project_code = p.project_code
                          ORDER BY x.initiative_code) l) AS initiatives
            FROM v_projects p
            WHERE p.plan_code = :plan AND (:dept IS NULL OR p.dept = :dept)
            ORDER BY p.seq
            """, named: ["plan": plan.code, "dept": dept])
        return (["project_code", "name", "dept", "start_year", "end_year", "initiatives"], rows.map(\.values))
    }

    /// One project's years: its cost (v_project_costs) and its evaluation, oldest year first.
    public func years(_ code: String) throws -> (columns: [String], rows: [[Value]]) {
        let rows = try db.rows("""
            WITH years AS (
                SELECT fiscal_year FROM v_project_costs WHERE plan_code = :plan AND project_code = :code
                UNION SELECT fiscal_year FROM v_project_evaluations WHERE plan_code = :plan AND project_code = :code
            )
            SELECT y.fiscal_year, c.budget, c.settled, c.specific_revenue, c.personnel_cost, c.full_cost, c.general_revenue, c.basis,
                   e.grade, e.next_direction
            FROM years y
            LEFT JOIN v_project_costs c ON c.plan_code = :plan AND c.project_code = :code AND c.fiscal_year = y.fiscal_year
            LEFT JOIN v_project_evaluations e ON e.plan_code = :plan AND e.project_code = :code AND e.fiscal_year = y.fiscal_year
            ORDER BY y.fiscal_year
            """, named: ["plan": plan.code, "code": code])
        return (["fiscal_year", "budget", "settled", "specific_revenue", "personnel_cost", "full_cost", "general_revenue", "basis", "grade",
                 "next_direction"], rows.map(\.values))
    }

    /// The project's own row, or a refusal naming the plan.
    public func find(_ code: String) throws -> [String: Value] {
        guard let row = try db.row(
            "SELECT project_code, name, dept, start_year, end_year, account, kan, kou, moku FROM v_projects WHERE plan_code = ? AND project_code = ?",
            [plan.code, code])
        else { throw PlanError(.projectUnknown(code, plan.code), advice: .projectUnknownAdvice) }
        return Dictionary(uniqueKeysWithValues: zip(row.columns, row.values))
    }
}
