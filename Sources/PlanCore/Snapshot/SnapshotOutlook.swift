import SQLiteDB

/// The outlook line per policy (見通し) that the yearly HTML report prints, by the rules of
/// PeriodReport.build: each indicator of the exported snapshot is fitted (OutlookFit) over its
/// baseline and its actual of every year of the plan up to the snapshot's year, a year's actual
/// taken from that year's latest snapshot, or from the live data for a year not frozen, and the
/// snapshot's own year from the snapshot itself; then judged against its last printed target.
/// One sorted pass over those values: only an indicator's few points and a counter per policy
/// are held.
enum SnapshotOutlook {
    /// Every value the fits use, grouped by indicator, years in order; the exported snapshot's
    /// row (is_exported = 1, its year last) carries the indicator's direction, baseline and targets.
    static let pointsSQL = """
        WITH frozen AS (
            SELECT s.snapshot_id, s.fiscal_year FROM snapshots s
            WHERE s.plan_id = :plan_id AND s.fiscal_year BETWEEN :start AND :year - 1
              AND s.version = (SELECT max(version) FROM snapshots v WHERE v.plan_id = s.plan_id AND v.fiscal_year = s.fiscal_year)
        )
        SELECT x.indicator_code, f.fiscal_year AS year, x.value, 0 AS is_exported,
               NULL AS policy_code, NULL AS direction, NULL AS baseline_value, NULL AS baseline_year, NULL AS targets
        FROM frozen f JOIN snapshot_indicators x ON x.snapshot_id = f.snapshot_id
        JOIN snapshot_policies p ON p.snapshot_id = x.snapshot_id AND p.policy_code = x.policy_code
        WHERE x.value IS NOT NULL
        UNION ALL
        SELECT r.indicator_code, r.fiscal_year, r.value, 0, NULL, NULL, NULL, NULL, NULL FROM v_indicator_results r
        WHERE r.plan_code = :plan AND r.fiscal_year BETWEEN :start AND :year - 1 AND r.value IS NOT NULL
          AND r.fiscal_year NOT IN (SELECT fiscal_year FROM frozen)
        UNION ALL
        SELECT e.indicator_code, :year, e.value, 1, e.policy_code, e.direction, e.baseline_value, e.baseline_year, e.targets
        FROM snapshot_indicators e JOIN snapshot_policies ep ON ep.snapshot_id = e.snapshot_id AND ep.policy_code = e.policy_code
        WHERE e.snapshot_id = :snapshot
        ORDER BY 1, 2, 4
        """

    /// One message per policy of the snapshot, by policy code.
    static func policyLines(_ store: PlanDatabase, snapshot: SnapshotInfo, plan: PlanRef) throws -> [String: Message] {
        let db = store.connection
        var count = PolicyOutlookCount(finalYear: plan.endYear)
        let statement = try db.prepare(pointsSQL)
        try statement.bind(["plan_id": plan.id, "plan": plan.code, "start": plan.startYear, "year": snapshot.fiscalYear, "snapshot": snapshot.id])
        let row = StatementFields(statement)
        var code: String? = nil
        var actuals: [(year: Int, value: Double)] = []
        func judge(_ row: some SnapshotFields) {
            count.add(policy: row.string("policy_code") ?? "", direction: row.string("direction") ?? "",
                      baseline: row.double("baseline_value").map { (year: row.int("baseline_year") ?? 0, value: $0) }, actuals: actuals,
                      finalTarget: SnapshotDocument.parseTargets(row.string("targets") ?? "").last { $0.value != nil }?.value)
        }
        while try statement.step() {
            let current = row.string("indicator_code")
            if current != code { code = current; actuals.removeAll(keepingCapacity: true) }
            if let value = row.double("value") { actuals.append((row.int("year") ?? 0, value)) }
            // The exported snapshot's row comes last in its indicator's group.
            if row.bool("is_exported") == true { judge(row) }
        }
        var lines: [String: Message] = [:]
        let policies = try db.prepare("SELECT policy_code FROM snapshot_policies WHERE snapshot_id = ?")
        try policies.bind([snapshot.id])
        try policies.forEachRow { policy in
            guard let code = policy.string("policy_code") else { return }
            lines[code] = count.line(code)
        }
        return lines
    }
}
