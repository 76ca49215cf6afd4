import SQLiteDB

/// The result of an import (or of a dry run, which does the same work and rolls it back).
public struct SeedImportReport: Sendable, Equatable {
    public let planCode: String
    public let changes: [SeedChange]
    public let dryRun: Bool

    public func count(_ action: SeedChange.Action) -> Int { changes.filter { $0.action == action }.count }
}

/// Writes a validated `SeedPlan` into the database in one transaction. Items are matched by
/// their code within the plan, never by position: an item keeps its id (and so its evaluations)
/// when rows are inserted, removed or reordered around it, and when it is retitled or moved to
/// another parent; a 旧コード renames an item in place. An import touches only the plan its code
/// names. It refuses, changing nothing, to delete an item that has evaluations or is in a frozen
/// snapshot, and deletes anything else only when asked (`allowDelete`); a dry run lists it all.
public struct SeedImporter {
    let db: Database

    public init(_ store: PlanDatabase) { self.db = store.connection }

    public func importPlan(_ plan: SeedPlan, dryRun: Bool = false, allowDelete: Bool = false, actor: String = OSUser.name) throws -> SeedImportReport {
        try db.transaction(commit: !dryRun) {
            let isNew = try db.scalar("SELECT count(*) FROM plans WHERE code = ?", [plan.code]).int64 == 0
            let before = try PlanContent.read(db, planCode: plan.code)
            try write(plan)
            let after = try PlanContent.read(db, planCode: plan.code)
            let changes = before.changes(to: after, renumbered: SeedCodes(plan).renumbered)
            let removed = changes.filter { $0.action == .removed && PlanContent.planItemKinds.contains($0.kind) }
            if !removed.isEmpty, !allowDelete, !dryRun {
                throw PlanError(.seedWouldDelete(plan.code, removed.map { "\($0.kind) \($0.code) \($0.detail)" }), advice: .seedWouldDeleteAdvice)
            }
            if !isNew, !dryRun {
                try PlanRevisions(db: db).record(plan: plan, before: before, after: after, changes: changes, actor: actor)
            }
            return SeedImportReport(planCode: plan.code, changes: changes, dryRun: dryRun)
        }
    }

    // MARK: Writing

    private func write(_ plan: SeedPlan) throws {
        try writeDepartments(plan)
        let planID = try upsertPlan(plan)
        try refuseRemovingEvaluatedItems(plan, planID: planID)
        try writeVocabularies(plan, planID: planID)
        var outlineIDs: [String: Int64] = [:]
        for outline in plan.outlines {
            outlineIDs[outline.code] = try upsert(
                "outlines", key: ["plan_id": planID, "code": outline.code],
                fields: ["section": outline.section, "title": outline.title], id: "outline_id")
        }
        let reprints = ReprintLinks(plan)
        try db.execute(
            "UPDATE initiatives SET reprint_of_id = NULL WHERE reprint_of_id IS NOT NULL AND initiative_id IN \(ReprintLinks.planInitiatives) AND code NOT IN (SELECT value FROM json_each(:reprints))",
            named: ["plan": planID, "reprints": jsonArray(reprints.links.map(\.reprint))])
        var items = try PlanItems(db: db, planID: planID, plan: plan)
        try items.freeSlots()
        for (seq, policy) in plan.policies.enumerated() {
            try writePolicy(policy, seq: seq + 1, planID: planID, outlineID: outlineIDs[policy.outlineCode] ?? 0, items: &items)
        }
        // After every policy is written: an original may be printed in a later policy than its reprint.
        for link in reprints.links {
            try db.execute("""
                UPDATE initiatives SET reprint_of_id = o.initiative_id
                FROM (SELECT initiative_id FROM initiatives WHERE initiative_id IN \(ReprintLinks.planInitiatives) AND code = :original) o
                WHERE initiatives.initiative_id IN \(ReprintLinks.planInitiatives) AND initiatives.code = :reprint
                  AND initiatives.reprint_of_id IS NOT o.initiative_id
                """, named: ["plan": planID, "reprint": link.reprint, "original": link.original])
        }
        try deleteMissing(plan, planID: planID)
        try db.execute(
            "DELETE FROM outlines WHERE plan_id = ? AND code NOT IN (SELECT value FROM json_each(?))",
            [planID, jsonArray(plan.outlines.map(\.code))])
        try deleteUnusedDepartments(plan)
    }

