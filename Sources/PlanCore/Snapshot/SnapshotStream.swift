import SQLiteDB

/// One stored snapshot read through cursors in the document's order, for exports of any size:
/// the policies by seq, and one cursor per item table ordered by its policy's seq then its own,
/// merged with the policy cursor. An item is held only while it is being written. Items join
/// snapshot_policies, so one whose policy is not in the snapshot is left out, as
/// `SnapshotDocument.assemble` leaves it out.
struct SnapshotStream: SnapshotSource {
    let db: Database
    let info: SnapshotInfo
    let plan: PlanRef
    var outlook: [String: Message] = [:]

    init(_ store: PlanDatabase, plan: PlanRef, snapshot: SnapshotInfo) throws {
        db = store.connection
        info = snapshot
        self.plan = try SnapshotDocument.frozenPlan(db, snapshot: snapshot, live: plan)
    }

    private func cursor(_ sql: String) throws -> Statement {
        let statement = try db.prepare(sql)
        try statement.bind([info.id])
        return statement
    }

    private func policies() throws -> Statement {
        try cursor("SELECT * FROM snapshot_policies WHERE snapshot_id = ? ORDER BY seq, policy_code")
    }

    private func items(_ table: String) throws -> Statement {
        try cursor("""
            SELECT x.* FROM \(table) x JOIN snapshot_policies p ON p.snapshot_id = x.snapshot_id AND p.policy_code = x.policy_code
            WHERE x.snapshot_id = ? ORDER BY p.seq, p.policy_code, x.seq
            """)
    }

    func projects() throws -> SnapshotProjects { try SnapshotProjects.load(db, snapshotID: info.id) }

    func summaries() throws -> [(policy: SnapshotDocument.Policy, summary: PolicySummary)] {
        var indicators: [String: (achieved: Int, measured: Int)] = [:]
        try cursor("""
            SELECT policy_code, sum(achieved <> 0) AS achieved, count(achieved) AS measured FROM snapshot_indicators
            WHERE snapshot_id = ? GROUP BY policy_code
            """).forEachRow { indicators[$0.string("policy_code") ?? ""] = ($0.int("achieved") ?? 0, $0.int("measured") ?? 0) }
        // A reprint （再掲） is counted where it is first printed, as PolicySummary counts it.
        var grades: [String: [String: Int]] = [:]
        var unrated: [String: Int] = [:]
        try cursor("""
            SELECT policy_code, grade, count(*) AS n FROM snapshot_initiatives WHERE snapshot_id = ? AND is_reprint = 0 GROUP BY policy_code, grade
            """).forEachRow { row in
            let policy = row.string("policy_code") ?? "", count = row.int("n") ?? 0
            if let grade = row.string("grade") { grades[policy, default: [:]][grade] = count } else { unrated[policy] = count }
        }
        var result: [(policy: SnapshotDocument.Policy, summary: PolicySummary)] = []
        let statement = try policies()
        let fields = StatementFields(statement)
        while try statement.step() {
            let policy = SnapshotDocument.Policy(fields: fields)
            let figures = indicators[policy.code] ?? (0, 0)
            result.append((policy, PolicySummary(
                achieved: figures.achieved, measured: figures.measured, grades: grades[policy.code] ?? [:], unrated: unrated[policy.code] ?? 0)))
        }
        return result
    }

    func walk(_ visitor: some SnapshotVisitor) throws {
        let origins = SnapshotDocument.reprintOrigins(try cursor("SELECT * FROM snapshot_reprints WHERE snapshot_id = ?").allRows())
        let policies = try policies(), indicators = try items("snapshot_indicators"), initiatives = try items("snapshot_initiatives")
        let policy = StatementFields(policies), indicator = StatementFields(indicators), initiative = StatementFields(initiatives)
        var indicatorReady = try indicators.step(), initiativeReady = try initiatives.step()
        while try policies.step() {
            let current = SnapshotDocument.Policy(fields: policy)
            try visitor.policy(current)
            while indicatorReady, indicator.string("policy_code") == current.code {
                try visitor.indicator(SnapshotDocument.Indicator(fields: indicator))
                indicatorReady = try indicators.step()
            }
            try visitor.initiatives(of: current)
            while initiativeReady, initiative.string("policy_code") == current.code {
                try visitor.initiative(SnapshotDocument.Initiative(fields: initiative, origins: origins))
                initiativeReady = try initiatives.step()
            }
            try visitor.endPolicy(current)
        }
    }
}
