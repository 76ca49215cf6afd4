import Foundation
import TestSupport
import Testing

/// The spring-2028 evaluation of fiscal 2027 with the next plan already loaded (DESIGN.md,
/// "Several plans in one file"), at fixed dates: the clock is PLANDB_NOW.
@Suite struct SeveralPlansCommandTests {
    let folder: TemporaryFolder

    init() throws {
        folder = try TemporaryFolder()
        _ = try embeddedPlanDatabase(in: folder)
        let next = try NextPlanFixture.write(into: folder)
        let loaded = try PlanDBBinary.run(["seed", "import", next], in: folder.url)
        precondition(loaded.status == 0, loaded.stderr)
    }

    /// 15 January 2028 in Japan is still fiscal 2027; 10 May 2028 is fiscal 2028.
    static let january2028 = "2028-01-15T09:00:00+09:00"
    static let may2028 = "2028-05-10T10:00:00+09:00"

    func plandb(at now: String, _ arguments: String..., language: String = "en") throws -> CommandResult {
        try PlanDBBinary.run(arguments, in: folder.url, environment: ["PLANDB_NOW": now, "PLANDB_LANG": language])
    }

    func sql(_ query: String) throws -> String {
        try plandb(at: Self.may2028, "sql", "--format", "csv", query).stdout
    }

