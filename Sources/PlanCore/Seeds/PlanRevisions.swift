import SQLiteDB

/// Writes each change an import makes to an existing plan into plan_revisions, so that v_history
/// shows a retitled initiative's old title, a renumbering, and every item added or removed.
struct PlanRevisions {
    let db: Database

    func record(plan: SeedPlan, before: PlanContent, after: PlanContent, changes: [SeedChange], actor: String) throws {
        guard !changes.isEmpty else { return }
        let insert = try db.prepare("""
            INSERT INTO plan_revisions (plan_id, at, dept_id, actor, item_kind, item_code, field, old_value, new_value)
            SELECT p.plan_id, \(Recorder.now), p.coordinator_dept_id, :actor, :kind, :code, :field, :old, :new FROM plans p WHERE p.code = :plan
            """)
        func add(_ change: SeedChange, field: String, old: String?, new: String?) throws {
            insert.reset()
            for (name, value) in ["actor": actor, "kind": change.kind, "code": change.code, "field": field, "plan": plan.code] {
                try insert.bind(value, named: name)
            }
            try insert.bind(old, named: "old")
            try insert.bind(new, named: "new")
            try insert.run()
        }
        for change in changes {
            let key = PlanContent.Key(kind: change.kind, code: change.code)
            switch change.action {
            case .added:
                try add(change, field: "added", old: nil, new: change.detail)
            case .removed:
                try add(change, field: "removed", old: change.detail, new: nil)
            case .changed:
                let new = after.items[key] ?? [:]
                var old = before.items[key] ?? [:]
                if let renumber = change.detail.firstMatch(of: /^code ← ([^,]+)/) {
                    let oldCode = String(renumber.1)
                    try add(change, field: "code", old: oldCode, new: change.code)
                    old = before.items[PlanContent.Key(kind: change.kind, code: oldCode)] ?? [:]
                }
                for field in PlanContent.changedFields(old, new) {
                    try add(change, field: field, old: old[field], new: new[field])
                }
            }
        }
    }
}
