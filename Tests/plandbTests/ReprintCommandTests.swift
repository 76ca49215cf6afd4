import Foundation
import TestSupport
import Testing

/// A （再掲） from the command line: nobody's duty, refused by `record` and `entry import`.
extension CycleCommandTests {
    @Test func statusAndDeptShowLeaveTheReprintOut() throws {
        let status = try plandb("status", "--year", "2023", "--as", "総務課", "--format", "csv")
        #expect(status.status == 0, "\(status.stderr)")
        #expect(!status.stdout.contains("6-6-1-2-1"))
        #expect(status.stdout.contains("\r\n取組評価,6-6-1-1-1,"))
        let dept = try plandb("dept", "show", "総務課")
        #expect(!dept.stdout.contains("6-6-1-2-1"))
        #expect(dept.stdout.hasSuffix("総務課: 38 item(s) to report each fiscal year\n"))
    }

    @Test func showSaysWhereAReprintIsEvaluated() throws {
        let inPlan = try plandb("show", "6-6-1-2-1")
        #expect(inPlan.stdout.hasPrefix("主な取組 6-6-1-2-1（取組方針 6-6-1-2、施策 6-6、主担当課 総務課）\n6-6-1-2-1 過疎計画の進行管理と評価（再掲）\n  再掲: 評価は 6-3-1-1-1（企画政策課）で行います（ここでの入力は不要）\n  実行 "))
        let outside = try plandb("show", "中学校国際交流事業の実施")
        #expect(outside.stdout.contains("\n  再掲: 本計画外の初出箇所で評価します（ここでの入力は不要）\n"))
    }

    @Test func recordAndEntryImportRefuseTheReprint() throws {
        let refused = try plandb("record", "initiative", "6-6-1-2-1", "--year", "2023", "--grade", "A", "--as", "総務課")
        #expect(refused.status == 1)
        #expect(refused.stderr == "error: 6-6-1-2-1 過疎計画の進行管理と評価 is a reprint （再掲） of 6-3-1-1-1, which 企画政策課 evaluates where it is first printed; nothing was recorded\nrecord the evaluation on 6-3-1-1-1 with --as 企画政策課; the reprint shows it\n")
        #expect(try japanese("record", "initiative", "6-6-1-2-1", "--year", "2023", "--grade", "A", "--as", "総務課").stderr
            == "error: 6-6-1-2-1 過疎計画の進行管理と評価 は 6-3-1-1-1 の再掲（再掲）です。評価は初出の 6-3-1-1-1 で企画政策課が行うため、何も記録していません。\n評価は 6-3-1-1-1 に `--as 企画政策課` で記録してください。再掲にはその評価が表示されます。\n")
        try folder.write("年度,区分,コード,名称,評価\r\n2023,取組評価,6-6-1-1-1,x,A\r\n2023,取組評価,6-6-1-2-1,過疎計画の進行管理と評価,A\r\n", to: "sheet.csv")
        let imported = try plandb("entry", "import", "sheet.csv", "--as", "総務課")
        #expect(imported.status == 1)
        #expect(imported.stderr == "error: sheet.csv: 1 row(s) cannot be imported, so nothing was imported:\n  row 3（6-6-1-2-1）: 6-6-1-2-1 過疎計画の進行管理と評価 is a reprint （再掲） of 6-3-1-1-1, which 企画政策課 evaluates where it is first printed; nothing was recorded — record the evaluation on 6-3-1-1-1 with --as 企画政策課; the reprint shows it\ncorrect those rows and import the file again\n")
        let evaluations = try plandb("sql", "--format", "csv", "SELECT count(*) AS n FROM v_initiative_evaluations")
        #expect(evaluations.stdout == "n\r\n0\r\n")
    }
}
