import Foundation
import SQLiteDB
import TestSupport
import Testing

/// The budget step by command, as README's yearly cycle writes it: the coordinator imports the
/// project list and sets a rate, the 予算担当課 imports the year's figures, the department records
/// its 人工 and evaluation, and budget_review lists what the evaluation says to change.
@Suite struct ProjectCommandTests {
    let folder: TemporaryFolder

    init() throws {
        folder = try TemporaryFolder()
        _ = try embeddedPlanDatabase(in: folder)
    }

    func plandb(_ arguments: [String], language: String = "en") throws -> CommandResult {
        try PlanDBBinary.run(arguments, in: folder.url, environment: ["PLANDB_LANG": language, "PLANDB_NOW": "2026-06-01T09:00:00+09:00"])
    }

    @Test func theBudgetStepByCommand() throws {
        try folder.write("事業コード,事業名,担当課,主な取組コード,按分\n00789,財政運営事業,財政課,6-7-1-1-1,100\n", to: "projects.csv")
        try folder.write("事業コード,予算額,決算額\n00789,\"1,200\",1100\n", to: "budget.csv")
        let imported = try plandb(["project", "import", "projects.csv", "--as", "総務課"])
        #expect(imported.status == 0)
        #expect(imported.stdout == "imported the project list: 1 added, 0 changed, 0 unchanged, 0 removed\n")
        #expect(try plandb(["rate", "set", "--year", "2025", "--kind", "正職員", "--amount", "8400", "--as", "総務課"]).status == 0)
        let budget = try plandb(["budget", "import", "budget.csv", "--year", "2025", "--as", "財政課"], language: "ja")
        #expect(budget.stdout == "2025（令和7）年度の予算・決算額：変更 1 件、変更なし 0 件。\n")
        let wrong = try plandb(["budget", "import", "budget.csv", "--year", "2025", "--as", "総務課"])
        #expect(wrong.status != 0)
        #expect(wrong.stderr.hasPrefix("error: 総務課 cannot record the budget figures of 2025（令和7）年度"))
        let recorded = try plandb(["record", "project", "00789", "--year", "2025", "--staff", "正職員=0.5", "--grade", "C", "--next", "縮小", "--as", "財政課"])
        #expect(recorded.stdout == "recorded 00789 財政運営事業 2025（令和7）年度: C / 縮小 (by 財政課)\n")
        // 1,100 (決算) + 0.50 × 8,400 = 5,300.
        let shown = try plandb(["project", "show", "00789", "--format", "csv"])
        #expect(shown.stdout == "fiscal_year,budget,settled,specific_revenue,personnel_cost,full_cost,general_revenue,basis,grade,next_direction\r\n"
            + "2025,1200,1100,0,4200,5300,5300,settled,C,縮小\r\n")
        #expect(try plandb(["show", "project", "00789"]).stdout.hasPrefix("project 00789 財政運営事業 (財政課), 千円\n"))
        let review = try plandb(["query", "run", "budget_review", "-p", "year", "2025", "--format", "csv"])
        #expect(review.stdout.components(separatedBy: "\r\n").dropFirst().first == "00789,財政運営事業,財政課,C,縮小,5300,5300,settled,6-7-1-1-1,100,,,")
        let status = try plandb(["status", "--year", "2025", "--as", "財政課", "--format", "csv"])
        #expect(status.stdout.contains("\r\n事業評価,00789,財政運営事業,entered\r\n"))
    }
}
