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
        if let year, !(plan.startYear...plan.endYear).contains(year) {
            throw PlanError(.outlookYearOutside(FiscalYear.label(year), from: plan.startYear, to: plan.endYear),
                            advice: .outlookYearOutsideAdvice(from: plan.startYear, to: plan.endYear))
        }
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
    /// are on track, as of the end of `year`.
    public func policyLines(asOf year: Int) throws -> [Message] {
        let outlooks = try indicators(asOf: year)
        let policies = try store.connection.rows(
            "SELECT policy_code FROM v_policies WHERE plan_code = ? ORDER BY sort_key", [plan.code]).compactMap { $0.string("policy_code") }
        return [.outlookPolicyHeading(FiscalYear.label(year))] + policies.map { policy in
            let judged = outlooks.filter { $0.policyCode == policy && $0.onTrack != nil }
            guard !judged.isEmpty else { return .outlookPolicyNone(policy) }
            return .outlookPolicyLine(policy, onTrack: judged.filter { $0.onTrack == true }.count, judged: judged.count)
        }
    }
}
