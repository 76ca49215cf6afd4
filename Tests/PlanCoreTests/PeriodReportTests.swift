import Foundation
#if canImport(FoundationXML)
    import FoundationXML
#endif
import PlanCore
import SQLiteDB
import TestSupport
import Testing

/// A made-up five-year history, recorded and frozen year by year through PlanCore as the
/// coordinator would: 2023–2026 frozen (2024 reopened and frozen again as version 2), 2027 live.
@Suite struct PeriodReportTests {
    let folder: TemporaryFolder
    let store: PlanDatabase
    let plan: PlanRef

    init() throws {
        folder = try TemporaryFolder()
        (store, plan) = try OutlookTests.database(in: folder)
        let recorder = Recorder(store, plan: plan)
        let snapshots = Snapshots(store, plan: plan)
        let grades = [2023: ("B", "継続"), 2024: ("B", "継続"), 2025: ("A", "継続"), 2026: ("A", "廃止"), 2027: ("A", "廃止")]
        for year in 2023...2027 {
            for (code, recordedYear, value) in OutlookTests.series where recordedYear == year {
                _ = try recorder.recordIndicator(code, year: year, value: value, as: "財政課")
            }
            _ = try recorder.recordIndicator("9-1-I1", year: year, value: String(552 - (year - 2023) * 3), as: "総務課")
            let (grade, next) = grades[year]!
            _ = try recorder.recordInitiative("9-1-1-1-1", year: year, grade: grade, next: next, result: nil, challenge: nil, as: "総務課")
            _ = try recorder.recordPolicy("9-1", year: year, grade: grade, comment: "<script>alert('一次')</script>", stage: .first, as: "総務課")
            _ = try recorder.recordPolicy("9-1", year: year, grade: "B", comment: nil, stage: .second, as: "総務課")
            if year < 2027 { _ = try snapshots.create(year: year, as: "総務課", note: nil, allowIncomplete: true) }
        }
        _ = try snapshots.reopen(year: 2024, reason: "訂正", as: "総務課")
        _ = try recorder.recordIndicator("9-1-I1", year: 2024, value: "548", as: "総務課")
        _ = try snapshots.create(year: 2024, as: "総務課", note: nil, allowIncomplete: true)
    }

    var report: PeriodReport { get throws { try PeriodReport.build(store, plan: plan, from: 2023, to: 2027) } }

    @Test func everyYearNamesItsSource() throws {
        let report = try report
        let frozen = try Snapshots(store, plan: plan).list()
        #expect(report.sources.map(\.year) == [2023, 2024, 2025, 2026, 2027])
        #expect(report.sources.map { $0.snapshot?.version } == [1, 2, 1, 1, nil])
        for source in report.sources {
            #expect(source.snapshot?.sha256 == frozen.last { $0.fiscalYear == source.year }?.sha256)
        }
    }

    /// Each figure equals what the live views hold (the snapshots were made from them), and the
    /// outlook equals v_indicator_outlook.
    @Test func theFiguresAreTheViews() throws {
        let report = try report
        let db = store.connection
        var checked = 0
        for indicator in report.indicators {
            for item in indicator.years {
                let live = try db.row("SELECT * FROM v_indicator_results WHERE indicator_code = ? AND fiscal_year = ?", [indicator.code, item.year])
                #expect(item.valueText == live?.string("value_text"), "\(indicator.code) \(item.year)")
                #expect(item.achieved == live?.bool("achieved"), "\(indicator.code) \(item.year)")
                #expect(item.progress == live?.double("progress_pct"), "\(indicator.code) \(item.year)")
                let target = try db.row("SELECT * FROM v_indicator_year_targets WHERE indicator_code = ? AND fiscal_year = ?", [indicator.code, item.year])
                #expect(item.targetValue == target?.double("target_value"))
                checked += 1
            }
            let outlook = try db.row("SELECT * FROM v_indicator_outlook WHERE indicator_code = ?", [indicator.code])
            #expect(indicator.outlook?.forecast == outlook?.double("forecast_value"), "\(indicator.code)")
            #expect(indicator.outlook?.basisCode == outlook?.string("basis"))
            #expect(indicator.judgement?.onTrack == outlook?.bool("on_track"))
            #expect(indicator.judgement?.gapPct == outlook?.double("gap_pct"))
        }
        #expect(checked == 10 * 5)
        // The corrected 2024 value comes from version 2.
        #expect(report.indicators.first { $0.code == "9-1-I1" }?.years.map(\.valueText) == ["552", "548", "546", "543", "540"])
        let initiative = try #require(report.initiatives.first { $0.code == "9-1-1-1-1" })
        #expect(initiative.years.map(\.grade) == ["B", "B", "A", "A", "A"])
        #expect(initiative.years.map(\.changed) == [false, false, true, true, false])
        let policy = try #require(report.policies.first { $0.code == "9-1" })
        #expect(policy.years.map(\.firstGrade) == ["B", "B", "A", "A", "A"])
        #expect(policy.years.map(\.secondGrade) == ["B", "B", "B", "B", "B"])
        let summary = report.summary
        #expect(summary.atRisk.map(\.code) == ["9-3-I1", "9-3-I3", "9-3-I6"])
        #expect(summary.noActual.map(\.code) == ["9-2-I1", "9-2-I2"])
    }