    private func writeDepartments(_ plan: SeedPlan) throws {
        for (seq, dept) in plan.departments.enumerated() {
            _ = try upsert("departments", key: ["name": dept.name], fields: ["kind": dept.kind, "seq": seq + 1], id: "dept_id")
        }
    }

    private func upsertPlan(_ plan: SeedPlan) throws -> Int64 {
        try upsert(
            "plans", key: ["code": plan.code],
            fields: [
                "name": plan.name, "municipality": plan.municipality, "start_year": plan.startYear, "end_year": plan.endYear,
                "default_baseline_year": plan.defaultBaselineYear, "coordinator_dept_id": try deptID(plan.coordinator),
                "budget_dept_id": try plan.budgetDept.map(deptID), "municipality_code": plan.municipalityCode,
                "vision_label": plan.visionLabel,
            ], id: "plan_id")
    }

    /// The plan's own grades, 今後の方向性 and phases. The global grades and next_directions hold
    /// every plan's terms (the evaluation records refer to them); a term no plan lists and no
    /// record uses is dropped from them.
    private func writeVocabularies(_ plan: SeedPlan, planID: Int64) throws {
        try refuseRemovingUsedTerms(plan, planID: planID)
        for (seq, grade) in plan.grades.enumerated() {
            try db.execute("INSERT INTO grades (grade, seq, meaning) VALUES (?, ?, ?) ON CONFLICT DO NOTHING", [grade.name, seq + 1, grade.meaning])
            _ = try upsert("plan_grades", key: ["plan_id": planID, "grade": grade.name], fields: ["meaning": grade.meaning, "seq": seq + 1], id: "grade")
        }
        for (seq, term) in plan.nextDirections.enumerated() {
            try db.execute("INSERT INTO next_directions (name, seq, meaning) VALUES (?, ?, ?) ON CONFLICT DO NOTHING", [term.name, seq + 1, term.meaning])
            _ = try upsert("plan_next_directions", key: ["plan_id": planID, "name": term.name], fields: ["meaning": term.meaning, "seq": seq + 1], id: "name")
        }
        for (seq, phase) in plan.phases.enumerated() {
            _ = try upsert("plan_phases", key: ["plan_id": planID, "phase": phase], fields: ["seq": seq + 1], id: "phase")
        }
        try db.execute("DELETE FROM plan_grades WHERE plan_id = ? AND grade NOT IN (SELECT value FROM json_each(?))", [planID, jsonArray(plan.grades.map(\.name))])
        try db.execute(
            "DELETE FROM plan_next_directions WHERE plan_id = ? AND name NOT IN (SELECT value FROM json_each(?))",
            [planID, jsonArray(plan.nextDirections.map(\.name))])
        try db.execute("DELETE FROM plan_phases WHERE plan_id = ? AND phase NOT IN (SELECT value FROM json_each(?))", [planID, jsonArray(plan.phases)])
        try db.execute("""
            DELETE FROM grades WHERE grade NOT IN (SELECT grade FROM plan_grades)
              AND grade NOT IN (SELECT grade FROM initiative_evaluations UNION SELECT grade FROM policy_evaluations)
            """)
        try db.execute("""
            DELETE FROM next_directions WHERE name NOT IN (SELECT name FROM plan_next_directions)
              AND name NOT IN (SELECT next_direction FROM initiative_evaluations WHERE next_direction IS NOT NULL)
            """)
        for goal in plan.sdgGoals {
            _ = try upsert("sdg_goals", key: ["no": goal.no], fields: ["label": goal.label, "title": goal.title], id: "no")
        }
        if !plan.sdgGoals.isEmpty {
            try db.execute("DELETE FROM sdg_goals WHERE no NOT IN (SELECT value FROM json_each(?))", [jsonArray(plan.sdgGoals.map { String($0.no) })])
        }
    }

