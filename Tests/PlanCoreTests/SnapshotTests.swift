import Foundation
#if canImport(FoundationXML)
    import FoundationXML
#endif
import PlanCore
import SQLiteDB
import TestSupport
import Testing

@Suite struct SnapshotTests {
    let folder: TemporaryFolder
    let path: String
    let store: PlanDatabase
    let plan: PlanRef

    init() throws {
        folder = try TemporaryFolder()
        path = try embeddedPlanDatabase(in: folder)
        store = try PlanDatabase.open(path: path, access: .write)
        plan = try PlanRef.current(store)
    }

    var snapshots: Snapshots { Snapshots(store, plan: plan) }
    var recorder: Recorder { Recorder(store, plan: plan) }

    func recordSome() throws {
        _ = try recorder.recordIndicator("6-7-I1", year: 2023, value: "95.10", as: "税務課")
        _ = try recorder.recordIndicator("6-7-I3", year: 2023, value: "31", as: "財政課")
        _ = try recorder.recordInitiative("6-7-1-1-1", year: 2023, grade: "B", next: "継続", result: "<b>調査</b> & \"実施\"", challenge: nil, as: "財政課")
        _ = try recorder.recordPolicy("6-7", year: 2023, grade: "B", comment: "おおむね順調", stage: .first, as: "財政課")
        _ = try recorder.recordPolicy("6-7", year: 2023, grade: "C", comment: "<script>alert('x')</script>", stage: .second, as: "総務課")
    }

