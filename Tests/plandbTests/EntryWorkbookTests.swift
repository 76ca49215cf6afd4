import Foundation
import SQLiteDB
import TestSupport
import Testing

/// The 評価シート as an .xlsx workbook: written by `entry template`, filled in the way a
/// spreadsheet program saves cells, and read back by `entry import`.
@Suite struct EntryWorkbookTests {
    let folder: TemporaryFolder

    init() throws {
        folder = try TemporaryFolder()
        _ = try embeddedPlanDatabase(in: folder)
    }

    func plandb(_ arguments: String...) throws -> CommandResult {
        try PlanDBBinary.run(arguments, in: folder.url)
    }

    var db: Database { get throws { try Database(path: folder.path("plan.db"), mode: .readOnly) } }

    // 財政課's workbook: sheet2 指標 (6-3-I1, 6-7-I3, 6-7-I4 in rows 2–4), sheet3 取組
    // (6-7-1-1-1 in row 2), sheet4 施策評価 (一次評価 6-7 in row 2), sheet5 the hidden plandb sheet.
    static let indicators = "xl/worksheets/sheet2.xml"
    static let initiatives = "xl/worksheets/sheet3.xml"
    static let reviews = "xl/worksheets/sheet4.xml"
    static let metadata = "xl/worksheets/sheet5.xml"

    func workbook(_ dept: String = "財政課") throws -> WorkbookParts {
        let made = try plandb("entry", "template", "--year", "2023", "--as", dept, "--out", "sheet.xlsx")
        #expect(made.status == 0, "\(made.stderr)")
        return try WorkbookParts(path: folder.path("sheet.xlsx"))
    }

    func importing(_ parts: WorkbookParts, as dept: String = "財政課", _ extra: String...) throws -> CommandResult {
        try parts.write(to: folder.path("filled.xlsx"))
        return try PlanDBBinary.run(["entry", "import", "filled.xlsx", "--as", dept] + extra, in: folder.url)
    }

    static func text(_ reference: String, _ text: String) -> String {
        "<c r=\"\(reference)\" t=\"inlineStr\"><is><t>\(text)</t></is></c>"
    }