    /// A grade or 今後の方向性 that this plan's evaluations use stays in the plan.
    private func refuseRemovingUsedTerms(_ plan: SeedPlan, planID: Int64) throws {
        let usedGrades = try db.rows("""
            SELECT e.grade FROM initiative_evaluations e JOIN initiatives i USING (initiative_id) WHERE i.initiative_id IN \(ReprintLinks.planInitiatives)
            UNION SELECT e.grade FROM policy_evaluations e JOIN policies p USING (policy_id) WHERE p.plan_id = :plan
            """, named: ["plan": planID]).compactMap { $0.string("grade") }
        if usedGrades.contains(where: { grade in !plan.grades.contains { $0.name == grade } }) {
            throw PlanError(.seedRemovesVocabulary(.seedUsedGrade), advice: .seedRemovesVocabularyAdvice)
        }
        let usedNext = try db.rows("""
            SELECT DISTINCT e.next_direction FROM initiative_evaluations e
            WHERE e.next_direction IS NOT NULL AND e.initiative_id IN \(ReprintLinks.planInitiatives)
            """, named: ["plan": planID]).compactMap { $0.string("next_direction") }
        if usedNext.contains(where: { name in !plan.nextDirections.contains { $0.name == name } }) {
            throw PlanError(.seedRemovesVocabulary(.seedUsedNextDirection), advice: .seedRemovesVocabularyAdvice)
        }
    }

    private func writePolicy(_ policy: SeedPolicy, seq: Int, planID: Int64, outlineID: Int64, items: inout PlanItems) throws {
        let policyID = try items.write(.policy, code: policy.code, fields: [
            "plan_id": planID, "outline_id": outlineID, "seq": seq, "title": policy.title,
            "lead_dept_id": try deptID(policy.leadDept), "vision": policy.vision,
        ])
        try db.execute("DELETE FROM policy_related_depts WHERE policy_id = ?", [policyID])
        for (offset, dept) in policy.relatedDepts.enumerated() {
            try db.execute("INSERT INTO policy_related_depts (policy_id, dept_id, seq) VALUES (?, ?, ?)", [policyID, try deptID(dept), offset + 1])
        }
        try db.execute("DELETE FROM related_plans WHERE policy_id = ?", [policyID])
        for (offset, related) in policy.relatedPlans.enumerated() {
            try db.execute("INSERT INTO related_plans (policy_id, seq, name, period) VALUES (?, ?, ?, ?)", [policyID, offset + 1, related.name, related.period])
        }
        var measureIDs: [String: Int64] = [:]
        for measure in policy.measures {
            let measureID = try items.write(.measure, code: measure.code, fields: ["policy_id": policyID, "no": measure.no, "title": measure.title])
            measureIDs[measure.code] = measureID
            try db.execute("DELETE FROM challenges WHERE measure_id = ?", [measureID])
            for challenge in measure.challenges {
                try db.execute("INSERT INTO challenges (measure_id, no, text) VALUES (?, ?, ?)", [measureID, challenge.no, challenge.text])
            }
            for direction in measure.directions {
                try writeDirection(direction, measureID: measureID, items: &items)
            }
        }
        for indicator in policy.indicators {
            try writeIndicator(indicator, policyID: policyID, measureID: measureIDs[indicator.measureCode] ?? 0, items: &items)
        }
    }

    private func writeDirection(_ direction: SeedDirection, measureID: Int64, items: inout PlanItems) throws {
        let directionID = try items.write(.direction, code: direction.code, fields: [
            "measure_id": measureID, "no": direction.no, "title": direction.title, "text": direction.text, "is_priority": direction.isPriority,
        ])
        for initiative in direction.initiatives {
            let initiativeID = try items.write(.initiative, code: initiative.code, oldCode: initiative.oldCode, fields: [
                "direction_id": directionID, "position": initiative.position, "title": initiative.title, "is_reprint": initiative.isReprint,
            ])
            let actions = try db.rows("SELECT phase, seq, text FROM initiative_actions WHERE initiative_id = ? ORDER BY phase, seq", [initiativeID])
                .map { "\($0.string("phase") ?? "")\t\($0.int("seq") ?? 0)\t\($0.string("text") ?? "")" }
            let wanted = initiative.actions.map { "\($0.phase)\t\($0.seq)\t\($0.text)" }
            // Rewritten only when they differ, so an unchanged import writes nothing.
            if actions.sorted() != wanted.sorted() {
                try db.execute("DELETE FROM initiative_actions WHERE initiative_id = ?", [initiativeID])
                for action in initiative.actions {
                    try db.execute(
                        "INSERT INTO initiative_actions (initiative_id, phase, seq, text) VALUES (?, ?, ?, ?)",
                        [initiativeID, action.phase, action.seq, action.text])
                }
            }
        }
    }

