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

    /// The workbook: its sources sheet names each year's snapshot; then one sheet per kind of
    /// row (the CSV's rows, in Japanese, with each year's 版), numbers as number cells.
    @Test func theWorkbookCarriesTheSourcesAndEveryFigure() throws {
        let report = try report
        let path = folder.path("期間評価.xlsx")
        try report.writeWorkbook(to: path)
        let book = try PrintedWorkbook(path: path)
        #expect(book.sheetNames == ["出典", "指標", "見通し", "施策", "主な取組"])
        for source in report.sources {
            #expect(book.strings.contains(source.snapshot?.sha256 ?? "未確定（現在のデータ）"), "\(source.year)")
        }
        let indicators = book.sheet("指標")
        #expect(indicators.components(separatedBy: "<row ").count - 1 == report.indicators.count * report.sources.count + 1)
        #expect(book.sheet("見通し").components(separatedBy: "<row ").count - 1 == report.indicators.filter { $0.outlook != nil }.count + 1)
        #expect(book.sheet("施策").components(separatedBy: "<row ").count - 1 == report.policies.count * report.sources.count + 1)
        // Issue 23: an actual is a number cell shown with its printed digits and unit; the 版
        // names the snapshot (v2 for 2024, reopened and frozen again; 未確定 for the live 2027),
        // and the SHA-256 is on the 出典 sheet only.
        #expect(book.row(2, of: "指標") == ["9-1-I1", "定員管理職員数", "2023", "v1", "545", "552", "未達成", "41.2"])
        #expect(book.row(3, of: "指標")?[3...5] == ["v2", "543.5", "548"])
        #expect(book.row(6, of: "指標")?[3] == "未確定")
        #expect(!book.strings.contains("548") && book.strings.filter { $0.count == 64 }.count == 4)
        let refused = planError { _ = try report.export(.xlsx) }
        #expect(refused?.text(.en) == "a workbook is not written to standard output\ngive a file name, e.g. `plandb report --format xlsx --out 期間評価.xlsx`")
        #expect(refused?.text(.ja) == "ブック（xlsx）は標準出力には書き出せません。\nファイル名を指定してください（例：`plandb report --format xlsx --out 期間評価.xlsx`）。")
    }

    /// Issue 23: the period-report workbook is readable on A4. Every table sheet: Japanese
    /// headers, landscape A4, one page wide and as many tall as it needs, its header row
    /// repeated on every page, and columns that fit the page's width at full size (10 pt,
    /// where the CSV's 19 columns on one sheet printed at about 5 pt).
    @Test func theWorkbookPrintsOnA4AtAReadableSize() throws {
        let path = folder.path("期間評価.xlsx")
        try report.writeWorkbook(to: path)
        let book = try PrintedWorkbook(path: path)
        let headers = [
            "指標": ["コード", "指標名", "年度", "版", "目標値", "実績値", "達成", "進捗率"],
            "見通し": ["コード", "指標名", "最終年度", "見込値", "最終目標値", "見通し", "差", "差（%）", "根拠"],
            "施策": ["コード", "施策名", "主担当課", "年度", "版", "一次評価", "一次評価コメント", "二次評価", "二次評価コメント"],
            "主な取組": ["コード", "主な取組", "年度", "版", "評価", "今後の方向性", "変更"],
        ]
        for (name, expected) in headers {
            let sheet = book.sheet(name)
            #expect(book.row(1, of: name) == expected, "\(name)")
            #expect(sheet.contains("<pageSetup paperSize=\"9\" fitToHeight=\"0\" orientation=\"landscape\"/>"), "\(name)")
            #expect(sheet.contains("<pageSetUpPr fitToPage=\"1\"/>"), "\(name)")
            #expect(sheet.contains("<pageMargins left=\"0.4\" right=\"0.4\""), "\(name)")
            #expect(sheet.contains("<oddHeader>&amp;L試験市 テスト計画 期間評価報告書（2023（令和5）年度～2027（令和9）年度）</oddHeader>"), "\(name)")
            #expect(sheet.contains("<pane ySplit=\"1\" topLeftCell=\"A2\""), "the header row stays in view: \(name)")
            #expect(book.printTitles[name] == "'\(name)'!$1:$1" || book.printTitles[name] == "\(name)!$1:$1", "\(name): \(book.printTitles)")
            #expect(book.printedPointSize(name, fontSize: 10) == 10, "\(name): \(book.columnWidths(name))")
            // LibreOffice without Calibri draws in DejaVu Sans, about 9 pixels a digit: still 8 pt or more.
            #expect(book.printedPointSize(name, fontSize: 10, digitPixels: 9) >= 8, "\(name): \(book.columnWidths(name))")
        }
        // A long text wraps, in a row made tall enough to show it (three lines: 42 pt).
        #expect(book.sheet("見通し").contains("<row r=\"2\" spans=\"1:9\" ht=\"42\" customHeight=\"1\">"))
        #expect(book.row(2, of: "施策") == ["9-1", "行政運営･DX対応", "総務課", "2023", "v1", "B", "<script>alert('一次')</script>", "B", ""])
        #expect(book.row(2, of: "見通し")?.last == "最小二乗法：現状値（2022）と実績値5件（2023-2027）")
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
