import Foundation
import PlanCore
import SQLiteDB
import TestSupport
import Testing

/// `snapshot export` streams the frozen rows (SnapshotExport) instead of loading the document:
/// the bytes must be the ones the loaded document gives, and the HTML report's outlook the one
/// the period report computes.
extension SnapshotTests {
    @Test func aStreamedExportIsTheDocumentsByteForByte() throws {
        try recordHostileTexts()
        _ = try recorder.recordInitiative("6-1-1-1-1", year: 2023, grade: "A", next: "拡充", result: "実施", challenge: nil, as: "市民協働課")
        let first = try snapshots.create(year: 2023, as: "総務課", note: "公表 | <版>", allowIncomplete: true)
        _ = try recorder.recordIndicator("6-7-I1", year: 2024, value: "96.00", as: "税務課")
        let second = try snapshots.create(year: 2024, as: "総務課", note: nil, allowIncomplete: true)
        for info in [first, second] {
            let document = try SnapshotDocument.load(store, plan: plan, snapshot: info).withOutlook(store)
            let export = try SnapshotExport(store, plan: plan, snapshot: info)
            for format in [SnapshotExportFormat.csv, .json, .markdown, .html] {
                let streamed = try export.text(format)
                #expect(streamed == (try document.export(format)), "\(info.fiscalYear) \(format)")
                #expect(streamed.contains("見通し：") == (format == .html), "only the HTML report carries the outlook: \(format)")
            }
        }
    }
}

extension OutlookTests {
    /// The outlook lines of the old route: the whole period report up to the snapshot's year.
    func periodReportLines(_ year: Int) throws -> [String: String] {
        let report = try PeriodReport.build(store, plan: plan, from: year, to: year)
        var lines: [String: String] = [:]
        for policy in report.policies {
            let judged = policy.indicators.filter { $0.judgement?.onTrack != nil }
            lines[policy.code] = (judged.isEmpty
                ? Message.outlookPolicyNone(policy.code)
                : .outlookPolicyLine(policy.code, onTrack: judged.filter { $0.judgement?.onTrack == true }.count, judged: judged.count)).text(.ja)
        }
        return lines
    }

    /// Years not frozen are read live, frozen ones from their latest version, the exported year
    /// from its snapshot: the one-pass query gives the period report's lines.
    @Test func theYearlyReportsOutlookIsThePeriodReports() throws {
        let snapshots = Snapshots(store, plan: plan)
        // 2023 and 2024 stay live; 2025 is frozen, reopened and frozen again with a change.
        _ = try snapshots.create(year: 2025, as: "総務課", note: nil, allowIncomplete: true)
        _ = try snapshots.reopen(year: 2025, reason: "訂正", as: "総務課")
        _ = try Recorder(store, plan: plan).recordIndicator("9-3-I2", year: 2025, value: "560", as: "財政課")
        _ = try Recorder(store, plan: plan).recordIndicator("9-3-I6", year: 2025, value: "9", as: "財政課")
        let info2025 = try snapshots.create(year: 2025, as: "総務課", note: nil, allowIncomplete: true)
        _ = try Recorder(store, plan: plan).recordIndicator("9-3-I1", year: 2026, value: "125", as: "財政課")
        let info2026 = try snapshots.create(year: 2026, as: "総務課", note: nil, allowIncomplete: true)
        for info in [info2025, info2026] {
            let lines = try SnapshotDocument.load(store, plan: plan, snapshot: info).withOutlook(store).outlook.mapValues { $0.text(.ja) }
            #expect(lines == (try periodReportLines(info.fiscalYear)), "\(info.fiscalYear)")
        }
        #expect(try periodReportLines(2026)["9-3"] == "9-3 6指標のうち3指標が最終目標に届く見込み")
    }
}
