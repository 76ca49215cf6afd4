import SQLiteDB

/// The closed lists of one plan: its grades (評価) with their meaning, its 今後の方向性 and its
/// phases. Each plan has its own (S, A–E, ◎○△ …); nothing assumes A–D.
public struct Vocabularies {
    let db: Database
    let planID: Int64

    public init(_ store: PlanDatabase, plan: PlanRef) {
        self.init(db: store.connection, planID: plan.id)
    }

    init(db: Database, planID: Int64) {
        self.db = db
        self.planID = planID
    }

    public func grades() throws -> [(grade: String, meaning: String)] {
        try db.rows("SELECT grade, meaning FROM plan_grades WHERE plan_id = ? ORDER BY seq", [planID])
            .map { ($0.string("grade") ?? "", $0.string("meaning") ?? "") }
    }

    public func nextDirections() throws -> [(name: String, meaning: String)] {
        try db.rows("SELECT name, meaning FROM plan_next_directions WHERE plan_id = ? ORDER BY seq", [planID])
            .map { ($0.string("name") ?? "", $0.string("meaning") ?? "") }
    }

    public func phases() throws -> [String] {
        try db.rows("SELECT phase FROM plan_phases WHERE plan_id = ? ORDER BY seq", [planID]).compactMap { $0.string("phase") }
    }
}
