import SQLiteDB

/// Compares the live schema (tables, views, triggers, indexes: names and SQL) with the schema the
/// applied migrations create, built afresh in an in-memory database. Dropping an append-only
/// trigger or a reporting view, or adding an object of one's own, shows up here by name.
enum SchemaCheck {
    struct Object: Hashable {
        let type: String
        let name: String
        var label: String { "\(type) \(name)" }
    }

    static func findings(_ db: Database, migrator: Migrator) throws -> [CheckFinding] {
        // The recorded migrations as this binary ships them (a changed or newer one is reported
        // by the migration check; a database from a newer plandb has a schema this one can't know).
        let states = try migrator.status(db)
        guard !states.contains(where: { $0.state == .unknown }) else { return [] }
        let applied = Set(states.filter { $0.state != .pending }.map(\.version))
        let expected = try Database(path: ":memory:")
        try Migrator(migrations: migrator.migrations.filter { applied.contains($0.version) }).migrate(expected)
        let want = try objects(expected)
        let have = try objects(db)
        var findings: [CheckFinding] = []
        for object in want.keys.sorted(by: order) {
            guard let sql = have[object] else {
                findings.append(CheckFinding(check: "schema", status: .problem, message: .checkSchemaMissing(object.label)))
                continue
            }
            if sql != want[object] {
                findings.append(CheckFinding(check: "schema", status: .problem, message: .checkSchemaChanged(object.label)))
            }
        }
        for object in have.keys.sorted(by: order) where want[object] == nil {
            findings.append(CheckFinding(check: "schema", status: .problem, message: .checkSchemaExtra(object.label)))
        }
        if findings.isEmpty {
            let count = { (type: String) in want.keys.filter { $0.type == type }.count }
            findings.append(CheckFinding(check: "schema", status: .ok, message: .checkSchemaOK(
                tables: count("table"), views: count("view"), triggers: count("trigger"), indexes: count("index"))))
        }
        return findings
    }

    /// Every object but SQLite's own (sqlite_autoindex_…, sqlite_stat1, sqlite_sequence), with its
    /// SQL and the table it belongs to.
    static func objects(_ db: Database) throws -> [Object: String] {
        var objects: [Object: String] = [:]
        for row in try db.rows("SELECT type, name, tbl_name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'") {
            objects[Object(type: row.string("type") ?? "", name: row.string("name") ?? "")] = (row.string("tbl_name") ?? "") + "\n" + (row.string("sql") ?? "")
        }
        return objects
    }

    static func order(_ a: Object, _ b: Object) -> Bool { (a.type, a.name) < (b.type, b.name) }
}
