import Foundation
import TestSupport
import Testing

/// `sql`, `query`, `seed`, `show`, `dept`, `history` and `migrate` in both languages: the same
/// refusal or summary read in English (PLANDB_LANG=en) and in Japanese (PLANDB_LANG=ja), and the
/// table headings in the user's language while csv keeps the column keys.
@Suite struct QuerySeedLanguageTests {
    let folder: TemporaryFolder

    init() throws { folder = try TemporaryFolder() }

    func plandb(_ arguments: String..., language: String = "en") throws -> CommandResult {
        try PlanDBBinary.run(arguments, in: folder.url, environment: ["PLANDB_LANG": language])
    }

    @Test func sqlRefusalsInBothLanguages() throws {
        _ = try plandb("init")
        let en = try plandb("sql", "DELETE FROM departments")
        #expect(en.status == 1)
        #expect(en.stderr == "error: refused: this command is read-only, and the SQL asks to change something (not authorized)\n`plandb sql` only reads; to change data use `plandb record …`, `plandb entry import` or `plandb seed import`\n")
        let ja = try plandb("sql", "DELETE FROM departments", language: "ja")
        #expect(ja.status == 1)
        #expect(ja.stderr == "error: 実行しませんでした。このコマンドは読み出し専用ですが、SQL が変更を求めています（not authorized）。\n`plandb sql` は読み出し専用です。データを変えるには `plandb record …`、`plandb entry import` か `plandb seed import` を使ってください。\n")
        let tooBig = try plandb("sql", "SELECT zeroblob(100000000)", language: "ja")
        #expect(tooBig.stderr == "error: クエリが 64 MB を超える値を作ったため、止めました（string or blob too big）。\n求める量を減らしてください。行を減らす（WHERE や LIMIT）、値を短くする（substr）、表全体に group_concat を使わない、などです。\n")
        let feature = try plandb("sql", "SELECT fts3_tokenizer('x')", language: "ja")
        #expect(feature.stderr.hasPrefix("error: 実行しませんでした。このコマンドは読み出し専用で、SQL が求める機能は使えません（not authorized to use function: fts3_tokenizer）。\n"))
        let vacuumEn = try plandb("sql", "VACUUM INTO 'copy.db'")
        #expect(vacuumEn.stderr.hasPrefix("error: refused: this command is read-only, and the SQL would write\n"))
        let vacuumJa = try plandb("sql", "VACUUM INTO 'copy.db'", language: "ja")
        #expect(vacuumJa.stderr.hasPrefix("error: 実行しませんでした。このコマンドは読み出し専用ですが、この SQL は書き込みます。\n"))
        let emptyEn = try plandb("sql", " ")
        #expect(emptyEn.stderr == "error: no SQL given\nwrite the statement after `plandb sql`, or - to read it from standard input\n")
        let emptyJa = try plandb("sql", " ", language: "ja")
        #expect(emptyJa.stderr == "error: SQL が指定されていません。\n`plandb sql` の後に SQL 文を書くか、- を書いて標準入力から読ませてください。\n")
        let timeoutEn = try plandb("sql", "--timeout", "0", "SELECT 1")
        #expect(timeoutEn.status != 0)
        #expect(timeoutEn.stderr.hasPrefix("error: --timeout must be more than 0 seconds\n"))
        let timeoutJa = try plandb("sql", "--timeout", "0", "SELECT 1", language: "ja")
        #expect(timeoutJa.stderr.hasPrefix("error: --timeout は 0 秒より大きくしてください。\n"))
    }

    @Test func queryWordsInBothLanguages() throws {
        _ = try plandb("init")
        let unknownEn = try plandb("query", "run", "no-such-query")
        #expect(unknownEn.stderr == "error: no query named no-such-query\n`plandb query list` shows them\n")
        let unknownJa = try plandb("query", "run", "no-such-query", language: "ja")
        #expect(unknownJa.stderr == "error: no-such-query という名前のクエリはありません。\n`plandb query list` で一覧できます。\n")
        let queries = folder.url.appending(path: "queries")
        try FileManager.default.createDirectory(at: queries, withIntermediateDirectories: true)
        try Data("-- no header\nSELECT 1\n".utf8).write(to: queries.appending(path: "headless.sql"))
        let listJa = try plandb("query", "list", "--queries", "queries", language: "ja")
        #expect(listJa.stderr == "warning: クエリ queries/headless.sql の先頭に `-- title:` の行がありません。このファイルは読み込んでいません。ファイルの1行目を `-- title: …` にしてください。\n")
        #expect(listJa.stdout.hasPrefix("名前 "))
        #expect(listJa.stdout.components(separatedBy: "\n").first?.contains("題名") == true)
        let csv = try plandb("query", "list", "--format", "csv", language: "ja")
        #expect(csv.stdout.hasPrefix("name,title,parameters\r\n"))
    }

