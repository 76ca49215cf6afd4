import CSQLite

/// Prepared statements kept for the next run of the same SQL. A plan import or a budget check
/// runs a few statements once per item: preparing each again (parsing, resolving names against
/// the schema) was a third of importing a town's plan. A statement is taken out while it runs,
/// so a nested run of the same SQL prepares its own, and goes back reset, its bindings cleared:
/// a kept statement holds no lock and no value. Statements made by `prepare` are never kept:
/// ad hoc SQL (PlanCore's ReadOnlySQL) is prepared afresh, under the authorizer of the moment.
struct KeptStatements {
    /// Enough for every fixed statement of a command; SQL that differs each time (values written
    /// into the text) stops being kept when the shelf is full rather than growing it.
    static let limit = 64
    private var bySQL: [String: Statement] = [:]

    mutating func take(_ sql: String) -> Statement? { bySQL.removeValue(forKey: sql) }

    mutating func giveBack(_ statement: Statement) {
        statement.reset()
        statement.clearBindings()
        guard bySQL.count < Self.limit else { return }
        bySQL[statement.sql] = statement
    }
}

extension Database {
    /// Runs `body` with a prepared statement of `sql`, kept for the next call with the same SQL.
    func withKeptStatement<T>(_ sql: String, _ body: (Statement) throws -> T) throws -> T {
        let statement = try keptStatements.take(sql) ?? prepare(sql)
        defer { keptStatements.giveBack(statement) }
        return try body(statement)
    }
}
