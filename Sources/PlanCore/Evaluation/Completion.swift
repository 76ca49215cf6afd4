import SQLiteDB

/// One duty for one year, with whether it has been entered.
public struct DutyStatus: Sendable, Equatable {
    public let dept: String
    public let duty: Duty
    public let entered: Bool
}

/// What each department must report for a fiscal year, and what is still missing: the list the
/// coordinator chases.
public struct Completion {
    let store: PlanDatabase
    let plan: PlanRef

    public init(_ store: PlanDatabase, plan: PlanRef) {
        self.store = store
        self.plan = plan
    }

    /// Every duty of every department (or of `dept` only) for `year`.
    public func status(year: Int, dept: String? = nil) throws -> [DutyStatus] {
        var result: [DutyStatus] = []
        try forEachStatus(year: year, dept: dept) { result.append($0) }
        return result
    }

    /// How many duties of `year` are not entered, in all and by department (in the order of
    /// `status`, departments with none missing left out): what `snapshot create` checks, without
    /// keeping a list of every duty (issue 26: the list of 20,000 indicators was a fifth of a
    /// snapshot's memory).
    public func missing(year: Int) throws -> (count: Int, byDept: [(dept: String, count: Int)]) {
        var byDept: [(dept: String, count: Int)] = []
        var count = 0
        try forEachStatus(year: year, dept: nil) { status in
            guard !status.entered else { return }
            count += 1
            if byDept.last?.dept == status.dept { byDept[byDept.count - 1].count += 1 } else { byDept.append((status.dept, 1)) }
        }
        return (count, byDept)
    }

    /// `status` one duty at a time, none kept.
    func forEachStatus(year: Int, dept: String?, _ body: (DutyStatus) throws -> Void) throws {
        let db = store.connection
        let parameters: [String: ValueConvertible?] = ["plan": plan.code, "year": year]
        // The codes entered, read straight into sets (not first into a row per code).
        func codes(_ sql: String) throws -> Set<String> {
            let statement = try db.prepare(sql)
            try statement.bind(parameters)
            var codes = Set<String>()
            while try statement.step() { if let code = statement.value(at: 0).string { codes.insert(code) } }
            return codes
        }
        let actuals = try codes("SELECT indicator_code FROM v_indicator_results WHERE plan_code = :plan AND fiscal_year = :year")
        let initiatives = try codes("SELECT initiative_code FROM v_initiative_evaluations WHERE plan_code = :plan AND fiscal_year = :year")
        let reviews = try codes("SELECT stage || ' ' || policy_code FROM v_policy_evaluations WHERE plan_code = :plan AND fiscal_year = :year")
        // A project's year is in when both its evaluation and its 人工 are recorded.
        let projects = try codes("""
            SELECT e.project_code FROM v_project_evaluations e
            WHERE e.plan_code = :plan AND e.fiscal_year = :year
              AND EXISTS (SELECT 1 FROM v_project_staff s WHERE s.plan_code = e.plan_code AND s.project_code = e.project_code AND s.fiscal_year = :year)
            """)
        let departments = Departments(store, plan: plan)
        let names = try dept.map { [$0] } ?? db.rows("SELECT name FROM departments WHERE kind = 'department' ORDER BY seq").compactMap { $0[0].string }
        for name in names {
            let report = { (duty: Duty) throws in
                let entered: Bool
                switch duty.kind {
                case .actual: entered = actuals.contains(duty.code)
                case .initiative: entered = initiatives.contains(duty.code)
                case .firstReview: entered = reviews.contains("一次 " + duty.code)
                case .secondReview: entered = reviews.contains("二次 " + duty.code)
                case .project: entered = projects.contains(duty.code)
                }
                try body(DutyStatus(dept: name, duty: duty, entered: entered))
            }
            try departments.forEachDuty(of: name, report)
            try departments.forEachProjectDuty(of: name, year: year, report)
        }
    }

    /// What `dept` may see of a year's progress: the coordinator every department, any other
    /// department its own (the API's status and the coordinator's dashboard).
    public func progress(year: Int, seenBy dept: String) throws -> [DeptProgress] {
        try progress(try status(year: year, dept: dept == plan.coordinator ? nil : dept), year: year)
    }