    private func writeIndicator(_ indicator: SeedIndicator, policyID: Int64, measureID: Int64, items: inout PlanItems) throws {
        let indicatorID = try items.write(.indicator, code: indicator.code, fields: [
            "policy_id": policyID, "position": indicator.no,
            "measure_id": measureID, "name": indicator.name, "description": indicator.description,
            "unit": indicator.unit, "source_dept_id": try deptID(indicator.sourceDept), "is_kpi": indicator.isKPI,
            "direction": indicator.direction, "note": indicator.note, "baseline_text": indicator.baseline.text,
            "baseline_value": indicator.baseline.value.flatMap(Double.init), "baseline_year": indicator.baseline.year,
            "baseline_note": indicator.baseline.note,
        ])
        try db.execute("DELETE FROM indicator_targets WHERE indicator_id = ?", [indicatorID])
        for target in indicator.targets {
            try db.execute(
                "INSERT INTO indicator_targets (indicator_id, fiscal_year, target_text, target_value) VALUES (?, ?, ?, ?)",
                [indicatorID, target.year, target.text, target.value.flatMap(Double.init)])
        }
    }

    /// Deletes, bottom-up, every item of this plan whose code the seeds no longer hold.
    private func deleteMissing(_ plan: SeedPlan, planID: Int64) throws {
        let codes = SeedCodes(plan)
        let scoped = "(SELECT policy_id FROM policies WHERE plan_id = ?)"
        try db.execute(
            "DELETE FROM indicators WHERE policy_id IN \(scoped) AND code NOT IN (SELECT value FROM json_each(?))",
            [planID, jsonArray(codes.indicators)])
        try db.execute("""
            DELETE FROM initiatives WHERE direction_id IN (SELECT direction_id FROM directions JOIN measures USING (measure_id)
              WHERE policy_id IN \(scoped)) AND code NOT IN (SELECT value FROM json_each(?))
            """, [planID, jsonArray(codes.initiatives)])
        try db.execute("""
            DELETE FROM directions WHERE measure_id IN (SELECT measure_id FROM measures WHERE policy_id IN \(scoped))
              AND code NOT IN (SELECT value FROM json_each(?))
            """, [planID, jsonArray(codes.directions)])
        try db.execute(
            "DELETE FROM measures WHERE policy_id IN \(scoped) AND code NOT IN (SELECT value FROM json_each(?))",
            [planID, jsonArray(codes.measures)])
        try db.execute(
            "DELETE FROM policies WHERE plan_id = ? AND code NOT IN (SELECT value FROM json_each(?))",
            [planID, jsonArray(codes.policies)])
    }

    /// Departments no plan refers to any more; one still referred to (by another plan, or by
    /// evaluation records) stays.
    private func deleteUnusedDepartments(_ plan: SeedPlan) throws {
        let seeded = Set(plan.departments.map(\.name))
        for row in try db.rows("SELECT dept_id, name FROM departments") where !seeded.contains(row.string("name") ?? "") {
            try? db.transaction { try db.execute("DELETE FROM departments WHERE dept_id = ?", [row[0]]) }
        }
    }

    /// Before anything is deleted: items the seeds drop that still carry evaluation records make
    /// the whole import fail, naming each item and its records.
    private func refuseRemovingEvaluatedItems(_ plan: SeedPlan, planID: Int64) throws {
        let codes = SeedCodes(plan)
        var problems: [Message] = []
        for guardRule in EvaluationReferences.rules where try db.tableExists(guardRule.table) {
            let sql = guardRule.orphansSQL
            for row in try db.rows(sql, [planID, jsonArray(codes.codes(for: guardRule.kind))]) {
                problems.append(guardRule.problem(row.string("code") ?? "?", row.string("name") ?? "", row.int("n") ?? 0))
            }
        }
        if !problems.isEmpty {
            throw PlanError(.seedRemovesEvaluated(problems), advice: .seedRemovesEvaluatedAdvice)
        }
    }

