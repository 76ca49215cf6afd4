import SQLiteDB

/// One thing a department must report each fiscal year.
public struct Duty: Sendable, Equatable {
    public enum Kind: String, Sendable {
        /// 実績値 of an indicator it surveys (「○○課調べ」).
        case actual = "実績値"
        /// 進捗 of an initiative of a policy it leads.
        case initiative = "取組評価"
        /// 一次評価 of a policy it leads.
        case firstReview = "一次評価"
        /// 二次評価 of every policy, by the coordinator.
        case secondReview = "二次評価"
        /// 事務事業評価 and 人工 of a project it carries out (DESIGN.md "事務事業 and their cost").
        case project = "事業評価"
    }
    public let kind: Kind
    public let code: String
    public let name: String
}

/// Who reports what, from the plan alone.
public struct Departments {
    let db: Database
    let plan: PlanRef

    public init(_ store: PlanDatabase, plan: PlanRef) {
        self.db = store.connection
        self.plan = plan
    }

    /// Every department with how much it leads, surveys and must report.
    public func summary() throws -> (columns: [String], rows: [[Value]]) {
        let rows = try db.rows("""
            SELECT d.name AS dept,
              CASE WHEN d.name = :coordinator THEN 'coordinator' ELSE d.kind END AS role,
              (SELECT count(*) FROM v_policies p WHERE p.plan_code = :plan AND p.lead_dept = d.name) AS leads,
              (SELECT count(*) FROM v_policy_related_depts r WHERE r.plan_code = :plan AND r.dept = d.name) AS related_to,
              (SELECT count(*) FROM v_indicators i WHERE i.plan_code = :plan AND i.source_dept = d.name) AS indicators,
              (SELECT count(*) FROM v_initiatives i WHERE i.plan_code = :plan AND i.lead_dept = d.name AND i.is_reprint = 0) AS initiatives
            FROM departments d ORDER BY d.seq, d.name
            """, named: ["plan": plan.code, "coordinator": plan.coordinator])
        return (rows.first?.columns ?? ["dept", "role", "leads", "related_to", "indicators", "initiatives"], rows.map(\.values))
    }

    /// The department a user named: exact, NFKC-equal, or the one whose name contains it.
    public func find(_ query: String) throws -> String { try Self.find(query, in: db) }

    /// A department of the file by name or a unique part of it; departments belong to no one plan.
    public static func find(_ query: String, in store: PlanDatabase) throws -> String { try find(query, in: store.connection) }

    static func find(_ query: String, in db: Database) throws -> String {
        let names = try db.rows("SELECT name FROM departments ORDER BY seq").compactMap { $0.string("name") }
        let typed = NameKey.normalize(query)
        if let exact = names.first(where: { NameKey.normalize($0) == typed }) { return exact }
        let matches = names.filter { NameKey.normalize($0).contains(typed) }
        if matches.count == 1, !typed.isEmpty { return matches[0] }
        if matches.isEmpty || typed.isEmpty {
            throw PlanError(.noDepartmentMatches(query), advice: .noDepartmentMatchesAdvice(names.joined(separator: "、")))
        }
        throw PlanError(.departmentAmbiguous(query, count: matches.count, names: matches.joined(separator: "、")), advice: .departmentAmbiguousAdvice)
    }

    /// What `dept` must report each fiscal year, in the document's order. A reprint （再掲） is
    /// nobody's duty: it is evaluated where it is first printed, and shows that evaluation.
    public func duties(of dept: String) throws -> [Duty] {
        var duties: [Duty] = []
        try forEachDuty(of: dept) { duties.append($0) }
        return duties
    }

    /// `duties(of:)` one at a time, read as the statements step: nothing is kept (a snapshot
    /// counts what is missing of 100,000 indicators this way).
    func forEachDuty(of dept: String, _ body: (Duty) throws -> Void) throws {
        let parameters: [String: ValueConvertible?] = ["plan": plan.code, "dept": dept]
        try each(.actual, "SELECT indicator_code, name FROM v_indicators WHERE plan_code = :plan AND source_dept = :dept ORDER BY policy_code, position",
                 parameters, body)
        try each(.initiative, """
            SELECT i.initiative_code, i.title FROM v_initiatives i JOIN v_directions d USING (direction_code, plan_code)
            JOIN v_measures m ON m.measure_code = d.measure_code AND m.plan_code = d.plan_code
            WHERE i.plan_code = :plan AND i.lead_dept = :dept AND i.is_reprint = 0 ORDER BY i.policy_code, m.no, d.no, i.position
            """, parameters, body)
        try each(.firstReview, "SELECT policy_code, title FROM v_policies WHERE plan_code = :plan AND lead_dept = :dept ORDER BY sort_key", parameters, body)
        if dept == plan.coordinator {
            try each(.secondReview, "SELECT policy_code, title FROM v_policies WHERE plan_code = :plan ORDER BY sort_key", ["plan": plan.code], body)
        }
    }

    /// A duty of `kind` for each row of `sql` (its code, then its name).
    private func each(_ kind: Duty.Kind, _ sql: String, _ parameters: [String: ValueConvertible?], _ body: (Duty) throws -> Void) throws {
        let statement = try db.prepare(sql)
        try statement.bind(parameters)
        while try statement.step() {
            try body(Duty(kind: kind, code: statement.value(at: 0).string ?? "", name: statement.value(at: 1).string ?? ""))
        }
    }

    /// The projects `dept` carries out in `year` (those whose 開始年度–終了年度 hold it): each
    /// needs its 事務事業評価 and its 人工 for the year.
    public func projectDuties(of dept: String, year: Int) throws -> [Duty] {
        var duties: [Duty] = []
        try forEachProjectDuty(of: dept, year: year) { duties.append($0) }
        return duties
    }

    func forEachProjectDuty(of dept: String, year: Int, _ body: (Duty) throws -> Void) throws {
        try each(.project, """
            SELECT p.project_code, p.name FROM v_projects p
            WHERE p.plan_code = :plan AND p.dept = :dept AND \(Projects.runsInYear)
            ORDER BY p.seq
            """, ["plan": plan.code, "dept": dept, "year": year], body)
    }
}
