import Foundation
import TestSupport
import Testing

/// `plandb outlook`, the outlook lines of `status` and `plandb report`, run as a user would.
@Suite struct OutlookCommandTests {
    let folder: TemporaryFolder

    init() throws {
        folder = try TemporaryFolder()
        _ = try embeddedPlanDatabase(in: folder)
        for (code, year, value, dept) in [("6-7-I1", "2023", "95.10", "税務課"), ("6-7-I1", "2024", "95.00", "税務課"),
                                          ("6-6-I1", "2023", "550", "総務課"), ("6-7-I2", "2024", "400,000", "企画政策課")] {
            #expect(try plandb("record", "indicator", code, "--year", year, "--value", value, "--as", dept).status == 0)
        }
    }

    func plandb(_ arguments: String..., language: String = "en") throws -> CommandResult {
        try PlanDBBinary.run(arguments, in: folder.url, environment: ["PLANDB_LANG": language])
    }

    @Test func theMissesWorstFirstInEveryFormat() throws {
        let csv = try plandb("outlook", "--format", "csv")
        #expect(csv.stdout == """
            indicator_code,name,unit,direction,latest_year,latest_value,forecast_value,final_target,on_track,gap,gap_pct,basis\r
            6-7-I2,ふるさと納税受入額,千円,increase,2024,400000,424716,1000000,0,575284,92.1,least squares: baseline 2021 and 1 actual 2024\r
            6-7-I1,一般市税の収納率,%,increase,2024,95,95.064286,95.15,0,0.085714,57.1,least squares: baseline 2021 and 2 actuals 2023-2024\r

            """)
        let json = try JSONSerialization.jsonObject(with: try plandb("outlook", "--all", "--format", "json").stdoutData) as? [[String: Any]]
        #expect(json?.map { $0["indicator_code"] as? String } == ["6-7-I2", "6-7-I1", "6-6-I1"])
        #expect(json?.last?["on_track"] as? Int == 1)
        let table = try plandb("outlook")
        #expect(table.stdout.hasSuffix("\noutlook as of 2027（令和9）年度: 1 of 3 indicators on track, 2 will miss; 0 without a final target\n"))
        let japanese = try plandb("outlook", "--year", "令和5", language: "ja")
        #expect(japanese.stdout.hasSuffix("\n2023（令和5）年度時点の見通し：2指標のうち2指標が最終目標に届く見込みで、0指標が届かない見込みです。最終目標のない指標は0件です。\n"))
        let outside = try plandb("outlook", "--year", "2030")
        #expect(outside.status == 1)
        #expect(outside.stderr == "error: 2030（令和12）年度 is outside the plan's period 2023-2027\ngive a year from 2023 to 2027, e.g. `plandb outlook --year 2023`\n")
    }

    @Test func statusEndsWithALinePerPolicy() throws {
        let status = try plandb("status", "--year", "2024")
        #expect(status.stdout.hasSuffix("""
            outlook per policy (actuals up to 2024（令和6）年度):
            6-1 no outlook yet
            6-2 no outlook yet
            6-3 no outlook yet
            6-4 no outlook yet
            6-5 no outlook yet
            6-6 1 of 1 indicators on track
            6-7 0 of 2 indicators on track

            """))
        let japanese = try plandb("status", "--year", "2024", language: "ja")
        #expect(japanese.stdout.hasSuffix("6-7 2指標のうち0指標が最終目標に届く見込み\n"))
        // Machine formats stay machine-readable.
        #expect(!(try plandb("status", "--year", "2024", "--format", "csv")).stdout.contains("outlook"))
    }

    @Test func theReportGoesToAFileButNeverOverTheDatabase() throws {
        #expect(try plandb("snapshot", "create", "--year", "2023", "--as", "総務課", "--allow-incomplete").status == 0)
        let written = try plandb("report", "--from", "2023", "--to", "2025", "--format", "html", "--out", "期間.html", language: "ja")
        #expect(written.stdout == "期間.html を書き出しました（html、2023～2025年度）。\n")
        let html = try String(contentsOfFile: folder.path("期間.html"), encoding: .utf8)
        #expect(html.contains("<h1>期間評価報告書</h1>"))
        let json = try JSONSerialization.jsonObject(with: try plandb("report", "--format", "json").stdoutData) as? [String: Any]
        #expect((json?["sources"] as? [[String: Any]])?.map { $0["source"] as? String } == ["snapshot", "live", "live", "live", "live"])

        let before = try dump(folder.path("plan.db"))
        for (target, what) in [("plan.db", "the database"), ("./plan.db", "the database"), (folder.path("plan.db"), "the database"), ("plan.db-wal", "the -wal file of the database")] {
            let refused = try plandb("report", "--format", "csv", "--out", target)
            #expect(refused.status == 1)
            #expect(refused.stderr == "error: \(target) is \(what) plan.db itself; nothing was written\ngive another file name\n")
        }
        #expect(try dump(folder.path("plan.db")) == before)
        let reversed = try plandb("report", "--from", "2025", "--to", "2023", "--format", "csv", language: "ja")
        #expect(reversed.stderr == "error: --from 2025 が --to 2023 より後になっています。\n早いほうの年度を --from に指定してください（例：`plandb report --from 2023 --to 2027`）。\n")
    }
}
