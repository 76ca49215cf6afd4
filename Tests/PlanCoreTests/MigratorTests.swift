import Foundation
import PlanCore
import SQLiteDB
import TestSupport
import Testing

@Suite struct MigratorTests {
    let folder: TemporaryFolder

    init() throws { folder = try TemporaryFolder() }

    static let first = Migration(version: 1, name: "things", fileName: "0001_things.sql", sql: "CREATE TABLE things (id INTEGER PRIMARY KEY, name TEXT NOT NULL) STRICT;\n")
    static let second = Migration(
        version: 2, name: "more", fileName: "0002_more.sql", sql: "ALTER TABLE things ADD COLUMN note TEXT;\nINSERT INTO things (name) VALUES ('一');\n")

    @Test func appliesInOrderAndRecordsChecksums() throws {
        let db = try Database(path: folder.path("m.db"))
        let ran = try Migrator(migrations: [Self.first, Self.second]).migrate(db)
        #expect(ran.map(\.fileName) == ["0001_things.sql", "0002_more.sql"])
        let rows = try db.rows("SELECT version, name, sha256 FROM schema_migrations ORDER BY version")
        #expect(rows.map { $0.int("version") } == [1, 2])
        #expect(rows[0].string("sha256") == Self.first.checksum)
        #expect(Self.first.checksum.count == 64)
        #expect(try Migrator(migrations: [Self.first, Self.second]).migrate(db).isEmpty)
    }

    @Test func checksumIgnoresLineEndings() {
        let crlf = Migration(version: 1, name: "things", fileName: "0001_things.sql", sql: Self.first.sql.replacingOccurrences(of: "\n", with: "\r\n"))
        #expect(crlf.checksum == Self.first.checksum)
        // A lone CR is a line end too, CRLF one line end (not two), and the digest is lower-case hex:
        // SHA-256 of "a\nb\n\nc\n", as `printf 'a\nb\n\nc\n' | sha256sum` prints it.
        let mixed = Migration(version: 1, name: "mixed", fileName: "0001_mixed.sql", sql: "a\r\nb\r\rc\n")
        #expect(mixed.checksum == "7bebbe912f70e4e817f83e3cdeb5f11f9bc556334d9789484f665b63dd3b14dc")
    }

    @Test func failingMigrationLeavesTheDatabaseExactlyAsBefore() throws {
        let path = folder.path("fail.db")
        let db = try Database(path: path)
        try Migrator(migrations: [Self.first]).migrate(db)
        try db.execute("INSERT INTO things (name) VALUES ('香取')")
        let before = try dump(path)
        let broken = Migration(
            version: 2, name: "broken", fileName: "0002_broken.sql",
            sql: "CREATE TABLE extra (id INTEGER PRIMARY KEY) STRICT;\nINSERT INTO things (name) VALUES (NULL);\n")
        let error = planError { try Migrator(migrations: [Self.first, broken]).migrate(db) }
        #expect(error?.text(.en) == "migration 0002_broken.sql failed: NOT NULL constraint failed: things.name; nothing was changed\nfix the migration file; the database is as it was before")
        #expect(error?.text(.ja) == "マイグレーション 0002_broken.sql に失敗しました（NOT NULL constraint failed: things.name）。何も変更していません。\nマイグレーションファイルを直してください。データベースは元のままです。")
        #expect(try dump(path) == before)
    }

    /// Every command is one transaction: when the third of three pending migrations fails, the
    /// two before it are not left applied either.
    @Test func failingLaterMigrationLeavesTheOnesBeforeItUnapplied() throws {
        let path = folder.path("pending.db")
        let db = try Database(path: path)
        let broken = Migration(version: 3, name: "broken", fileName: "0003_broken.sql", sql: "INSERT INTO things (name) VALUES (NULL);\n")
        let error = planError { try Migrator(migrations: [Self.first, Self.second, broken]).migrate(db) }
        #expect(error?.text(.en) == "migration 0003_broken.sql failed: NOT NULL constraint failed: things.name; nothing was changed\nfix the migration file; the database is as it was before")
        #expect(try db.scalar("SELECT count(*) FROM sqlite_schema") == .integer(0))
        #expect(try db.scalar("PRAGMA foreign_keys") == .integer(1))
        #expect(try Migrator(migrations: [Self.first, Self.second]).migrate(db).map(\.version) == [1, 2])
    }

