import SQLiteDB

/// What one `record` did.
public struct RecordOutcome: Sendable, Equatable {
    public enum Result: String, Sendable { case recorded, unchanged }
    public let result: Result
    public let code: String
    public let name: String
    public let fiscalYear: Int
    /// The previous current value in words, nil for a first entry.
    public let previous: String?
    public let current: String

    public init(result: Result, code: String, name: String, fiscalYear: Int, previous: String?, current: String) {
        self.result = result
        self.code = code
        self.name = name
        self.fiscalYear = fiscalYear
        self.previous = previous
        self.current = current
    }
}

/// Records the year's evaluation: indicator actuals, initiative and policy evaluations. Every
/// write checks the plan's period, the year's lock and who is responsible, and appends a row:
/// the earlier value stays in the history.
public struct Recorder {
    let db: Database
    public let plan: PlanRef
    let source: String

    public init(_ store: PlanDatabase, plan: PlanRef, source: String = "command") {
        self.db = store.connection
        self.plan = plan
        self.source = source
    }

    // MARK: Shared checks

    func checkYear(_ year: Int) throws {
        try Self.checkYear(year, plan: plan, locked: try isLocked(year))
    }

    func isLocked(_ year: Int) throws -> Bool {
        try Self.isLocked(db, plan: plan, year: year)
    }

    /// Locked by a year_locks row, or by a snapshot not reopened since (so deleting the row can't unlock).
    static func isLocked(_ db: Database, plan: PlanRef, year: Int) throws -> Bool {
        try db.scalar("SELECT count(*) FROM locked_years WHERE plan_id = ? AND fiscal_year = ?", [plan.id, year]).int64 == 1
    }

    static func checkYear(_ year: Int, plan: PlanRef, locked: Bool) throws {
        guard (plan.startYear...plan.endYear).contains(year) else {
            throw PlanError(
                "\(FiscalYear.label(year)) is outside the plan's period (\(FiscalYear.label(plan.startYear))～\(FiscalYear.label(plan.endYear)))",
                advice: "give a year from \(plan.startYear) to \(plan.endYear)")
        }
        if locked {
            throw PlanError(
                "\(FiscalYear.label(year)) is locked by its evaluation snapshot; nothing was recorded",
                advice: "the coordinator (\(plan.coordinator)) can unlock it with `plandb snapshot reopen \(year) --reason TEXT --as \(plan.coordinator)`")
        }
    }

    /// The department's id; a group (全課等) cannot record.
    func deptID(_ name: String) throws -> Int64 {
        guard let row = try db.row("SELECT dept_id, kind FROM departments WHERE name = ?", [name]), let id = row.int64("dept_id") else {
            throw PlanError("no department named \(name)", advice: "`plandb dept list` shows them")
        }
        if row.string("kind") == "group" {
            throw PlanError("\(name) is a group of departments and cannot record", advice: "give one department with --as")
        }
        return id
    }

    static func refuse(_ dept: String, _ what: String, responsible: String, because reason: String) -> PlanError {
        PlanError(
            "\(dept) cannot record \(what): \(reason), so only \(responsible) may; nothing was recorded",
            advice: "run it with --as \(responsible), or ask \(responsible) to enter it")
    }

    static let now = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"

    // MARK: Indicator actuals

    /// What recording an actual needs to know about its indicator.
    struct IndicatorInfo {
        let id: Int64
        let code: String
        let name: String
        let unit: String
        let sourceDept: String
    }

    static let indicatorSQL = """
        SELECT i.indicator_id, i.code, i.name, i.unit, d.name AS source_dept FROM indicators i
        JOIN policies p ON p.policy_id = i.policy_id JOIN departments d ON d.dept_id = i.source_dept_id
        WHERE p.plan_id = :plan
        """

    static func info(_ row: Row) -> IndicatorInfo {
        IndicatorInfo(
            id: row.int64("indicator_id") ?? 0, code: row.string("code") ?? "", name: row.string("name") ?? "",
            unit: row.string("unit") ?? "", sourceDept: row.string("source_dept") ?? "")
    }

    static let indicatorByCodeSQL = indicatorSQL + " AND i.code = :code"

