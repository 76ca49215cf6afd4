import SQLiteDB

/// The 事務事業 of a plan as the command line and the pages list them.
public struct Projects {
    let db: Database
    let plan: PlanRef

    public init(_ store: PlanDatabase, plan: PlanRef) {
        self.db = store.connection
        self.plan = plan
    }

    /// A project (`p`, a v_projects row) runs in `:year` when its 開始年度–終了年度 hold it (an open
    /// end holds every year): the duties of status, the entry sheet, the page and a frozen year.
    static let runsInYear = "coalesce(p.start_year, :year) <= :year AND coalesce(p.end_year, :year) >= :year"

    /// Every project (or `dept`'s), with its 主な取組 and shares: `6-1-1-1-1 (60)、6-2-1-1-1 (40)`.
    public func list(dept: String? = nil) throws -> (columns: [String], rows: [[Value]]) {
        var links: [String: [String]] = [:]
        for row in try db.rows("SELECT project_code, initiative_code, share_bp FROM v_project_links WHERE plan_code = ? ORDER BY initiative_code", [plan.code]) {
            links[row.string("project_code") ?? "", default: []].append("\(row.string("initiative_code") ?? "") (\(FixedPoint.percentText(row.int64("share_bp") ?? 0)))")
        }
        let rows = try db.rows("""
            SELECT project_code, name, dept, start_year, end_year FROM v_projects
            WHERE plan_code = :plan AND (:dept IS NULL OR dept = :dept) ORDER BY seq
            """, named: ["plan": plan.code, "dept": dept])
        return (["project_code", "name", "dept", "start_year", "end_year", "initiatives"],
                rows.map { $0.values + [.text(links[$0.string("project_code") ?? ""]?.joined(separator: "、") ?? "")] })
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