    @Test func failingFirstMigrationLeavesNoMigrationTable() throws {
        let path = folder.path("fresh.db")
        let db = try Database(path: path)
        let broken = Migration(version: 1, name: "bad", fileName: "0001_bad.sql", sql: "CREATE TABLE a (id INTEGER PRIMARY KEY);\nCREATE TABLE a (x);\n")
        #expect(throws: PlanError.self) { try Migrator(migrations: [broken]).migrate(db) }
        #expect(try db.scalar("SELECT count(*) FROM sqlite_schema") == .integer(0))
    }

    @Test func danglingReferenceRollsBackTheMigration() throws {
        let path = folder.path("fk.db")
        let db = try Database(path: path)
        try Migrator(migrations: [Self.first]).migrate(db)
        let before = try dump(path)
        let dangling = Migration(
            version: 2, name: "dangling", fileName: "0002_dangling.sql",
            sql: "CREATE TABLE owned (id INTEGER PRIMARY KEY, thing_id INTEGER REFERENCES things (id)) STRICT;\nINSERT INTO owned VALUES (1, 42);\n")
        let error = planError { try Migrator(migrations: [Self.first, dangling]).migrate(db) }
        #expect(error?.text(.en) == "migration 0002_dangling.sql leaves 1 broken reference(s), first in table owned; nothing was changed\nfix the migration so every foreign key points at an existing row")
        #expect(error?.text(.ja) == "マイグレーション 0002_dangling.sql を適用すると参照切れが 1 件残ります（最初は表 owned）。何も変更していません。\nすべての外部キーが存在する行を指すように、マイグレーションを直してください。")
        #expect(try dump(path) == before)
        #expect(try db.scalar("PRAGMA foreign_keys") == .integer(1))
    }