    func indicator(_ code: String) throws -> IndicatorInfo {
        guard let row = try db.rows(Self.indicatorByCodeSQL, named: ["plan": plan.id, "code": code]).first else {
            throw PlanError("no indicator \(code)", advice: "`plandb show` lists the indicators")
        }
        return Self.info(row)
    }

    /// Everything that decides whether `dept` may record `input` for the indicator in `year`:
    /// ownership, the plan's period, the year's lock and the value itself.
    static func checkActual(_ indicator: IndicatorInfo, year: Int, input: String, dept: String, plan: PlanRef, locked: Bool) throws -> TypedNumber {
        guard dept == indicator.sourceDept else {
            throw refuse(dept, "the actual of \(indicator.code) \(indicator.name)", responsible: indicator.sourceDept,
                         because: "it is surveyed by \(indicator.sourceDept) (「\(indicator.sourceDept)調べ」)")
        }
        try checkYear(year, plan: plan, locked: locked)
        do {
            return try ValueParser.parse(input, unit: indicator.unit)
        } catch let error as PlanError {
            throw PlanError("\(indicator.code) \(indicator.name): \(error.message)", advice: error.advice)
        }
    }

    public func recordIndicator(_ code: String, year: Int, value input: String, as dept: String, note: String? = nil) throws -> RecordOutcome {
        try db.transaction {
            let indicator = try indicator(code)
            let number = try Self.checkActual(indicator, year: year, input: input, dept: dept, plan: plan, locked: try isLocked(year))
            let deptID = try deptID(dept)
            let previous = try db.row(
                "SELECT value_text, note FROM indicator_actuals WHERE indicator_id = ? AND fiscal_year = ? ORDER BY actual_id DESC LIMIT 1",
                [indicator.id, year])
            if let previous, previous.string("value_text") == number.text, previous.string("note") == note {
                return RecordOutcome(result: .unchanged, code: code, name: indicator.name, fiscalYear: year, previous: number.text, current: number.text)
            }
            try db.execute(
                "INSERT INTO indicator_actuals (indicator_id, fiscal_year, value_text, value, note, recorded_by, recorded_at, source) VALUES (?, ?, ?, ?, ?, ?, \(Self.now), ?)",
                [indicator.id, year, number.text, number.value, note, deptID, source])
            return RecordOutcome(result: .recorded, code: code, name: indicator.name, fiscalYear: year, previous: previous?.string("value_text"), current: number.text)
        }
    }

    // MARK: Initiative evaluations

    public func recordInitiative(
        _ code: String, year: Int, grade: String, next: String?, result: String?, challenge: String?, as dept: String
    ) throws -> RecordOutcome {
        try db.transaction {
            guard let initiative = try db.row("""
                SELECT i.initiative_id, i.title, d.name AS lead_dept, p.code AS policy_code FROM initiatives i
                JOIN directions dr ON dr.direction_id = i.direction_id JOIN measures m ON m.measure_id = dr.measure_id
                JOIN policies p ON p.policy_id = m.policy_id JOIN departments d ON d.dept_id = p.lead_dept_id
                WHERE p.plan_id = ? AND i.code = ?
                """, [plan.id, code]), let id = initiative.int64("initiative_id")
            else { throw PlanError("no initiative \(code)", advice: "`plandb show POLICY` lists a policy's initiatives") }
            let name = initiative.string("title") ?? ""
            let responsible = initiative.string("lead_dept") ?? ""
            guard dept == responsible else {
                throw Self.refuse(dept, "the evaluation of \(code) \(name)", responsible: responsible,
                             because: "policy \(initiative.string("policy_code") ?? "") is led by \(responsible) (主担当課)")
            }
            try checkYear(year)
            let grade = try checkGrade(grade)
            let next = try next.map(checkNextDirection)
            let deptID = try deptID(dept)
            let previous = try db.row(
                "SELECT grade, next_direction, result_text, challenge_text FROM initiative_evaluations WHERE initiative_id = ? AND fiscal_year = ? ORDER BY evaluation_id DESC LIMIT 1",
                [id, year])
            let summary = Self.summary(grade, next)
            if let previous, previous.string("grade") == grade, previous.string("next_direction") == next,
                previous.string("result_text") == result, previous.string("challenge_text") == challenge
            {
                return RecordOutcome(result: .unchanged, code: code, name: name, fiscalYear: year, previous: summary, current: summary)
            }
            try db.execute(
                "INSERT INTO initiative_evaluations (initiative_id, fiscal_year, grade, next_direction, result_text, challenge_text, recorded_by, recorded_at, source) VALUES (?, ?, ?, ?, ?, ?, ?, \(Self.now), ?)",
                [id, year, grade, next, result, challenge, deptID, source])
            return RecordOutcome(
                result: .recorded, code: code, name: name, fiscalYear: year,
                previous: previous.map { Self.summary($0.string("grade") ?? "", $0.string("next_direction")) }, current: summary)
        }
    }

