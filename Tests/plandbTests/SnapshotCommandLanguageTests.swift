import Foundation
import TestSupport
import Testing

/// `plandb snapshot` in both languages: its refusals, summaries, warning, table headings and
/// help read in English (PLANDB_LANG=en) and in Japanese (PLANDB_LANG=ja); csv keeps the keys.
@Suite struct SnapshotCommandLanguageTests {
    let folder: TemporaryFolder

    init() throws {
        folder = try TemporaryFolder()
        _ = try embeddedPlanDatabase(in: folder)
    }

    func plandb(_ arguments: String..., language: String = "en") throws -> CommandResult {
        try PlanDBBinary.run(arguments, in: folder.url, environment: ["PLANDB_LANG": language])
    }

    /// The output with each SHA-256 and timestamp replaced, so that it can be compared whole.
    func stable(_ text: String) -> String {
        text.replacingOccurrences(of: "[0-9a-f]{64}", with: "<sha>", options: .regularExpression)
            .replacingOccurrences(of: "[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:.]+Z", with: "<at>", options: .regularExpression)
    }

    @Test func createAndReopenInBothLanguages() throws {
        _ = try plandb("record", "indicator", "6-7-I1", "--year", "2023", "--value", "95.1", "--as", "税務課")
        let notCoordinator = try plandb("snapshot", "create", "--year", "2023", "--as", "財政課", language: "ja")
        #expect(notCoordinator.status == 1)
        #expect(notCoordinator.stderr == "error: 財政課は2023（令和5）年度を確定できません。これができるのは取りまとめ課の総務課だけです。何も変更していません。\n`--as 総務課` を付けて実行してください。\n")
        let incompleteEn = try plandb("snapshot", "create", "--year", "2023", "--as", "総務課")
        #expect(incompleteEn.stderr == "error: 2023（令和5）年度 is incomplete: 155 entries are missing (市民協働課 44、企画政策課 18、財政課 33、秘書広報課 22、総務課 38); no snapshot was made\n`plandb status --year 2023` lists them; chase them, or freeze anyway with --allow-incomplete\n")
        let incompleteJa = try plandb("snapshot", "create", "--year", "2023", "--as", "総務課", language: "ja")
        #expect(incompleteJa.stderr == "error: 2023（令和5）年度は未入力が 155 件あります（市民協働課 44 件、企画政策課 18 件、財政課 33 件、秘書広報課 22 件、総務課 38 件）。スナップショットは作成していません。\n`plandb status --year 2023` で未入力の項目を一覧できます。入力を依頼するか、`--allow-incomplete` を付けて未入力のまま確定してください。\n")

        let createdEn = try plandb("snapshot", "create", "--year", "2023", "--as", "総務課", "--allow-incomplete")
        #expect(createdEn.stderr == "warning: 155 entries were missing; the snapshot records that\n")
        #expect(stable(createdEn.stdout) == "froze 2023（令和5）年度 as version 1 (SHA-256 <sha>); the year is now locked\nnext: `plandb snapshot export 2023 --format html --out report.html`\n")
        let reopenedEn = try plandb("snapshot", "reopen", "2023", "--reason", "訂正", "--as", "総務課")
        #expect(reopenedEn.stdout == "reopened 2023（令和5）年度 (version 1 stays readable); record the corrections, then `plandb snapshot create --year 2023 --as 総務課` makes version 2\n")
        let notFrozenJa = try plandb("snapshot", "reopen", "2023", "--reason", "訂正", "--as", "総務課", language: "ja")
        #expect(notFrozenJa.stderr == "error: 2023（令和5）年度は確定されていません。\n`plandb snapshot list` で確定済みの年度を一覧できます。\n")

        let createdJa = try plandb("snapshot", "create", "--year", "2023", "--as", "総務課", "--allow-incomplete", language: "ja")
        #expect(createdJa.stderr == "warning: 未入力が 155 件ありました。スナップショットにはその件数も記録しています。\n")
        #expect(stable(createdJa.stdout) == "2023（令和5）年度を第2版として確定しました（SHA-256 <sha>）。この年度はロックされ、記録できなくなりました。\n次は `plandb snapshot export 2023 --format html --out report.html` で評価結果報告書を書き出せます。\n")
        let twiceEn = try plandb("snapshot", "create", "--year", "2023", "--as", "総務課", "--allow-incomplete")
        #expect(twiceEn.stderr == "error: 2023（令和5）年度 is already frozen as version 2\nto change it, `plandb snapshot reopen 2023 --reason TEXT --as 総務課`, record the corrections, then create again\n")
        let reopenedJa = try plandb("snapshot", "reopen", "2023", "--reason", "訂正", "--as", "総務課", language: "ja")
        #expect(reopenedJa.stdout == "2023（令和5）年度の確定を解除しました（第2版はそのまま読めます）。訂正を記録してから `plandb snapshot create --year 2023 --as 総務課` を実行すると、第3版ができます。\n")
    }