    /// Per department, in the order of `statuses`: how many items it must report, how many are
    /// in, and its submission state for `year`.
    public func progress(_ statuses: [DutyStatus], year: Int) throws -> [DeptProgress] {
        // A department's duties come together (`status` lists them department by department), so
        // they are counted run by run: a dictionary keyed by the Japanese name hashed it, with
        // Unicode normalisation, once per duty, a tenth of `status` on 100,000 indicators.
        var counts: [(dept: String, required: Int, entered: Int)] = []
        for status in statuses {
            if counts.last?.dept != status.dept { counts.append((status.dept, 0, 0)) }
            counts[counts.count - 1].required += 1
            if status.entered { counts[counts.count - 1].entered += 1 }
        }
        let states = try Submissions(store, plan: plan).states(year: year)
        return counts.map { count in
            let state = states[count.dept]
                ?? SubmissionState(dept: count.dept, fiscalYear: year, state: .notSubmitted, at: nil, actor: nil, reason: nil)
            return DeptProgress(dept: count.dept, required: count.required, entered: count.entered, submission: state)
        }
    }

    /// The progress as rows for the command line.
    public static func summary(_ progress: [DeptProgress]) -> (columns: [String], rows: [[Value]]) {
        let rows: [[Value]] = progress.map {
            [.text($0.dept), .integer(Int64($0.required)), .integer(Int64($0.entered)), .integer(Int64($0.missing)),
             .text($0.submission.state.rawValue), $0.submission.at.map(Value.text) ?? .null]
        }
        return (["dept", "required", "entered", "missing", "state", "since"], rows)
    }
}

/// One department's progress on a year: the coordinator's dashboard row.
public struct DeptProgress: Sendable, Equatable {
    public let dept: String
    public let required: Int
    public let entered: Int
    public let submission: SubmissionState
    public var missing: Int { required - entered }
}

/// The trail of changes (v_history), for one item or everything below a code.
public struct History {
    let db: Database
    let plan: PlanRef

    public init(_ store: PlanDatabase, plan: PlanRef) {
        self.db = store.connection
        self.plan = plan
    }

    public func rows(code: String?, year: Int?) throws -> (columns: [String], rows: [[Value]]) {
        let rows = try db.rows("""
            SELECT at, dept, item_code, fiscal_year, field, old_value, new_value, actor FROM v_history
            WHERE plan_code = :plan AND (:code IS NULL OR item_code = :code OR item_code LIKE :code || '-%')
              AND (:year IS NULL OR fiscal_year = :year)
            ORDER BY at, record_kind, record_id, field_seq
            """, named: ["plan": plan.code, "code": code, "year": year])
        return (["at", "dept", "item_code", "fiscal_year", "field", "old_value", "new_value", "actor"], rows.map(\.values))
    }

    /// One item's own history as `dept` may read it (plandb serve): the coordinator reads every
    /// item's; another department reads only the items it records (the indicators it surveys,
    /// the policies it leads and their initiatives, its 事務事業), and the account names of other departments'
    /// changes (the coordinator's 二次評価, say) are left out.
    public func rows(code: String, seenBy dept: String) throws -> (columns: [String], rows: [[Value]]) {
        let coordinator = dept == plan.coordinator
        if !coordinator {
            let responsible = try db.rows("""
                SELECT EXISTS (SELECT 1 FROM v_indicators WHERE plan_code = :plan AND indicator_code = :code AND source_dept = :dept)
                    OR EXISTS (SELECT 1 FROM v_initiatives WHERE plan_code = :plan AND initiative_code = :code AND lead_dept = :dept)
                    OR EXISTS (SELECT 1 FROM v_policies WHERE plan_code = :plan AND policy_code = :code AND lead_dept = :dept)
                    OR EXISTS (SELECT 1 FROM v_projects WHERE plan_code = :plan AND project_code = :code AND dept = :dept)
                """, named: ["plan": plan.code, "code": code, "dept": dept]).first?[0].int == 1
            guard responsible else { throw PlanError(.historyNotResponsible(code, dept), advice: .historyNotResponsibleAdvice, kind: .forbidden) }
        }
        let all = try rows(code: code, year: nil)
        let itemColumn = all.columns.firstIndex(of: "item_code")!, deptColumn = all.columns.firstIndex(of: "dept")!
        let actorColumn = all.columns.firstIndex(of: "actor")!
        let own = all.rows.filter { $0[itemColumn] == .text(code) }.map { row -> [Value] in
            guard !coordinator, row[deptColumn] != .text(dept) else { return row }
            var row = row
            row[actorColumn] = .null
            return row
        }
        return (all.columns, own)
    }
}
