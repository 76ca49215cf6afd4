import Foundation
import SQLiteDB
import TestSupport
import Testing

/// What `entry` and `record` say, in English and in Japanese: the sheet written, a dry run, and
/// every kind of bad row. The sheet's headers are Japanese in both languages, so either
/// language reads the other's sheet.
extension EntryCommandTests {
    @Test func theTemplateAndADryRunSpeakTheUsersLanguage() throws {
        let english = try plandb("entry", "template", "--year", "2023", "--as", "税務課", "--out", "en.csv")
        #expect(english.stdout == "wrote en.csv: 1 item(s) for 税務課. Fill in 実績値 / 評価 / 今後の方向性 / 実績・コメント / 課題, then run `plandb entry import en.csv --as 税務課`\n")
        let japaneseResult = try self.japanese("entry", "template", "--year", "2023", "--as", "税務課", "--out", "ja.csv")
        #expect(japaneseResult.stdout == "税務課の入力シート（1 項目）を ja.csv に書き出しました。「実績値」「評価」「今後の方向性」「実績・コメント」「課題」を入力してから、`plandb entry import ja.csv --as 税務課` を実行してください。\n")
        let sheets = try ["en.csv", "ja.csv"].map { try Data(contentsOf: folder.url.appending(path: $0)) }
        #expect(sheets[0] == sheets[1])
        let header = String(decoding: sheets[1].dropFirst(3), as: UTF8.self).components(separatedBy: "\r\n")[0]
        #expect(header == Self.header)

        try folder.write("\(Self.header)\n2023,実績値,6-7-I1,一般市税の収納率,%,,,95.1,,,,,\n", to: "filled.csv")
        let dryEnglish = try plandb("entry", "import", "filled.csv", "--as", "税務課", "--dry-run")
        #expect(dryEnglish.stdout == """
            would record 6-7-I1 一般市税の収納率 2023（令和5）年度: 95.1
            would import filled.csv (UTF-8): 1 changed, 0 unchanged, 0 left blank (dry run: nothing was written)

            """)
        let dryJapanese = try self.japanese("entry", "import", "filled.csv", "--as", "税務課", "--dry-run")
        #expect(dryJapanese.stdout == """
            6-7-I1 一般市税の収納率 2023（令和5）年度 を記録します：95.1
            filled.csv（UTF-8）を確認しました（試しに読んだだけで、何も書き込んでいません）。変更 1 件、変更なし 0 件、空欄 0 件です。

            """)
        let imported = try self.japanese("entry", "import", "filled.csv", "--as", "税務課")
        #expect(imported.stdout == "6-7-I1 一般市税の収納率 2023（令和5）年度 を記録しました：95.1\nfilled.csv（UTF-8）を取り込みました。変更 1 件、変更なし 0 件、空欄 0 件です。\n")
    }

    @Test func everyKindOfBadRowIsNamedInBothLanguages() throws {
        try folder.write("""
            \(Self.header)
            2023,,6-6-I1,x,,,,1,,,,,
            2023,実績,6-6-I1,x,,,,1,,,,,
            ,実績値,6-6-I1,x,,,,1,,,,,
            2023,取組評価,6-6-1-1-1,x,,,,,,継続,,,
            2023,一次評価,6-6,x,,,,,,,コメント,,
            2023,実績値,6-6-I9,x,,,,1,,,,,
            2023,実績値,6-6-I1,\u{FEFF}x,,,,1,,,,,

            """, to: "rows.csv")
        let english = try plandb("entry", "import", "rows.csv", "--as", "総務課")
        #expect(english.stderr == """
            error: rows.csv: 7 row(s) cannot be imported, so nothing was imported:
              row 2（6-6-I1）: 「区分」 and 「コード」 must not be empty — keep them as the template wrote them
              row 3（6-6-I1）: 「区分」 `実績` is unknown — it is one of 実績値・取組評価・一次評価・二次評価, as the template wrote it
              row 4（6-6-I1）: 「年度」 is empty — write the fiscal year, e.g. 2023
              row 5（6-6-1-1-1）: 「評価」 is empty — give a grade (A–D) with the other cells
              row 6（6-6）: 「評価」 is empty — give a grade (A–D) with the comment
              row 7（6-6-I9）: no indicator 6-6-I9 — keep 「コード」 as the template wrote it
              row 8（6-6-I1）: the row contains a byte order mark (U+FEFF), the invisible mark that starts a saved file, so two files were joined into one here — save the sheet again as one file
            correct those rows and import the file again

            """)
        let japaneseResult = try self.japanese("entry", "import", "rows.csv", "--as", "総務課")
        #expect(japaneseResult.stderr == """
            error: rows.csv：取り込めない行が 7 行あるため、何も取り込んでいません。
              2 行目（6-6-I1）：「区分」と「コード」は空にできません。テンプレートが書いたままにしてください。
              3 行目（6-6-I1）：「区分」の `実績` は使えない区分です。実績値・取組評価・一次評価・二次評価 のいずれかを、テンプレートが書いたまま使ってください。
              4 行目（6-6-I1）：「年度」が空です。2023 のように年度を書いてください。
              5 行目（6-6-1-1-1）：「評価」が空です。ほかのセルと一緒に評価（A～D）を入力してください。
              6 行目（6-6）：「評価」が空です。コメントと一緒に評価（A～D）を入力してください。
              7 行目（6-6-I9）：指標 6-6-I9 はありません。「コード」はテンプレートが書いたままにしてください。
              8 行目（6-6-I1）：この行にバイト順マーク（U+FEFF、保存したファイルの先頭に付く見えない印）があります。ここで二つのファイルが一つにつながっています。シートを一つのファイルとして保存し直してください。
            これらの行を直してから、もう一度取り込んでください。

            """)
        #expect(try count("SELECT count(*) FROM indicator_actuals") == 0)
    }

    @Test func aWrongStageIsRefusedInBothLanguages() throws {
        let english = try plandb("record", "policy", "6-6", "--year", "2023", "--grade", "A", "--stage", "三次", "--as", "総務課")
        #expect(english.status != 0)
        #expect(english.stderr.hasPrefix("Error: --stage must be 一次 or 二次, not 三次\n") || english.stderr.hasPrefix("error: --stage must be 一次 or 二次, not 三次\n"), "\(english.stderr)")
        let japaneseResult = try self.japanese("record", "policy", "6-6", "--year", "2023", "--grade", "A", "--stage", "三次", "--as", "総務課")
        #expect(japaneseResult.stderr.contains("--stage には 一次 か 二次 を指定してください（三次 は指定できません）。\n"), "\(japaneseResult.stderr)")
    }

    @Test func helpIsInTheUsersLanguage() throws {
        #expect(try plandb("record", "--help").stdout.hasPrefix("OVERVIEW: Record one evaluation entry for a fiscal year (the earlier value\nstays in the history).\n"))
        #expect(try japanese("record", "--help").stdout.hasPrefix("OVERVIEW: 年度の評価を一件記録します（前の値は履歴に残ります）。\n"))
        #expect(try japanese("status", "--help").stdout.contains("この課だけを、項目ごとの状況とともに示します。"))
        #expect(try japanese("entry", "import", "--help").stdout.contains("すべての行を確かめて、変わる内容を表示します。何も変更しません。"))
    }
}