    static func summary(_ grade: String, _ next: String?) -> String { next.map { "\(grade) / \($0)" } ?? grade }

    // MARK: Policy evaluations

    public enum Stage: String, Sendable, CaseIterable {
        case first = "一次"
        case second = "二次"
    }

    public func recordPolicy(_ code: String, year: Int, grade: String, comment: String?, stage: Stage, as dept: String) throws -> RecordOutcome {
        try db.transaction {
            guard let policy = try db.row("""
                SELECT p.policy_id, p.title, d.name AS lead_dept FROM policies p JOIN departments d ON d.dept_id = p.lead_dept_id
                WHERE p.plan_id = ? AND p.code = ?
                """, [plan.id, code]), let id = policy.int64("policy_id")
            else { throw PlanError("no policy \(code)", advice: "`plandb show` lists the policies") }
            let name = policy.string("title") ?? ""
            switch stage {
            case .first:
                let responsible = policy.string("lead_dept") ?? ""
                guard dept == responsible else {
                    throw Self.refuse(dept, "the 一次評価 of \(code) \(name)", responsible: responsible, because: "\(responsible) leads the policy (主担当課)")
                }
            case .second:
                guard dept == plan.coordinator else {
                    throw Self.refuse(dept, "the 二次評価 of \(code) \(name)", responsible: plan.coordinator, because: "\(plan.coordinator) coordinates the evaluation")
                }
            }
            try checkYear(year)
            let grade = try checkGrade(grade)
            let deptID = try deptID(dept)
            let previous = try db.row(
                "SELECT grade, comment FROM policy_evaluations WHERE policy_id = ? AND fiscal_year = ? AND stage = ? ORDER BY evaluation_id DESC LIMIT 1",
                [id, year, stage.rawValue])
            if let previous, previous.string("grade") == grade, previous.string("comment") == comment {
                return RecordOutcome(result: .unchanged, code: code, name: name, fiscalYear: year, previous: grade, current: grade)
            }
            try db.execute(
                "INSERT INTO policy_evaluations (policy_id, fiscal_year, stage, grade, comment, recorded_by, recorded_at, source) VALUES (?, ?, ?, ?, ?, ?, \(Self.now), ?)",
                [id, year, stage.rawValue, grade, comment, deptID, source])
            return RecordOutcome(result: .recorded, code: code, name: name, fiscalYear: year, previous: previous?.string("grade"), current: grade)
        }
    }

    // MARK: Vocabularies

    func checkGrade(_ input: String) throws -> String {
        let typed = NameKey.normalize(input).uppercased()
        let grades = try db.rows("SELECT grade, meaning FROM grades ORDER BY seq")
        if let match = grades.first(where: { $0.string("grade")?.uppercased() == typed }) { return match.string("grade") ?? typed }
        throw PlanError(
            "`\(input)` is not a grade",
            advice: "use one of " + grades.map { "\($0.string("grade") ?? "")（\($0.string("meaning") ?? "")）" }.joined(separator: "、"))
    }

    func checkNextDirection(_ input: String) throws -> String {
        let typed = NameKey.normalize(input)
        let names = try db.rows("SELECT name FROM next_directions ORDER BY seq").compactMap { $0.string("name") }
        if let match = names.first(where: { NameKey.normalize($0) == typed }) { return match }
        throw PlanError("`\(input)` is not a 今後の方向性", advice: "use one of " + names.joined(separator: "・"))
    }
}