    // MARK: Helpers

    /// INSERT … ON CONFLICT DO UPDATE, changing the row only when a field differs; returns the id.
    private func upsert(_ table: String, key: [String: ValueConvertible?], fields: [String: ValueConvertible?], id: String) throws -> Int64 {
        let keyNames = key.keys.sorted()
        let fieldNames = fields.keys.sorted()
        let columns = keyNames + fieldNames
        let placeholders = columns.map { ":" + $0 }.joined(separator: ", ")
        let updates = fieldNames.map { "\($0) = excluded.\($0)" }.joined(separator: ", ")
        let differs = fieldNames.map { "\($0) IS NOT excluded.\($0)" }.joined(separator: " OR ")
        let sql = """
            INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES (\(placeholders))
            ON CONFLICT (\(keyNames.joined(separator: ", "))) DO UPDATE SET \(updates) WHERE \(differs)
            """
        try db.execute(sql, named: key.merging(fields) { first, _ in first })
        let select = "SELECT \(id) FROM \(table) WHERE " + keyNames.map { "\($0) = :\($0)" }.joined(separator: " AND ")
        return try db.rows(select, named: key).first?[0].int64 ?? 0
    }

    private func deptID(_ name: String) throws -> Int64 {
        guard let id = try db.scalar("SELECT dept_id FROM departments WHERE name = ?", [name]).int64 else {
            throw PlanError(.seedDepartmentNotSeeded(name), advice: .seedDepartmentNotSeededAdvice)
        }
        return id
    }
}

/// Every stable code the seeds define, by kind.
struct SeedCodes {
    let policies: [String]
    let measures: [String]
    let directions: [String]
    let initiatives: [String]
    let indicators: [String]
    /// Initiatives renumbered by a 旧コード: (old, new).
    let renumbered: [(old: String, new: String)]

    init(_ plan: SeedPlan) {
        let initiatives = plan.policies.flatMap { $0.measures.flatMap { $0.directions.flatMap(\.initiatives) } }
        policies = plan.policies.map(\.code)
        measures = plan.policies.flatMap { $0.measures.map(\.code) }
        directions = plan.policies.flatMap { $0.measures.flatMap { $0.directions.map(\.code) } }
        self.initiatives = initiatives.map(\.code)
        indicators = plan.policies.flatMap { $0.indicators.map(\.code) }
        renumbered = initiatives.compactMap { initiative in initiative.oldCode.flatMap { $0 == initiative.code ? nil : ($0, initiative.code) } }
    }

    /// The codes an import keeps of `kind`: the seeds' own and, for initiatives, the 旧コード
    /// that are renamed rather than deleted.
    func codes(for kind: String) -> [String] {
        switch kind {
        case "policy": return policies
        case "initiative": return initiatives + renumbered.map(\.old)
        case "indicator": return indicators
        default: return []
        }
    }
}

/// Each reprint of the seeds that names its original in the same plan.
struct ReprintLinks {
    let links: [(reprint: String, original: String)]

    init(_ plan: SeedPlan) {
        links = plan.policies.flatMap { $0.measures.flatMap { $0.directions.flatMap(\.initiatives) } }.compactMap { initiative in
            guard case .initiative(let original)? = initiative.reprintOf else { return nil }
            return (initiative.code, original)
        }
    }

    /// The ids of the initiatives of the plan bound to `:plan` (its plan_id).
    static let planInitiatives = """
        (SELECT i.initiative_id FROM initiatives i JOIN directions d ON d.direction_id = i.direction_id
         JOIN measures m ON m.measure_id = d.measure_id JOIN policies p ON p.policy_id = m.policy_id WHERE p.plan_id = :plan)
        """
}

