import Foundation
import SQLiteDB
import TestSupport
import Testing

/// `plandb sql` and the named queries, on the embedded plan.
@Suite struct SqlCommandTests {
    let folder: TemporaryFolder

    init() throws {
        folder = try TemporaryFolder()
        _ = try embeddedPlanDatabase(in: folder)
    }

    func plandb(_ arguments: [String], input: Data? = nil) throws -> CommandResult {
        try PlanDBBinary.run(arguments, in: folder.url, input: input)
    }

    static let writes = [
        "INSERT INTO departments (name) VALUES ('x')",
        "UPDATE policies SET title = 'x'",
        "DELETE FROM indicator_targets",
        "DROP VIEW v_policies",
        "CREATE TABLE t (x)",
        "CREATE TEMP TABLE t (x)",
        "CREATE TEMP VIEW v AS SELECT 1",
        "ALTER TABLE policies ADD COLUMN x",
        "ATTACH DATABASE 'other.db' AS other",
        "VACUUM INTO 'copy.db'",
        "VACUUM",
        "REINDEX",
        "ANALYZE",
        "BEGIN IMMEDIATE",
        "SAVEPOINT s",
        "PRAGMA journal_mode = DELETE",
        "PRAGMA user_version = 7",
        "PRAGMA writable_schema = ON",
        "PRAGMA query_only = OFF",
        "WITH doomed AS (SELECT 1) DELETE FROM grades",
        "SELECT 1; DELETE FROM grades",
        "REPLACE INTO grades VALUES ('Z', 9, 'x')",
        "SELECT load_extension('/tmp/evil')",
    ]

    @Test(arguments: writes)
    func everyRouteToAWriteIsRefused(sql: String) throws {
        let before = try dump(folder.path("plan.db"))
        let result = try plandb(["sql", sql])
        #expect(result.status == 1, "\(sql) was not refused")
        #expect(result.stderr.hasPrefix("error: refused: this command is read-only") || result.stderr.hasPrefix("error: the SQL does not run: only one statement"), "\(sql): \(result.stderr)")
        #expect(result.stderr.hasSuffix("`plandb sql` only reads; to change data use `plandb record …`, `plandb entry import` or `plandb seed import`\n") || result.stderr.contains("only one statement"))
        #expect(try dump(folder.path("plan.db")) == before)
        #expect(!FileManager.default.fileExists(atPath: folder.path("copy.db")))
        #expect(!FileManager.default.fileExists(atPath: folder.path("other.db")))
    }

