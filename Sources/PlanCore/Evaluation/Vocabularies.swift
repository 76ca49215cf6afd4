import SQLiteDB

/// The closed lists a form offers: grades (評価) with their meaning, and 今後の方向性.
public struct Vocabularies {
    let db: Database

    public init(_ store: PlanDatabase) {
        self.db = store.connection
    }

    public func grades() throws -> [(grade: String, meaning: String)] {
        try db.rows("SELECT grade, meaning FROM grades ORDER BY seq").map { ($0.string("grade") ?? "", $0.string("meaning") ?? "") }
    }

    public func nextDirections() throws -> [String] {
        try db.rows("SELECT name FROM next_directions ORDER BY seq").compactMap { $0.string("name") }
    }

}
