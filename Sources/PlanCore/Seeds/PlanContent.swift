import SQLiteDB

/// Everything one plan holds, flattened to `kind code → field → text`, read through the
/// reporting views. Comparing the content before and after an import tells exactly what was
/// added, changed and removed, whatever path the import took.
struct PlanContent: Equatable {
    struct Key: Hashable, Comparable {
        let kind: String
        let code: String
        static func < (a: Key, b: Key) -> Bool {
            kindOrder(a.kind) != kindOrder(b.kind) ? kindOrder(a.kind) < kindOrder(b.kind) : CodeOrder.precedes(a.code, b.code)
        }
        static func kindOrder(_ kind: String) -> Int { PlanContent.kinds.firstIndex(of: kind) ?? 99 }
    }

    static let kinds = ["department", "plan", "outline", "grade", "next_direction", "sdg_goal", "policy", "measure", "direction", "initiative", "indicator"]

    var items: [Key: [String: String]] = [:]

    /// One query per kind: the first column is the code, the others its fields. Children without
    /// codes of their own (challenges, actions, targets…) are folded into their parent's fields.
    static func queries(planCode: String) -> [(kind: String, sql: String)] {
        [
            ("department", "SELECT name, kind FROM departments"),
            ("plan", """
                SELECT p.code, p.name, p.municipality, p.start_year, p.end_year, p.default_baseline_year, d.name AS coordinator
                FROM plans p JOIN departments d ON d.dept_id = p.coordinator_dept_id WHERE p.code = :plan
                """),
            ("outline", "SELECT o.code, o.section, o.title FROM outlines o JOIN plans p USING (plan_id) WHERE p.code = :plan"),
            ("grade", "SELECT grade, meaning, seq FROM grades"),
            ("next_direction", "SELECT name, meaning, seq FROM next_directions"),
            ("sdg_goal", "SELECT no, label, title FROM sdg_goals"),
            ("policy", """
                SELECT policy_code, title, lead_dept, vision, sort_key,
                  (SELECT group_concat(dept, '、') FROM (SELECT dept FROM v_policy_related_depts r
                     WHERE r.policy_code = v.policy_code AND r.plan_code = v.plan_code ORDER BY seq)) AS related_depts,
                  (SELECT group_concat(name || '｜' || period, '\n') FROM (SELECT name, period FROM v_related_plans r
                     WHERE r.policy_code = v.policy_code AND r.plan_code = v.plan_code ORDER BY seq)) AS related_plans
                FROM v_policies v WHERE plan_code = :plan
                """),
            ("measure", """
                SELECT measure_code, title,
                  (SELECT group_concat(no || '. ' || text, '\n') FROM (SELECT no, text FROM v_challenges c
                     WHERE c.measure_code = v.measure_code AND c.plan_code = v.plan_code ORDER BY no)) AS challenges
                FROM v_measures v WHERE plan_code = :plan
                """),
            ("direction", "SELECT direction_code, title, text, is_priority FROM v_directions WHERE plan_code = :plan"),
            ("initiative", """
                SELECT initiative_code, title, is_reprint,
                  (SELECT group_concat(phase || '・' || text, '\n') FROM (SELECT phase, text FROM v_initiative_actions a
                     WHERE a.initiative_code = v.initiative_code AND a.plan_code = v.plan_code ORDER BY phase_order, seq)) AS actions
                FROM v_initiatives v WHERE plan_code = :plan
                """),
            ("indicator", """
                SELECT indicator_code, measure_code, name, description, unit, source_dept, is_kpi, direction, note,
                  baseline_text, baseline_value, baseline_year, baseline_note,
                  (SELECT group_concat(fiscal_year || ':' || target_text || ':' || ifnull(target_value, ''), ' ') FROM
                     (SELECT fiscal_year, target_text, target_value FROM v_indicator_targets t
                      WHERE t.indicator_code = v.indicator_code AND t.plan_code = v.plan_code ORDER BY fiscal_year)) AS targets
                FROM v_indicators v WHERE plan_code = :plan
                """),
        ]
    }

    static func read(_ db: Database, planCode: String) throws -> PlanContent {
        var content = PlanContent()
        for (kind, sql) in queries(planCode: planCode) {
            let statement = try db.prepare(sql)
            if statement.parameterCount > 0 { try statement.bind(planCode, named: "plan") }
            try statement.forEachRow { row in
                var fields: [String: String] = [:]
                for (name, value) in zip(row.columns.dropFirst(), row.values.dropFirst()) {
                    fields[name] = CellText.plain(value)
                }
                content.items[Key(kind: kind, code: CellText.plain(row[0]))] = fields
            }
        }
        return content
    }

    /// What changed from `self` to `after`, in the document's order.
    func changes(to after: PlanContent) -> [SeedChange] {
        var changes: [SeedChange] = []
        for key in Set(items.keys).union(after.items.keys).sorted() {
            switch (items[key], after.items[key]) {
            case (nil, let new?):
                changes.append(SeedChange(action: .added, kind: key.kind, code: key.code, detail: Self.label(new)))
            case (let old?, nil):
                changes.append(SeedChange(action: .removed, kind: key.kind, code: key.code, detail: Self.label(old)))
            case (let old?, let new?) where old != new:
                let fields = Set(old.keys).union(new.keys).filter { old[$0] != new[$0] && $0 != "sort_key" && $0 != "seq" }.sorted()
                if !fields.isEmpty {
                    changes.append(SeedChange(action: .changed, kind: key.kind, code: key.code, detail: fields.joined(separator: ", ")))
                }
            default:
                break
            }
        }
        return changes
    }

    static func label(_ fields: [String: String]) -> String {
        fields["title"] ?? fields["name"] ?? fields["label"] ?? fields["meaning"] ?? fields["kind"] ?? ""
    }
}

/// One line of an import's report.
public struct SeedChange: Sendable, Equatable {
    public enum Action: String, Sendable { case added, changed, removed }
    public let action: Action
    public let kind: String
    public let code: String
    /// The item's title for added and removed items; the changed fields for changed ones.
    public let detail: String

    public init(action: Action, kind: String, code: String, detail: String) {
        self.action = action
        self.kind = kind
        self.code = code
        self.detail = detail
    }
}
