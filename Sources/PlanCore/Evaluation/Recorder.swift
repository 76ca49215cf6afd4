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
    /// Each field a superseding record changed, in the order of the command's options; empty
    /// for a first entry and for no change.
    public let changes: [FieldChange]

    public init(result: Result, code: String, name: String, fiscalYear: Int, previous: String?, current: String, changes: [FieldChange] = []) {
        self.result = result
        self.code = code
        self.name = name
        self.fiscalYear = fiscalYear
        self.previous = previous
        self.current = current
        self.changes = changes
    }

    /// What changed, in words: `550 → 545, note: "a" → "b"` (`550 → 545、備考：「a」 → 「b」`).
    /// The main field (an actual's value, an evaluation's grade) is shown bare, the texts with
    /// their option's name.
    public var changeSummary: Message {
        .recordChanges(changes.map { change in
            change.isMain
                ? .recordMainChange(change.old, change.new)
                : .recordTextChange(.recordField(change.field), .recordQuoted(change.old), .recordQuoted(change.new))
        })
    }
}

/// One field of a record whose value a new record changed; `field` is the option's name
/// (`value`, `note`, `grade`, `next`, `result`, `challenge`, `comment`).
public struct FieldChange: Sendable, Equatable {
    public let field: String
    public let old: String?
    public let new: String?

    public init(_ field: String, _ old: String?, _ new: String?) {
        self.field = field
        self.old = old
        self.new = new
    }

    var isMain: Bool { field == "value" || field == "grade" }

    /// The fields whose values differ, in the given order.
    static func between(_ fields: [FieldChange]) -> [FieldChange] { fields.filter { $0.old != $0.new } }
}

/// Records the year's evaluation: indicator actuals, initiative and policy evaluations. Every
/// write checks the plan's period, the year's lock and who is responsible, and appends a row:
/// the earlier value stays in the history.
public struct Recorder {
    let db: Database
    public let plan: PlanRef
    let source: String
    /// The person behind the writes: the account for plandb serve, else the operating-system user.
    let actor: String

    public init(_ store: PlanDatabase, plan: PlanRef, source: String = "command", actor: String = OSUser.name) {
        self.db = store.connection
        self.plan = plan
        self.source = source
        self.actor = actor
    }

    // MARK: Shared checks

    func checkYear(_ year: Int) throws {
        try Self.checkYear(year, plan: plan, locked: try isLocked(year))
    }

    /// The year's lock, then the department's submission: a submitted year takes no entries
    /// from its department until the coordinator returns it.
    func checkYear(_ year: Int, for dept: String) throws {
        try checkYear(year)
        try Self.checkOpen(dept, year: year, plan: plan, submittedAt: try submittedAt(dept, year))
    }

    /// When `dept` submitted `year`, if that is its current state.
    func submittedAt(_ dept: String, _ year: Int) throws -> String? {
        try Submissions.submittedAt(db, plan: plan, dept: dept, year: year)
    }