    @Test func theHTMLIsWellFormedAndEscaped() throws {
        let html = try report.export(.html, language: .ja)
        let parser = XMLParser(data: Data(html.replacingOccurrences(of: "<!DOCTYPE html>\n", with: "").utf8))
        #expect(parser.parse(), "HTML is not well-formed: \(parser.parserError.map { "\($0)" } ?? "")")
        #expect(!html.contains("<script"))
        #expect(html.contains("&lt;script&gt;alert(&#39;一次&#39;)&lt;/script&gt;"))
        #expect(html.contains("<h1>期間評価報告書</h1>"))
        #expect(html.contains("未確定（現在のデータ）"))
        #expect(html.contains("@page { size: A4 landscape;"))
        for source in try report.sources { if let sha = source.snapshot?.sha256 { #expect(html.contains(sha)) } }
        #expect(html.components(separatedBy: "<svg xmlns").count - 1 == 10)
        #expect(!html.contains("http://w") || html.contains("http://www.w3.org/"))

        let english = try report.export(.html, language: .en)
        #expect(english.contains("<h1>Period evaluation report</h1>"))
    }

    @Test func markdownCSVAndJSON() throws {
        let report = try report
        let csv = try report.export(.csv, language: .ja)
        #expect(csv.hasPrefix("\u{FEFF}kind,code,name,fiscal_year,source,source_version,source_sha256,target,actual,"))
        let sha2024 = try #require(report.source(2024)?.snapshot?.sha256)
        #expect(csv.contains("\r\nindicator,9-1-I1,定員管理職員数,2024,snapshot,2,\(sha2024),543.5,548,0,64.7,,,,,,,,,\r\n"))
        #expect(csv.contains("\r\nindicator,9-1-I1,定員管理職員数,2027,live,,,,540,,111.8,,,,,,,,,\r\n"))
        #expect(csv.contains("\r\noutlook,9-3-I1,増やす指標,2027,trend to 2027,,,,,,,,,,146,150,0,4,8,least squares: baseline 2022 and 2 actuals 2023-2024\r\n"))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(try report.export(.json).utf8)) as? [String: Any])
        #expect((json["sources"] as? [[String: Any]])?.last?["source"] as? String == "live")
        #expect((json["summary"] as? [String: Any])?["at_risk"] as? [String] == ["9-3-I1", "9-3-I3", "9-3-I6"])
        let markdown = try report.export(.markdown, language: .ja)
        #expect(markdown.contains("| 2024（令和6）年度 | v2 |"))
        #expect(markdown.contains("| 9-1-1-1-1 定員適正化計画の推進 | B 継続 | B 継続 | ◆ A 継続 | ◆ A 廃止 | A 廃止 |"))
    }

    /// The workbook: its sources sheet names each year's snapshot, and its figures sheet holds
    /// the CSV's rows, numbers as number cells.
    @Test func theWorkbookCarriesTheSourcesAndEveryFigure() throws {
        let report = try report
        let path = folder.path("期間評価.xlsx")
        try report.writeWorkbook(to: path)
        let parts = try WorkbookParts(path: path)
        let workbook = parts["xl/workbook.xml"] ?? ""
        #expect(workbook.contains("<sheet name=\"出典\"") && workbook.contains("<sheet name=\"数値\""))
        let strings = parts["xl/sharedStrings.xml"] ?? ""
        for source in report.sources {
            #expect(strings.contains(source.snapshot?.sha256 ?? "未確定（現在のデータ）"), "\(source.year)")
        }
        let figures = parts["xl/worksheets/sheet2.xml"] ?? ""
        #expect(figures.components(separatedBy: "<row ").count - 1 == report.rows().rows.count + 1)
        // Issue 23: an actual is a number cell shown with its printed digits, the headers are
        // Japanese, and the SHA-256 is on the 出典 sheet only (once per year, not on every row).
        #expect(figures.contains("<v>2024</v>") && figures.contains("<v>548</v>") && !strings.contains("<t>548</t>"))
        #expect(strings.contains("9-1-I1") && strings.contains("<t>実績値</t>") && strings.contains("<t>見通し</t>"))
        #expect(!strings.contains("source_sha256") && !strings.contains("<t>actual</t>"))
        #expect(figures.components(separatedBy: "<col ").count - 1 == 19)
        let refused = planError { _ = try report.export(.xlsx) }
        #expect(refused?.text(.en) == "a workbook is not written to standard output\ngive a file name, e.g. `plandb report --format xlsx --out 期間評価.xlsx`")
        #expect(refused?.text(.ja) == "ブック（xlsx）は標準出力には書き出せません。\nファイル名を指定してください（例：`plandb report --format xlsx --out 期間評価.xlsx`）。")
    }

    @Test func yearsOutsideThePlanOrReversedAreRefused() throws {
        let outside = planError { _ = try PeriodReport.build(store, plan: plan, from: 2022, to: 2027) }
        #expect(outside?.text(.en) == "2022（令和4）年度 is outside the plan's period 2023-2027\ngive years from 2023 to 2027, e.g. `plandb report --from 2023 --to 2027`")
        let reversed = planError { _ = try PeriodReport.build(store, plan: plan, from: 2026, to: 2024) }
        #expect(reversed?.text(.ja) == "--from 2026 が --to 2024 より後になっています。\n早いほうの年度を --from に指定してください（例：`plandb report --from 2023 --to 2027`）。")
    }

    @Test func theYearlyReportCarriesTheOutlookPerPolicy() throws {
        let info = try Snapshots(store, plan: plan).find(year: 2026)
        let html = try SnapshotDocument.load(store, plan: plan, snapshot: info).withOutlook(store).export(.html)
        #expect(html.contains("<p class=\"note\">見通し：9-3 6指標のうち3指標が最終目標に届く見込み</p>"))
        #expect(html.contains("<p class=\"note\">見通し：9-1 1指標のうち1指標が最終目標に届く見込み</p>"))
    }
}
