import Foundation
import PlanCore
import SQLiteDB
import TestSupport
import Testing

/// Issue 23: one rule for how a recorded value is printed. Reports printed `512345千円` (the
/// value as stored) beside the plan's own `375,284千円`; every report now groups the digits as
/// the plan does and keeps the fraction as typed, and the machine columns keep the stored text.
@Suite struct FigureTextTests {
    @Test func wholeNumbersAreGroupedByThousands() {
        #expect(FigureText.recorded("512345", unit: "千円") == "512,345千円")
        #expect(FigureText.recorded("375,284", unit: "千円") == "375,284千円")
        #expect(FigureText.recorded("1000000", unit: "千円") == "1,000,000千円")
        #expect(FigureText.recorded("1234") == "1,234")
        #expect(FigureText.recorded("999", unit: "件") == "999件")
        #expect(FigureText.recorded("0") == "0")
        #expect(FigureText.recorded("007", unit: "人") == "7人")
    }

    @Test func decimalsStayAsTyped() {
        #expect(FigureText.recorded("95.10", unit: "%") == "95.10%")
        #expect(FigureText.recorded("95.10") == "95.10")
        #expect(FigureText.recorded("73.0", unit: "%") == "73.0%")
        #expect(FigureText.recorded("0.50") == "0.50")
        #expect(FigureText.recorded("1234567.125") == "1,234,567.125")
        #expect(FigureText.recorded("12,345.60", unit: "千円") == "12,345.60千円")
    }

    @Test func negativeNumbersKeepTheirSign() {
        #expect(FigureText.recorded("-512345", unit: "千円") == "-512,345千円")
        #expect(FigureText.recorded("-1234.50") == "-1,234.50")
        #expect(FigureText.recorded("-0.5", unit: "ポイント") == "-0.5ポイント")
        #expect(FigureText.recorded("-999") == "-999")
    }

    /// A full-width value is folded by the parser before it is stored, so what is printed is
    /// the folded, grouped number; the rule itself leaves anything that is not a plain number
    /// alone, without the unit.
    @Test func fullWidthInputIsFoldedBeforeItIsPrinted() throws {
        let typed = try ValueParser.parse("５１２，３４５千円", unit: "千円")
        #expect(typed.text == "512345")
        #expect(FigureText.recorded(typed.text, unit: "千円") == "512,345千円")
        let percent = try ValueParser.parse("９５．１０％", unit: "%")
        #expect(FigureText.recorded(percent.text, unit: "%") == "95.10%")
        #expect(FigureText.recorded("５１２３４５", unit: "千円") == "５１２３４５")
    }

    @Test func nonNumericTextIsLeftAlone() {
        #expect(FigureText.recorded("－", unit: "千円") == "－")
        #expect(FigureText.recorded("未集計", unit: "%") == "未集計")
        #expect(FigureText.recorded("1,23", unit: "件") == "1,23")
        #expect(FigureText.recorded("1e5") == "1e5")
        #expect(FigureText.recorded("+5") == "+5")
        #expect(FigureText.recorded("") == "")
        #expect(FigureText.recorded(nil, unit: "千円") == nil)
    }

    /// Computed figures (an interpolated target, a forecast, a gap): grouped, whole from 1,000,
    /// otherwise at most two places.
    @Test func computedFiguresFollowTheSameGrouping() {
        #expect(FigureText.computed(625000) == "625,000")
        #expect(FigureText.computed(1234.5) == "1,235")
        #expect(FigureText.computed(-4321.4) == "-4,321")
        #expect(FigureText.computed(95.125) == "95.13")
        #expect(FigureText.computed(12) == "12")
        #expect(FigureText.computed(-0.001) == "0")
    }
}

