@testable import PlanCore
import TestSupport
import Testing

/// How workbook cells become the text the import checks, and what spreadsheets do to CSV codes.
@Suite struct WorkbookCellTests {
    @Test(arguments: [
        (95.09999999999999, "#,##0.00", "95.10"), (95.1, "0.00", "95.10"), (95.123, "0.00", "95.123"), (37.5, "#,##0", "37.5"),
        (1, "#,##0.0", "1.0"), (545, nil, "545"), (545, "General", "545"), (0.951, "0.00%", "95.10"), (-0.0, "0", "0"),
        (1234567.5, "#,##0.00;[Red]-#,##0.00", "1234567.50"), (3, "0\"件\"", "3"),
    ] as [(Double, String?, String)])
    func numbersReadAsTheirFormatShowsThem(value: Double, format: String?, text: String) {
        #expect(EntryWorkbookReader.numberText(value, format: format) == text)
    }

    @Test func cellReferencesStayInsideASheet() {
        #expect(SheetParser.position("A1")! == (1, 1))
        #expect(SheetParser.position("H5")! == (5, 8))
        #expect(SheetParser.position("XFD1048576")! == (1_048_576, 16_384))
        for outside in ["XFE1", "A1048577", "A0", "AAAA1", "1A", "a1", "A", "", "A99999999"] {
            #expect(SheetParser.position(outside) == nil, "\(outside)")
        }
    }

    @Test func precisionIsWhatThePrintedNumbersShow() {
        #expect(EntryWorkbook.precision(of: ["22.2%（2021）", "30％以内", nil]) == 1)
        #expect(EntryWorkbook.precision(of: ["375,284千円（2022）", "95.10"]) == 2)
        #expect(EntryWorkbook.precision(of: ["28億円（2022）", "37億円"]) == 0)
        #expect(EntryWorkbook.precision(of: ["９５．１０"]) == 2)
    }

    @Test func datesMadeOfPolicyCodesAreReadBack() throws {
        for date in ["Jun 07", "June 7", "6月7日", "６月７日", "2026/6/7", "2026-06-07", "6/7", "6/7/2026", "7-Jun"] {
            #expect(try SpreadsheetChanges.code(date, kind: .firstReview) == "6-7", "\(date)")
        }
        for code in ["6-7", "6-7-1-1-1", "6-3-I1", "13/40"] {
            #expect(try SpreadsheetChanges.code(code, kind: .secondReview) == code)
        }
        let error = planError { _ = try SpreadsheetChanges.code("Jul 01", kind: .initiative) }
        #expect(error?.text(.en) == "「コード」 `Jul 01` is a date: a spreadsheet program changed the code when the CSV was saved\ntype the code back as `plandb entry template` wrote it, or use the workbook, which keeps codes as text: `plandb entry template --year Y --as DEPT --out FILE.xlsx`")
        #expect(error?.text(.ja) == "「コード」の `Jul 01` が日付になっています。CSV を保存したときに表計算ソフトがコードを変えました。\n`plandb entry template` が書いたとおりにコードを入力し直すか、コードを文字列のまま保つブック（`plandb entry template --year Y --as DEPT --out FILE.xlsx`）を使ってください。")
    }
}
