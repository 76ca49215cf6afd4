import Foundation
import SQLiteDB

/// Records a project's year: its 人工 per staff kind and its 事務事業評価, by the project's own
/// department, under the same rules as every other record: the plan's period, the year's lock,
/// the department's submission, and the earlier values kept in the history.
public struct ProjectRecorder {
    let store: PlanDatabase
    let plan: PlanRef
    let source: String
    let actor: String

    public init(_ store: PlanDatabase, plan: PlanRef, source: String = "command", actor: String = OSUser.name) {
        self.store = store
        self.plan = plan
        self.source = source
        self.actor = actor
    }

    /// 人工 as typed for one staff kind: `正職員=1.10`.
    public struct StaffEntry: Sendable, Equatable {
        public let kind: String
        public let personYears: String

        public init(kind: String, personYears: String) {
            self.kind = kind
            self.personYears = personYears
        }

        /// `KIND=人工` as the command line gives it (`＝` too).
        public static func parse(_ option: String) throws -> StaffEntry {
            let folded = option.precomposedStringWithCompatibilityMapping
            guard let equals = folded.firstIndex(of: "=") else {
                throw PlanError(.projectStaffOptionInvalid(option), advice: .projectStaffOptionAdvice)
            }
            return StaffEntry(kind: String(folded[..<equals]), personYears: String(folded[folded.index(after: equals)...]))
        }
    }

    struct ProjectInfo {
        let id: Int64
        let code: String
        let name: String
        let dept: String
        let startYear: Int?
        let endYear: Int?
    }

    static let projectSQL = """
        SELECT p.project_id, p.code, p.name, d.name AS dept, p.start_year, p.end_year
        FROM projects p JOIN departments d ON d.dept_id = p.dept_id WHERE p.plan_id = ?
        """

    /// The project by its code; `123` finds `00123` when no other code reads so, as a CSV re-saved
    /// by Excel drops a code's leading zeros.
    func project(_ code: String) throws -> ProjectInfo {
        let typed = code.precomposedStringWithCompatibilityMapping.trimmingCharacters(in: .whitespaces)
        let db = store.connection
        var row = try db.row(Self.projectSQL + " AND p.code = ?", [plan.id, typed])
        if row == nil, !typed.isEmpty, typed.allSatisfy(\.isASCII), typed.allSatisfy(\.isNumber) {
            let candidates = try db.rows(Self.projectSQL + " AND ltrim(p.code, '0') = ltrim(?, '0') AND p.code GLOB '[0-9]*'", [plan.id, typed])
            if candidates.count == 1 { row = candidates[0] }
        }
        guard let row else { throw PlanError(.projectUnknown(code, plan.code), advice: .projectUnknownAdvice) }
        return ProjectInfo(
            id: row.int64("project_id") ?? 0, code: row.string("code") ?? "", name: row.string("name") ?? "", dept: row.string("dept") ?? "",
            startYear: row.int("start_year"), endYear: row.int("end_year"))
    }