    @Test func readsWorkInEveryFormatWithJapaneseText() throws {
        let sql = "SELECT indicator_code, name, baseline_text, baseline_value, is_kpi FROM v_indicators WHERE indicator_code IN ('6-7-I1', '6-7-I3') ORDER BY indicator_code"
        func run(_ format: String) throws -> String {
            let result = try plandb(["sql", "--format", format, sql])
            #expect(result.status == 0, "\(result.stderr)")
            return result.stdout
        }
        #expect(try run("table") == """
            indicator_code  name              baseline_text  baseline_value  is_kpi
            --------------  ----------------  -------------  --------------  ------
            6-7-I1          一般市税の収納率  95.00%                     95       1
            6-7-I3          将来負担比率      19%                        19       0

            """)
        #expect(try run("csv") == "indicator_code,name,baseline_text,baseline_value,is_kpi\r\n6-7-I1,一般市税の収納率,95.00%,95,1\r\n6-7-I3,将来負担比率,19%,19,0\r\n")
        #expect(try run("tsv") == "indicator_code\tname\tbaseline_text\tbaseline_value\tis_kpi\n6-7-I1\t一般市税の収納率\t95.00%\t95\t1\n6-7-I3\t将来負担比率\t19%\t19\t0\n")
        #expect(try run("json") == """
            [
              {"indicator_code": "6-7-I1", "name": "一般市税の収納率", "baseline_text": "95.00%", "baseline_value": 95, "is_kpi": 1},
              {"indicator_code": "6-7-I3", "name": "将来負担比率", "baseline_text": "19%", "baseline_value": 19, "is_kpi": 0}
            ]

            """)
        #expect(try run("ndjson") == """
            {"indicator_code": "6-7-I1", "name": "一般市税の収納率", "baseline_text": "95.00%", "baseline_value": 95, "is_kpi": 1}
            {"indicator_code": "6-7-I3", "name": "将来負担比率", "baseline_text": "19%", "baseline_value": 19, "is_kpi": 0}

            """)
        #expect(try run("markdown") == """
            | indicator_code | name | baseline_text | baseline_value | is_kpi |
            | --- | --- | --- | --- | --- |
            | 6-7-I1 | 一般市税の収納率 | 95.00% | 95 | 1 |
            | 6-7-I3 | 将来負担比率 | 19% | 19 | 0 |

            """)
        let bom = try plandb(["sql", "--format", "csv", "--bom", "SELECT '香取' AS city"])
        #expect(bom.stdoutData.starts(with: [0xEF, 0xBB, 0xBF]))
    }

    @Test func parametersAndStandardInput() throws {
        let result = try plandb(["sql", "-p", "code", "6-7", "-p", "n", "２", "--format", "csv", "SELECT title, :n + 1 AS n FROM v_policies WHERE policy_code = :code"])
        #expect(result.stdout == "title,n\r\n財政運営,3\r\n")
        let hostile = try plandb(["sql", "-p", "x", "'); DROP TABLE grades; --", "--format", "csv", "SELECT :x AS x, (SELECT count(*) FROM grades) AS grades"])
        #expect(hostile.stdout == "x,grades\r\n'); DROP TABLE grades; --,4\r\n")
        let missing = try plandb(["sql", "SELECT :year, :code"])
        #expect(missing.stderr == "error: the SQL uses parameters :year, :code but no value was given\n-p year VALUE -p code VALUE\n")
        let piped = try plandb(["sql", "--format", "csv", "-"], input: Data("SELECT count(*) AS policies FROM v_policies".utf8))
        #expect(piped.stdout == "policies\r\n7\r\n")
    }

    @Test func aLongQueryStopsAtItsLimit() throws {
        let started = Date()
        let result = try plandb(["sql", "--timeout", "0.5", "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT count(*) FROM n"])
        #expect(result.status == 1)
        #expect(result.stderr == "error: the query ran longer than 0.5 s and was stopped\nnarrow it (a WHERE on fiscal_year or a code), or allow more time with --timeout SECONDS\n")
        #expect(Date().timeIntervalSince(started) < 10)
    }

    @Test func everyShippedQueryRunsOnRecordedData() throws {
        let records = [
            ["record", "indicator", "6-7-I1", "--year", "2023", "--value", "94.90", "--as", "税務課"],
            ["record", "indicator", "6-7-I1", "--year", "2024", "--value", "94.80", "--as", "税務課"],
            ["record", "initiative", "6-7-1-2-1", "--year", "2023", "--grade", "C", "--next", "縮小", "--as", "財政課"],
            ["record", "policy", "6-7", "--year", "2023", "--grade", "B", "--as", "財政課"],
        ]
        for record in records { #expect(try plandb(record).status == 0) }
        let list = try plandb(["query", "list", "--format", "csv"])
        let names = list.stdout.components(separatedBy: "\r\n").dropFirst().compactMap { $0.split(separator: ",").first.map(String.init) }
        #expect(names == ["achievement", "budget_review", "changes_since", "grade_distribution", "indicator_trend", "initiatives_winding_down", "kpi_off_track",
            "missing_entries", "outlook", "plan_size", "policy_costs", "priority_directions", "related_plans_ending"])
        let parameters: [String: [String]] = [
            "achievement": ["-p", "year", "2023"], "changes_since": ["-p", "since", "2000-01-01"], "grade_distribution": ["-p", "year", "2023"],
            "indicator_trend": ["-p", "indicator", "6-7-I1"], "kpi_off_track": ["-p", "year", "2024"], "missing_entries": ["-p", "year", "2023"],
            "related_plans_ending": ["-p", "year", "2025"], "budget_review": ["-p", "year", "2023"], "policy_costs": ["-p", "year", "2023"],
        ]
        var firstLines: [String: [String]] = [:]
        for name in names {
            let result = try plandb(["query", "run", name, "--format", "csv"] + (parameters[name] ?? []))
            #expect(result.status == 0, "\(name): \(result.stderr)")
            firstLines[name] = result.stdout.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        }
        #expect(firstLines["kpi_off_track"]?.dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false).prefix(8).joined(separator: ",") } == [
            "6-7-I1,一般市税の収納率,2024,94.80,95.075,0,94.90,below target",
        ])
        #expect(firstLines["initiatives_winding_down"]?.count == 2)
        #expect(firstLines["changes_since"]?.count == 6)  // header, two values, grade and next direction, one policy grade
        #expect(firstLines["plan_size"]?.count == 8)
        // No projects yet: budget_review has its header only, policy_costs a row per policy with empty figures.
        #expect(firstLines["budget_review"]?.count == 1)
        #expect(firstLines["policy_costs"]?.count == 8)
        // One row per grade of the plan (A–D) and 未評価: 6-7 has 29 initiatives, one of them graded C.
        #expect(firstLines["grade_distribution"]?.filter { $0.hasPrefix("katori-2-kouki,6-7,") }.map { $0.split(separator: ",").suffix(2).joined(separator: ",") }
            == ["A,0", "B,0", "C,1", "D,0", "未評価,28"])
        #expect(firstLines["related_plans_ending"]?.contains("6-7,第4次香取市職員定員適正化計画,2021（令和3）年度～2025（令和7）年度,2025") == true)
    }

    @Test func queryParametersAreCheckedAgainstTheirTypes() throws {
        let wrong = try plandb(["query", "run", "achievement", "-p", "year", "last"])
        #expect(wrong.stderr == "error: parameter year must be a whole number, not `last`\ne.g. -p year 2023\n")
        let missing = try plandb(["query", "run", "achievement"])
        #expect(missing.stderr == "error: query achievement needs parameter year (評価する年度 (e.g. 2023))\nadd -p year VALUE\n")
        let unknown = try plandb(["query", "run", "plan_size", "-p", "year", "2023"])
        #expect(unknown.stderr == "error: query plan_size has no parameter year\nits parameters: plan\n")
        let reiwa = try plandb(["query", "run", "achievement", "-p", "year", "令和5", "-p", "policy", "6-2", "--format", "csv"])
        #expect(reiwa.stdout.components(separatedBy: "\r\n").count == 3)
    }

    @Test func usersCanAddTheirOwnQueries() throws {
        try folder.write("-- title: 部署の指標\n-- param: dept text required 部署\nSELECT indicator_code FROM v_indicators WHERE source_dept = :dept ORDER BY indicator_code;\n", to: "mine/dept_indicators.sql")
        let result = try PlanDBBinary.run(["query", "run", "dept_indicators", "-p", "dept", "税務課", "--format", "csv"], in: folder.url, environment: ["PLANDB_QUERIES": folder.path("mine")])
        #expect(result.stdout == "indicator_code\r\n6-7-I1\r\n")
        let shown = try plandb(["query", "show", "dept_indicators", "--queries", "mine"])
        #expect(shown.stdout.hasPrefix("-- mine/dept_indicators.sql\n-- title: 部署の指標\n"))
    }
}
