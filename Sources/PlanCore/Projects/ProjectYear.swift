import SQLiteDB

/// A project's year as its department enters it (the page's form and the API's list): what is
/// recorded now, and its cost as v_project_costs computes it.
public struct ProjectYear: Sendable, Equatable {
    public let code: String
    public let name: String
    public let dept: String
    public let startYear: Int?
    public let endYear: Int?
    /// The current 人工 of each staff kind recorded for the year, two decimals (`1.10`), by kind.
    public let staff: [Staff]
    public let grade: String?
    public let nextDirection: String?
    public let result: String?
    public let challenge: String?
    /// When the evaluation was last recorded.
    public let recordedAt: String?
    /// 千円, as v_project_costs has them; nil while neither a budget nor 人工 is recorded.
    public let budget: Int64?
    public let settled: Int64?
    public let personnelCost: Int64?
    public let fullCost: Int64?
    public let generalRevenue: Int64?
    /// `settled` or `budget`: which of the two is the 事業費.
    public let basis: String?

    public struct Staff: Sendable, Equatable {
        public let kind: String
        public let personYears: String
    }

    /// The 人工 of `kind`, or nil when none is recorded.
    public func personYears(_ kind: String) -> String? {
        staff.first { $0.kind == kind }?.personYears
    }
}

extension Projects {
    /// The projects `dept` (every department when nil) carries out in `year`, the same ones as
    /// `Departments.projectDuties(of:year:)`, each with its current entry and cost for the year.
    public func entries(year: Int, dept: String? = nil) throws -> [ProjectYear] {
        let parameters: [String: ValueConvertible?] = ["plan": plan.code, "dept": dept, "year": year]
        var staff: [String: [ProjectYear.Staff]] = [:]
        for row in try db.rows("""
            SELECT s.project_code, s.kind, s.person_centi FROM v_project_staff s
            JOIN v_projects p ON p.plan_code = s.plan_code AND p.project_code = s.project_code
            WHERE s.plan_code = :plan AND s.fiscal_year = :year AND (:dept IS NULL OR p.dept = :dept)
            ORDER BY s.project_code, s.kind
            """, named: parameters) {
            let code = row.string("project_code") ?? ""
            staff[code, default: []].append(
                ProjectYear.Staff(kind: row.string("kind") ?? "", personYears: FixedPoint.text(row.int64("person_centi") ?? 0, decimals: 2)))
        }
        return try db.rows("""
            SELECT p.project_code, p.name, p.dept, p.start_year, p.end_year,
                   e.grade, e.next_direction, e.result_text, e.challenge_text, e.recorded_at,
                   c.budget, c.settled, c.personnel_cost, c.full_cost, c.general_revenue, c.basis
            FROM v_projects p
            LEFT JOIN v_project_evaluations e ON e.plan_code = p.plan_code AND e.project_code = p.project_code AND e.fiscal_year = :year
            LEFT JOIN v_project_costs c ON c.plan_code = p.plan_code AND c.project_code = p.project_code AND c.fiscal_year = :year
            WHERE p.plan_code = :plan AND (:dept IS NULL OR p.dept = :dept)
              AND \(Self.runsInYear)
            ORDER BY p.seq
            """, named: parameters).map { row in
            let code = row.string("project_code") ?? ""
            return ProjectYear(
                code: code, name: row.string("name") ?? "", dept: row.string("dept") ?? "", startYear: row.int("start_year"), endYear: row.int("end_year"),
                staff: staff[code] ?? [], grade: row.string("grade"), nextDirection: row.string("next_direction"), result: row.string("result_text"),
                challenge: row.string("challenge_text"), recordedAt: row.string("recorded_at"), budget: row.int64("budget"), settled: row.int64("settled"),
                personnelCost: row.int64("personnel_cost"), fullCost: row.int64("full_cost"), generalRevenue: row.int64("general_revenue"),
                basis: row.string("basis"))
        }
    }
}
