import Foundation
import SQLiteDB

/// A department's state for one fiscal year, from v_submissions. The states are the
/// evaluation's own words (未提出 / 提出済 / 差し戻し), shown as they are in both languages.
public struct SubmissionState: Sendable, Equatable {
    public enum State: String, Sendable {
        case notSubmitted = "未提出"
        case submitted = "提出済"
        case returned = "差し戻し"
    }
    public let dept: String
    public let fiscalYear: Int
    public let state: State
    /// When, by whom and why the state last changed; nil while 未提出.
    public let at: String?
    public let actor: String?
    public let reason: String?
}

/// Submission (提出) of a year by a department and its return (差し戻し) by the coordinator.
/// Every submit and return is appended to submission_events; a submitted year refuses the
/// department's entries until it is returned.
public struct Submissions {
    let db: Database
    let store: PlanDatabase
    let plan: PlanRef

    public init(_ store: PlanDatabase, plan: PlanRef) {
        self.db = store.connection
        self.store = store
        self.plan = plan
    }

    static let stateSQL = "SELECT dept, fiscal_year, state, at, actor, reason FROM v_submissions WHERE plan_code = :plan AND fiscal_year = :year"

    static func state(_ row: Row) -> SubmissionState {
        SubmissionState(
            dept: row.string("dept") ?? "", fiscalYear: row.int("fiscal_year") ?? 0,
            state: SubmissionState.State(rawValue: row.string("state") ?? "") ?? .notSubmitted,
            at: row.string("at"), actor: row.string("actor"), reason: row.string("reason"))
    }

    /// Every department's state for `year`, by department name.
    public func states(year: Int) throws -> [String: SubmissionState] {
        let rows = try db.rows(Self.stateSQL, named: ["plan": plan.code, "year": year])
        return Dictionary(rows.map(Self.state).map { ($0.dept, $0) }, uniquingKeysWith: { first, _ in first })
    }

    public func state(of dept: String, year: Int) throws -> SubmissionState {
        let row = try db.rows(Self.stateSQL + " AND dept = :dept", named: ["plan": plan.code, "year": year, "dept": dept]).first
        return row.map(Self.state) ?? SubmissionState(dept: dept, fiscalYear: year, state: .notSubmitted, at: nil, actor: nil, reason: nil)
    }

    /// True when `year` is frozen by its snapshot: nothing can be entered, submitted or returned.
    public func isLocked(year: Int) throws -> Bool {
        try Recorder(store, plan: plan).isLocked(year)
    }

    /// When `dept` submitted `year`, while that is its state (nil when it is open for entries).
    static func submittedAt(_ db: Database, plan: PlanRef, dept: String, year: Int) throws -> String? {
        try submittedYears(db, plan: plan, dept: dept, year: year)[year]
    }

    /// The years `dept` has submitted (all, or `year` only), with when: the check every write
    /// path meets (record, entry import, the server), through Recorder.
    static func submittedYears(_ db: Database, plan: PlanRef, dept: String, year: Int? = nil) throws -> [Int: String] {
        let rows = try db.rows("""
            SELECT e.fiscal_year, e.action, e.at FROM submission_events e JOIN departments d ON d.dept_id = e.dept_id
            WHERE e.plan_id = :plan AND d.name = :dept AND (:year IS NULL OR e.fiscal_year = :year)
              AND e.event_id = (SELECT max(x.event_id) FROM submission_events x
                                WHERE x.plan_id = e.plan_id AND x.fiscal_year = e.fiscal_year AND x.dept_id = e.dept_id)
            """, named: ["plan": plan.id, "dept": dept, "year": year])
        return Dictionary(uniqueKeysWithValues: rows.filter { $0.string("action") == "submit" }.map { ($0.int("fiscal_year") ?? 0, $0.string("at") ?? "") })
    }

    /// `dept` says it has finished `year`. Items still missing do not stop it: the coordinator
    /// sees them in `status` and can return the year.
    public func submit(year: Int, dept: String, actor: String) throws -> Message {
        try db.transaction {
            let recorder = Recorder(store, plan: plan)
            let deptID = try recorder.deptID(dept)
            try recorder.checkYear(year)
            let current = try state(of: dept, year: year)
            if current.state == .submitted {
                throw PlanError(
                    .alreadySubmitted(dept, FiscalYear.label(year), JapanTime.display(current.at ?? ""), current.actor ?? ""),
                    advice: .returnAdvice(dept, year, plan.coordinator), kind: .conflict)
            }
            try append(year: year, deptID: deptID, action: "submit", reason: nil, byDeptID: deptID, actor: actor)
            let duties = try Completion(store, plan: plan).status(year: year, dept: dept)
            return .submitted(dept, FiscalYear.label(year), duties.count(where: \.entered), duties.count, plan.coordinator)
        }
    }

    /// The coordinator gives `year` back to `dept` with a reason, so that it can enter again.
    public func returnYear(_ year: Int, to dept: String, reason: String, by coordinator: String, actor: String) throws -> Message {
        try db.transaction {
            guard coordinator == plan.coordinator else {
                throw PlanError(.returnNotCoordinator(coordinator, plan.coordinator), advice: .returnNotCoordinatorAdvice(plan.coordinator), kind: .forbidden)
            }
            let reason = try EntryText.checked(reason, field: "reason")
            guard !reason.isEmpty else { throw PlanError(.returnReasonMissing, advice: .returnReasonAdvice) }
            try FreeText.check(reason, field: "reason")
            let recorder = Recorder(store, plan: plan)
            let deptID = try recorder.deptID(dept)
            let coordinatorID = try recorder.deptID(coordinator)
            try recorder.checkYear(year)
            let current = try state(of: dept, year: year)
            guard current.state == .submitted else {
                throw PlanError(.notSubmitted(dept, FiscalYear.label(year), current.state.rawValue), advice: .notSubmittedAdvice(dept), kind: .conflict)
            }
            try append(year: year, deptID: deptID, action: "return", reason: reason, byDeptID: coordinatorID, actor: actor)
            return .returned(dept, FiscalYear.label(year), reason)
        }
    }

    /// The state in one sentence, for `status --as DEPT`.
    public static func describe(_ state: SubmissionState) -> Message {
        let year = FiscalYear.label(state.fiscalYear)
        switch state.state {
        case .notSubmitted: return .stateNotSubmittedLine(state.dept, year)
        case .submitted: return .stateSubmittedLine(state.dept, year, JapanTime.display(state.at ?? ""), state.actor ?? "")
        case .returned: return .stateReturnedLine(state.dept, year, JapanTime.display(state.at ?? ""), state.actor ?? "", state.reason ?? "")
        }
    }

    func append(year: Int, deptID: Int64, action: String, reason: String?, byDeptID: Int64, actor: String) throws {
        try db.execute(
            "INSERT INTO submission_events (plan_id, fiscal_year, dept_id, action, reason, by_dept_id, actor, at) VALUES (?, ?, ?, ?, ?, ?, ?, \(Recorder.now))",
            [plan.id, year, deptID, action, reason, byDeptID, actor])
    }
}
