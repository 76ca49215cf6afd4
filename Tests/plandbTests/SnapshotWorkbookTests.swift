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
        for text in ["<t>6-7 財政運営</t>", "<t>17.80%</t>", "<t>おおむね順調</t>", "<t>一次評価（財政課）</t>"] {
            #expect(strings.contains(text), "\(text)")
        }
    }
}