    @Test func untouchedWorkbookIsNoChangeAndFilledCellsArriveExactly() throws {
        _ = try plandb("record", "indicator", "6-7-I3", "--year", "2023", "--value", "95.10", "--as", "財政課")
        _ = try plandb("record", "policy", "6-7", "--year", "2023", "--grade", "B", "--comment", "おおむね順調", "--as", "財政課")
        var parts = try workbook()
        #expect(parts[Self.metadata]?.contains("state=\"hidden\"") == false)
        #expect(parts["xl/workbook.xml"]?.contains("<sheet name=\"plandb\" sheetId=\"5\" state=\"hidden\"") == true)
        // 95.10 is a number shown with two decimals, so it reads back as 95.10.
        #expect(parts[Self.indicators]?.contains("<c r=\"G3\" s=\"11\"><v>95.0999") == true)
        let untouched = try importing(parts)
        #expect(untouched.status == 0, "\(untouched.stderr)")
        #expect(untouched.stdout == "imported filled.xlsx (Excel workbook): 0 changed, 2 unchanged, 31 left blank\n")

        // 37.5 in a cell shown without decimals keeps its digits; 1 in a cell shown as 0.0 is 1.0;
        // a number typed into the text cell 備考 is its digits.
        parts.fillNumber("G2", in: Self.indicators, "37.5")
        parts.fillNumber("G4", in: Self.indicators, "1")
        parts.replaceCell("H4", in: Self.indicators, with: "<c r=\"H4\"><v>12</v></c>")
        // A formula's cached value and a boolean are read as they show.
        parts.replaceCell("H3", in: Self.indicators, with: "<c r=\"H3\" t=\"str\"><f>\"見込\"&amp;\"み\"</f><v>見込み</v></c>")
        parts.replaceCell("H2", in: Self.indicators, with: "<c r=\"H2\" t=\"b\"><v>1</v></c>")
        parts.replaceCell("C2", in: Self.initiatives, with: Self.text("C2", "A"))
        parts.replaceCell("D2", in: Self.initiatives, with: Self.text("D2", "拡充"))
        parts.replaceCell("E2", in: Self.initiatives, with: "<c r=\"E2\" t=\"inlineStr\"><is><r><t>調査を</t></r><r><t>実施</t></r><rPh sb=\"0\" eb=\"2\"><t>チョウサ</t></rPh></is></c>")
        parts.replaceCell("F2", in: Self.initiatives, with: Self.text("F2", "人員不足&amp;\"予算\""))
        parts.replaceCell("D2", in: Self.reviews, with: Self.text("D2", "C"))
        let filled = try importing(parts)
        #expect(filled.status == 0, "\(filled.stderr)")
        #expect(filled.stdout.hasSuffix("imported filled.xlsx (Excel workbook): 5 changed, 0 unchanged, 28 left blank\n"))
        let db = try db
        #expect(try db.rows("SELECT indicator_code, value_text, note FROM v_indicator_results WHERE fiscal_year = 2023 ORDER BY 1").map(\.values) == [
            [.text("6-3-I1"), .text("37.5"), .text("TRUE")], [.text("6-7-I3"), .text("95.10"), .text("見込み")], [.text("6-7-I4"), .text("1.0"), .text("12")],
        ])
        #expect(try db.row("SELECT grade, next_direction, result_text, challenge_text FROM v_initiative_evaluations WHERE initiative_code = '6-7-1-1-1'")?.values
            == ["A", "拡充", "調査を実施", "人員不足&\"予算\""])
        #expect(try db.row("SELECT grade, comment FROM v_policy_evaluations WHERE policy_code = '6-7' AND stage = '一次'")?.values == ["C", "おおむね順調"])
    }

    @Test func coordinatorsSecondReviewRoundTrips() throws {
        var parts = try workbook("総務課")
        #expect(parts[Self.reviews]?.contains("<c r=\"D3\"") == true)
        parts.replaceCell("D3", in: Self.reviews, with: Self.text("D3", "ｂ"))
        parts.replaceCell("E3", in: Self.reviews, with: Self.text("E3", "二次の所見"))
        let filled = try importing(parts, as: "総務課")
        #expect(filled.status == 0, "\(filled.stderr)")
        #expect(try db.rows("SELECT stage, grade, comment FROM v_policy_evaluations").map(\.values) == [[.text("二次"), .text("B"), .text("二次の所見")]])
    }

    @Test func badCellsAreNamedBySheetAndCellAndNothingIsImported() throws {
        var parts = try workbook()
        parts.replaceCell("G2", in: Self.indicators, with: Self.text("G2", "三十"))
        parts.replaceCell("C3", in: Self.initiatives, with: Self.text("C3", "Ｂ評価"))
        parts.replaceCell("C4", in: Self.initiatives, with: Self.text("C4", "B"))
        parts.replaceCell("D4", in: Self.initiatives, with: Self.text("D4", "やめる"))
        let before = try dump(folder.path("plan.db"))
        let refused = try importing(parts)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("指標!G2（6-3-I1）: 6-3-I1 過疎対策事業債の活用実績: `三十` is not a number in 億円"))
        #expect(refused.stderr.contains("取組!C3（6-7-1-1-2）: `Ｂ評価` is not a grade"))
        #expect(refused.stderr.contains("取組!D4（6-7-1-1-3）: `やめる` is not a 今後の方向性"))
        #expect(refused.stderr.hasPrefix("error: filled.xlsx: 3 row(s) cannot be imported, so nothing was imported:"))
        #expect(try dump(folder.path("plan.db")) == before)
    }

    @Test func workbookForAnotherDepartmentPlanOrYearIsRefusedByName() throws {
        var parts = try workbook()
        let other = try importingInBothLanguages(parts, as: "総務課")
        #expect(other.en == "error: filled.xlsx is the entry workbook of 財政課, not of 総務課\nimport it with `--as 財政課`, or make 総務課's with `plandb entry template --year Y --as 総務課 --out FILE.xlsx`\n")
        #expect(other.ja == "error: filled.xlsx は財政課の評価シートです。総務課のものではありません。\n`--as 財政課` を付けて取り込むか、`plandb entry template --year Y --as 総務課 --out FILE.xlsx` で総務課の評価シートを作成してください。\n")
        let original = parts
        parts["xl/sharedStrings.xml"] = parts["xl/sharedStrings.xml"]?.replacingOccurrences(of: "<t>2023</t>", with: "<t>2030</t>")
        let year = try importingInBothLanguages(parts)
        #expect(year.en == "error: filled.xlsx is the entry workbook for 2030（令和12）年度: 2030（令和12）年度 is outside the plan's period (2023（令和5）年度～2027（令和9）年度)\ngive a year from 2023 to 2027\n")
        #expect(year.ja == "error: filled.xlsx は2030（令和12）年度の評価シートです：2030（令和12）年度は計画期間（2023（令和5）年度～2027（令和9）年度）の外です。\n2023 から 2027 までの年度を指定してください。\n")
        parts = original
        parts["xl/sharedStrings.xml"] = parts["xl/sharedStrings.xml"]?.replacingOccurrences(of: "<t>2023</t>", with: "<t>令和5</t>")
        let noYear = try importingInBothLanguages(parts)
        #expect(noYear.en == "error: filled.xlsx does not say which year it is for\nmake it again with `plandb entry template --year Y --as 財政課 --out FILE.xlsx`\n")
        #expect(noYear.ja == "error: filled.xlsx には、どの年度のものかが書かれていません。\n`plandb entry template --year Y --as 財政課 --out FILE.xlsx` で作り直してください。\n")
        parts = original
        let planCode = try #require(try db.scalar("SELECT code FROM plans").string)
        let planName = try #require(try db.scalar("SELECT name FROM plans").string)
        parts["xl/sharedStrings.xml"] = parts["xl/sharedStrings.xml"]?.replacingOccurrences(of: "<t>\(planCode)</t>", with: "<t>other-plan</t>")
        let plan = try importingInBothLanguages(parts)
        #expect(plan.en == "error: filled.xlsx was made for the plan other-plan（\(planName)）, not for \(planCode)（\(planName)） in this database\nimport it into the database of that plan, or make a workbook with `plandb entry template --year Y --as 財政課 --out FILE.xlsx`\n")
        #expect(plan.ja == "error: filled.xlsx は計画 other-plan（\(planName)）のために作られたものです。このデータベースの計画 \(planCode)（\(planName)）のものではありません。\nその計画のデータベースに取り込むか、`plandb entry template --year Y --as 財政課 --out FILE.xlsx` でブックを作成してください。\n")
        parts = original
        parts["xl/workbook.xml"] = parts["xl/workbook.xml"]?.replacingOccurrences(of: "name=\"plandb\"", with: "name=\"Sheet5\"")
        let foreign = try importingInBothLanguages(parts)
        #expect(foreign.en == "error: filled.xlsx is a workbook, but not an entry workbook made by plandb (it has no sheet 「plandb」)\nmake the department's workbook with `plandb entry template --year Y --as 財政課 --out FILE.xlsx` and fill in that one\n")
        #expect(foreign.ja == "error: filled.xlsx はブックですが、plandb が作った評価シートではありません（シート「plandb」がありません）。\n`plandb entry template --year Y --as 財政課 --out FILE.xlsx` で課の評価シートを作り、そちらに記入してください。\n")
    }

    @Test func reSavedWorkbookWithVisibleMetadataAndSharedStringsReadsTheSame() throws {
        var parts = try workbook()
        parts["xl/workbook.xml"] = parts["xl/workbook.xml"]?.replacingOccurrences(of: " state=\"hidden\"", with: "")
        // A cell far outside the entry columns, at the last cell a sheet can have, is ignored.
        parts[Self.indicators] = parts[Self.indicators]?.replacingOccurrences(
            of: "</sheetData>", with: "<row r=\"1048576\"><c r=\"XFD1048576\" t=\"inlineStr\"><is><t>x</t></is></c></row></sheetData>")
        // A writer that prefixes SpreadsheetML elements.
        parts.replaceCell("D2", in: Self.reviews, with: Self.text("D2", "A"))
        parts[Self.reviews] = parts[Self.reviews]?.replacingOccurrences(of: "<c ", with: "<x:c ").replacingOccurrences(of: "</c>", with: "</x:c>")
            .replacingOccurrences(of: "<t>", with: "<x:t>").replacingOccurrences(of: "</t>", with: "</x:t>")
            .replacingOccurrences(of: "<worksheet ", with: "<worksheet xmlns:x=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" ")
        let imported = try importing(parts)
        #expect(imported.stdout == "would record 6-7 財政運営 2023（令和5）年度: A\nimported filled.xlsx (Excel workbook): 1 changed, 0 unchanged, 32 left blank\n".replacingOccurrences(of: "would record", with: "recorded"), "\(imported.stderr)")
    }

    @Test func hostileWorkbooksAreRefusedWithAClearMessage() throws {
        let original = try workbook()
        let before = try dump(folder.path("plan.db"))
        func refusal(_ change: (inout WorkbookParts) -> Void) throws -> String {
            var parts = original
            change(&parts)
            let result = try importing(parts)
            #expect(result.status == 1)
            return result.stderr
        }
        // A zip bomb: 40 MB of spaces compress to a few kilobytes.
        let bomb = try refusal { $0[Self.indicators] = String(repeating: " ", count: 40 << 20) }
        #expect(bomb.hasPrefix("error: filled.xlsx expands to more than a workbook can hold (\(Self.indicators) alone is over 32 MB, or all parts together over 128 MB); it was not read"))
        // The same bomb declaring a small size: the bytes are counted as they are extracted.
        var lying = original
        lying[Self.indicators] = String(repeating: " ", count: 40 << 20)
        try lying.write(to: folder.path("lying.xlsx"))
        try WorkbookParts.declareSize(4096, of: Self.indicators, inZip: folder.path("lying.xlsx"))
        let counted = try plandb("entry", "import", "lying.xlsx", "--as", "財政課")
        #expect(counted.stderr.hasPrefix("error: lying.xlsx expands to more than a workbook can hold (\(Self.indicators) alone is over 32 MB"), "\(counted.stderr)")
        // An entity expansion (billion laughs) in the shared strings.
        let laughs = try refusal {
            $0["xl/sharedStrings.xml"] = """
                <?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
                <sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&lol2;</t></si></sst>
                """
        }
        #expect(laughs == "error: filled.xlsx is not a readable .xlsx workbook: the part xl/sharedStrings.xml declares a DOCTYPE or entities, which no spreadsheet program writes\nsave it again from Excel or LibreOffice as .xlsx\n")
        let missing = try refusal { $0[Self.initiatives] = nil }
        #expect(missing == "error: filled.xlsx is not a readable .xlsx workbook: the part \(Self.initiatives) is missing\nsave it again from Excel or LibreOffice as .xlsx\n")
        let outside = try refusal { $0.replaceCell("H2", in: Self.indicators, with: "<c r=\"XFE2\"><v>1</v></c>") }
        #expect(outside == "error: filled.xlsx is not a readable .xlsx workbook: the sheet 「指標」: the cell reference XFE2 is outside any sheet\nsave it again from Excel or LibreOffice as .xlsx\n")
        let rowOutside = try refusal { $0.replaceCell("H2", in: Self.indicators, with: "<c r=\"H2000000\"><v>1</v></c>") }
        #expect(rowOutside.contains("the cell reference H2000000 is outside any sheet"))
        // Starts as a zip, but is none.
        try Data("PK\u{3}\u{4}not really a zip".utf8).write(to: folder.url.appending(path: "broken.xlsx"))
        let broken = try plandb("entry", "import", "broken.xlsx", "--as", "財政課")
        #expect(broken.stderr == "error: broken.xlsx is not a readable .xlsx workbook (its zip is damaged)\nsave it again from Excel or LibreOffice as .xlsx\n")
        #expect(try dump(folder.path("plan.db")) == before)
    }

    @Test func formatIsChosenByOptionOrExtensionAndTheWorkbookNeedsAFile() throws {
        let stdout = try plandb("entry", "template", "--year", "2023", "--as", "財政課", "--format", "xlsx")
        #expect(stdout.status == 1)
        #expect(stdout.stderr == "error: a workbook is not written to standard output\ngive a file name, e.g. `plandb entry template --year Y --as DEPT --out 評価シート.xlsx`\n")
        let csv = try plandb("entry", "template", "--year", "2023", "--as", "財政課", "--out", "a.xlsx", "--format", "csv")
        #expect(csv.status == 0)
        #expect(try Data(contentsOf: folder.url.appending(path: "a.xlsx")).starts(with: [0xEF, 0xBB, 0xBF]))
        _ = try plandb("entry", "template", "--year", "2023", "--as", "財政課", "--out", "b.XLSX")
        #expect(try Data(contentsOf: folder.url.appending(path: "b.XLSX")).starts(with: Array("PK\u{3}\u{4}".utf8)))
        // Written through a temporary file, which does not stay behind.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path).filter { $0.hasSuffix(".part") } == [])
    }

    @Test func csvSavedBySpreadsheetKeepsCodesAndValues() throws {
        _ = try plandb("record", "indicator", "6-7-I3", "--year", "2023", "--value", "95.10", "--as", "財政課")
        let header = "年度,区分,コード,名称,単位,現状値,目標値,実績値,評価,今後の方向性,実績・コメント,課題,備考"
        for date in ["Jun 07", "6月7日", "2026/6/7", "2026-06-07", "7-Jun"] {
            _ = try folder.write("\(header)\r\n2023,実績値,6-7-I3,x,%,,,95.1,,,,,\r\n2023,一次評価,\(date),財政運営,,,,,B,,,,\r\n", to: "saved.csv")
            let imported = try plandb("entry", "import", "saved.csv", "--as", "財政課", "--dry-run")
            #expect(imported.stdout == "would record 6-7 財政運営 2023（令和5）年度: B\nwould import saved.csv (UTF-8): 1 changed, 1 unchanged, 0 left blank (dry run: nothing was written)\n", "\(date): \(imported.stderr)")
        }
        _ = try folder.write("\(header)\r\n2023,取組評価,Jul 01,x,,,,,B,,,,\r\n", to: "dated.csv")
        let refused = try plandb("entry", "import", "dated.csv", "--as", "財政課")
        #expect(refused.stderr.contains("row 2（Jul 01）: 「コード」 `Jul 01` is a date: a spreadsheet program changed the code when the CSV was saved — type the code back as `plandb entry template` wrote it, or use the workbook, which keeps codes as text: `plandb entry template --year Y --as DEPT --out FILE.xlsx`"))
    }
}
