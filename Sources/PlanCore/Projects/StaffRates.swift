import Foundation
import SQLiteDB

extension PlanRef {
    /// The plan's 予算担当課 (budget department), which imports budget figures; nil when the plan names none.
    public func budgetDept(_ db: Database) throws -> String? {
        try db.row("SELECT d.name FROM plans p JOIN departments d ON d.dept_id = p.budget_dept_id WHERE p.plan_id = ?", [id])?.string("name")
    }
}

/// 人件費 per person-year (千円) of each staff kind (正職員, 再任用職員, 会計年度任用職員 …) in a year,
/// set by the coordinator. A rate is a record like an actual: setting it again keeps the old one
/// in the history, and setting the same amount writes nothing.
public struct StaffRates {
    let store: PlanDatabase
    let plan: PlanRef
    let actor: String

    public init(_ store: PlanDatabase, plan: PlanRef, actor: String = OSUser.name) {
        self.store = store
        self.plan = plan
        self.actor = actor
    }

    /// The kind as stored: NFKC-folded and trimmed (`正職員`, not `正職員 `).
    static func kindName(_ input: String) -> String {
        input.precomposedStringWithCompatibilityMapping.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    public func set(year: Int, kind input: String, amount text: String, as dept: String) throws -> RecordOutcome {
        let db = store.connection
        return try db.transaction {
            guard dept == plan.coordinator else {
                throw Recorder.refuse(dept, .rateWhat(input), responsible: plan.coordinator, because: .recordBecauseCoordinates(plan.coordinator))
            }
            try Recorder.checkYear(year, plan: plan, locked: try Recorder.isLocked(db, plan: plan, year: year))
            let kind = Self.kindName(input)
            guard !kind.isEmpty, kind.count <= 40 else { throw PlanError(.rateKindInvalid(input), advice: .rateKindAdvice) }
            try FreeText.check(kind, field: "kind")
            guard let amount = FixedPoint.parse(text, decimals: 0, suffixes: ["千円"]) else {
                throw PlanError(.rateAmountInvalid(text), advice: .budgetAmountAdvice)
            }
            let previous = try db.row(
                "SELECT amount FROM staff_rates WHERE plan_id = ? AND fiscal_year = ? AND kind = ? ORDER BY rate_id DESC LIMIT 1",
                [plan.id, year, kind])?.int64("amount")
            let name = Message.rateName.text()
            if previous == amount {
                return RecordOutcome(result: .unchanged, code: kind, name: name, fiscalYear: year, previous: String(amount), current: String(amount))
            }
            let deptID = try Recorder(store, plan: plan).deptID(dept)
            try db.execute(
                "INSERT INTO staff_rates (plan_id, fiscal_year, kind, amount, recorded_by, recorded_at, actor) VALUES (?, ?, ?, ?, ?, \(Recorder.now), ?)",
                [plan.id, year, kind, amount, deptID, actor])
            return RecordOutcome(
                result: .recorded, code: kind, name: name, fiscalYear: year, previous: previous.map { String($0) }, current: String(amount),
                changes: previous == nil ? [] : [FieldChange("value", previous.map { String($0) }, String(amount))])
        }
    }

    /// The rates of the plan: every year and kind with its current amount.
    public func list() throws -> (columns: [String], rows: [[Value]]) {
        let rows = try store.connection.rows(
            "SELECT fiscal_year, kind, amount, recorded_at FROM v_staff_rates WHERE plan_code = ? ORDER BY fiscal_year, kind", [plan.code])
        return (["fiscal_year", "kind", "amount", "recorded_at"], rows.map(\.values))
    }
}