    @Test func createLockReopenAndVersionTwo() throws {
        try recordSome()
        #expect(throws: PlanError("財政課 cannot freeze 2023（令和5）年度: only the coordinating department, 総務課, may; nothing was changed", advice: "run it with --as 総務課")) {
            try snapshots.create(year: 2023, as: "財政課", note: nil, allowIncomplete: true)
        }
        let first = try snapshots.create(year: 2023, as: "総務課", note: "第1版", allowIncomplete: true)
        #expect(first.version == 1)
        #expect(first.sha256.count == 64)
        let locked = planError { _ = try recorder.recordIndicator("6-7-I1", year: 2023, value: "95.20", as: "税務課") }
        #expect(locked?.text(.en) == "2023（令和5）年度 is locked by its evaluation snapshot; nothing was recorded\nthe coordinator (総務課) can unlock it with `plandb snapshot reopen 2023 --reason TEXT --as 総務課`")
        #expect(locked?.text(.ja) == "2023（令和5）年度は評価のスナップショットで確定済み（ロック中）です。何も記録していません。\n取りまとめ課（総務課）が `plandb snapshot reopen 2023 --reason TEXT --as 総務課` でロックを解除できます。")
        #expect(throws: PlanError.self) { try snapshots.create(year: 2023, as: "総務課", note: nil, allowIncomplete: true) }
        #expect(try snapshots.reopen(year: 2023, reason: "税務課からの訂正", as: "総務課") == 1)
        _ = try recorder.recordIndicator("6-7-I1", year: 2023, value: "95.20", as: "税務課")
        let second = try snapshots.create(year: 2023, as: "総務課", note: nil, allowIncomplete: true)
        #expect(second.version == 2)
        let v1 = try SnapshotDocument.load(store, plan: plan, snapshot: try snapshots.find(year: 2023, version: 1))
        let v2 = try SnapshotDocument.load(store, plan: plan, snapshot: try snapshots.find(year: 2023))
        #expect(v1.indicators.first { $0.code == "6-7-I1" }?.valueText == "95.10")
        #expect(v2.indicators.first { $0.code == "6-7-I1" }?.valueText == "95.20")
        #expect(SnapshotDiff.rows(v1, v2).rows == [["indicator", "6-7-I1", "実績値", "95.10", "95.20"], ["indicator", "6-7-I1", "進捗率", "66.7", "133.3"]])
        #expect(try store.connection.scalar("SELECT reason FROM snapshot_reopenings") == "税務課からの訂正")
    }

    @Test func anIncompleteYearIsRefusedWithoutTheFlag() throws {
        try recordSome()
        do {
            _ = try snapshots.create(year: 2023, as: "総務課", note: nil, allowIncomplete: false)
            Issue.record("an incomplete year was frozen")
        } catch let error as PlanError {
            #expect(error.message.en.hasPrefix("2023（令和5）年度 is incomplete: "))
            #expect(error.message.en.contains("財政課 "))
            #expect(error.advice?.en == "`plandb status --year 2023` lists them; chase them, or freeze anyway with --allow-incomplete")
        }
        #expect(try store.connection.scalar("SELECT count(*) FROM snapshots") == .integer(0))
        #expect(try store.connection.scalar("SELECT count(*) FROM year_locks") == .integer(0))
    }

    @Test func aCompleteYearNeedsNoFlag() throws {
        // Fill every duty of 2025 through the recorder, then freeze without --allow-incomplete.
        for status in try Completion(store, plan: plan).status(year: 2025) {
            switch status.duty.kind {
            case .actual: _ = try recorder.recordIndicator(status.duty.code, year: 2025, value: "1", as: status.dept, confirmed: true)
            case .initiative: _ = try recorder.recordInitiative(status.duty.code, year: 2025, grade: "A", next: "継続", result: nil, challenge: nil, as: status.dept)
            case .firstReview: _ = try recorder.recordPolicy(status.duty.code, year: 2025, grade: "A", comment: nil, stage: .first, as: status.dept)
            case .secondReview: _ = try recorder.recordPolicy(status.duty.code, year: 2025, grade: "A", comment: nil, stage: .second, as: status.dept)
            }
        }
        let info = try snapshots.create(year: 2025, as: "総務課", note: nil, allowIncomplete: false)
        #expect(info.missing == 0)
    }

    @Test func rowsCannotBeChangedAndCheckCatchesAChangeBehindTheTriggers() throws {
        try recordSome()
        _ = try snapshots.create(year: 2023, as: "総務課", note: nil, allowIncomplete: true)
        let db = store.connection
        do {
            try db.execute("UPDATE snapshot_indicators SET value_text = '99' WHERE indicator_code = '6-7-I1'")
            Issue.record("a snapshot row was updated")
        } catch let error as SQLiteError {
            #expect(error.message == "snapshots are immutable: reopen the year and create a new version")
        }
        #expect(throws: SQLiteError.self) { try db.execute("DELETE FROM snapshots") }
        #expect(try Maintenance.check(store, migrator: try Migrator.embedded()).filter { $0.check == "snapshot" }.map(\.status) == [.ok])
        try db.execute("DROP TRIGGER snapshot_indicators_immutable_update")
        try db.execute("UPDATE snapshot_indicators SET value_text = '99' WHERE indicator_code = '6-7-I1'")
        let findings = try Maintenance.check(store, migrator: try Migrator.embedded()).filter { $0.check == "snapshot" }
        #expect(findings.map(\.status) == [.problem])
        #expect(findings.first?.detail.hasPrefix("2023（令和5）年度 version 1: content changed since it was frozen") == true)
    }

    @Test func theSnapshotReadsTheSameAfterTheSeedsChange() throws {
        try recordSome()
        let info = try snapshots.create(year: 2023, as: "総務課", note: nil, allowIncomplete: true)
        let before = try SnapshotDocument.load(store, plan: plan, snapshot: info).export(.json)
        // Copy the embedded seeds, rename policy 6-7 and an indicator, and import them.
        for file in EmbeddedPlanFiles.files(in: "Seeds") {
            var text = file.text
            if file.path == "policies/6-7.yaml" {
                text = text.replacingOccurrences(of: "title: 財政運営", with: "title: 財政運営（改訂）")
                    .replacingOccurrences(of: "name: 将来負担比率", with: "name: 将来負担比率（改訂）")
            }
            try folder.write(text, to: "seeds/" + file.path)
        }
        let report = try SeedImporter(store).importPlan(try SeedSource.folder(folder.path("seeds")).plan())
        #expect(report.changes.map(\.code) == ["6-7", "6-7-I3"])
        #expect(try store.connection.scalar("SELECT title FROM v_policies WHERE policy_code = '6-7'") == "財政運営（改訂）")
        #expect(try SnapshotDocument.load(store, plan: plan, snapshot: info).export(.json) == before)
        #expect(try snapshots.verify().allSatisfy { $0.0.sha256 == $0.1 })
    }

    @Test func exportsInEveryFormat() throws {
        try recordSome()
        let info = try snapshots.create(year: 2023, as: "総務課", note: "公表用 <最終>", allowIncomplete: true)
        let document = try SnapshotDocument.load(store, plan: plan, snapshot: info)
        let html = document.export(.html)
        // Well-formed: Foundation's XML parser reads the whole file.
        let parser = XMLParser(data: Data(html.replacingOccurrences(of: "<!DOCTYPE html>\n", with: "").utf8))
        #expect(parser.parse(), "HTML is not well-formed: \(parser.parserError.map { "\($0)" } ?? "")")
        #expect(!html.contains("<script"))
        #expect(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"))
        #expect(html.contains("&lt;b&gt;調査&lt;/b&gt; &amp; &quot;実施&quot;"))
        #expect(html.contains("公表用 &lt;最終&gt;"))
        #expect(!html.contains("http://") && !html.contains("https://"))
        for policy in document.policies { #expect(html.contains("id=\"p\(policy.code)\""), "missing policy \(policy.code)") }
        for indicator in document.indicators { #expect(html.contains(">\(indicator.code)・"), "missing indicator \(indicator.code)") }
        #expect(document.policies.count == 7)

        let markdown = document.export(.markdown)
        #expect(markdown.hasPrefix("# 香取市 第2次総合計画 後期基本計画 2023（令和5）年度 評価結果報告書\n"))
        #expect(markdown.contains("| 6-7-I1 | 一般市税の収納率 [KPI] | 税務課 | 95.00%（2021） | 95.05% | 2023 95.05%、2025 95.10%、2027 95.15% | 95.10% | 達成 | 66.7% |"))
        #expect(markdown.contains("| 6-7-I3 | 将来負担比率 | 財政課 | 19%（2021） | 30％以内 | 2023 30％以内、2025 30％以内、2027 30％以内 | 31% | 未達成 | 96.8% |"))

        let csv = document.export(.csv)
        #expect(csv.hasPrefix("\u{FEFF}区分,コード,名称,担当,目指す姿,単位,現状値,目標値,計画の目標,実績値,達成,進捗率,取組方針,評価,今後の方向性,実績・コメント,課題,備考\r\n"))
        #expect(csv.contains("\r\n指標（KPI）,6-7-I1,一般市税の収納率,税務課,,%,95.00%（2021）,95.05%,2023 95.05%、2025 95.10%、2027 95.15%,95.10,達成,66.7,,,,,,\r\n"))

        let json = document.export(.json)
        let parsed = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        #expect(parsed?["fiscal_year"] as? Int == 2023)
        #expect((parsed?["policies"] as? [[String: Any]])?.count == 7)
        #expect(json.contains("\"actual\": {\"text\": \"95.10\", \"value\": 95.1}"))
    }
}
