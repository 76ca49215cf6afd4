import SQLiteDB

/// One item a department must report for a year, with what a clerk needs beside the form: the
/// plan's baseline and this year's target, last year's value, and what is entered now.
public struct ReportItem: Sendable, Equatable {
    public enum Kind: String, Sendable {
        case indicator, initiative, policy
    }
    public let kind: Kind
    /// 一次 or 二次, for a policy's evaluation.
    public let stage: Recorder.Stage?
    public let code: String
    public let name: String
    public let unit: String?
    public let baseline: String?
    public let target: String?
    /// Last year's value (an indicator) or grade and 今後の方向性 (an evaluation).
    public let lastYear: String?
    /// The current entry's fields in the order the forms show them; nil before the first entry.
    public let current: [Field]?
    public let recordedAt: String?

    public struct Field: Sendable, Equatable {
        public let name: String
        public let value: String?
    }
}

/// What one department must report for one year, as the browser's page and the API show it.
public struct DepartmentYear {
    let store: PlanDatabase
    let plan: PlanRef

    public init(_ store: PlanDatabase, plan: PlanRef) {
        self.store = store
        self.plan = plan
    }

    public func items(dept: String, year: Int) throws -> [ReportItem] {
        try Recorder.checkYear(year, plan: plan, locked: false)
        let db = store.connection
        let parameters: [String: ValueConvertible?] = ["plan": plan.code, "year": year]
        let indicators = try keyed(db.rows("""
            SELECT i.indicator_code AS key, i.unit, i.baseline_text, i.baseline_year, t.target_value, t.target_basis, t.target_text,
                   r.value_text, r.note, r.recorded_at, last.value_text AS last_value
            FROM v_indicators i
            LEFT JOIN v_indicator_year_targets t ON t.indicator_code = i.indicator_code AND t.plan_code = i.plan_code AND t.fiscal_year = :year
            LEFT JOIN v_indicator_results r ON r.indicator_code = i.indicator_code AND r.plan_code = i.plan_code AND r.fiscal_year = :year
            LEFT JOIN v_indicator_results last ON last.indicator_code = i.indicator_code AND last.plan_code = i.plan_code AND last.fiscal_year = :year - 1
            WHERE i.plan_code = :plan
            """, named: parameters))
        let initiatives = try keyed(db.rows("""
            SELECT i.initiative_code AS key, e.grade, e.next_direction, e.result_text, e.challenge_text, e.recorded_at,
                   last.grade AS last_grade, last.next_direction AS last_next
            FROM v_initiatives i
            LEFT JOIN v_initiative_evaluations e ON e.initiative_code = i.initiative_code AND e.plan_code = i.plan_code AND e.fiscal_year = :year
            LEFT JOIN v_initiative_evaluations last ON last.initiative_code = i.initiative_code AND last.plan_code = i.plan_code AND last.fiscal_year = :year - 1
            WHERE i.plan_code = :plan
            """, named: parameters))
        let reviews = try keyed(db.rows("""
            SELECT e.stage || ' ' || e.policy_code AS key, e.fiscal_year, e.grade, e.comment, e.recorded_at
            FROM v_policy_evaluations e WHERE e.plan_code = :plan AND e.fiscal_year IN (:year, :year - 1)
            """, named: parameters), year: year)

        return try Departments(store, plan: plan).duties(of: dept).compactMap { duty -> ReportItem? in
            switch duty.kind {
            case .actual:
                let row = indicators[duty.code]
                let entered = row?.string("value_text") != nil
                return ReportItem(
                    kind: .indicator, stage: nil, code: duty.code, name: duty.name, unit: row?.string("unit"),
                    baseline: row.map { "\($0.string("baseline_text") ?? "")（\($0.int("baseline_year") ?? 0)）" },
                    target: row.map(EntryTemplate.targetText), lastYear: row?.string("last_value"),
                    current: entered ? [.init(name: "value", value: row?.string("value_text")), .init(name: "note", value: row?.string("note"))] : nil,
                    recordedAt: row?.string("recorded_at"))
            case .initiative:
                let row = initiatives[duty.code]
                let entered = row?.string("grade") != nil
                return ReportItem(
                    kind: .initiative, stage: nil, code: duty.code, name: duty.name, unit: nil, baseline: nil, target: nil,
                    lastYear: row?.string("last_grade").map { Recorder.summary($0, row?.string("last_next")) },
                    current: entered ? [
                        .init(name: "grade", value: row?.string("grade")), .init(name: "next", value: row?.string("next_direction")),
                        .init(name: "result", value: row?.string("result_text")), .init(name: "challenge", value: row?.string("challenge_text")),
                    ] : nil,
                    recordedAt: row?.string("recorded_at"))
            case .firstReview, .secondReview:
                let stage: Recorder.Stage = duty.kind == .firstReview ? .first : .second
                let key = stage.rawValue + " " + duty.code
                let row = reviews[key]
                return ReportItem(
                    kind: .policy, stage: stage, code: duty.code, name: duty.name, unit: nil, baseline: nil, target: nil,
                    lastYear: reviews["last " + key]?.string("grade"),
                    current: row.map { [.init(name: "grade", value: $0.string("grade")), .init(name: "comment", value: $0.string("comment"))] },
                    recordedAt: row?.string("recorded_at"))
            case .project:
                // `duties(of:)` lists no projects: they are recorded by `record project`.
                return nil
            }
        }
    }

    /// Rows by their `key` column; with `year`, last year's rows are keyed "last KEY".
    func keyed(_ rows: [Row], year: Int? = nil) -> [String: Row] {
        var result: [String: Row] = [:]
        for row in rows {
            let key = row.string("key") ?? ""
            result[year != nil && row.int("fiscal_year") != year ? "last " + key : key] = row
        }
        return result
    }
}
