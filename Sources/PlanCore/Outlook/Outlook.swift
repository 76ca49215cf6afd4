import SQLiteDB

/// One indicator's outlook, as the named query `outlook` (over v_indicator_outlook_by_year) gives it.
public struct IndicatorOutlook: Sendable, Equatable {
    public let code, name, policyCode, direction, unit, basis: String
    public let latestYear, finalYear, asOfYear: Int
    public let latestValue, forecast: Double
    public let finalTarget, gap, gapPct: Double?
    public let onTrack: Bool?
}

/// The outlook (見通し) of the live data: the indicators whose trend will miss the final target,
/// and a line per policy for `status` and the yearly report. The SQL is Queries/outlook.sql, so
/// what plandb prints is what `plandb query run outlook` shows.
public struct Outlook {
    let store: PlanDatabase
    let plan: PlanRef

    public init(_ store: PlanDatabase, plan: PlanRef) {
        self.store = store
        self.plan = plan
    }

    /// Every indicator with an outlook as of the end of `year` (all actuals when nil): misses
    /// first, worst first, then those on track, then those without a final target.
    public func indicators(asOf year: Int? = nil) throws -> [IndicatorOutlook] {
        if let year { try checkWithinPlan(year) }
        let query = try QueryLibrary.load(userFolder: nil).query("outlook")
        return try store.connection.rows(query.sql, named: ["year": year]).filter { $0.string("plan_code") == plan.code }.map { row in
            IndicatorOutlook(
                code: row.string("indicator_code") ?? "", name: row.string("name") ?? "", policyCode: row.string("policy_code") ?? "",
                direction: row.string("direction") ?? "", unit: row.string("unit") ?? "", basis: row.string("basis") ?? "",
                latestYear: row.int("latest_year") ?? 0, finalYear: row.int("final_year") ?? 0, asOfYear: row.int("as_of_year") ?? 0,
                latestValue: row.double("latest_value") ?? 0, forecast: row.double("forecast_value") ?? 0,
                finalTarget: row.double("final_target"), gap: row.double("gap"), gapPct: row.double("gap_pct"), onTrack: row.bool("on_track"))
        }
    }

    /// The columns `plandb outlook` prints, one row per indicator.
    public static func table(_ outlooks: [IndicatorOutlook]) -> (columns: [String], rows: [[Value]]) {
        func number(_ value: Double?) -> Value { value.map(Value.real) ?? .null }
        let columns = ["indicator_code", "name", "unit", "direction", "latest_year", "latest_value", "forecast_value", "final_target",
                       "on_track", "gap", "gap_pct", "basis"]
        return (columns, outlooks.map { outlook in
            [.text(outlook.code), .text(outlook.name), .text(outlook.unit), .text(outlook.direction), .integer(Int64(outlook.latestYear)),
             .real(outlook.latestValue), .real(outlook.forecast), number(outlook.finalTarget),
             outlook.onTrack.map { .integer($0 ? 1 : 0) } ?? .null, number(outlook.gap), number(outlook.gapPct), .text(outlook.basis)]
        })
    }

    /// The line under the table: how many are on track, how many will miss.
    public static func summary(_ outlooks: [IndicatorOutlook], asOf year: Int) -> Message {
        let year = FiscalYear.label(year)
        guard !outlooks.isEmpty else { return .outlookNothing(year) }
        let judged = outlooks.filter { $0.onTrack != nil }
        let onTrack = judged.filter { $0.onTrack == true }.count
        return .outlookSummary(year, onTrack: onTrack, judged: judged.count, missing: judged.count - onTrack,
                               untargeted: outlooks.count - judged.count)
    }

    /// One line per policy, in the plan's order: how many of its indicators with a final target
    /// are on track, as of the end of `year`. Computed in one pass over the current actuals up to
    /// `year`, each indicator's few points folded into OutlookFit (the view's formula, held to it
    /// by OutlookTests) and only a count per policy kept: the view computes every year's outlook
    /// of every indicator to keep one year's, which took `status` 9 s and 100 MiB on a plan of
    /// 100,000 indicators (issue #14).
    public func policyLines(asOf year: Int) throws -> [Message] {
        try checkWithinPlan(year)
        let db = store.connection
        let statement = try db.prepare("""
            SELECT i.indicator_id, p.code AS policy_code, i.direction, i.baseline_value, i.baseline_year, ft.final_value,
                   a.fiscal_year, a.value
            FROM plans pl
            JOIN policies p ON p.plan_id = pl.plan_id
            JOIN indicators i ON i.policy_id = p.policy_id
            JOIN indicator_actuals a ON a.indicator_id = i.indicator_id AND a.fiscal_year <= :year
                 AND a.actual_id = (SELECT max(b.actual_id) FROM indicator_actuals b
                                    WHERE b.indicator_id = a.indicator_id AND b.fiscal_year = a.fiscal_year)
            LEFT JOIN v_indicator_final_targets ft ON ft.indicator_id = i.indicator_id
            WHERE pl.code = :plan
            ORDER BY i.indicator_id, a.fiscal_year
            """)
        try statement.bind(["plan": plan.code, "year": year])
        var count = PolicyOutlookCount(finalYear: plan.endYear)
        var indicator: (id: Int64, row: Row, actuals: [(year: Int, value: Double)])?
        func judge() {
            guard let (_, row, actuals) = indicator else { return }
            count.add(policy: row.string("policy_code") ?? "", direction: row.string("direction") ?? "",
                      baseline: row.double("baseline_value").map { (year: row.int("baseline_year") ?? 0, value: $0) },
                      actuals: actuals, finalTarget: row.double("final_value"))
        }
        try statement.forEachRow { row in
            let id = row.int64("indicator_id") ?? 0
            if indicator?.id != id {
                judge()
                indicator = (id, row, [])
            }
            indicator?.actuals.append((year: row.int("fiscal_year") ?? 0, value: row.double("value") ?? 0))
        }
        judge()
        let policies = try db.rows(
            "SELECT policy_code FROM v_policies WHERE plan_code = ? ORDER BY sort_key", [plan.code]).compactMap { $0.string("policy_code") }
        return [.outlookPolicyHeading(FiscalYear.label(year))] + policies.map(count.line)
    }

    private func checkWithinPlan(_ year: Int) throws {
        guard (plan.startYear...plan.endYear).contains(year) else {
            throw PlanError(.outlookYearOutside(FiscalYear.label(year), from: plan.startYear, to: plan.endYear),
                            advice: .outlookYearOutsideAdvice(from: plan.startYear, to: plan.endYear))
        }
    }
}
