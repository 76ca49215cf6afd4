import Foundation
import PlanCore
import TestSupport
import Testing

@Suite struct QueryLibraryTests {
    /// Each shipped query's header declares exactly the parameters its SQL uses.
    @Test func headersMatchTheParametersUsed() throws {
        let library = try QueryLibrary.load(userFolder: nil)
        #expect(library.queries.count >= 10)
        for query in library.queries {
            let body = query.sql.components(separatedBy: "\n").filter { !$0.hasPrefix("--") }.joined(separator: "\n")
            let used = Set(body.matches(of: /:([a-z_]+)/).map { String($0.1) })
            let declared = Set(query.parameters.map(\.name))
            #expect(used == declared, "\(query.name): uses \(used.sorted()), declares \(declared.sorted())")
            #expect(!query.title.isEmpty && !query.description.isEmpty, "\(query.name) needs a title and a description")
        }
    }

    @Test func malformedHeadersAreErrors() {
        let untitled = planError { _ = try NamedQuery.parse(name: "x", text: "SELECT 1", origin: "x.sql") }
        #expect(untitled?.text(.en) == "query x.sql has no `-- title:` line in its header\nstart the file with `-- title: …`")
        #expect(untitled?.text(.ja) == "クエリ x.sql の先頭に `-- title:` の行がありません。\nファイルの1行目を `-- title: …` にしてください。")
        let badParameter = planError { _ = try NamedQuery.parse(name: "x", text: "-- title: t\n-- param: year int 2023\nSELECT :year", origin: "x.sql") }
        #expect(badParameter?.text(.en) == "x.sql:2: `-- param: year int 2023` should read `-- param: NAME integer|real|text DEFAULT|required MEANING`\nfix the query's header")
        #expect(badParameter?.text(.ja) == "x.sql:2：`-- param: year int 2023` は `-- param: NAME integer|real|text DEFAULT|required MEANING` の形で書いてください。\nクエリの先頭のコメントを直してください。")
    }

    @Test func parameterMistakesAreSaidInBothLanguages() throws {
        let query = try NamedQuery.parse(
            name: "q", text: "-- title: t\n-- param: year integer required 評価する年度\n-- param: rate real NULL 率\nSELECT :year, :rate", origin: "q.sql")
        let cases: [(given: [String: String], en: String, ja: String)] = [
            (["year": "二千"], "parameter year must be a whole number, not `二千`\ne.g. -p year 2023",
             "パラメータ year は整数で指定してください（`二千` ではなく）。\n例：-p year 2023"),
            (["year": "2023", "rate": "9x"], "parameter rate must be a number, not `9x`\ne.g. -p rate 95.10",
             "パラメータ rate は数値で指定してください（`9x` ではなく）。\n例：-p rate 95.10"),
            (["year": "2023", "yaer": "1"], "query q has no parameter yaer\nits parameters: year, rate",
             "クエリ q にパラメータ yaer はありません。\nこのクエリのパラメータ：year, rate"),
            ([:], "query q needs parameter year (評価する年度)\nadd -p year VALUE",
             "クエリ q にはパラメータ year（評価する年度）が必要です。\n-p year VALUE を付けてください。"),
        ]
        for (given, en, ja) in cases {
            let error = planError { _ = try query.bindings(given) }
            #expect(error?.text(.en) == en)
            #expect(error?.text(.ja) == ja)
        }
        let bare = try NamedQuery.parse(name: "b", text: "-- title: t\nSELECT 1", origin: "b.sql")
        let none = planError { _ = try bare.bindings(["x": "1"]) }
        #expect(none?.text(.en) == "query b has no parameter x\nit takes no parameters")
        #expect(none?.text(.ja) == "クエリ b にパラメータ x はありません。\nこのクエリはパラメータを取りません。")
    }

    @Test func anUnknownQueryIsSaidInBothLanguages() throws {
        let library = try QueryLibrary.load(userFolder: nil)
        let unknown = planError { _ = try library.query("no-such-query") }
        #expect(unknown?.text(.en) == "no query named no-such-query\n`plandb query list` shows them")
        #expect(unknown?.text(.ja) == "no-such-query という名前のクエリはありません。\n`plandb query list` で一覧できます。")
        let name = try #require(library.queries.first?.name)
        let near = planError { _ = try library.query(name + "s") }
        #expect(near?.text(.en) == "no query named \(name)s\ndid you mean \(name)?")
        #expect(near?.text(.ja) == "\(name)s という名前のクエリはありません。\n\(name) のことですか。")
    }

    @Test func refusalsOfReadOnlySQLAreSaidInBothLanguages() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("plan.db")
        _ = try Maintenance.initialize(path: path, seeds: .embedded)
        let reader = try ReadOnlySQL(path: path)
        let cases: [(sql: String, en: String, ja: String)] = [
            ("DELETE FROM departments", "refused: this command is read-only, and the SQL asks to change something (not authorized)",
             "実行しませんでした。このコマンドは読み出し専用ですが、SQL が変更を求めています（not authorized）。"),
            ("SELEC 1", "the SQL does not run: near \"SELEC\": syntax error",
             "SQL を実行できません（near \"SELEC\": syntax error）。"),
            ("SELECT ?", "`?` parameters have no name", "`?` のパラメータには名前がありません。"),
            ("SELECT :a, :b", "the SQL uses parameters :a, :b but no value was given",
             "SQL がパラメータ :a, :b を使っていますが、値が指定されていません。"),
        ]
        for (sql, en, ja) in cases {
            let error = planError { _ = try reader.prepare(sql, parameters: [:]) }
            #expect(error?.message.text(.en) == en)
            #expect(error?.message.text(.ja) == ja)
        }
        let refused = planError { _ = try reader.prepare("DELETE FROM departments", parameters: [:]) }
        #expect(refused?.advice?.text(.ja) == "`plandb sql` は読み出し専用です。データを変えるには `plandb record …`、`plandb entry import` か `plandb seed import` を使ってください。")
        let timedOut = ReadOnlySQL.timedOut(2.5)
        #expect(timedOut.text(.en) == "the query ran longer than 2.5 s and was stopped\nnarrow it (a WHERE on fiscal_year or a code), or allow more time with --timeout SECONDS")
        #expect(timedOut.text(.ja) == "クエリが 2.5 秒を超えたため、止めました。\n条件を絞る（fiscal_year やコードで WHERE）か、--timeout SECONDS で時間を延ばしてください。")
    }
}
