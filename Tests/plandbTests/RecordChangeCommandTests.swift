import Foundation
import SQLiteDB
import TestSupport
import Testing

/// Records that say what happened, as a user sees them: what a record changed, values the
/// unit forbids or that look like typos, and sheets that give one item twice.
extension EntryCommandTests {
    static let header = "年度,区分,コード,名称,単位,現状値,目標値,実績値,評価,今後の方向性,実績・コメント,課題,備考"

    @Test func aNoteChangeIsReportedAndKeptInTheHistory() throws {
        _ = try plandb("record", "indicator", "6-6-I1", "--year", "2023", "--value", "545", "--note", "a", "--as", "総務課")
        let changed = try plandb("record", "indicator", "6-6-I1", "--year", "2023", "--value", "545", "--note", "b", "--as", "総務課")
        #expect(changed.stdout == "recorded 6-6-I1 定員管理職員数 2023（令和5）年度: note: \"a\" → \"b\" (by 総務課; the earlier value stays in `plandb history 6-6-I1`)\n")
        let omitted = try plandb("record", "indicator", "6-6-I1", "--year", "2023", "--value", "545", "--as", "総務課")
        #expect(omitted.stdout == "unchanged: 6-6-I1 定員管理職員数 2023（令和5）年度 is already 545\n")
        let history = try plandb("history", "6-6-I1", "--format", "tsv")
        #expect(history.stdout.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false).dropLast().suffix(3).joined(separator: " ") } == [
            "field old_value new_value", "value  545", "note  a", "note a b",
        ])
        let cleared = try plandb("record", "indicator", "6-6-I1", "--year", "2023", "--value", "545", "--note", "", "--as", "総務課")
        #expect(cleared.stdout.contains(": note: \"b\" → (none) (by 総務課"))
        let japaneseNote = try japanese("record", "indicator", "6-6-I1", "--year", "2023", "--value", "546", "--note", "c", "--as", "総務課")
        #expect(japaneseNote.stdout == "6-6-I1 定員管理職員数 2023（令和5）年度 を記録しました：545 → 546、備考：（なし） → 「c」（総務課。前の値は `plandb history 6-6-I1` に残っています）\n")
        let unchanged = try japanese("record", "indicator", "6-6-I1", "--year", "2023", "--value", "546", "--as", "総務課")
        #expect(unchanged.stdout == "変更なし：6-6-I1 定員管理職員数 2023（令和5）年度 はすでに 546 です。\n")
    }

    @Test func negativeValuesAreTakenAsValues() throws {
        let zero = try plandb("record", "indicator", "6-6-I2", "--year", "2023", "--value", "-0", "--as", "総務課")
        #expect(zero.stdout == "recorded 6-6-I2 男性職員の育児休業取得率 2023（令和5）年度: 0 (by 総務課)\n", "\(zero.stderr)")
        let first = try japanese("record", "indicator", "6-6-I1", "--year", "2023", "--value", "545", "--as", "総務課")
        #expect(first.stdout == "6-6-I1 定員管理職員数 2023（令和5）年度 を記録しました：545（総務課）\n")
        let negative = try plandb("record", "indicator", "6-6-I2", "--year", "2023", "--value", "-0.5", "--as", "総務課")
        #expect(negative.status == 1)
        #expect(negative.stderr == "error: 6-6-I2 男性職員の育児休業取得率: `-0.5` is negative, and a value in % cannot be\ngive a value of 0 or more\n")
        #expect(try japanese("record", "indicator", "6-6-I2", "--year", "2023", "--value", "-0.5", "--as", "総務課").stderr
            == "error: 6-6-I2 男性職員の育児休業取得率：`-0.5` は負の値ですが、単位 % の値は負になりません。\n0 以上の値を指定してください。\n")
    }

    @Test func aLikelyTypoIsRecordedOnlyWhenConfirmed() throws {
        let refused = try plandb("record", "indicator", "6-6-I2", "--year", "2023", "--value", "150", "--as", "総務課")
        #expect(refused.status == 1)
        #expect(refused.stderr == """
            error: 6-6-I2 男性職員の育児休業取得率: `150` is over 100 %, but every value the plan prints for it is 100 or less; it looks like a typo
            check the value; if it is right, give --confirm to record it

            """)
        #expect(try japanese("record", "indicator", "6-6-I2", "--year", "2023", "--value", "150", "--as", "総務課").stderr == """
            error: 6-6-I2 男性職員の育児休業取得率：`150` は 100% を超えていますが、計画に載っている数値はすべて 100 以下です。入力の誤りと思われます。
            値を確かめてください。正しければ `--confirm` を付けて記録してください。

            """)
        let confirmed = try plandb("record", "indicator", "6-6-I2", "--year", "2023", "--value", "150", "--as", "総務課", "--confirm")
        #expect(confirmed.stdout == "recorded 6-6-I2 男性職員の育児休業取得率 2023（令和5）年度: 150 (by 総務課)\n")

        try folder.write("\(Self.header)\n2023,実績値,6-6-I1,定員管理職員数,人,,,5,,,,,\n", to: "typo.csv")
        let sheet = try plandb("entry", "import", "typo.csv", "--as", "総務課")
        #expect(sheet.stderr == """
            error: typo.csv: 1 row(s) cannot be imported, so nothing was imported:
              row 2（6-6-I1）: 6-6-I1 定員管理職員数: `5` is a hundredth or less of the plan's 542; it looks like a typo — check the value; if it is right, give --confirm to record it
            correct those rows and import the file again

            """)
        #expect(try japanese("entry", "import", "typo.csv", "--as", "総務課").stderr == """
            error: typo.csv：取り込めない行が 1 行あるため、何も取り込んでいません。
              2 行目（6-6-I1）：6-6-I1 定員管理職員数：`5` は計画の数値 542 の 100 分の 1 以下です。入力の誤りと思われます。値を確かめてください。正しければ `--confirm` を付けて記録してください。
            これらの行を直してから、もう一度取り込んでください。

            """)
        let confirmedSheet = try plandb("entry", "import", "typo.csv", "--as", "総務課", "--confirm")
        #expect(confirmedSheet.status == 0, "\(confirmedSheet.stderr)")
        #expect(try count("SELECT count(*) FROM indicator_actuals") == 2)
        // Recorded once with --confirm, the value is no longer in doubt: the same sheet is no change.
        let again = try plandb("entry", "import", "typo.csv", "--as", "総務課")
        #expect(again.stdout == "imported typo.csv (UTF-8): 0 changed, 1 unchanged, 0 left blank\n", "\(again.stderr)")
    }

    @Test func aSheetThatGivesAnEvaluationTwiceIsRefused() throws {
        try folder.write("""
            \(Self.header)
            2023,取組評価,6-6-1-1-1,x,,,,,B,継続,first,,
            2023,取組評価,6-6-1-1-1,x,,,,,A,拡充,second,,
            2023,一次評価,6-6,x,,,,,B,,一つ目,,
            2023,二次評価,6-6,x,,,,,C,,二次は別の評価,,
            2023,一次評価,6-6,x,,,,,C,,二つ目,,

            """, to: "twice.csv")
        let result = try plandb("entry", "import", "twice.csv", "--as", "総務課")
        #expect(result.status == 1)
        #expect(result.stderr == """
            error: twice.csv: 2 row(s) cannot be imported, so nothing was imported:
              row 3（6-6-1-1-1）: 6-6-1-1-1 2023（令和5）年度 取組評価 is already given in row 2 — keep one row per item and year
              row 6（6-6）: 6-6 2023（令和5）年度 一次評価 is already given in row 4 — keep one row per item and year
            correct those rows and import the file again

            """)
        #expect(try japanese("entry", "import", "twice.csv", "--as", "総務課").stderr == """
            error: twice.csv：取り込めない行が 2 行あるため、何も取り込んでいません。
              3 行目（6-6-1-1-1）：6-6-1-1-1 2023（令和5）年度 取組評価 は 2 行目ですでに指定されています。項目と年度ごとに 1 行だけにしてください。
              6 行目（6-6）：6-6 2023（令和5）年度 一次評価 は 4 行目ですでに指定されています。項目と年度ごとに 1 行だけにしてください。
            これらの行を直してから、もう一度取り込んでください。

            """)
        #expect(try count("SELECT count(*) FROM initiative_evaluations") + count("SELECT count(*) FROM policy_evaluations") == 0)
    }

    @Test func aSheetWithoutTheNoteColumnKeepsTheNotes() throws {
        _ = try plandb("record", "indicator", "6-6-I1", "--year", "2023", "--value", "545", "--note", "4月1日", "--as", "総務課")
        try folder.write("年度,区分,コード,実績値\n2023,実績値,6-6-I1,544\n", to: "nonote.csv")
        let kept = try plandb("entry", "import", "nonote.csv", "--as", "総務課")
        #expect(kept.stdout.hasPrefix("recorded 6-6-I1 定員管理職員数 2023（令和5）年度: 545 → 544\n"), "\(kept.stderr)")
        try folder.write("\(Self.header)\n2023,実績値,6-6-I1,定員管理職員数,人,,,544,,,,,\n", to: "emptynote.csv")
        let cleared = try plandb("entry", "import", "emptynote.csv", "--as", "総務課")
        #expect(cleared.stdout.hasPrefix("recorded 6-6-I1 定員管理職員数 2023（令和5）年度: note: \"4月1日\" → (none)\n"), "\(cleared.stderr)")
        #expect(try Database(path: folder.path("plan.db"), mode: .readOnly).rows(
            "SELECT value_text, note FROM indicator_actuals ORDER BY actual_id").map(\.values) == [
            [.text("545"), .text("4月1日")], [.text("544"), .text("4月1日")], [.text("544"), .null],
        ])
    }

    @Test func bomOutputNeutralisesFormulasButKeepsNumbers() throws {
        let sql = "SELECT '=1+1' AS f, '-0.5' AS n, -0.5 AS r, '@x' AS a"
        let excel = try plandb("sql", "--format", "csv", "--bom", sql)
        #expect(excel.stdout == "\u{FEFF}f,n,r,a\r\n'=1+1,-0.5,-0.5,'@x\r\n")
        let program = try plandb("sql", "--format", "csv", sql)
        #expect(program.stdout == "f,n,r,a\r\n=1+1,-0.5,-0.5,@x\r\n")
        let header = try plandb("sql", "--format", "tsv", "--bom", "SELECT 1 AS \"=HYPERLINK(1)\"")
        #expect(header.stdout == "\u{FEFF}'=HYPERLINK(1)\n1\n")
    }
}
