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
        let db = store.connection
        let parameters: [String: ValueConvertible?] = ["plan": plan.code, "year": year]
        let actuals = Set(try db.rows("SELECT indicator_code FROM v_indicator_results WHERE plan_code = :plan AND fiscal_year = :year", named: parameters).compactMap { $0[0].string })
        let initiatives = Set(try db.rows("SELECT initiative_code FROM v_initiative_evaluations WHERE plan_code = :plan AND fiscal_year = :year", named: parameters).compactMap { $0[0].string })
        let reviews = Set(try db.rows("SELECT stage || ' ' || policy_code FROM v_policy_evaluations WHERE plan_code = :plan AND fiscal_year = :year", named: parameters).compactMap { $0[0].string })
        let departments = Departments(store, plan: plan)
        let names = try dept.map { [$0] } ?? db.rows("SELECT name FROM departments WHERE kind = 'department' ORDER BY seq").compactMap { $0[0].string }
        var result: [DutyStatus] = []
        for name in names {
            for duty in try departments.duties(of: name) {
                let entered: Bool
                switch duty.kind {
                case .actual: entered = actuals.contains(duty.code)
                case .initiative: entered = initiatives.contains(duty.code)
                case .firstReview: entered = reviews.contains("一次 " + duty.code)
                case .secondReview: entered = reviews.contains("二次 " + duty.code)
                }
                result.append(DutyStatus(dept: name, duty: duty, entered: entered))
            }
        }
        return result
    }

    /// Per department: how many items it must report and how many are in.
    public static func summary(_ statuses: [DutyStatus]) -> (columns: [String], rows: [[Value]]) {
        var order: [String] = []
        var counts: [String: (required: Int, entered: Int)] = [:]
        for status in statuses {
            if counts[status.dept] == nil { order.append(status.dept) }
            var count = counts[status.dept] ?? (0, 0)
            count.required += 1
            if status.entered { count.entered += 1 }
            counts[status.dept] = count
        }
        let rows: [[Value]] = order.compactMap { dept in
            guard let count = counts[dept] else { return nil }
            return [.text(dept), .integer(Int64(count.required)), .integer(Int64(count.entered)), .integer(Int64(count.required - count.entered))]
        }
        return (["dept", "required", "entered", "missing"], rows)
    }
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
            SELECT at, dept, item_code, fiscal_year, field, old_value, new_value FROM v_history
            WHERE (:code IS NULL OR item_code = :code OR item_code LIKE :code || '-%')
              AND (:year IS NULL OR fiscal_year = :year)
            ORDER BY at, record_kind, record_id, field_seq
            """, named: ["code": code, "year": year])
        return (["at", "dept", "item_code", "fiscal_year", "field", "old_value", "new_value"], rows.map(\.values))
    }
}