    /// Two versions of 2023 that differ in one actual.
    func twoVersions() throws {
        _ = try plandb("record", "indicator", "6-7-I1", "--year", "2023", "--value", "95.1", "--as", "税務課")
        _ = try plandb("snapshot", "create", "--year", "2023", "--as", "総務課", "--allow-incomplete")
        _ = try plandb("snapshot", "reopen", "2023", "--reason", "訂正", "--as", "総務課")
        _ = try plandb("record", "indicator", "6-7-I1", "--year", "2023", "--value", "95.2", "--as", "税務課")
        _ = try plandb("snapshot", "create", "--year", "2023", "--as", "総務課", "--allow-incomplete", "--note", "訂正版")
    }

    @Test func listShowAndDiffTablesInBothLanguages() throws {
        try twoVersions()
        let listEn = try plandb("snapshot", "list").stdout.components(separatedBy: "\n")
        // The time is Japan's, as people read it (its width follows the date, so only its form is checked).
        #expect(listEn.first?.hasPrefix("plan            fiscal year  version  created at ") == true)
        #expect(listEn.dropFirst(2).first?.hasPrefix("katori-2-kouki         2023        1  ") == true)
        #expect(listEn.dropFirst(2).first?.contains(/\s20[0-9]{2}年[0-9]{1,2}月[0-9]{1,2}日 [0-9]{2}:[0-9]{2}\s/) == true)
        let listJa = try plandb("snapshot", "list", language: "ja").stdout.components(separatedBy: "\n")
        #expect(listJa.first?.hasPrefix("計画            年度  版  作成日時 ") == true)
        #expect(listJa.last { !$0.isEmpty }?.hasSuffix("  訂正版") == true)
        #expect(try plandb("snapshot", "list", "--format", "csv", language: "ja").stdout.hasPrefix("plan_code,fiscal_year,version,created_at,created_by,missing,sha256,note\r\nkatori-2-kouki,2023,1,"))

        #expect(try plandb("snapshot", "diff", "2023:1", "2023:2").stdout == """
            kind       code    field   2023 v1  2023 v2
            ---------  ------  ------  -------  -------
            indicator  6-7-I1  実績値  95.1%    95.2%  
            indicator  6-7-I1  進捗率  66.7     133.3  

            """)
        #expect(try plandb("snapshot", "diff", "2023:1", "2023:2", language: "ja").stdout == """
            区分  コード  項目    2023年度 第1版  2023年度 第2版
            ----  ------  ------  --------------  --------------
            指標  6-7-I1  実績値  95.1%           95.2%         
            指標  6-7-I1  進捗率  66.7            133.3         

            """)
        #expect(try plandb("snapshot", "diff", "2023:1", "2023:2", "--format", "csv", language: "ja").stdout
            == "kind,code,field,2023 v1,2023 v2\r\nindicator,6-7-I1,実績値,95.1,95.2\r\nindicator,6-7-I1,進捗率,66.7,133.3\r\n")

        let showEn = try plandb("snapshot", "show", "2023", "--version", "1").stdout.components(separatedBy: "\n")
        #expect(stable(showEn[0]) == "2023（令和5）年度 version 1, <at>, SHA-256 <sha>")
        #expect(showEn[1].hasPrefix("kind  code       name   "))
        #expect(showEn[1].hasSuffix("actual / grade  target / direction  achieved  progress %  department"))
        let showJa = try plandb("snapshot", "show", "2023", "--version", "1", language: "ja").stdout.components(separatedBy: "\n")
        #expect(stable(showJa[0]) == "2023（令和5）年度 第1版、<at> 作成、SHA-256 <sha>")
        #expect(showJa[1].hasPrefix("区分  コード     名称   "))
        #expect(showJa[1].hasSuffix("実績・評価  目標・方向性  達成  進捗率  担当      "))
        #expect(try plandb("snapshot", "show", "2023", "--format", "csv").stdout.hasPrefix("区分,コード,名称,実績・評価,目標・方向性,達成,進捗率,担当\r\n"))
    }

    @Test func findingAndNamingSnapshotsInBothLanguages() throws {
        try twoVersions()
        let badEn = try plandb("snapshot", "diff", "2023:1", "2023:x")
        #expect(badEn.status == 1)
        #expect(badEn.stderr == "error: `2023:x` is not a snapshot\nwrite YEAR or YEAR:VERSION, e.g. 2023 or 2023:2\n")
        let badJa = try plandb("snapshot", "diff", "2023:1", "2023:x", language: "ja")
        #expect(badJa.stderr == "error: `2023:x` はスナップショットの指定として読めません。\nYEAR か YEAR:VERSION の形で書いてください（例：2023、2023:2）。\n")
        let noneJa = try plandb("snapshot", "export", "2024", "--format", "html", language: "ja")
        #expect(noneJa.stderr == "error: 2024（令和6）年度のスナップショットはありません。\n取りまとめ課が `plandb snapshot create --year 2024 --as 総務課` で作成します。\n")
        let noVersionEn = try plandb("snapshot", "show", "2023", "--version", "3")
        #expect(noVersionEn.stderr == "error: 2023（令和5）年度 has no version 3\nits versions: 1, 2\n")
        let noVersionJa = try plandb("snapshot", "show", "2023", "--version", "3", language: "ja")
        #expect(noVersionJa.stderr == "error: 2023（令和5）年度に第3版はありません。\nこの年度の版：1、2\n")
    }

    @Test func exportSummariesAndHelpInBothLanguages() throws {
        try twoVersions()
        #expect(try plandb("snapshot", "export", "2023", "--format", "json", "--out", "en.json").stdout == "wrote en.json (json, 2023（令和5）年度 version 2)\n")
        #expect(try plandb("snapshot", "export", "2023", "--format", "csv", "--version", "1", "--out", "ja.csv", language: "ja").stdout
            == "ja.csv を書き出しました（csv、2023（令和5）年度 第1版）。\n")
        #expect(try plandb("snapshot", "export", "2023", "--format", "xlsx", "--out", "ja.xlsx", language: "ja").stdout
            == "ja.xlsx を書き出しました（xlsx、2023（令和5）年度 第2版）。\n")
        let stdoutJa = try plandb("snapshot", "export", "2023", "--format", "xlsx", language: "ja")
        #expect(stdoutJa.stderr == "error: ブック（xlsx）は標準出力には書き出せません。\nファイル名を指定してください（例：`plandb snapshot export 2023 --format xlsx --out 評価結果報告書.xlsx`）。\n")

        let helpJa = try plandb("snapshot", "--help", language: "ja").stdout
        #expect(helpJa.hasPrefix("OVERVIEW: 年度の評価を確定し、年度どうしを比べ、評価結果報告書を公表します。\n"))
        #expect(helpJa.contains("  reopen                  確定した年度のロックを、訂正のために解除します（取りまとめ課のみ）。次に確定すると新しい版ができます。\n"))
        let helpEn = try plandb("snapshot", "create", "--help").stdout
        #expect(helpEn.hasPrefix("OVERVIEW: Freeze a fiscal year (coordinator only): copy its evaluation, hash\nit, lock the year.\n"))
        #expect(helpEn.contains("  --allow-incomplete      Freeze even though entries are missing.\n"))
        let createJa = try plandb("snapshot", "create", "--help", language: "ja").stdout
        #expect(createJa.contains("  --as <dept>             取りまとめ課。\n"))
        #expect(createJa.contains("  --year <year>           年度：2023、令和5、R5 のように指定します。\n"))
        #expect(try plandb("snapshot", "reopen", "--help", language: "ja").stdout.contains("  --reason <reason>       確定を解除する理由（記録に残ります）。\n"))
    }
}