extension SnapshotTests {
    /// 6-7-I2 ふるさと納税受入額 prints its baseline as 375,284千円; the recorded 512345 is printed
    /// 512,345千円 beside it in every report, and stays 512345 in the CSV, JSON and workbook cells.
    @Test func everyReportPrintsARecordedValueOneWay() throws {
        _ = try recorder.recordIndicator("6-7-I2", year: 2023, value: "512345", as: "企画政策課")
        _ = try recorder.recordIndicator("6-7-I1", year: 2023, value: "95.10", as: "税務課")
        let info = try snapshots.create(year: 2023, as: "総務課", note: nil, allowIncomplete: true)
        let export = try SnapshotExport(store, plan: plan, snapshot: info)

        let markdown = try export.text(.markdown)
        #expect(markdown.contains("| 6-7-I2 | ふるさと納税受入額 [KPI] | 企画政策課 | 375,284千円（2021） | 500,000千円 | 2023 500,000千円、2025 750,000千円、2027 1,000,000千円 | 512,345千円 | 達成 |"))
        #expect(markdown.contains("| 95.10% | 達成 |"))
        let html = try export.text(.html)
        #expect(html.contains("<td class=\"num\">512,345千円</td>"))
        #expect(html.contains("、実績 512,345千円\""))
        #expect(html.contains("<td class=\"num\">95.10%</td>"))

        let csv = try export.text(.csv)
        #expect(csv.contains(",375,284千円（2021）\",") || csv.contains("\"375,284千円（2021）\""))
        #expect(csv.contains(",512345,"))
        #expect(!csv.contains("512,345"))
        let json = try export.text(.json)
        #expect(json.contains("\"actual\": {\"text\": \"512345\", \"value\": 512345}"))

        let document = try SnapshotDocument.load(store, plan: plan, snapshot: info)
        let shown = document.rows().rows.first { $0[1] == .text("6-7-I2") }
        #expect(shown?[3] == .text("512,345千円"))

        // The period report, and the year after: its interpolated target is grouped too.
        _ = try recorder.recordIndicator("6-7-I2", year: 2024, value: "600000", as: "企画政策課")
        let report = try PeriodReport.build(store, plan: plan, from: 2023, to: 2024)
        let period = try report.export(.markdown, language: .ja)
        #expect(period.contains("| 6-7-I2 ふるさと納税受入額 | 375,284千円（2021） | 目標 500,000千円 / 実績 512,345千円 達成 | 目標 625,000千円（補間） / 実績 600,000千円 未達成 |"))
        let periodHTML = try report.export(.html, language: .ja)
        #expect(periodHTML.contains("<br/>512,345千円<br/>"))
        #expect(try report.export(.csv, language: .ja).contains(",512345,"))

        // `snapshot diff` for people.
        let second = try snapshots.create(year: 2024, as: "総務課", note: nil, allowIncomplete: true)
        let diff = SnapshotDiff.rows(document, try SnapshotDocument.load(store, plan: plan, snapshot: second), forPeople: true)
        #expect(diff.rows.first { $0[1] == .text("6-7-I2") && $0[2] == .text("実績値") }?[3...4] == [.text("512,345千円"), .text("600,000千円")])
        let machine = SnapshotDiff.rows(document, try SnapshotDocument.load(store, plan: plan, snapshot: second))
        #expect(machine.rows.first { $0[1] == .text("6-7-I2") && $0[2] == .text("実績値") }?[3...4] == [.text("512345"), .text("600000")])
    }

    /// The entry workbook's 前年度実績 column is for reading: 512,345千円, beside the 現状値 375,284千円,
    /// and so is its interpolated target: 625,000（補間）, not 625000.
    @Test func theEntryWorkbookPrintsLastYearsValueOneWay() throws {
        _ = try recorder.recordIndicator("6-7-I2", year: 2023, value: "512345", as: "企画政策課")
        let path = folder.path("企画政策課.xlsx")
        _ = try EntryWorkbook(store, plan: plan).write(dept: "企画政策課", year: 2024, to: path)
        let strings = try WorkbookParts(path: path)["xl/sharedStrings.xml"] ?? ""
        #expect(strings.contains("<t>512,345千円</t>"))
        #expect(!strings.contains("<t>512345</t>"))
        #expect(strings.contains("<t>625,000（補間）</t>"))
    }
}
