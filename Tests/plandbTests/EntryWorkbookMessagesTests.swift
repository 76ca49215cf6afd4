import Foundation
import SQLiteDB
import TestSupport
import Testing

/// The workbook's refusals and its summary line in English and in Japanese. The workbook itself
/// is Japanese in both languages; only what plandb says about it changes.
extension EntryWorkbookTests {
    func japanese(_ arguments: String...) throws -> CommandResult {
        try PlanDBBinary.run(arguments, in: folder.url, environment: ["PLANDB_LANG": "ja"])
    }

    /// The import of `parts` as `dept`, in English and in Japanese: each refused, so each sees the same database.
    func importingInBothLanguages(_ parts: WorkbookParts, as dept: String = "財政課") throws -> (en: String, ja: String) {
        try parts.write(to: folder.path("filled.xlsx"))
        let english = try plandb("entry", "import", "filled.xlsx", "--as", dept)
        let japanese = try japanese("entry", "import", "filled.xlsx", "--as", dept)
        #expect(english.status == 1)
        #expect(japanese.status == 1)
        return (english.stderr, japanese.stderr)
    }

    @Test func theWorkbookSummaryInBothLanguages() throws {
        let english = try plandb("entry", "template", "--year", "2023", "--as", "財政課", "--out", "en.xlsx")
        #expect(english.stdout == "wrote en.xlsx: 33 item(s) for 財政課. Fill in the yellow cells, then run `plandb entry import en.xlsx --as 財政課`\n")
        let japanese = try japanese("entry", "template", "--year", "2023", "--as", "財政課", "--out", "ja.xlsx")
        #expect(japanese.stdout == "ja.xlsx を書き出しました（財政課、33 件）。黄色のセルに記入してから `plandb entry import ja.xlsx --as 財政課` を実行してください。\n")
    }

    @Test func formatRefusalsInBothLanguages() throws {
        let stdout = try japanese("entry", "template", "--year", "2023", "--as", "財政課", "--format", "xlsx")
        #expect(stdout.stderr == "error: ブック（xlsx）は標準出力には書き出せません。\nファイル名を指定してください（例：`plandb entry template --year Y --as DEPT --out 評価シート.xlsx`）。\n")
        let unknown = try plandb("entry", "template", "--year", "2023", "--as", "財政課", "--format", "ods")
        #expect(unknown.stderr == "error: `--format ods` is unknown\nuse `--format xlsx` (the workbook) or `--format csv`\n")
        let unknownJa = try japanese("entry", "template", "--year", "2023", "--as", "財政課", "--format", "ods")
        #expect(unknownJa.stderr == "error: `--format ods` という形式はありません。\n`--format xlsx`（ブック）か `--format csv` を指定してください。\n")
    }

    @Test func missingHeadersAndSheetsInBothLanguages() throws {
        let original = try workbook()
        var parts = original
        parts["xl/sharedStrings.xml"] = parts["xl/sharedStrings.xml"]?.replacingOccurrences(of: "<t>コード</t>", with: "<t>番号</t>")
        let header = try importingInBothLanguages(parts)
        #expect(header.en == "error: filled.xlsx: the sheet 「指標」 has no header row with 「コード」\nkeep the header row of the workbook made by `plandb entry template`\n")
        #expect(header.ja == "error: filled.xlsx：シート「指標」に「コード」のある見出し行がありません。\n`plandb entry template` で作ったブックの見出し行を変えないでください。\n")
        // A workbook without its entry sheets (each taken out of workbook.xml), written before the
        // hidden sheet listed them. (A renamed sheet is refused by its name: EntryWorkbookHardeningTests.)
        parts = original
        for name in ["指標", "取組", "施策評価"] {
            let text = parts["xl/workbook.xml"] ?? ""
            let element = try NSRegularExpression(pattern: "<sheet name=\"\(name)\"[^>]*/>")
            parts["xl/workbook.xml"] = element.stringByReplacingMatches(in: text, range: NSRange(text.startIndex..., in: text), withTemplate: "")
        }
        parts["xl/sharedStrings.xml"] = parts["xl/sharedStrings.xml"]?.replacingOccurrences(of: "<t>シート</t>", with: "<t>-</t>")
        let sheets = try importingInBothLanguages(parts)
        #expect(sheets.en == "error: filled.xlsx has none of the sheets 「指標」・「取組」・「施策評価」・「事業」\nkeep the sheets of the workbook made by `plandb entry template`\n")
        #expect(sheets.ja == "error: filled.xlsx にはシート 「指標」・「取組」・「施策評価」・「事業」 のどれもありません。\n`plandb entry template` で作ったブックのシートを残してください。\n")
    }

    @Test func damagedWorkbooksInJapanese() throws {
        let original = try workbook()
        var parts = original
        parts[Self.initiatives] = nil
        #expect(try importingInBothLanguages(parts).ja == "error: filled.xlsx は読み込める .xlsx ブックではありません：パーツ \(Self.initiatives) がありません。\nExcel か LibreOffice で .xlsx として保存し直してください。\n")
        parts = original
        parts.replaceCell("H2", in: Self.indicators, with: "<c r=\"XFE2\"><v>1</v></c>")
        #expect(try importingInBothLanguages(parts).ja == "error: filled.xlsx は読み込める .xlsx ブックではありません：シート「指標」：セル参照 XFE2 はシートの範囲外です。\nExcel か LibreOffice で .xlsx として保存し直してください。\n")
        parts = original
        parts["xl/sharedStrings.xml"] = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"a\">]><sst/>"
        #expect(try importingInBothLanguages(parts).ja == "error: filled.xlsx は読み込める .xlsx ブックではありません：パーツ xl/sharedStrings.xml に DOCTYPE かエンティティの宣言があります（表計算ソフトが書くことはありません）。\nExcel か LibreOffice で .xlsx として保存し直してください。\n")
        parts = original
        parts[Self.indicators] = String(repeating: " ", count: 40 << 20)
        #expect(try importingInBothLanguages(parts).ja == "error: filled.xlsx は展開するとブックとしては大きすぎます（\(Self.indicators) だけで 32 MB 超、またはパーツの合計が 128 MB 超）。読み込んでいません。\n評価シートではありません。`plandb entry template --year Y --as DEPT --out FILE.xlsx` で作成してください。\n")
        try Data("PK\u{3}\u{4}not really a zip".utf8).write(to: folder.url.appending(path: "broken.xlsx"))
        let broken = try japanese("entry", "import", "broken.xlsx", "--as", "財政課")
        #expect(broken.stderr == "error: broken.xlsx は読み込める .xlsx ブックではありません（zip が壊れています）。\nExcel か LibreOffice で .xlsx として保存し直してください。\n")
    }
}
