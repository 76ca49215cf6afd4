import Foundation
import SQLiteDB
import TestSupport
import Testing

/// What `init`, `check` and `backup` say, and how they refuse a database, in English and in
/// Japanese. Codes, the `check` column's values and the column keys of machine formats stay the same.
extension MaintenanceCommandTests {
    func japanese(_ arguments: String...) throws -> CommandResult {
        try PlanDBBinary.run(arguments, in: folder.url, environment: ["PLANDB_LANG": "ja"])
    }

    @Test func initSpeaksTheUsersLanguage() throws {
        let first = try japanese("init")
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.hasPrefix("plan.db を作成しました。\n0001_plan_schema.sql を適用しました。\n"))
        let holds = "plan.db の内容：香取市 第2次総合計画 後期基本計画（施策 7、小施策 19、現状と課題 46、取組方針 46（重点 16）、主な取組 122（再掲 3）、取組内容 387、指標 23（KPI 15）、関連する個別計画 16）\n"
        let next = "\n次に：\n  plandb show                 計画の一覧\n  plandb show 6-1             施策を1つ、計画書の形で\n  plandb dept show 総務課      課が毎年度報告するもの\n"
        #expect(first.stdout.hasSuffix(holds + next))
        let again = try japanese("init")
        #expect(again.stdout == "plan.db にはすでに katori-2-kouki（香取市 第2次総合計画 後期基本計画） が入っているため、組み込みの計画は取り込んでいません。計画の読み込みや改訂は `plandb seed import DIR|FILE.xlsx` で行ってください。\n")
        let english = try plandb("init")
        #expect(english.stdout == "plan.db already holds katori-2-kouki（香取市 第2次総合計画 後期基本計画）: the embedded plan was not imported beside it; to load or revise a plan, use `plandb seed import DIR|FILE.xlsx`\n")
        let seeded = try japanese("init", "--seeds", try SeedFixture.write(into: folder), "--db", "other.db")
        #expect(seeded.stdout.hasSuffix("\n次に：\n  plandb show                 計画の一覧\n  plandb show 9-1             施策を1つ、計画書の形で\n  plandb dept show 総務課      課が毎年度報告するもの\n"))
    }

    @Test func checkFindingsAndTheProblemSummaryInBothLanguages() throws {
        _ = try plandb("init")
        try Database(path: folder.path("plan.db")).execute("DROP VIEW v_history; UPDATE schema_migrations SET sha256 = 'tampered' WHERE version = 2")
        let english = try plandb("check", "--format", "tsv")
        #expect(english.stdout.hasPrefix("check\tstatus\tdetail\nintegrity\tok\tPRAGMA integrity_check: ok\nforeign keys\tok\tevery reference resolves\nmigration\tok\t0001_plan_schema: checksum matches\nmigration\tproblem\t0002_plan_views: file changed after it was applied\n"))
        #expect(english.stderr == "error: 2 problem(s) found in plan.db\nrestore a backup (`plandb backup` makes one) or ask the maintainers\n")
        let japanese = try japanese("check", "--format", "tsv")
        #expect(japanese.status == 1)
        #expect(japanese.stdout.hasPrefix("check\tstatus\tdetail\nintegrity\tok\tPRAGMA integrity_check：問題はありません（ok）。\nforeign keys\tok\tすべての参照先があります。\nmigration\tok\t0001_plan_schema：チェックサムが一致します。\nmigration\tproblem\t0002_plan_views：適用した後にファイルが変更されています。\n"))
        #expect(japanese.stdout.hasSuffix("year locks\tok\t確定した年度 0 件。いずれもスナップショットでロックされています。\ncosts\tok\t事業と年度 0 件の費用が、予算・人工・単価の記録と一致しています。\n"))
        #expect(japanese.stderr == "error: plan.db に 2 件の問題が見つかりました。\nバックアップ（`plandb backup` で作成できます）を戻すか、保守担当者に相談してください。\n")
        let table = try self.japanese("check")
        // For people, every check's name and result in Japanese too (issue 27).
        #expect(table.stdout.hasPrefix("確認              結果      内容"))
        #expect(table.stdout.contains("\n整合性            正常      PRAGMA integrity_check：問題はありません（ok）。"))
        #expect(table.stdout.contains("\nスキーマ          問題あり  view v_history：ありません（マイグレーションが作成するものです）。"))
    }

    @Test func aDatabaseBehindItsMigrationsIsRefusedInBothLanguages() throws {
        _ = try plandb("init")
        try Database(path: folder.path("plan.db")).execute("DELETE FROM schema_migrations WHERE version = (SELECT max(version) FROM schema_migrations)")
        let english = try plandb("show")
        #expect(english.status == 1)
        #expect(english.stderr == "error: plan.db needs 1 migration(s) before this command can use it\nrun `plandb migrate up` (or `plandb init`), then try again\n")
        let japanese = try japanese("show")
        #expect(japanese.stderr == "error: このコマンドで plan.db を使うには、先に 1 件のマイグレーションが必要です。\n`plandb migrate up`（または `plandb init`）を実行してから、もう一度実行してください。\n")
    }

    @Test func aDatabaseThatCannotBeOpenedInBothLanguages() throws {
        let english = try plandb("--db", "nofolder/x.db", "init")
        #expect(english.stderr == "error: cannot open nofolder/x.db: unable to open database file (SQLite code 14)\ncheck that the folder exists and that you may write there\n")
        let japanese = try japanese("--db", "nofolder/x.db", "init")
        #expect(japanese.stderr == "error: nofolder/x.db を開けません：unable to open database file（SQLite コード 14）。\nフォルダがあり、そこに書き込めることを確認してください。\n")
    }

    @Test func helpOfInitCheckAndBackupInJapanese() throws {
        #expect(try japanese("init", "--help").stdout.hasPrefix("OVERVIEW: データベースを作成またはマイグレーションし、計画を取り込みます（何度実行しても同じ結果です）。\n\n--seeds を省略すると、plandb に組み込まれた計画（香取市 大綱6）を取り込みます。\n"))
        #expect(try japanese("check", "--help").stdout.hasPrefix("OVERVIEW: 整合性、外部キー、マイグレーション、スキーマ、スナップショットのハッシュ、年度のロックを確認します。問題があれば終了コード 1\n"))
        let backup = try japanese("backup", "--help").stdout
        #expect(backup.contains("  <file>                  コピーの書き込み先：新しいファイル、または日付入りのコピーを置くフォルダ。\n"))
        #expect(backup.contains("  --replace               FILE が以前の plandb のバックアップなら置き換えます（それ以外のファイルは置き換えません）。\n"))
        #expect(try plandb("backup", "--help").stdout.contains("  --replace               Replace FILE when it is an older plandb backup (never\n"))
    }
}
