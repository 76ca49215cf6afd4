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

    static let kinds = ["department", "plan", "outline", "grade", "next_direction", "phase", "sdg_goal", "policy", "measure", "direction", "initiative", "indicator"]
    /// What an import deletes only with --allow-delete.
    static let planItemKinds: Set<String> = ["outline", "policy", "measure", "direction", "initiative", "indicator"]

    var items: [Key: [String: String]] = [:]

    /// One query per kind: the first column is the code, the others its fields. Children without
    /// codes of their own (challenges, actions, targets…) are folded into their parent's fields.
    static func queries(planCode: String) -> [(kind: String, sql: String)] {
        [
            ("department", "SELECT name, kind FROM departments"),
            ("plan", """
                SELECT p.code, p.name, p.municipality, p.start_year, p.end_year, p.default_baseline_year, d.name AS coordinator,
                       b.name AS budget_dept, p.municipality_code, p.vision_label
                FROM plans p JOIN departments d ON d.dept_id = p.coordinator_dept_id LEFT JOIN departments b ON b.dept_id = p.budget_dept_id
                WHERE p.code = :plan
                """),
            ("outline", "SELECT o.code, o.section, o.title FROM outlines o JOIN plans p USING (plan_id) WHERE p.code = :plan"),
            ("grade", "SELECT g.grade, g.meaning, g.seq FROM plan_grades g JOIN plans p USING (plan_id) WHERE p.code = :plan"),
            ("next_direction", "SELECT n.name, n.meaning, n.seq FROM plan_next_directions n JOIN plans p USING (plan_id) WHERE p.code = :plan"),
            ("phase", "SELECT ph.phase, ph.seq FROM plan_phases ph JOIN plans p USING (plan_id) WHERE p.code = :plan"),
            ("sdg_goal", "SELECT no, label, title FROM sdg_goals"),
            // Children are folded in by one GROUP BY each over the base tables: a correlated
            // subquery per item through the views costs O(items²) on a large plan.
            ("policy", """
                SELECT p.code, p.title, d.name AS lead_dept, p.vision, p.seq AS sort_key, r.related_depts, rp.related_plans
                FROM policies p JOIN plans pl ON pl.plan_id = p.plan_id JOIN departments d ON d.dept_id = p.lead_dept_id
                LEFT JOIN (SELECT policy_id, group_concat(name, '、') AS related_depts FROM
                    (SELECT r.policy_id, d.name FROM policy_related_depts r JOIN departments d USING (dept_id) ORDER BY r.policy_id, r.seq)
                    GROUP BY policy_id) r ON r.policy_id = p.policy_id
                LEFT JOIN (SELECT policy_id, group_concat(name || '｜' || period, char(10)) AS related_plans FROM
                    (SELECT * FROM related_plans ORDER BY policy_id, seq) GROUP BY policy_id) rp ON rp.policy_id = p.policy_id
                WHERE pl.code = :plan
                """),
            ("measure", """
                SELECT m.code, m.title, c.challenges
                FROM measures m JOIN policies p ON p.policy_id = m.policy_id JOIN plans pl ON pl.plan_id = p.plan_id
                LEFT JOIN (SELECT measure_id, group_concat(no || '. ' || text, char(10)) AS challenges FROM
                    (SELECT * FROM challenges ORDER BY measure_id, no) GROUP BY measure_id) c ON c.measure_id = m.measure_id
                WHERE pl.code = :plan
                """),
            ("direction", "SELECT direction_code, title, text, is_priority FROM v_directions WHERE plan_code = :plan"),
            ("initiative", """
                SELECT i.code, i.title, i.is_reprint, o.code AS reprint_of, a.actions
                FROM initiatives i LEFT JOIN initiatives o ON o.initiative_id = i.reprint_of_id
                JOIN directions dr ON dr.direction_id = i.direction_id JOIN measures m ON m.measure_id = dr.measure_id
                JOIN policies p ON p.policy_id = m.policy_id JOIN plans pl ON pl.plan_id = p.plan_id
                LEFT JOIN (SELECT initiative_id, group_concat(phase || '・' || text, char(10)) AS actions FROM
                    (SELECT a.* FROM initiative_actions a JOIN initiatives i USING (initiative_id) JOIN directions d USING (direction_id)
                       JOIN measures m USING (measure_id) JOIN policies p USING (policy_id)
                       LEFT JOIN plan_phases ph ON ph.plan_id = p.plan_id AND ph.phase = a.phase
                     ORDER BY a.initiative_id, ph.seq, a.seq)
                    GROUP BY initiative_id) a ON a.initiative_id = i.initiative_id
                WHERE pl.code = :plan
                """),
            ("indicator", """
                SELECT v.indicator_code, v.measure_code, v.name, v.description, v.unit, v.source_dept, v.is_kpi, v.direction, v.note,
                  v.baseline_text, v.baseline_value, v.baseline_year, v.baseline_note, t.targets
                FROM v_indicators v JOIN indicators i ON i.code = v.indicator_code
                JOIN policies p ON p.policy_id = i.policy_id JOIN plans pl ON pl.plan_id = p.plan_id AND pl.code = v.plan_code
                LEFT JOIN (SELECT indicator_id, group_concat(fiscal_year || ':' || target_text || ':' || ifnull(target_value, ''), ' ') AS targets FROM
                    (SELECT * FROM indicator_targets ORDER BY indicator_id, fiscal_year) GROUP BY indicator_id) t ON t.indicator_id = i.indicator_id
                WHERE v.plan_code = :plan
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

    /// What changed from `self` to `after`, in the document's order. An initiative renumbered by
    /// its 旧コード is one change (its code), not a removal and an addition.
    func changes(to after: PlanContent, renumbered: [(old: String, new: String)] = []) -> [SeedChange] {
        var changes: [SeedChange] = []
        var renamedTo: [Key: Key] = [:]
        for pair in renumbered {
            let old = Key(kind: "initiative", code: pair.old), new = Key(kind: "initiative", code: pair.new)
            if items[old] != nil, after.items[new] != nil, items[new] == nil { renamedTo[old] = new }
        }
        let renamedFrom = Dictionary(renamedTo.map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        for key in Self.ordered(Set(items.keys).union(after.items.keys)) {
            if renamedTo[key] != nil { continue }
            if let old = renamedFrom[key], let oldFields = items[old], let newFields = after.items[key] {
                let fields = Self.changedFields(oldFields, newFields)
                changes.append(SeedChange(action: .changed, kind: key.kind, code: key.code,
                    detail: (["code ← \(old.code)"] + fields).joined(separator: ", ")))
                continue
            }
            switch (items[key], after.items[key]) {
            case (nil, let new?):
                changes.append(SeedChange(action: .added, kind: key.kind, code: key.code, detail: Self.label(new)))
            case (let old?, nil):
                changes.append(SeedChange(action: .removed, kind: key.kind, code: key.code, detail: Self.label(old)))
            case (let old?, let new?) where old != new:
                let fields = Self.changedFields(old, new)
                if !fields.isEmpty {
                    changes.append(SeedChange(action: .changed, kind: key.kind, code: key.code, detail: fields.joined(separator: ", ")))
                }
            default:
                break
            }
        }
        return changes
    }

    /// The keys in the document's order (`Key.<`), each code split once rather than at every
    /// comparison: splitting was a twentieth of loading a town's plan.
    static func ordered(_ keys: Set<Key>) -> [Key] {
        keys.map { (key: $0, kind: Key.kindOrder($0.kind), parts: CodeOrder.parts($0.code)) }
            .sorted { $0.kind != $1.kind ? $0.kind < $1.kind : CodeOrder.precedes(parts: $0.parts, $1.parts) }
            .map(\.key)
    }

    /// The fields whose text differs, leaving out mere position (sort_key, seq).
    static func changedFields(_ old: [String: String], _ new: [String: String]) -> [String] {
        Set(old.keys).union(new.keys).filter { old[$0] != new[$0] && $0 != "sort_key" && $0 != "seq" }.sorted()
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
