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
        let refused = planError { _ = try snapshots.create(year: 2023, as: "財政課", note: nil, allowIncomplete: true) }
        #expect(refused?.text(.en) == "財政課 cannot freeze 2023（令和5）年度: only the coordinating department, 総務課, may; nothing was changed\nrun it with --as 総務課")
        #expect(refused?.text(.ja) == "財政課は2023（令和5）年度を確定できません。これができるのは取りまとめ課の総務課だけです。何も変更していません。\n`--as 総務課` を付けて実行してください。")
        let first = try snapshots.create(year: 2023, as: "総務課", note: "第1版", allowIncomplete: true)
        #expect(first.version == 1)
        #expect(first.sha256.count == 64)
        let locked = planError { _ = try recorder.recordIndicator("6-7-I1", year: 2023, value: "95.20", as: "税務課") }
        #expect(locked?.text(.en) == "2023（令和5）年度 is locked by its evaluation snapshot; nothing was recorded\nthe coordinator (総務課) can unlock it with `plandb snapshot reopen 2023 --reason TEXT --as 総務課`")
        #expect(locked?.text(.ja) == "2023（令和5）年度は評価のスナップショットで確定済み（ロック中）です。何も記録していません。\n取りまとめ課（総務課）が `plandb snapshot reopen 2023 --reason TEXT --as 総務課` でロックを解除できます。")
        let twice = planError { _ = try snapshots.create(year: 2023, as: "総務課", note: nil, allowIncomplete: true) }
        #expect(twice?.message.text(.en) == "2023（令和5）年度 is already frozen as version 1")
        #expect(twice?.message.text(.ja) == "2023（令和5）年度は第1版として確定済みです。")
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
        // The person beside the department: here the operating-system user, as on the command line.
        #expect(try store.connection.rows("SELECT version, actor FROM v_snapshots ORDER BY version").map(\.values)
            == [[.integer(1), .text(OSUser.name)], [.integer(2), .text(OSUser.name)]])
        #expect(try store.connection.scalar("SELECT actor FROM snapshot_reopenings") == .text(OSUser.name))
    }

    @Test func anIncompleteYearIsRefusedWithoutTheFlag() throws {
        try recordSome()
        let refused = planError { _ = try snapshots.create(year: 2023, as: "総務課", note: nil, allowIncomplete: false) }
        #expect(refused?.message.text(.en) == "2023（令和5）年度 is incomplete: 151 entries are missing (市民協働課 44、企画政策課 18、財政課 30、秘書広報課 22、総務課 37); no snapshot was made")
        #expect(refused?.message.text(.ja) == "2023（令和5）年度は未入力が 151 件あります（市民協働課 44 件、企画政策課 18 件、財政課 30 件、秘書広報課 22 件、総務課 37 件）。スナップショットは作成していません。")
        #expect(refused?.advice?.text(.en) == "`plandb status --year 2023` lists them; chase them, or freeze anyway with --allow-incomplete")
        #expect(refused?.advice?.text(.ja) == "`plandb status --year 2023` で未入力の項目を一覧できます。入力を依頼するか、`--allow-incomplete` を付けて未入力のまま確定してください。")
        #expect(try store.connection.scalar("SELECT count(*) FROM snapshots") == .integer(0))
        #expect(try store.connection.scalar("SELECT count(*) FROM year_locks") == .integer(0))
    }

    @Test func aCompleteYearNeedsNoFlag() throws {
        // Fill every duty of 2025 through the recorder, then freeze without --allow-incomplete.
        try recordEveryDuty(store, plan: plan, year: 2025)
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

    func checkProblems() throws -> [String] {
        try Maintenance.check(store, migrator: try Migrator.embedded()).filter { $0.status == .problem }.map { "\($0.check): \($0.detail)" }
    }

    @Test func infinityNoLongerHashesLikeNull() throws {
        try recordSome()
        _ = try snapshots.create(year: 2023, as: "総務課", note: nil, allowIncomplete: true)
        let db = store.connection
        // 6-7-I2 has no actual, so its progress is NULL: version 1 spelled +Inf as null too.
        #expect(try db.scalar("SELECT progress_pct FROM snapshot_indicators WHERE indicator_code = '6-7-I2'") == .null)
        #expect(try db.scalar("SELECT canon_version FROM snapshots") == .integer(2))
        try db.execute("DROP TRIGGER snapshot_indicators_immutable_update")
        try db.execute("UPDATE snapshot_indicators SET progress_pct = 9e999 WHERE indicator_code = '6-7-I2'")
        let problems = try checkProblems()
        #expect(problems.count == 3)
        #expect(problems.first == "schema: trigger snapshot_indicators_immutable_update: missing (the migrations create it)")
        #expect(problems.dropFirst().first?.hasPrefix("snapshot: 2023（令和5）年度 version 1: content changed since it was frozen") == true)
        #expect(problems.last == "snapshot: 2023（令和5）年度 version 1: 6-7-I2 holds an infinite number, which no snapshot can store")
    }

    @Test func frozenTablesRefuseInfiniteNumbers() throws {
        try recordSome()
        _ = try snapshots.create(year: 2023, as: "総務課", note: nil, allowIncomplete: true)
        for value in ["9e999", "-9e999"] {
            do {
                try store.connection.execute("""
                    INSERT INTO snapshot_indicators SELECT snapshot_id, 99, 'X-1', policy_code, name, unit, source_dept, is_kpi, direction, baseline_text,
                        baseline_value, baseline_year, targets, target_text, target_value, target_basis, value_text, \(value), achieved, progress_pct
                    FROM snapshot_indicators WHERE indicator_code = '6-7-I1'
                    """)
                Issue.record("\(value) was frozen")
            } catch let error as SQLiteError {
                #expect(error.message == "a snapshot holds finite numbers only")
            }
        }
    }

    /// A snapshot as plandb froze it before migration 0008: hashed by canon version 1, whose text
    /// is written out here as the old code wrote it.
    @Test func snapshotsFrozenBeforeCanonVersionTwoStillVerify() throws {
        let old = try PlanDatabase.open(path: folder.path("old.db"), access: .create)
        let db = old.connection
        try Migrator(migrations: Array(try Migration.embedded().prefix(7))).migrate(db)
        // The plan's row as the seed importer of that schema wrote it (today's importer needs today's schema).
        try db.execute("""
            INSERT INTO departments (name) VALUES ('総務課');
            INSERT INTO plans (code, name, municipality, start_year, end_year, default_baseline_year, coordinator_dept_id)
            SELECT 'katori-2-kouki', '第2次総合計画 後期基本計画', '香取市', 2023, 2027, 2022, dept_id FROM departments WHERE name = '総務課';
            """)
        let plan = try PlanRef.current(old)
        let text = """
            snapshot {"created_at": "2024-06-01T00:00:00.000Z", "created_by": "総務課", "fiscal_year": 2023, "missing": 0, "note": null, "plan_code": "\(plan.code)", "version": 1}
            snapshot_indicators {"seq": 1, "indicator_code": "6-7-I1", "policy_code": "6-7", "name": "一般市税の収納率", "unit": "%", "source_dept": "税務課", "is_kpi": 0, "direction": "increase", "baseline_text": "95.00", "baseline_value": 95, "baseline_year": 2021, "targets": "", "target_text": null, "target_value": null, "target_basis": "none", "value_text": "95.10", "value": 95.1, "achieved": null, "progress_pct": null}

            """
        let sha = String(try runProcess(URL(fileURLWithPath: "/usr/bin/sha256sum"), [], input: Data(text.utf8)).stdout.prefix(64))
        try db.execute("""
            INSERT INTO snapshots (plan_id, fiscal_year, version, created_at, created_by, note, missing, sha256)
            SELECT ?, 2023, 1, '2024-06-01T00:00:00.000Z', dept_id, NULL, 0, ? FROM departments WHERE name = '総務課'
            """, [plan.id, sha])
        try db.execute("""
            INSERT INTO snapshot_indicators VALUES (1, 1, '6-7-I1', '6-7', '一般市税の収納率', '%', '税務課', 0, 'increase', '95.00', 95.0, 2021, '',
                NULL, NULL, 'none', '95.10', 95.1, NULL, NULL)
            """)
        try db.execute("INSERT INTO year_locks SELECT ?, 2023, 'now', dept_id, 'snapshot version 1' FROM departments WHERE name = '総務課'", [plan.id])
        try Migrator.embedded().migrate(db)
        #expect(try db.scalar("SELECT canon_version FROM snapshots") == .integer(1))
        let findings = try Maintenance.check(old, migrator: try Migrator.embedded())
        #expect(findings.filter { $0.status == .problem }.isEmpty, "\(findings.filter { $0.status == .problem })")
        #expect(findings.filter { $0.check == "snapshot" }.map(\.detail) == ["2023（令和5）年度 version 1: SHA-256 matches"])
        // The header its report prints today is kept from now on.
        try db.execute("UPDATE plans SET name = '改ざん計画'")
        let document = try SnapshotDocument.load(old, plan: plan, snapshot: try Snapshots(old, plan: plan).find(year: 2023))
        #expect(try document.export(.markdown).hasPrefix("# 香取市 第2次総合計画 後期基本計画 2023（令和5）年度 評価結果報告書\n"))
        // Version 1 spells +Inf like NULL; the frozen-number check still sees it.
        try db.execute("DROP TRIGGER snapshot_indicators_immutable_update")
        try db.execute("UPDATE snapshot_indicators SET progress_pct = 9e999")
        let problems = try Maintenance.check(old, migrator: try Migrator.embedded()).filter { $0.check == "snapshot" }.map(\.detail)
        #expect(problems == ["2023（令和5）年度 version 1: SHA-256 matches", "2023（令和5）年度 version 1: 6-7-I1 holds an infinite number, which no snapshot can store"])
    }

    @Test func deletingAYearLockNeitherUnlocksNorPassesCheck() throws {
        try recordSome()
        _ = try snapshots.create(year: 2023, as: "総務課", note: nil, allowIncomplete: true)
        try store.connection.execute("DELETE FROM year_locks")
        let refused = planError { try recorder.recordIndicator("6-7-I1", year: 2023, value: "95.20", as: "税務課") }
        #expect(refused?.text(.en) == """
            2023（令和5）年度 is locked by its evaluation snapshot; nothing was recorded
            the coordinator (総務課) can unlock it with `plandb snapshot reopen 2023 --reason TEXT --as 総務課`
            """)
        #expect(try checkProblems() == ["year locks: 2023（令和5）年度: frozen by snapshot version 1 and never reopened, but its year_locks row is missing"])
        #expect(try store.connection.scalar("SELECT is_current FROM v_snapshots") == .integer(1))
        // Reopening is still the way to unlock, and leaves nothing to report.
        #expect(try snapshots.reopen(year: 2023, reason: "訂正", as: "総務課") == 1)
        _ = try recorder.recordIndicator("6-7-I1", year: 2023, value: "95.20", as: "税務課")
        #expect(try checkProblems() == [])
        // A lock that no snapshot explains is reported too.
        try store.connection.execute("INSERT INTO year_locks SELECT ?, 2024, 'now', dept_id, NULL FROM departments WHERE name = '総務課'", [plan.id])
        #expect(try checkProblems() == ["year locks: 2024（令和6）年度: locked by a year_locks row, but no snapshot freezes it (none was made, or it was reopened)"])
    }

    @Test func theReportPrintsOnlyWhatWasFrozen() throws {
        try recordSome()
        let info = try snapshots.create(year: 2023, as: "総務課", note: nil, allowIncomplete: true)
        let textFormats = SnapshotExportFormat.allCases.filter { $0 != .xlsx && $0 != .opendata }
        let exports = try textFormats.map { try SnapshotDocument.load(store, plan: plan, snapshot: info).export($0) }
        let db = store.connection
        try db.execute("UPDATE plans SET name = '改ざん計画', municipality = '改ざん市', end_year = 2030")
        try db.execute("UPDATE departments SET name = '改ざん課' WHERE name = '総務課'")
        let tampered = try PlanRef.current(store)
        #expect(tampered.name == "改ざん計画")
        let after = try SnapshotDocument.load(store, plan: tampered, snapshot: try Snapshots(store, plan: tampered).find(year: 2023))
        #expect(try textFormats.map { try after.export($0) } == exports)
        #expect(try checkProblems() == [])
        // The frozen header is covered by the hash.
        try db.execute("DROP TRIGGER snapshot_headers_immutable_update")
        try db.execute("UPDATE snapshot_headers SET plan_name = '改ざん計画'")
        let problems = try checkProblems()
        #expect(problems.count == 2)
        #expect(problems.last?.hasPrefix("snapshot: 2023（令和5）年度 version 1: content changed since it was frozen") == true)
    }

    @Test func schemaTamperingIsNamed() throws {
        let db = store.connection
        try db.execute("DROP TRIGGER indicator_actuals_append_only_delete")
        try db.execute("DROP VIEW v_history")
        try db.execute("DROP TRIGGER snapshots_immutable_update")
        try db.execute("CREATE TRIGGER snapshots_immutable_update BEFORE UPDATE ON snapshots WHEN 0 BEGIN SELECT 1; END")
        try db.execute("CREATE TABLE notes (x)")
        try db.execute("DROP INDEX indicators_by_code")
        #expect(try checkProblems() == [
            "schema: index indicators_by_code: missing (the migrations create it)",
            "schema: trigger indicator_actuals_append_only_delete: missing (the migrations create it)",
            "schema: trigger snapshots_immutable_update: changed (its SQL differs from what the migrations create)",
            "schema: view v_history: missing (the migrations create it)",
            "schema: table notes: extra (no migration creates it)",
        ])
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
        let html = try document.export(.html)
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

        let markdown = try document.export(.markdown)
        #expect(markdown.hasPrefix("# 香取市 第2次総合計画 後期基本計画 2023（令和5）年度 評価結果報告書\n"))
        #expect(markdown.contains("| 6-7-I1 | 一般市税の収納率 [KPI] | 税務課 | 95.00%（2021） | 95.05% | 2023 95.05%、2025 95.10%、2027 95.15% | 95.10% | 達成 | 66.7% |"))
        #expect(markdown.contains("| 6-7-I3 | 将来負担比率 | 財政課 | 19%（2021） | 30％以内 | 2023 30％以内、2025 30％以内、2027 30％以内 | 31% | 未達成 | 96.8% |"))

        let csv = try document.export(.csv)
        #expect(csv.hasPrefix("\u{FEFF}区分,コード,名称,担当,目指す姿,単位,現状値,目標値,計画の目標,実績値,達成,進捗率,取組方針,評価,今後の方向性,実績・コメント,課題,備考\r\n"))
        #expect(csv.contains("\r\n指標（KPI）,6-7-I1,一般市税の収納率,税務課,,%,95.00%（2021）,95.05%,2023 95.05%、2025 95.10%、2027 95.15%,95.10,達成,66.7,,,,,,\r\n"))

        let json = try document.export(.json)
        let parsed = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        #expect(parsed?["fiscal_year"] as? Int == 2023)
        #expect((parsed?["policies"] as? [[String: Any]])?.count == 7)
        #expect(json.contains("\"actual\": {\"text\": \"95.10\", \"value\": 95.1}"))
    }
}