    @Test func seedCheckAndImportInBothLanguages() throws {
        try SeedFixture.write(into: folder)
        let okJa = try plandb("seed", "check", "seeds", language: "ja")
        #expect(okJa.stdout == "seeds：問題はありません。計画 test-plan：施策 2、小施策 2、現状と課題 2、取組方針 1（重点 1）、主な取組 2（再掲 1）、取組内容 4、指標 3（KPI 2）、関連する個別計画 1\n")
        try SeedFixture.write(into: folder, policies: ["9-1": SeedFixture.policy1.replacingOccurrences(of: "unit: 人", with: "units: 人")])
        let badJa = try plandb("seed", "check", "seeds", language: "ja")
        #expect(badJa.status == 1)
        #expect(badJa.stderr.hasPrefix("error: シードに問題が 2 件あります。何も取り込んでいません。\npolicies/9-1.yaml:30:5: `unit` がありません。`unit: %` のように書いてください。\npolicies/9-1.yaml:36:5: キー `units` は使えません。"))
        #expect(badJa.stderr.hasSuffix("\n一覧の各箇所（ファイル:行:桁）を直してから、もう一度 `plandb seed check DIR` を実行してください。\n"))

        try SeedFixture.write(into: folder)
        _ = try plandb("init", "--seeds", "seeds")
        let edited = SeedFixture.policy2.replacingOccurrences(of: "description: 市税の収納率", with: "description: 市税調定額に対する収納額の割合")
        try SeedFixture.write(into: folder, policies: ["9-1": SeedFixture.policy1, "9-2": edited])
        let dryEn = try plandb("seed", "import", "seeds", "--dry-run", "--format", "csv")
        #expect(dryEn.stdout == "change,kind,code,detail\r\nchanged,indicator,9-2-I2,description\r\nwould import plan test-plan: 0 added, 1 changed, 0 removed (dry run: nothing was written)\n")
        let dryJa = try plandb("seed", "import", "seeds", "--dry-run", language: "ja")
        #expect(dryJa.stdout == "変更  種類  コード  内容       \n----  ----  ------  -----------\n変更  指標  9-2-I2  description\n"
            + "計画 test-plan を取り込むと、追加 0、変更 1、削除 0 となります（試行のため何も書き込んでいません）。\n")
        let importJa = try plandb("seed", "import", "seeds", "--format", "csv", language: "ja")
        #expect(importJa.stdout == "change,kind,code,detail\r\nchanged,indicator,9-2-I2,description\r\n計画 test-plan を取り込みました。追加 0、変更 1、削除 0。\n")
    }

    @Test func departmentsAndMigrationsInBothLanguages() throws {
        _ = try plandb("init")
        let listJa = try plandb("dept", "list", language: "ja")
        let lines = listJa.stdout.components(separatedBy: "\n")
        #expect(lines.first?.hasPrefix("課") == true)
        #expect(lines.contains { $0.hasPrefix("総務課") && $0.contains("取りまとめ課") })
        let csvJa = try plandb("dept", "list", "--format", "csv", language: "ja")
        #expect(csvJa.stdout.contains("総務課,coordinator,1,0,3,27\r\n"))
        let showJa = try plandb("dept", "show", "税務", language: "ja")
        #expect(showJa.stdout.hasPrefix("報告するもの"))
        #expect(showJa.stdout.hasSuffix("税務課：毎年度 1 件を報告します。\n"))

        let statusJa = try plandb("migrate", "status", language: "ja")
        #expect(statusJa.stdout.hasPrefix("番号"))
        #expect(statusJa.stdout.contains("適用済み"))
        let statusCSV = try plandb("migrate", "status", "--format", "csv", language: "ja")
        #expect(statusCSV.stdout.hasPrefix("version,name,state,applied_at\r\n1,plan_schema,applied,"))
        let upJa = try plandb("migrate", "up", language: "ja")
        #expect(upJa.stdout == "適用するものはありません。plan.db は最新です。\n")
        let historyJa = try plandb("history", language: "ja")
        #expect(historyJa.stdout.hasPrefix("日時"))
    }

    @Test func showAndHelpInBothLanguages() throws {
        _ = try plandb("init")
        let en = try plandb("show", "6-7")
        #expect(en.stdout.contains("\n  code    指標名"))
        let ja = try plandb("show", "6-7", language: "ja")
        #expect(ja.stdout.contains("\n  コード  指標名"))
        let helpEn = try plandb("sql", "--help")
        #expect(helpEn.stdout.hasPrefix("OVERVIEW: Run one read-only SQL statement against the reporting views (v_*) or"))
        let helpJa = try plandb("sql", "--help", language: "ja")
        #expect(helpJa.stdout.hasPrefix("OVERVIEW: 読み出し専用の SQL 文を1つ、集計用のビュー（v_*）や任意の表に対して実行します。\n"))
        #expect(helpJa.stdout.contains("出力形式：table、csv、tsv、json、ndjson、markdown のいずれか。"))
        let rootJa = try plandb("--help", language: "ja")
        #expect(rootJa.stdout.contains("市町村の総合計画を1つの SQLite ファイルに収め、毎年度の行政評価を進めます。"))
    }
}