    @Test func theYearChoosesThePlanAndTheCalendarYearDoesNot() throws {
        // January 2028 without a year: fiscal 2027, the old plan's 6-7.
        #expect(try plandb(at: Self.january2028, "show", "6-7").stdout.contains("財政運営"))
        #expect(try plandb(at: Self.may2028, "show", "6-7").stdout.contains("持続可能な財政"))
        // Each plan prints its own heading above a policy's vision.
        #expect(try plandb(at: Self.may2028, "show", "6-7").stdout.contains("\n10年後のまちの姿\n  持続可能な財政運営が行われています。"))
        #expect(try plandb(at: Self.january2028, "show", "6-7").stdout.contains("\n5年後の目指す姿\n"))
        // A UTC evening of 31 March 2028 is already 1 April in Japan: fiscal 2028.
        #expect(try plandb(at: "2028-03-31T20:00:00Z", "show", "6-7").stdout.contains("持続可能な財政"))
        #expect(try plandb(at: Self.may2028, "--plan", "katori-2-kouki", "show", "6-7").stdout.contains("財政運営"))

        // In May 2028, 2027 goes into the old plan and 2028 into the new one.
        #expect(try plandb(at: Self.may2028, "record", "indicator", "6-7-I1", "--year", "2027", "--value", "95.30", "--as", "税務課").status == 0)
        #expect(try plandb(at: Self.may2028, "record", "indicator", "6-7-I1", "--year", "2028", "--value", "95.45", "--as", "税務課").status == 0)
        #expect(try sql("SELECT plan_code, fiscal_year, value_text FROM v_indicator_results ORDER BY fiscal_year") == """
            plan_code,fiscal_year,value_text\r
            katori-2-kouki,2027,95.30\r
            katori-3-zenki,2028,95.45\r

            """)
    }

    @Test func eachPlanHasItsOwnGrades() throws {
        let s2028 = try plandb(at: Self.may2028, "record", "initiative", "6-7-1-1-1", "--year", "2028", "--grade", "S", "--as", "財政課")
        #expect(s2028.status == 0)
        let s2027 = try plandb(at: Self.may2028, "record", "initiative", "6-7-1-1-1", "--year", "2027", "--grade", "S", "--as", "財政課")
        #expect(s2027.status != 0)
        #expect(s2027.stderr == "error: `S` is not a grade\nuse one of A（順調（計画どおり進んでいる））、B（おおむね順調（一部に遅れがあるが、目標は達成できる見込み））、C（やや遅れている（取組の見直し・強化が必要））、D（遅れている（抜本的な見直しが必要））\n")
        #expect(try sql("SELECT plan_code, initiative_code, fiscal_year, grade FROM v_initiative_evaluations") == """
            plan_code,initiative_code,fiscal_year,grade\r
            katori-3-zenki,6-7-1-1-1,2028,S\r

            """)
        // The named query counts the plan's own grades, S included, each item once.
        let distribution = try plandb(at: Self.may2028, "query", "run", "grade_distribution", "-p", "year", "2028", "--format", "csv")
        #expect(distribution.stdout == """
            plan_code,policy_code,title,grade,initiatives\r
            katori-3-zenki,6-7,持続可能な財政,S,1\r
            katori-3-zenki,6-7,持続可能な財政,A,0\r
            katori-3-zenki,6-7,持続可能な財政,B,0\r
            katori-3-zenki,6-7,持続可能な財政,C,0\r
            katori-3-zenki,6-7,持続可能な財政,D,0\r
            katori-3-zenki,6-7,持続可能な財政,未評価,0\r

            """)
    }

    @Test func bothYearsFreezeAndBothPlansSnapshotsListAndExport() throws {
        #expect(try plandb(at: Self.may2028, "record", "initiative", "6-7-1-1-1", "--year", "2028", "--grade", "S", "--as", "財政課").status == 0)
        #expect(try plandb(at: Self.may2028, "snapshot", "create", "--year", "2027", "--as", "総務課", "--allow-incomplete").status == 0)
        #expect(try plandb(at: Self.may2028, "snapshot", "create", "--year", "2028", "--as", "総務課", "--allow-incomplete").status == 0)
        let list = try plandb(at: Self.may2028, "snapshot", "list", "--format", "csv").stdout
        let rows = list.split(separator: "\r\n").map { $0.split(separator: ",").prefix(3).joined(separator: ",") }
        #expect(rows == ["plan_code,fiscal_year,version", "katori-2-kouki,2027,1", "katori-3-zenki,2028,1"])
        let old = try plandb(at: Self.may2028, "snapshot", "export", "2027", "--format", "json")
        #expect(old.status == 0)
        #expect(old.stdout.contains("財政運営") && !old.stdout.contains("持続可能な財政"))
        let new = try plandb(at: Self.may2028, "snapshot", "export", "2028", "--format", "markdown")
        #expect(new.status == 0 && new.stdout.contains("持続可能な財政"))
        // The summary counts the plan's own grades S, A, B, C, D, then the unrated: the S is there.
        #expect(new.stdout.contains("| 6-7 持続可能な財政 | 財政課 | — | 1/0/0/0/0/0 | — | — |"))
        #expect(new.stdout.contains("**10年後のまちの姿** 持続可能な財政運営が行われています。"))
        let html = try plandb(at: Self.may2028, "snapshot", "export", "2028", "--format", "html").stdout
        #expect(html.contains("<span class=\"grade grade-S\">S</span> 1"))
    }

    @Test func namedQueriesListEachItemOnce() throws {
        let may = try plandb(at: Self.may2028, "query", "run", "plan_size", "--format", "csv").stdout
        #expect(may.split(separator: "\r\n").count == 2)
        let old = try plandb(at: Self.may2028, "--plan", "katori-2-kouki", "query", "run", "plan_size", "--format", "csv").stdout
        #expect(old.split(separator: "\r\n").count == 8)
        let given = try plandb(at: Self.may2028, "query", "run", "plan_size", "-p", "plan", "katori-2-kouki", "--format", "csv").stdout
        #expect(given == old)
    }

    @Test func aYearNoPlanHoldsIsRefusedListingThePlans() throws {
        let refused = try plandb(at: "2040-06-01T09:00:00+09:00", "show", "6-7")
        #expect(refused.status != 0)
        #expect(refused.stderr == """
            error: no plan of this file covers the current fiscal year 2040, and it holds several: katori-2-kouki（香取市 第2次総合計画 後期基本計画 2023–2027）, katori-3-zenki（香取市 第3次総合計画 前期基本計画 2028–2032）
            name the plan with --plan CODE (or PLANDB_PLAN); `plandb plan list` lists them

            """)
        let unknown = try plandb(at: Self.may2028, "--plan", "nope", "show", "6-7", language: "ja")
        #expect(unknown.stderr.hasPrefix("error: このファイルに計画 nope はありません。入っている計画：katori-2-kouki"))
        let list = try plandb(at: Self.may2028, "plan", "list", "--format", "csv").stdout
        #expect(list == """
            plan_code,name,municipality,start_year,end_year,coordinator,policies,initiatives,indicators\r
            katori-2-kouki,第2次総合計画 後期基本計画,香取市,2023,2027,総務課,7,122,23\r
            katori-3-zenki,第3次総合計画 前期基本計画,香取市,2028,2032,総務課,1,1,1\r

            """)
    }

    @Test func anEntrySheetGoesToThePlanItWasMadeFor() throws {
        // In May 2028 税務課 fills in its 2027 sheet (the old plan) and its 2028 sheet (the new one).
        #expect(try plandb(at: Self.may2028, "entry", "template", "--year", "2027", "--as", "税務課", "--out", "2027.csv").status == 0)
        let csv2027 = try String(contentsOf: folder.url.appending(path: "2027.csv"), encoding: .utf8)
        // The CSV names no plan: its first row's 年度 chooses it.
        try folder.write(csv2027.replacingOccurrences(of: "95.15%,,,,,,\r\n", with: "95.15%,95.30,,,,,\r\n"), to: "2027-filled.csv")
        let old = try plandb(at: Self.may2028, "entry", "import", "2027-filled.csv", "--as", "税務課")
        #expect(old.status == 0, "\(old.stderr)")
        #expect(try plandb(at: Self.may2028, "entry", "template", "--year", "2028", "--as", "税務課", "--out", "2028.xlsx").status == 0)
        let untouched = try plandb(at: Self.may2028, "entry", "import", "2028.xlsx", "--as", "税務課")
        #expect(untouched.status == 0, "\(untouched.stderr)")
        // The 2028 workbook names the new plan; in January 2028 (fiscal 2027) it still goes there.
        #expect(try plandb(at: Self.january2028, "entry", "import", "2028.xlsx", "--as", "税務課").status == 0)
        #expect(try sql("SELECT plan_code, fiscal_year, value_text FROM v_indicator_results") == """
            plan_code,fiscal_year,value_text\r
            katori-2-kouki,2027,95.30\r

            """)
    }
}
