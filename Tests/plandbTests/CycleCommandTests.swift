import Foundation
import TestSupport
import Testing

/// The coordinator's end of the cycle from the command line: status, snapshots and the report.
@Suite struct CycleCommandTests {
    let folder: TemporaryFolder

    init() throws {
        folder = try TemporaryFolder()
        _ = try embeddedPlanDatabase(in: folder)
    }

    func plandb(_ arguments: String...) throws -> CommandResult {
        try PlanDBBinary.run(arguments, in: folder.url)
    }

    func japanese(_ arguments: String...) throws -> CommandResult {
        try PlanDBBinary.run(arguments, in: folder.url, environment: ["PLANDB_LANG": "ja"])
    }

    @Test func statusShowsWhomToChase() throws {
        _ = try plandb("record", "indicator", "6-7-I1", "--year", "2023", "--value", "95.1", "--as", "税務課")
        let all = try plandb("status", "--year", "2023", "--format", "csv")
        #expect(all.stdout.contains("\r\n税務課,1,1,0,未提出,\r\n"))
        // 総務課: 3 actuals, 27 initiatives (28 printed in 6-6, less the reprint （再掲） 6-6-1-2-1,
        // which 企画政策課 evaluates as 6-3-1-1-1), 1 一次評価 and the 7 二次評価 of the coordinator.
        #expect(all.stdout.contains("\r\n総務課,38,0,38,未提出,\r\n"))
        let one = try plandb("status", "--year", "令和5", "--as", "税務課")
        #expect(one.stdout == """
            duty    code    name              state  
            ------  ------  ----------------  -------
            実績値  6-7-I1  一般市税の収納率  entered
            2023（令和5）年度: 1 of 1 entered, 0 missing
            税務課 has not submitted 2023（令和5）年度 yet (未提出)

            """)
        // For a Japanese clerk: Japanese headings and states in the table, the same keys in csv.
        #expect(try japanese("status", "--year", "令和5", "--as", "税務課").stdout == """
            区分    コード  名称              状況  
            ------  ------  ----------------  ------
            実績値  6-7-I1  一般市税の収納率  入力済
            2023（令和5）年度：1 件中 1 件が入力済み、0 件が未入力です。
            税務課 は 2023（令和5）年度 をまだ提出していません（未提出）。

            """)
        #expect(try japanese("status", "--year", "2023", "--as", "税務課", "--format", "csv").stdout == "duty,code,name,state\r\n実績値,6-7-I1,一般市税の収納率,entered\r\n")
        let summary = try japanese("status", "--year", "2023")
        #expect(summary.stdout.hasPrefix("課"))
        #expect(summary.stdout.contains("報告項目数"))
        #expect(summary.stdout.contains("\n2023（令和5）年度：156 件中 1 件が入力済み、155 件が未入力です。\n"))
        #expect(try plandb("status", "--year", "2023", "--format", "csv").stdout.hasPrefix("dept,required,entered,missing,state,since\r\n"))
    }

    @Test func snapshotCommandsFromCreateToExport() throws {
        _ = try plandb("record", "indicator", "6-7-I1", "--year", "2023", "--value", "95.1", "--as", "税務課")
        let refused = try plandb("snapshot", "create", "--year", "2023", "--as", "総務課")
        #expect(refused.status == 1)
        #expect(refused.stderr.hasPrefix("error: 2023（令和5）年度 is incomplete: "))
        let created = try plandb("snapshot", "create", "--year", "2023", "--as", "総務課", "--allow-incomplete")
        #expect(created.status == 0, "\(created.stderr)")
        #expect(created.stdout.hasPrefix("froze 2023（令和5）年度 as version 1 (SHA-256 "))
        let locked = try plandb("record", "indicator", "6-7-I1", "--year", "2023", "--value", "95.2", "--as", "税務課")
        #expect(locked.stderr == "error: 2023（令和5）年度 is locked by its evaluation snapshot; nothing was recorded\nthe coordinator (総務課) can unlock it with `plandb snapshot reopen 2023 --reason TEXT --as 総務課`\n")
        #expect(try japanese("record", "indicator", "6-7-I1", "--year", "2023", "--value", "95.2", "--as", "税務課").stderr
            == "error: 2023（令和5）年度は評価のスナップショットで確定済み（ロック中）です。何も記録していません。\n取りまとめ課（総務課）が `plandb snapshot reopen 2023 --reason TEXT --as 総務課` でロックを解除できます。\n")
        #expect(try plandb("snapshot", "reopen", "2023", "--reason", "訂正", "--as", "総務課").status == 0)
        #expect(try plandb("record", "indicator", "6-7-I1", "--year", "2023", "--value", "95.2", "--as", "税務課").status == 0)
        #expect(try plandb("snapshot", "create", "--year", "2023", "--as", "総務課", "--allow-incomplete").status == 0)
        let list = try plandb("snapshot", "list", "--format", "csv")
        #expect(list.stdout.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count == 3)
        let diff = try plandb("snapshot", "diff", "2023:1", "2023:2", "--format", "csv")
        #expect(diff.stdout == "kind,code,field,2023 v1,2023 v2\r\nindicator,6-7-I1,実績値,95.1,95.2\r\nindicator,6-7-I1,進捗率,66.7,133.3\r\n")
        let show = try plandb("snapshot", "show", "2023", "--version", "1", "--format", "tsv")
        #expect(show.stdout.contains("\n指標\t6-7-I1\t一般市税の収納率\t95.1%\t95.05%\t達成\t66.7\t税務課\n"))
        for format in ["html", "markdown", "csv", "json"] {
            let export = try plandb("snapshot", "export", "2023", "--format", format, "--out", "report.\(format)")
            #expect(export.stdout == "wrote report.\(format) (\(format), 2023（令和5）年度 version 2)\n")
        }
        let html = try String(contentsOfFile: folder.path("report.html"), encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"ja\">"))
        let missing = try plandb("snapshot", "export", "2024", "--format", "html")
        #expect(missing.stderr == "error: 2024（令和6）年度 has no snapshot\nthe coordinator makes one with `plandb snapshot create --year 2024 --as 総務課`\n")
        let check = try plandb("check")
        #expect(check.status == 0)
        #expect(check.stdout.contains("snapshot      ok      2023（令和5）年度 version 2: SHA-256 matches"))
    }
}
