import Foundation
import SQLiteDB
import TestSupport
import Testing

@Suite struct MaintenanceCommandTests {
    let folder: TemporaryFolder

    init() throws { folder = try TemporaryFolder() }

    func plandb(_ arguments: String..., environment: [String: String] = [:]) throws -> CommandResult {
        try PlanDBBinary.run(arguments, in: folder.url, environment: environment)
    }

    @Test func versionIsPrinted() throws {
        let result = try plandb("--version")
        #expect(result.status == 0)
        #expect(result.stdout == "0.1.0\n")
    }

    @Test func initTwiceIsANoOp() throws {
        let first = try plandb("init")
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.hasPrefix("created plan.db\napplied 0001_plan_schema.sql\n"))
        let before = try dump(folder.path("plan.db"))
        // Without --seeds, init never imports the embedded plan into a file that holds a plan.
        let second = try plandb("init")
        #expect(second.status == 0)
        #expect(second.stdout == "plan.db already holds katori-2-kouki（香取市 第2次総合計画 後期基本計画）: the embedded plan was not imported beside it; to load or revise a plan, use `plandb seed import DIR|FILE.xlsx`\n")
        #expect(try dump(folder.path("plan.db")) == before)
    }

    @Test func databasePathComesFromFlagThenEnvironmentThenDefault() throws {
        #expect(try plandb("--db", "lead.db", "init").status == 0)
        #expect(try plandb("init", "--db", "after.db").status == 0)
        #expect(try plandb("init", environment: ["PLANDB_DB": "env.db"]).status == 0)
        for name in ["lead.db", "after.db", "env.db"] {
            #expect(FileManager.default.fileExists(atPath: folder.path(name)), "\(name) missing")
        }
        #expect(!FileManager.default.fileExists(atPath: folder.path("plan.db")))
    }

    @Test func migrateStatusListsEveryMigration() throws {
        _ = try plandb("init")
        let result = try plandb("migrate", "status", "--format", "csv")
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\r\n").map { $0.split(separator: ",").prefix(3).joined(separator: ",") }
        #expect(lines.prefix(3) == ["version,name,state", "1,plan_schema,applied", "2,plan_views,applied"])
        let up = try plandb("migrate", "up")
        #expect(up.stdout == "nothing to apply: plan.db is up to date\n")
    }

    @Test func checkPassesOnAFreshDatabase() throws {
        _ = try plandb("init")
        let result = try plandb("check", "--format", "tsv")
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("check\tstatus\tdetail\nintegrity\tok\tPRAGMA integrity_check: ok\nforeign keys\tok\tevery reference resolves\n"))
    }

    @Test func checkNamesTheDroppedViewThatBreaksHistory() throws {
        _ = try plandb("init")
        try Database(path: folder.path("plan.db")).execute("DROP VIEW v_history")
        #expect(try plandb("history").status == 1)
        let result = try plandb("check", "--format", "tsv")
        #expect(result.status == 1)
        #expect(result.stdout.contains("\nschema\tproblem\tview v_history: missing (the migrations create it)\n"))
        #expect(result.stderr.hasPrefix("error: 1 problem(s) found in plan.db\n"))
    }

    @Test func checkReportsAnEditedMigrationRecord() throws {
        _ = try plandb("init")
        let db = try Database(path: folder.path("plan.db"))
        try db.execute("UPDATE schema_migrations SET sha256 = 'tampered' WHERE version = 2")
        let result = try plandb("check", "--format", "csv")
        #expect(result.status == 1)
        #expect(result.stdout.contains("migration,problem,0002_plan_views: file changed after it was applied\r\n"))
        #expect(result.stderr.hasPrefix("error: 1 problem(s) found in plan.db\n"))
    }

    @Test func missingAndForeignFilesAreRefusedWithAdvice() throws {
        let missing = try plandb("check")
        #expect(missing.status == 1)
        #expect(missing.stderr == "error: no plan database at plan.db\nrun `plandb init` to create it here, or point --db (or PLANDB_DB) at an existing file\n")
        #expect(try japanese("check").stderr == "error: plan.db に計画のデータベースがありません。\n`plandb init` でここに作成するか、--db（または PLANDB_DB）で既存のファイルを指定してください。\n")
        try folder.write("名前,値\n", to: "sheet.csv")
        let text = try plandb("--db", "sheet.csv", "check")
        #expect(text.status == 1)
        #expect(text.stderr == "error: sheet.csv is not a SQLite database, or it is damaged (file is not a database)\ncheck the --db path; to recover, restore a copy made with `plandb backup`\n")
        #expect(try japanese("--db", "sheet.csv", "check").stderr == "error: sheet.csv は SQLite のデータベースではないか、壊れています（file is not a database）。\n--db のパスを確認してください。復旧するには `plandb backup` で作ったコピーを戻してください。\n")
        let other = try Database(path: folder.path("other.db"))
        try other.execute("CREATE TABLE accounts (id INTEGER PRIMARY KEY)")
        let foreign = try plandb("--db", "other.db", "init")
        #expect(foreign.status == 1)
        #expect(foreign.stderr == "error: other.db is a SQLite database, but not one made by plandb; nothing was changed\npoint --db at a plandb file, or run `plandb init --db NEW.db` to make one\n")
        #expect(try japanese("--db", "other.db", "init").stderr == "error: other.db は SQLite のデータベースですが、plandb が作ったものではありません。何も変更していません。\n--db で plandb のファイルを指定するか、`plandb init --db NEW.db` で新しく作成してください。\n")
    }

    @Test func unknownOptionsAreErrorsInTheSameStyle() throws {
        let result = try plandb("init", "--frobnicate")
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix("error: Unknown option '--frobnicate'"))
    }

    /// A second process (the sqlite3 shell) writes rows in many small transactions while
    /// `plandb backup` copies the file: the copy must be one consistent state of the source.
    @Test func backupWhileAnotherProcessWrites() throws {
        #expect(try plandb("init").status == 0)
        let setup = try Database(path: folder.path("plan.db"))
        try setup.execute("CREATE TABLE load (id INTEGER PRIMARY KEY, payload TEXT NOT NULL, twin INTEGER NOT NULL)")
        var script = ".timeout 10000\n"
        for batch in 0..<400 {
            script += "BEGIN; "
            for n in 0..<50 {
                let id = batch * 50 + n
                script += "INSERT INTO load VALUES (\(id), hex(randomblob(200)), \(id)); "
            }
            script += "COMMIT;\n"
        }
        let writer = Process()
        writer.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        writer.arguments = [folder.path("plan.db")]
        let input = Pipe()
        writer.standardInput = input
        try writer.run()
        let bytes = Data(script.utf8)
        let feeder = Thread { input.fileHandleForWriting.write(bytes); try? input.fileHandleForWriting.close() }
        feeder.start()
        var backups = 0
        while writer.isRunning || backups < 2 {
            let name = "copy\(backups).db"
            let result = try plandb("backup", name)
            #expect(result.status == 0, "\(result.stderr)")
            let copy = try Database(path: folder.path(name), mode: .readOnly)
            #expect(try copy.scalar("PRAGMA integrity_check") == .text("ok"))
            // Rows arrive 50 to a transaction: a consistent copy holds whole transactions only.
            let count = try copy.scalar("SELECT count(*) FROM load").int64 ?? -1
            #expect(count % 50 == 0, "copy \(name) holds \(count) rows")
            #expect(try copy.scalar("SELECT count(*) FROM load WHERE twin <> id") == .integer(0))
            backups += 1
        }
        writer.waitUntilExit()
        #expect(writer.terminationStatus == 0)
        let final = try plandb("backup", "final.db")
        #expect(final.status == 0)
        let copy = try Database(path: folder.path("final.db"), mode: .readOnly)
        #expect(try copy.scalar("SELECT count(*) FROM load") == .integer(20_000))
        #expect(try copy.scalar("PRAGMA journal_mode") == .text("delete"))
    }
}