    @Test func changedAppliedMigrationIsRefusedByName() throws {
        let path = folder.path("changed.db")
        let db = try Database(path: path)
        try Migrator(migrations: [Self.first]).migrate(db)
        let before = try dump(path)
        let edited = Migration(version: 1, name: "things", fileName: "0001_things.sql", sql: Self.first.sql + "-- an edit\n")
        let error = planError { try Migrator(migrations: [edited, Self.second]).migrate(db) }
        #expect(error?.text(.en) == """
            migration 0001_things.sql was changed after it was applied to this database (its SHA-256 differs from the one recorded)
            restore Migrations/0001_things.sql as shipped and put the change in a new migration file
            """)
        #expect(error?.text(.ja) == """
            マイグレーション 0001_things.sql が、このデータベースに適用された後に書き換えられています（SHA-256 が記録と一致しません）。
            Migrations/0001_things.sql を配布時の内容に戻し、変更は新しいマイグレーションファイルに書いてください。
            """)
        #expect(try dump(path) == before)
        #expect(try Migrator(migrations: [edited]).status(db).map(\.state) == [.modified])
    }

    @Test func databaseFromANewerPlandbIsRefusedAndUntouched() throws {
        let path = folder.path("newer.db")
        let db = try Database(path: path)
        try Migrator(migrations: [Self.first, Self.second]).migrate(db)
        let before = try dump(path)
        let error = planError { try Migrator(migrations: [Self.first]).migrate(db) }
        #expect(error?.text(.en) == """
            the database was made by a newer plandb: it records migration 0002_more, which this plandb (\(PlanDBVersion.current)) does not know; nothing was changed
            use the newer plandb that migrated this file, or restore a backup made before it
            """)
        #expect(error?.text(.ja) == """
            このデータベースは新しい版の plandb で作られています。この plandb（\(PlanDBVersion.current)）が知らないマイグレーション 0002_more が記録されています。何も変更していません。
            このファイルを更新した新しい plandb を使うか、その前に作ったバックアップから復元してください。
            """)
        #expect(try dump(path) == before)
    }

    @Test func fileNamesMustFollowThePattern() throws {
        let badName = planError { try Migration.list(from: [PlanFile(path: "1_things.sql", text: "")]) }
        #expect(badName?.text(.en) == "migration file 1_things.sql is not named NNNN_name.sql\nrename it like 0003_evaluation_records.sql (four digits, lower-case words)")
        #expect(badName?.text(.ja) == "マイグレーションファイル 1_things.sql の名前が NNNN_name.sql の形ではありません。\n0003_evaluation_records.sql のように（4桁の数字と小文字の英単語で）名前を付け直してください。")
        let clash = planError { try Migration.list(from: [PlanFile(path: "0001_a.sql", text: ""), PlanFile(path: "0001_b.sql", text: "")]) }
        #expect(clash?.text(.en) == "migrations 0001_a.sql and 0001_b.sql share version 1\ngive the newer file the next free number")
        #expect(clash?.text(.ja) == "マイグレーション 0001_a.sql と 0001_b.sql が同じ番号 1 を使っています。\n新しいほうのファイルに、空いている次の番号を付けてください。")
    }

    @Test func embeddedMigrationsBuildTheWholeSchema() throws {
        let migrations = try Migration.embedded()
        #expect(migrations.map(\.fileName).prefix(2) == ["0001_plan_schema.sql", "0002_plan_views.sql"])
        let db = try Database(path: folder.path("plan.db"))
        try Migrator(migrations: migrations).migrate(db)
        let tables = try db.rows("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").compactMap { $0[0].string }
        for table in ["plans", "outlines", "departments", "policies", "policy_related_depts", "measures", "challenges", "directions",
            "initiatives", "initiative_actions", "indicators", "indicator_targets", "related_plans", "sdg_goals", "grades", "next_directions"]
        {
            #expect(tables.contains(table), "missing table \(table)")
        }
        let strict = try db.rows("SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND strict = 0 AND name NOT LIKE 'sqlite_%'")
        #expect(strict.isEmpty, "tables not STRICT: \(strict.map { $0[0] })")
        let views = try db.rows("SELECT name FROM sqlite_schema WHERE type = 'view' ORDER BY name").compactMap { $0[0].string }
        // Views without the v_ prefix are the schema's own (the year locks, the cost rule of 0018).
        #expect(views == ["locked_years", "project_budget_now", "project_cost_shares", "project_personnel", "project_year_costs_from_records", "v_challenges", "v_directions", "v_history", "v_indicator_final_targets", "v_indicator_outlook", "v_indicator_outlook_by_year", "v_indicator_results", "v_indicator_targets",
            "v_indicator_year_targets", "v_indicators", "v_initiative_actions", "v_initiative_costs", "v_initiative_evaluations", "v_initiative_evaluations_with_reprints",
            "v_initiatives", "v_measures", "v_plan_vocabularies", "v_plans", "v_policies", "v_policy_costs", "v_policy_evaluations", "v_policy_related_depts",
            "v_project_costs", "v_project_evaluations", "v_project_links", "v_project_staff", "v_projects", "v_related_plans", "v_snapshots", "v_staff_rates",
            "v_submission_history", "v_submissions"])
    }

    /// The migrator renames with `legacy_alter_table` on (the table rebuilds run faster); the
    /// schema must come out exactly as SQLite's default rename makes it, every view and trigger.
    @Test func legacyRenameMakesTheSchemaOfTheDefaultRename() throws {
        let migrations = try Migration.embedded()
        #expect(migrations.contains { $0.sql.contains("RENAME TO") })
        let migrated = try Database(path: folder.path("migrated.db"))
        try Migrator(migrations: migrations).migrate(migrated)
        let plain = try Database(path: folder.path("plain.db"))
        try plain.execute("PRAGMA foreign_keys = OFF")
        #expect(try plain.scalar("PRAGMA legacy_alter_table").int64 == 0)
        for migration in migrations { try plain.transaction { try plain.execute(migration.sql) } }
        let schema = "SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY type, name"
        let expected = try plain.rows(schema)
        #expect(expected.count > 100)
        #expect(try migrated.rows(schema).filter { $0.string("name") != "schema_migrations" } == expected)
        #expect(try migrated.scalar("PRAGMA legacy_alter_table").int64 == 0)
    }

    @Test func schemaRefusesValuesOutsideClosedVocabularies() throws {
        let db = try Database(path: folder.path("vocab.db"))
        try Migrator(migrations: try Migration.embedded()).migrate(db)
        try db.execute("""
            INSERT INTO departments (dept_id, name) VALUES (1, '総務課');
            INSERT INTO plans (plan_id, code, name, municipality, start_year, end_year, default_baseline_year, coordinator_dept_id)
                VALUES (1, 'katori', '後期基本計画', '香取市', 2023, 2027, 2022, 1);
            INSERT INTO outlines (outline_id, plan_id, code, title) VALUES (1, 1, '6', '市民参画・行政の取組');
            INSERT INTO policies (policy_id, plan_id, outline_id, code, seq, title, lead_dept_id, vision) VALUES (1, 1, 1, '6-6', 1, '行政運営', 1, '…');
            INSERT INTO measures (measure_id, policy_id, no, code, title) VALUES (1, 1, 1, '6-6-1', '行政運営');
            INSERT INTO directions (direction_id, measure_id, no, code, title, text, is_priority) VALUES (1, 1, 1, '6-6-1-1', 't', 'x', 1);
            INSERT INTO initiatives (initiative_id, direction_id, position, code, title, is_reprint) VALUES (1, 1, 1, '6-6-1-1-1', 't', 0);
            """)
        func code(_ sql: String) -> Int32? {
            do { try db.execute(sql); return nil } catch let error as SQLiteError { return error.extendedCode } catch { return -1 }
        }
        // Phases are the plan's own (0014): any named phase, never a blank one.
        #expect(code("INSERT INTO initiative_actions VALUES (1, ' ', 1, 'x')") == 275)  // SQLITE_CONSTRAINT_CHECK
        #expect(code("INSERT INTO initiative_actions VALUES (1, '実行', 1, 'x')") == nil)
        #expect(code("INSERT INTO initiative_actions VALUES (1, '評価', 1, 'x')") == nil)
        #expect(code("INSERT INTO plans (code, name, municipality, start_year, end_year, default_baseline_year, coordinator_dept_id, municipality_code) VALUES ('x', 'x', 'x', 2023, 2027, 2022, 1, '12236')") == 275)
        #expect(code("""
            INSERT INTO indicators (policy_id, measure_id, position, code, name, description, unit, source_dept_id, is_kpi, direction, baseline_text, baseline_year)
            VALUES (1, 1, 1, '6-6-I1', 'n', 'd', '人', 1, 0, 'sideways', '559人', 2022)
            """) == 275)
        #expect(code("UPDATE directions SET is_priority = 2") == 275)
        #expect(code("INSERT INTO plans (code, name, municipality, start_year, end_year, default_baseline_year, coordinator_dept_id) VALUES ('Bad Code', 'x', 'x', 2023, 2027, 2022, 1)") == 275)
        #expect(code("INSERT INTO measures (policy_id, no, code, title) VALUES (1, 1, '6-6-1', 'dup')") == 2067)  // SQLITE_CONSTRAINT_UNIQUE
        #expect(code("INSERT INTO measures (policy_id, no, code, title) VALUES (1, 'two', '6-6-2', 't')") == 3091)  // SQLITE_CONSTRAINT_DATATYPE
    }
}