    static func checkOpen(_ dept: String, year: Int, plan: PlanRef, submittedAt: String?) throws {
        if let submittedAt {
            throw PlanError(
                .entriesRefusedSubmitted(dept, FiscalYear.label(year), JapanTime.display(submittedAt)),
                advice: .returnAdvice(dept, year, plan.coordinator), kind: .conflict)
        }
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
                .recordYearOutsidePlan(FiscalYear.label(year), start: FiscalYear.label(plan.startYear), end: FiscalYear.label(plan.endYear)),
                advice: .recordYearOutsidePlanAdvice(plan.startYear, plan.endYear))
        }
        if locked {
            throw PlanError(.recordYearLocked(FiscalYear.label(year)), advice: .recordYearLockedAdvice(year, coordinator: plan.coordinator), kind: .conflict)
        }
    }

    /// The department's id; a group (全課等) cannot record.
    func deptID(_ name: String) throws -> Int64 {
        guard let row = try db.row("SELECT dept_id, kind FROM departments WHERE name = ?", [name]), let id = row.int64("dept_id") else {
            throw PlanError(.recordNoDepartment(name), advice: .recordNoDepartmentAdvice)
        }
        if row.string("kind") == "group" {
            throw PlanError(.recordGroupCannotRecord(name), advice: .recordGroupCannotRecordAdvice)
        }
        return id
    }

    static func refuse(_ dept: String, _ what: Message, responsible: String, because reason: Message) -> PlanError {
        PlanError(.recordNotResponsible(dept, what, responsible: responsible, because: reason), advice: .recordNotResponsibleAdvice(responsible), kind: .forbidden)
    }

    static let now = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"

    /// A text option left out (nil) keeps the current text; an empty one (`--note ""`) clears it;
    /// any other is stored as `EntryText` says (normalised, within its limit) and meets
    /// FreeText's rule (no control characters).
    static func text(_ given: String?, keeping current: String?, field: String) throws -> String? {
        guard let given else { return current }
        let text = try EntryText.checked(given, field: field)
        try FreeText.check(text, field: field)
        return text.isEmpty ? nil : text
    }

    // MARK: Indicator actuals

    /// What recording an actual needs to know about its indicator.
    struct IndicatorInfo {
        let id: Int64
        let code: String
        let name: String
        let unit: String
        let sourceDept: String
        let planValues: PlanValues
    }

    /// The baseline and printed targets, summed up by aggregates over the indicator's targets
    /// (one index seek each), for `ValueParser.check`.
    static let indicatorSQL = """
        SELECT i.indicator_id, i.code, i.name, i.unit, d.name AS source_dept, i.baseline_value,
               (SELECT min(t.target_value) FROM indicator_targets t WHERE t.indicator_id = i.indicator_id) AS target_min,
               (SELECT max(t.target_value) FROM indicator_targets t WHERE t.indicator_id = i.indicator_id) AS target_max,
               (SELECT min(abs(t.target_value)) FROM indicator_targets t WHERE t.indicator_id = i.indicator_id AND t.target_value <> 0) AS target_smallest,
               (SELECT max(abs(t.target_value)) FROM indicator_targets t WHERE t.indicator_id = i.indicator_id) AS target_largest
        FROM indicators i
        JOIN policies p ON p.policy_id = i.policy_id JOIN departments d ON d.dept_id = i.source_dept_id
        WHERE p.plan_id = :plan
        """

    static func info(_ row: Row) -> IndicatorInfo {
        IndicatorInfo(
            id: row.int64("indicator_id") ?? 0, code: row.string("code") ?? "", name: row.string("name") ?? "",
            unit: row.string("unit") ?? "", sourceDept: row.string("source_dept") ?? "",
            planValues: PlanValues(
                baseline: row.double("baseline_value"), targetMin: row.double("target_min"), targetMax: row.double("target_max"),
                targetSmallest: row.double("target_smallest"), targetLargest: row.double("target_largest")))
    }

    static let indicatorByCodeSQL = indicatorSQL + " AND i.code = :code"

    func indicator(_ code: String) throws -> IndicatorInfo {
        guard let row = try db.rows(Self.indicatorByCodeSQL, named: ["plan": plan.id, "code": code]).first else {
            throw PlanError(.recordNoIndicator(code), advice: .recordNoIndicatorAdvice)
        }
        return Self.info(row)
    }

    /// Everything that decides whether `dept` may record `input` for the indicator in `year`:
    /// ownership, the plan's period, the year's lock and the value itself (a likely typo only
    /// when `confirmed`, or when `current` says it is the value already recorded).
    static func checkActual(
        _ indicator: IndicatorInfo, year: Int, input: String, dept: String, plan: PlanRef, locked: Bool, submittedAt: String?, confirmed: Bool,
        current: () throws -> String?
    ) throws -> TypedNumber {
        guard dept == indicator.sourceDept else {
            throw refuse(dept, .recordWhatActual(indicator.code, indicator.name), responsible: indicator.sourceDept,
                         because: .recordBecauseSurveyed(indicator.sourceDept))
        }
        try checkYear(year, plan: plan, locked: locked)
        try checkOpen(dept, year: year, plan: plan, submittedAt: submittedAt)
        do {
            let number = try ValueParser.parse(input, unit: indicator.unit)
            try ValueParser.check(number, unit: indicator.unit, against: indicator.planValues, confirmed: confirmed) { try current() == number.text }
            return number
        } catch let error as PlanError {
            throw PlanError(.recordIndicatorValue(indicator.code, indicator.name, error.message), advice: error.advice)
        }
    }

    /// The current actual of an indicator (?1) in a year (?2): the latest record.
    static let currentActualSQL =
        "SELECT value_text, note FROM indicator_actuals WHERE indicator_id = ? AND fiscal_year = ? ORDER BY actual_id DESC LIMIT 1"

    /// Records an actual. `note` nil keeps the current note, empty clears it; `confirmed`
    /// records a value that looks like a typo.
    public func recordIndicator(
        _ code: String, year: Int, value input: String, as dept: String, note: String? = nil, confirmed: Bool = false
    ) throws -> RecordOutcome {
        try db.transaction {
            let indicator = try indicator(code)
            let previous = try db.row(Self.currentActualSQL, [indicator.id, year])
            let number = try Self.checkActual(
                indicator, year: year, input: input, dept: dept, plan: plan, locked: try isLocked(year),
                submittedAt: try submittedAt(dept, year), confirmed: confirmed
            ) { previous?.string("value_text") }
            let deptID = try deptID(dept)
            let note = try Self.text(note, keeping: previous?.string("note"), field: "note")
            let changes = FieldChange.between([
                FieldChange("value", previous?.string("value_text"), number.text), FieldChange("note", previous?.string("note"), note),
            ])
            if previous != nil, changes.isEmpty {
                return RecordOutcome(result: .unchanged, code: code, name: indicator.name, fiscalYear: year, previous: number.text, current: number.text)
            }
            try db.execute(
                "INSERT INTO indicator_actuals (indicator_id, fiscal_year, value_text, value, note, recorded_by, recorded_at, source, actor) VALUES (?, ?, ?, ?, ?, ?, \(Self.now), ?, ?)",
                [indicator.id, year, number.text, number.value, note, deptID, source, actor])
            return RecordOutcome(
                result: .recorded, code: code, name: indicator.name, fiscalYear: year, previous: previous?.string("value_text"), current: number.text,
                changes: previous == nil ? [] : changes)
        }
    }

    // MARK: Initiative evaluations

    /// Records an initiative's evaluation; `next`, `result` and `challenge` nil keep the current
    /// text, empty clears it.
    public func recordInitiative(
        _ code: String, year: Int, grade: String, next: String?, result: String?, challenge: String?, as dept: String
    ) throws -> RecordOutcome {
        try db.transaction {
            guard let initiative = try db.row("""
                SELECT i.initiative_id, i.title, i.is_reprint, d.name AS lead_dept, p.code AS policy_code FROM initiatives i
                JOIN directions dr ON dr.direction_id = i.direction_id JOIN measures m ON m.measure_id = dr.measure_id
                JOIN policies p ON p.policy_id = m.policy_id JOIN departments d ON d.dept_id = p.lead_dept_id
                WHERE p.plan_id = ? AND i.code = ?
                """, [plan.id, code]), let id = initiative.int64("initiative_id")
            else { throw PlanError(.recordNoInitiative(code), advice: .recordNoInitiativeAdvice) }
            let name = initiative.string("title") ?? ""
            if initiative.bool("is_reprint") == true { throw try refuseReprint(code, name) }
            let responsible = initiative.string("lead_dept") ?? ""
            guard dept == responsible else {
                throw Self.refuse(dept, .recordWhatInitiative(code, name), responsible: responsible,
                             because: .recordBecausePolicyLed(initiative.string("policy_code") ?? "", responsible))
            }
            try checkYear(year, for: dept)
            let grade = try checkGrade(grade)
            let deptID = try deptID(dept)
            let previous = try db.row(
                "SELECT grade, next_direction, result_text, challenge_text FROM initiative_evaluations WHERE initiative_id = ? AND fiscal_year = ? ORDER BY evaluation_id DESC LIMIT 1",
                [id, year])
            let next = try Self.text(next, keeping: previous?.string("next_direction"), field: "next").map(checkNextDirection)
            let result = try Self.text(result, keeping: previous?.string("result_text"), field: "result")
            let challenge = try Self.text(challenge, keeping: previous?.string("challenge_text"), field: "challenge")
            let summary = Self.summary(grade, next)
            let changes = FieldChange.between([
                FieldChange("grade", previous?.string("grade"), grade), FieldChange("next", previous?.string("next_direction"), next),
                FieldChange("result", previous?.string("result_text"), result), FieldChange("challenge", previous?.string("challenge_text"), challenge),
            ])
            if previous != nil, changes.isEmpty {
                return RecordOutcome(result: .unchanged, code: code, name: name, fiscalYear: year, previous: summary, current: summary)
            }
            try db.execute(
                "INSERT INTO initiative_evaluations (initiative_id, fiscal_year, grade, next_direction, result_text, challenge_text, recorded_by, recorded_at, source, actor) VALUES (?, ?, ?, ?, ?, ?, ?, \(Self.now), ?, ?)",
                [id, year, grade, next, result, challenge, deptID, source, actor])
            return RecordOutcome(
                result: .recorded, code: code, name: name, fiscalYear: year,
                previous: previous.map { Self.summary($0.string("grade") ?? "", $0.string("next_direction")) }, current: summary,
                changes: previous == nil ? [] : changes)
        }
    }

    static func summary(_ grade: String, _ next: String?) -> String { next.map { "\(grade) / \($0)" } ?? grade }

    /// A reprint （再掲） is evaluated once, where it is first printed: the refusal names the
    /// original and its department, or says that the original is outside this plan.
    func refuseReprint(_ code: String, _ name: String) throws -> PlanError {
        guard let original = try db.row(
            "SELECT o.initiative_code, o.lead_dept FROM v_initiatives r JOIN v_initiatives o ON o.initiative_code = r.reprint_of AND o.plan_code = r.plan_code WHERE r.plan_code = ? AND r.initiative_code = ?",
            [plan.code, code]), let originalCode = original.string("initiative_code"), let dept = original.string("lead_dept")
        else {
            return PlanError(.recordReprintOutside(code, name), advice: .recordReprintOutsideAdvice, kind: .forbidden)
        }
        return PlanError(.recordReprintOf(code, name, original: originalCode, dept: dept), advice: .recordReprintOfAdvice(original: originalCode, dept: dept), kind: .forbidden)
    }

    // MARK: Policy evaluations

    public enum Stage: String, Sendable, CaseIterable {
        case first = "一次"
        case second = "二次"
    }

    /// Records a policy's evaluation; `comment` nil keeps the current comment, empty clears it.
    public func recordPolicy(_ code: String, year: Int, grade: String, comment: String?, stage: Stage, as dept: String) throws -> RecordOutcome {
        try db.transaction {
            guard let policy = try db.row("""
                SELECT p.policy_id, p.title, d.name AS lead_dept FROM policies p JOIN departments d ON d.dept_id = p.lead_dept_id
                WHERE p.plan_id = ? AND p.code = ?
                """, [plan.id, code]), let id = policy.int64("policy_id")
            else { throw PlanError(.recordNoPolicy(code), advice: .recordNoPolicyAdvice) }
            let name = policy.string("title") ?? ""
            switch stage {
            case .first:
                let responsible = policy.string("lead_dept") ?? ""
                guard dept == responsible else {
                    throw Self.refuse(dept, .recordWhatFirstReview(code, name), responsible: responsible, because: .recordBecauseLeads(responsible))
                }
            case .second:
                guard dept == plan.coordinator else {
                    throw Self.refuse(dept, .recordWhatSecondReview(code, name), responsible: plan.coordinator, because: .recordBecauseCoordinates(plan.coordinator))
                }
            }
            try checkYear(year, for: dept)
            let grade = try checkGrade(grade)
            let deptID = try deptID(dept)
            let previous = try db.row(
                "SELECT grade, comment FROM policy_evaluations WHERE policy_id = ? AND fiscal_year = ? AND stage = ? ORDER BY evaluation_id DESC LIMIT 1",
                [id, year, stage.rawValue])
            let comment = try Self.text(comment, keeping: previous?.string("comment"), field: "comment")
            let changes = FieldChange.between([
                FieldChange("grade", previous?.string("grade"), grade), FieldChange("comment", previous?.string("comment"), comment),
            ])
            if previous != nil, changes.isEmpty {
                return RecordOutcome(result: .unchanged, code: code, name: name, fiscalYear: year, previous: grade, current: grade)
            }
            try db.execute(
                "INSERT INTO policy_evaluations (policy_id, fiscal_year, stage, grade, comment, recorded_by, recorded_at, source, actor) VALUES (?, ?, ?, ?, ?, ?, \(Self.now), ?, ?)",
                [id, year, stage.rawValue, grade, comment, deptID, source, actor])
            return RecordOutcome(
                result: .recorded, code: code, name: name, fiscalYear: year, previous: previous?.string("grade"), current: grade,
                changes: previous == nil ? [] : changes)
        }
    }

    // MARK: Vocabularies

    func checkGrade(_ input: String) throws -> String {
        let typed = NameKey.normalize(input).uppercased()
        let grades = try Vocabularies(db: db, planID: plan.id).grades()
        if let match = grades.first(where: { NameKey.normalize($0.grade).uppercased() == typed }) { return match.grade }
        throw PlanError(.recordNotAGrade(input), advice: .recordUseOneOf(grades.map { "\($0.grade)（\($0.meaning)）" }.joined(separator: "、")))
    }

    func checkNextDirection(_ input: String) throws -> String {
        let typed = NameKey.normalize(input)
        let names = try Vocabularies(db: db, planID: plan.id).nextDirections().map(\.name)
        if let match = names.first(where: { NameKey.normalize($0) == typed }) { return match }
        throw PlanError(.recordNotANextDirection(input), advice: .recordUseOneOf(names.joined(separator: "・")))
    }
}