    /// Records what is given: each `staff` entry, and the evaluation when `grade` is given or a
    /// text option changes an evaluation already recorded. `next`, `result` and `challenge` nil
    /// keep the current text, empty clears it.
    public func record(
        _ code: String, year: Int, staff: [StaffEntry], grade: String?, next: String?, result: String?, challenge: String?, as dept: String
    ) throws -> RecordOutcome {
        let db = store.connection
        return try db.transaction {
            let project = try project(code)
            guard dept == project.dept else {
                throw Recorder.refuse(dept, .projectWhat(project.code, project.name), responsible: project.dept, because: .projectBecauseCarries(project.dept))
            }
            let recorder = Recorder(store, plan: plan, source: source, actor: actor)
            try recorder.checkYear(year, for: dept)
            if let start = project.startYear, year < start { throw PlanError(.projectNotRunning(project.code, FiscalYear.label(year)), advice: .projectNotRunningAdvice) }
            if let end = project.endYear, year > end { throw PlanError(.projectNotRunning(project.code, FiscalYear.label(year)), advice: .projectNotRunningAdvice) }
            guard !staff.isEmpty || grade != nil || next != nil || result != nil || challenge != nil else {
                throw PlanError(.projectNothingToRecord(project.code), advice: .projectNothingToRecordAdvice)
            }
            let deptID = try recorder.deptID(dept)
            var changes: [FieldChange] = []
            var wroteAnything = false
            for entry in staff {
                let kind = StaffRates.kindName(entry.kind)
                let rated = try db.scalar(
                    "SELECT count(*) FROM staff_rates WHERE plan_id = ? AND fiscal_year = ? AND kind = ?", [plan.id, year, kind]).int64 ?? 0
                guard rated > 0 else {
                    let kinds = try db.rows("SELECT DISTINCT kind FROM staff_rates WHERE plan_id = ? AND fiscal_year = ? ORDER BY kind", [plan.id, year])
                        .compactMap { $0.string("kind") }
                    throw PlanError(.projectNoRate(kind, FiscalYear.label(year), kinds.joined(separator: "、")), advice: .projectNoRateAdvice(plan.coordinator, year))
                }
                guard let centi = FixedPoint.parse(entry.personYears, decimals: 2, suffixes: ["人工", "人"]), centi <= 1_000_000 else {
                    throw PlanError(.projectStaffInvalid(kind, entry.personYears), advice: .projectStaffAdvice)
                }
                let previous = try db.row(
                    "SELECT person_centi FROM project_staff WHERE project_id = ? AND fiscal_year = ? AND kind = ? ORDER BY staff_id DESC LIMIT 1",
                    [project.id, year, kind])?.int64("person_centi")
                guard previous != centi else { continue }
                try db.execute(
                    "INSERT INTO project_staff (project_id, fiscal_year, kind, person_centi, recorded_by, recorded_at, source, actor) VALUES (?, ?, ?, ?, ?, \(Recorder.now), ?, ?)",
                    [project.id, year, kind, centi, deptID, source, actor])
                wroteAnything = true
                changes.append(FieldChange("staff " + kind, previous.map { FixedPoint.text($0, decimals: 2) }, FixedPoint.text(centi, decimals: 2)))
            }
            let previous = try db.row(
                "SELECT grade, next_direction, result_text, challenge_text FROM project_evaluations WHERE project_id = ? AND fiscal_year = ? ORDER BY evaluation_id DESC LIMIT 1",
                [project.id, year])
            var summary = previous.map { Recorder.summary($0.string("grade") ?? "", $0.string("next_direction")) }
            if grade != nil || next != nil || result != nil || challenge != nil {
                guard let typedGrade = grade ?? previous?.string("grade") else {
                    throw PlanError(.projectGradeNeeded(project.code), advice: .projectGradeNeededAdvice)
                }
                let grade = try recorder.checkGrade(typedGrade)
                let next = try Recorder.text(next, keeping: previous?.string("next_direction"), field: "next").map(recorder.checkNextDirection)
                let result = try Recorder.text(result, keeping: previous?.string("result_text"), field: "result")
                let challenge = try Recorder.text(challenge, keeping: previous?.string("challenge_text"), field: "challenge")
                let evaluationChanges = FieldChange.between([
                    FieldChange("grade", previous?.string("grade"), grade), FieldChange("next", previous?.string("next_direction"), next),
                    FieldChange("result", previous?.string("result_text"), result), FieldChange("challenge", previous?.string("challenge_text"), challenge),
                ])
                if previous == nil || !evaluationChanges.isEmpty {
                    try db.execute(
                        "INSERT INTO project_evaluations (project_id, fiscal_year, grade, next_direction, result_text, challenge_text, recorded_by, recorded_at, source, actor) VALUES (?, ?, ?, ?, ?, ?, ?, \(Recorder.now), ?, ?)",
                        [project.id, year, grade, next, result, challenge, deptID, source, actor])
                    wroteAnything = true
                    if previous != nil { changes += evaluationChanges }
                }
                summary = Recorder.summary(grade, next)
            }
            // What the project's year is now: its evaluation, else the 人工 just recorded.
            let current = summary ?? changes.compactMap(\.new).joined(separator: "、")
            guard wroteAnything else {
                return RecordOutcome(result: .unchanged, code: project.code, name: project.name, fiscalYear: year, previous: current, current: current)
            }
            let isFirst = previous == nil && changes.allSatisfy { $0.old == nil }
            return RecordOutcome(
                result: .recorded, code: project.code, name: project.name, fiscalYear: year, previous: isFirst ? nil : current,
                current: current, changes: isFirst ? [] : changes)
        }
    }
}