/// The evaluation tables that point at plan items. An import may not delete an item that one
/// of them still points at. Tables that do not exist yet (older schema) are skipped.
enum EvaluationReferences {
    struct Rule {
        let kind: String
        let table: String
        /// One line of the refusal: the item's code, name and how many records it has.
        let problem: @Sendable (String, String, Int) -> Message
        let orphansSQL: String
    }

    static let rules: [Rule] = [
        Rule(kind: "indicator", table: "indicator_actuals", problem: Message.seedEvaluatedIndicator, orphansSQL: """
            SELECT i.code, i.name, count(*) AS n FROM indicator_actuals a JOIN indicators i USING (indicator_id)
            JOIN policies p ON p.policy_id = i.policy_id
            WHERE p.plan_id = ? AND i.code NOT IN (SELECT value FROM json_each(?)) GROUP BY i.indicator_id ORDER BY i.code
            """),
        Rule(kind: "initiative", table: "initiative_evaluations", problem: Message.seedEvaluatedInitiative, orphansSQL: """
            SELECT i.code, i.title AS name, count(*) AS n FROM initiative_evaluations e JOIN initiatives i USING (initiative_id)
            JOIN directions d ON d.direction_id = i.direction_id JOIN measures m ON m.measure_id = d.measure_id
            JOIN policies p ON p.policy_id = m.policy_id
            WHERE p.plan_id = ? AND i.code NOT IN (SELECT value FROM json_each(?)) GROUP BY i.initiative_id ORDER BY i.code
            """),
        Rule(kind: "policy", table: "policy_evaluations", problem: Message.seedEvaluatedPolicy, orphansSQL: """
            SELECT p.code, p.title AS name, count(*) AS n FROM policy_evaluations e JOIN policies p USING (policy_id)
            WHERE p.plan_id = ? AND p.code NOT IN (SELECT value FROM json_each(?)) GROUP BY p.policy_id ORDER BY p.code
            """),
        // A frozen snapshot prints the plan as it was frozen; its items stay in the plan.
        Rule(kind: "indicator", table: "snapshot_indicators", problem: Message.seedFrozenItem, orphansSQL: """
            SELECT i.code, i.name, count(DISTINCT s.snapshot_id) AS n FROM indicators i JOIN policies p ON p.policy_id = i.policy_id
            JOIN snapshots s ON s.plan_id = p.plan_id JOIN snapshot_indicators f ON f.snapshot_id = s.snapshot_id AND f.indicator_code = i.code
            WHERE p.plan_id = ? AND i.code NOT IN (SELECT value FROM json_each(?)) GROUP BY i.indicator_id ORDER BY i.code
            """),
        Rule(kind: "initiative", table: "snapshot_initiatives", problem: Message.seedFrozenItem, orphansSQL: """
            SELECT i.code, i.title AS name, count(DISTINCT s.snapshot_id) AS n FROM initiatives i
            JOIN directions d ON d.direction_id = i.direction_id JOIN measures m ON m.measure_id = d.measure_id
            JOIN policies p ON p.policy_id = m.policy_id
            JOIN snapshots s ON s.plan_id = p.plan_id JOIN snapshot_initiatives f ON f.snapshot_id = s.snapshot_id AND f.initiative_code = i.code
            WHERE p.plan_id = ? AND i.code NOT IN (SELECT value FROM json_each(?)) GROUP BY i.initiative_id ORDER BY i.code
            """),
        Rule(kind: "policy", table: "snapshot_policies", problem: Message.seedFrozenItem, orphansSQL: """
            SELECT p.code, p.title AS name, count(DISTINCT s.snapshot_id) AS n FROM policies p
            JOIN snapshots s ON s.plan_id = p.plan_id JOIN snapshot_policies f ON f.snapshot_id = s.snapshot_id AND f.policy_code = p.code
            WHERE p.plan_id = ? AND p.code NOT IN (SELECT value FROM json_each(?)) GROUP BY p.policy_id ORDER BY p.code
            """),
    ]
}

/// A JSON array of strings, for `IN (SELECT value FROM json_each(?))`.
func jsonArray(_ values: [String]) -> String {
    "[" + values.map { CellText.jsonString($0) }.joined(separator: ",") + "]"
}
