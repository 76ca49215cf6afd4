import Foundation
import SQLiteDB
import TestSupport
import Testing

/// The department's year, as a user does it: record commands, the Excel sheet out and back in.
@Suite struct EntryCommandTests {
    let folder: TemporaryFolder

    init() throws {
        folder = try TemporaryFolder()
        _ = try embeddedPlanDatabase(in: folder)
    }

    func plandb(_ arguments: String...) throws -> CommandResult {
        try PlanDBBinary.run(arguments, in: folder.url)
    }

    /// The same command run for a Japanese clerk.
    func japanese(_ arguments: String...) throws -> CommandResult {
        try PlanDBBinary.run(arguments, in: folder.url, environment: ["PLANDB_LANG": "ja"])
    }

    func count(_ sql: String) throws -> Int64 {
        try Database(path: folder.path("plan.db"), mode: .readOnly).scalar(sql).int64 ?? -1
    }

    @Test func recordCommandsReportWhatChanged() throws {
        let first = try plandb("record", "indicator", "定員管理職員数", "--year", "令和5", "--value", "５５０", "--as", "総務")
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout == "recorded 6-6-I1 定員管理職員数 2023（令和5）年度: 550 (by 総務課)\n")
        let second = try plandb("record", "indicator", "6-6-I1", "--year", "2023", "--value", "545人", "--as", "総務課")
        #expect(second.stdout == "recorded 6-6-I1 定員管理職員数 2023（令和5）年度: 550 → 545 (by 総務課; the earlier value stays in `plandb history 6-6-I1`)\n")
        let refused = try plandb("record", "indicator", "6-6-I1", "--year", "2023", "--value", "1", "--as", "財政課")
        #expect(refused.status == 1)
        #expect(refused.stderr == "error: 財政課 cannot record the actual of 6-6-I1 定員管理職員数: it is surveyed by 総務課 (「総務課調べ」), so only 総務課 may; nothing was recorded\nrun it with --as 総務課, or ask 総務課 to enter it\n")
        let refusedJa = try japanese("record", "indicator", "6-6-I1", "--year", "2023", "--value", "1", "--as", "財政課")
        #expect(refusedJa.status == 1)
        #expect(refusedJa.stderr == "error: 財政課は 6-6-I1 定員管理職員数 の実績値を記録できません。この指標は総務課が調べる（「総務課調べ」）ため、記録できるのは総務課だけです。何も記録していません。\n`--as 総務課` を付けて実行するか、総務課に入力を依頼してください。\n")
        let history = try plandb("history", "6-6-I1", "--format", "csv")
        #expect(history.stdout.components(separatedBy: "\r\n").filter { !$0.isEmpty }.map { $0.split(separator: ",", omittingEmptySubsequences: false).dropFirst().joined(separator: ",") } == [
            "dept,item_code,fiscal_year,field,old_value,new_value,actor", "総務課,6-6-I1,2023,value,,550,\(NSUserName())", "総務課,6-6-I1,2023,value,550,545,\(NSUserName())",
        ])
        #expect(try count("SELECT count(*) FROM indicator_actuals") == 2)
    }

    @Test func templateOpensInExcelAndRoundTripsThroughCP932() throws {
        _ = try plandb("record", "initiative", "6-6-1-1-1", "--year", "2023", "--grade", "B", "--result", "=HYPERLINK(\"http://x\")", "--as", "総務課")
        let made = try plandb("entry", "template", "--year", "2023", "--as", "総務課", "--out", "sheet.csv")
        #expect(made.status == 0, "\(made.stderr)")
        let bytes = try Data(contentsOf: folder.url.appending(path: "sheet.csv"))
        #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]))
        var lines = String(decoding: bytes.dropFirst(3), as: UTF8.self).components(separatedBy: "\r\n")
        #expect(lines[0] == "年度,区分,コード,名称,単位,現状値,目標値,実績値,評価,今後の方向性,実績・コメント,課題,備考")
        #expect(lines[1] == "2023,実績値,6-6-I1,定員管理職員数,人,559人（2022）,545人,,,,,,")
        #expect(lines.contains("2023,取組評価,6-6-1-1-1,\(try initiativeTitle("6-6-1-1-1")),,,,,B,,\"'=HYPERLINK(\"\"http://x\"\")\",,"))
        // The clerk fills in the actual and one initiative, and Excel saves the sheet as CP932.
        lines[1] = "2023,実績値,6-6-I1,定員管理職員数,人,559人（2022）,545人,５４３,,,,,職員課調べ"
        let initiativeRow = try #require(lines.firstIndex { $0.hasPrefix("2023,取組評価,6-6-1-1-2,") })
        var cells = lines[initiativeRow].components(separatedBy: ",")
        cells[8] = "A"
        cells[9] = "継続"
        cells[10] = "①計画どおり実施"
        lines[initiativeRow] = cells.joined(separator: ",")
        try cp932(lines.joined(separator: "\r\n")).write(to: folder.url.appending(path: "filled.csv"))
        let imported = try plandb("entry", "import", "filled.csv", "--as", "総務課")
        #expect(imported.status == 0, "\(imported.stderr)")
        // lines: the header, one line per item, and the empty string after the last CRLF; 3 items are filled in.
        let blank = lines.count - 2 - 3
        #expect(imported.stdout.hasSuffix("imported filled.csv (CP932 (Shift_JIS)): 2 changed, 1 unchanged, \(blank) left blank\n"))
        let db = try Database(path: folder.path("plan.db"), mode: .readOnly)
        #expect(try db.row("SELECT value_text, note FROM v_indicator_results WHERE indicator_code = '6-6-I1'")?.values == ["543", "職員課調べ"])
        #expect(try db.row("SELECT grade, next_direction, result_text FROM v_initiative_evaluations WHERE initiative_code = '6-6-1-1-2'")?.values == ["A", "継続", "①計画どおり実施"])
        #expect(try db.scalar("SELECT result_text FROM v_initiative_evaluations WHERE initiative_code = '6-6-1-1-1'") == "=HYPERLINK(\"http://x\")")
        // The same file again changes nothing.
        let again = try plandb("entry", "import", "filled.csv", "--as", "総務課")
        #expect(again.stdout.hasSuffix(": 0 changed, 3 unchanged, \(blank) left blank\n"))
    }

    func initiativeTitle(_ code: String) throws -> String {
        try Database(path: folder.path("plan.db"), mode: .readOnly).scalar("SELECT title FROM v_initiatives WHERE initiative_code = ?", [code]).string ?? ""
    }

    @Test func oneBadRowImportsNothingAndNamesEveryBadRow() throws {
        let csv = """
            年度,区分,コード,名称,単位,現状値,目標値,実績値,評価,今後の方向性,実績・コメント,課題,備考
            2023,実績値,6-6-I1,定員管理職員数,人,,,540,,,,,
            2023,実績値,6-6-I2,x,%,,,二十,,,,,
            2023,取組評価,6-6-1-1-1,x,,,,,S,,,,
            2023,実績値,6-7-I3,将来負担比率,%,,,20,,,,,
            """
        try folder.write(csv, to: "bad.csv")
        let result = try plandb("entry", "import", "bad.csv", "--as", "総務課")
        #expect(result.status == 1)
        let expected = """
            error: bad.csv: 3 row(s) cannot be imported, so nothing was imported:
              row 3（6-6-I2）: 6-6-I2 \(try indicatorName("6-6-I2")): `二十` is not a number in % — write it like 95.10 or 1,000,000 (the unit % may follow)
              row 4（6-6-1-1-1）: `S` is not a grade — use one of A（順調（計画どおり進んでいる））、B（おおむね順調（一部に遅れがあるが、目標は達成できる見込み））、C（やや遅れている（取組の見直し・強化が必要））、D（遅れている（抜本的な見直しが必要））
              row 5（6-7-I3）: 総務課 cannot record the actual of 6-7-I3 将来負担比率: it is surveyed by 財政課 (「財政課調べ」), so only 財政課 may; nothing was recorded — run it with --as 財政課, or ask 財政課 to enter it
            correct those rows and import the file again

            """
        #expect(result.stderr == expected)
        let japaneseResult = try japanese("entry", "import", "bad.csv", "--as", "総務課")
        #expect(japaneseResult.stderr == """
            error: bad.csv：取り込めない行が 3 行あるため、何も取り込んでいません。
              3 行目（6-6-I2）：6-6-I2 \(try indicatorName("6-6-I2"))：`二十` は単位 % の数値として読めません。95.10 や 1,000,000 のように書いてください（後ろに単位 % を付けても構いません）。
              4 行目（6-6-1-1-1）：`S` は評価の区分にありません。A（順調（計画どおり進んでいる））、B（おおむね順調（一部に遅れがあるが、目標は達成できる見込み））、C（やや遅れている（取組の見直し・強化が必要））、D（遅れている（抜本的な見直しが必要）） のいずれかを指定してください。
              5 行目（6-7-I3）：総務課は 6-7-I3 将来負担比率 の実績値を記録できません。この指標は財政課が調べる（「財政課調べ」）ため、記録できるのは財政課だけです。何も記録していません。`--as 財政課` を付けて実行するか、財政課に入力を依頼してください。
            これらの行を直してから、もう一度取り込んでください。

            """)
        #expect(try count("SELECT count(*) FROM indicator_actuals") == 0)
    }

    func indicatorName(_ code: String) throws -> String {
        try Database(path: folder.path("plan.db"), mode: .readOnly).scalar("SELECT name FROM v_indicators WHERE indicator_code = ?", [code]).string ?? ""
    }

    @Test func emptyHeaderOnlyAndForeignFilesAreHandled() throws {
        try folder.write("", to: "empty.csv")
        let empty = try plandb("entry", "import", "empty.csv", "--as", "総務課")
        #expect(empty.status == 1)
        #expect(empty.stderr == "error: empty.csv is empty\nstart from `plandb entry template --year Y --as 総務課 --out FILE`\n")
        #expect(try japanese("entry", "import", "empty.csv", "--as", "総務課").stderr
            == "error: empty.csv は空です。\n`plandb entry template --year Y --as 総務課 --out FILE` で作った入力シートから始めてください。\n")
        try folder.write("\u{FEFF}年度,区分,コード,名称,単位,現状値,目標値,実績値,評価,今後の方向性,実績・コメント,課題,備考,,,\r\n", to: "header.csv")
        let header = try plandb("entry", "import", "header.csv", "--as", "総務課")
        #expect(header.status == 0)
        #expect(header.stdout == "imported header.csv (UTF-8): 0 changed, 0 unchanged, 0 left blank\n")
        #expect(try japanese("entry", "import", "header.csv", "--as", "総務課").stdout == "header.csv（UTF-8）を取り込みました。変更 0 件、変更なし 0 件、空欄 0 件です。\n")
        try Data([0x82, 0xA0, 0xFF, 0xFE, 0x00]).write(to: folder.url.appending(path: "binary.csv"))
        let binary = try plandb("entry", "import", "binary.csv", "--as", "総務課")
        #expect(binary.stderr == "error: the file is neither UTF-8 nor Shift_JIS (CP932) text\nin Excel, save it as 「CSV UTF-8 (コンマ区切り)」 or 「CSV (コンマ区切り)」\n")
        #expect(try japanese("entry", "import", "binary.csv", "--as", "総務課").stderr
            == "error: ファイルが UTF-8 のテキストでも Shift_JIS（CP932）のテキストでもありません。\nExcel で「CSV UTF-8 (コンマ区切り)」か「CSV (コンマ区切り)」の形式で保存してください。\n")
        try folder.write("名前,値\n", to: "other.csv")
        let other = try plandb("entry", "import", "other.csv", "--as", "総務課")
        #expect(other.stderr == "error: other.csv has no column 「年度」、「区分」、「コード」 in its first row\nkeep the header row of the template made by `plandb entry template`\n")
        #expect(try japanese("entry", "import", "other.csv", "--as", "総務課").stderr
            == "error: other.csv の 1 行目に列 「年度」、「区分」、「コード」 がありません。\n`plandb entry template` で作ったテンプレートの見出し行をそのまま使ってください。\n")
    }

    /// Two departments record at the same moment, many times: every entry lands.
    @Test func concurrentRecordsAreAllKept() throws {
        let group = DispatchGroup()
        let failures = Failures()
        for (code, dept) in [("6-6-I1", "総務課"), ("6-7-I3", "財政課")] {
            group.enter()
            Thread {
                for value in 1...12 {
                    let result = try? PlanDBBinary.run(["record", "indicator", code, "--year", "2023", "--value", "\(value)", "--as", dept, "--confirm"], in: folder.url)
                    if result?.status != 0 { failures.add("\(code) \(value): \(result?.stderr ?? "did not run")") }
                }
                group.leave()
            }.start()
        }
        group.wait()
        #expect(failures.all.isEmpty, "\(failures.all)")
        #expect(try count("SELECT count(*) FROM indicator_actuals") == 24)
        #expect(try count("SELECT count(*) FROM v_history") == 24)
    }
}

final class Failures: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [String] = []
    func add(_ item: String) { lock.lock(); items.append(item); lock.unlock() }
    var all: [String] { lock.lock(); defer { lock.unlock() }; return items }
}
