import Foundation
import TestSupport
import Testing

/// `snapshot export Y --format xlsx`: the frozen year as a workbook.
@Suite struct SnapshotWorkbookTests {
    @Test func frozenYearIsASummarySheetAndASheetPerPolicy() throws {
        let folder = try TemporaryFolder()
        _ = try embeddedPlanDatabase(in: folder)
        func plandb(_ arguments: String...) throws -> CommandResult { try PlanDBBinary.run(arguments, in: folder.url) }
        _ = try plandb("record", "indicator", "6-7-I3", "--year", "2023", "--value", "17.80", "--as", "財政課")
        _ = try plandb("record", "policy", "6-7", "--year", "2023", "--grade", "B", "--comment", "おおむね順調", "--as", "財政課")
        _ = try plandb("snapshot", "create", "--year", "2023", "--as", "総務課", "--allow-incomplete")
        let refused = try plandb("snapshot", "export", "2023", "--format", "xlsx")
        #expect(refused.stderr == "error: a workbook is not written to standard output\ngive a file name, e.g. `plandb snapshot export 2023 --format xlsx --out 評価結果報告書.xlsx`\n")
        let written = try plandb("snapshot", "export", "2023", "--format", "xlsx", "--out", "report.xlsx")
        #expect(written.stdout == "wrote report.xlsx (xlsx, 2023（令和5）年度 version 1)\n", "\(written.stderr)")
        let parts = try WorkbookParts(path: folder.path("report.xlsx"))
        let names = try NSRegularExpression(pattern: "<sheet name=\"([^\"]+)\"").matches(in: parts["xl/workbook.xml"] ?? "", range: NSRange(location: 0, length: (parts["xl/workbook.xml"] ?? "").utf16.count))
            .map { ((parts["xl/workbook.xml"] ?? "") as NSString).substring(with: $0.range(at: 1)) }
        #expect(names == ["概要", "6-1", "6-2", "6-3", "6-4", "6-5", "6-6", "6-7"])
        // Written in constant-memory mode: each text is stored inline in its sheet's rows, not in
        // a table of every string held until the workbook is closed.
        #expect(parts["xl/sharedStrings.xml"] == nil)
        let strings = parts.parts.filter { $0.name.hasPrefix("xl/worksheets/") }.map { String(decoding: $0.data, as: UTF8.self) }.joined()
        for text in ["<t>6-7 財政運営</t>", "<t>おおむね順調</t>", "<t>一次評価（財政課）</t>", "<t>30％以内</t>"] {
            #expect(strings.contains(text), "\(text)")
        }
        // Issue 23: 実績値, a target that is one number and 進捗率 are number cells whose format
        // shows the unit and the printed digits (17.80 shown as 17.80%); codes stay text.
        let sheet = parts["xl/worksheets/sheet8.xml"] ?? ""
        let styles = parts["xl/styles.xml"] ?? ""
        func format(_ reference: String) -> String? {
            guard let match = try? NSRegularExpression(pattern: "<c r=\"\(reference)\" s=\"([0-9]+)\"><v>").firstMatch(in: sheet, range: NSRange(sheet.startIndex..., in: sheet)),
                  let range = Range(match.range(at: 1), in: sheet), let style = Int(sheet[range]) else { return nil }
            let xfs = styles.components(separatedBy: "<cellXfs")[1].components(separatedBy: "<xf ").dropFirst()
            let id = xfs[xfs.startIndex + style].components(separatedBy: "numFmtId=\"")[1].prefix { $0 != "\"" }
            return styles.components(separatedBy: "<numFmt numFmtId=\"\(id)\" formatCode=\"").dropFirst().first?.components(separatedBy: "\"/>").first
        }
        #expect(sheet.contains("<c r=\"A9\" s=\"7\" t=\"inlineStr\"><is><t>6-7-I3</t></is></c>"))
        #expect(sheet.contains("<v>17.8</v>") && format("E9") == "#,##0.00&quot;%&quot;")
        #expect(sheet.contains("<c r=\"D8\"") && format("D8") == "#,##0&quot;千円&quot;")
        #expect(format("G9") == "#,##0.0&quot;%&quot;")
    }
}
