import Foundation
import PlanCore
import SQLiteDB
import TestSupport
import Testing

@Suite struct SeedImporterTests {
    let folder: TemporaryFolder
    let dbPath: String

    init() throws {
        folder = try TemporaryFolder()
        dbPath = folder.path("plan.db")
        _ = try Maintenance.initialize(path: dbPath, migrator: try Migrator.embedded())
    }

    func store() throws -> PlanDatabase { try PlanDatabase.open(path: dbPath, access: .write) }

    func importSeeds(_ path: String, dryRun: Bool = false, allowDelete: Bool = false) throws -> SeedImportReport {
        try SeedImporter(try store()).importPlan(try SeedSource.folder(path).plan(), dryRun: dryRun, allowDelete: allowDelete)
    }

    /// The issues a broken seed folder produces, as `file:line:column: message` lines.
    func issues(_ path: String, _ language: Language = .en) -> [String] {
        do {
            _ = try SeedReader.folder(path).read()
            return []
        } catch let error as SeedValidationError {
            return error.issues.map { $0.text(language) }
        } catch {
            return ["unexpected: \(error)"]
        }
    }

    @Test func importsEverythingIntoTheViews() throws {
        let report = try importSeeds(try SeedFixture.write(into: folder))
        #expect(report.count(.removed) == 0 && report.count(.changed) == 0)
        #expect(report.changes.filter { $0.kind == "initiative" }.map(\.code) == ["9-1-1-1-1", "9-1-1-1-2"])
        let db = try store().connection
        #expect(try db.rows("SELECT policy_code, title, lead_dept FROM v_policies ORDER BY sort_key").map(\.values) == [
            ["9-1", "行政運営･DX対応", "総務課"], ["9-2", "財政運営", "財政課"],
        ])
        #expect(try db.rows("SELECT initiative_code, phase, seq, text FROM v_initiative_actions ORDER BY initiative_code, phase_order, seq").map(\.values) == [
            ["9-1-1-1-1", "計画", 1, "計画の策定"], ["9-1-1-1-1", "実行", 1, "計画の実行"], ["9-1-1-1-1", "実行", 2, "進捗の確認"],
            ["9-1-1-1-2", "実行", 1, "オンライン申請の拡大"],
        ])
        #expect(try db.rows("SELECT indicator_code, baseline_text, baseline_value, baseline_year, direction, is_kpi FROM v_indicators ORDER BY indicator_code").map(\.values) == [
            ["9-1-I1", "559人", 559.0, 2022, "decrease", 0], ["9-2-I1", "19%", 19.0, 2021, "at_most", 1], ["9-2-I2", "95.00%", 95.0, 2021, "increase", 1],
        ])
        #expect(try db.rows("SELECT fiscal_year, target_text, target_value FROM v_indicator_targets WHERE indicator_code = '9-1-I1' ORDER BY fiscal_year").map(\.values) == [
            [2023, "545人", 545.0], [2025, "542人", 542.0], [2027, "－", nil],
        ])
        #expect(try db.rows("SELECT direction_code, is_priority FROM v_directions").map(\.values) == [["9-1-1-1", 1]])
        #expect(try db.rows("SELECT is_reprint FROM v_initiatives ORDER BY initiative_code").map { $0[0] } == [0, 1])
    }

    @Test func reimportChangesNothing() throws {
        let seeds = try SeedFixture.write(into: folder)
        _ = try importSeeds(seeds)
        let before = try dump(dbPath)
        let again = try importSeeds(seeds)
        #expect(again.changes.isEmpty)
        #expect(try dump(dbPath) == before)
    }

    @Test func editedTextUpdatesInPlaceKeepingIDs() throws {
        _ = try importSeeds(try SeedFixture.write(into: folder))
        let id = try store().connection.scalar("SELECT indicator_id FROM indicators WHERE code = '9-2-I2'")
        let edited = SeedFixture.policy2.replacingOccurrences(of: "description: 市税の収納率", with: "description: 市税調定額に対する収納額の割合")
        let report = try importSeeds(try SeedFixture.write(into: folder, policies: ["9-1": SeedFixture.policy1, "9-2": edited]))
        #expect(report.changes == [SeedChange(action: .changed, kind: "indicator", code: "9-2-I2", detail: "description")])
        let db = try store().connection
        #expect(try db.scalar("SELECT indicator_id FROM indicators WHERE code = '9-2-I2'") == id)
        #expect(try db.scalar("SELECT description FROM v_indicators WHERE indicator_code = '9-2-I2'") == "市税調定額に対する収納額の割合")
    }

    @Test func removedItemsAreDeleted() throws {
        _ = try importSeeds(try SeedFixture.write(into: folder))
        let policy = SeedFixture.policy1
        let start = try #require(policy.range(of: "          - code: \"9-1-1-1-2\"")).lowerBound
        let end = try #require(policy.range(of: "indicators:")).lowerBound
        let without = policy.replacingCharacters(in: start..<end, with: "")
        let report = try importSeeds(try SeedFixture.write(into: folder, policies: ["9-1": without]), allowDelete: true)
        #expect(report.changes.map { "\($0.action.rawValue) \($0.kind) \($0.code)" } == [
            "removed policy 9-2", "removed measure 9-2-1", "removed initiative 9-1-1-1-2", "removed indicator 9-2-I1", "removed indicator 9-2-I2",
        ])
        let db = try store().connection
        #expect(try db.scalar("SELECT count(*) FROM initiative_actions") == .integer(3))
        #expect(try db.scalar("SELECT count(*) FROM indicator_targets") == .integer(3))
        #expect(try db.scalar("PRAGMA foreign_key_check").isNull)
    }

    @Test func dryRunReportsButWritesNothing() throws {
        let seeds = try SeedFixture.write(into: folder)
        let before = try dump(dbPath)
        let report = try importSeeds(seeds, dryRun: true)
        #expect(report.dryRun)
        // 3 departments, the plan, its outline, 2 grades, 2 next directions, 4 phases, 2 policies,
        // 2 measures, 1 direction, 2 initiatives, 3 indicators.
        #expect(report.count(.added) == 23)
        #expect(try dump(dbPath) == before)
    }

    @Test func everyProblemIsReportedWithFileLineAndColumn() throws {
        let broken = SeedFixture.policy1
            .replacingOccurrences(of: "lead_dept: 総務課", with: "lead_dep: 総務課")
            .replacingOccurrences(of: "source_dept: 総務課", with: "source_dept: 人事課")
            // A full-width digit is read as half-width (5４5 is 545), so it is no problem.
            .replacingOccurrences(of: "value: \"545\"", with: "value: \"5４5\"")
            .replacingOccurrences(of: "value: \"542\"", with: "value: \"524\"")
        let brokenTwo = SeedFixture.policy2
            .replacingOccurrences(of: "direction: increase", with: "direction: decrease")
            .replacingOccurrences(of: "  - code: \"9-2-1\"\n    title: 財源確保", with: "  - code: \"9-2-1\"\n    title: 財源確保\n  - code: \"９－２－１\"\n    title: 重複")
        let path = try SeedFixture.write(into: folder, policies: ["9-1": broken, "9-2": brokenTwo])
        #expect(issues(path) == [
            "policies/9-1.yaml:1:1: missing `lead_dept`; write e.g. `lead_dept: ○○課`",
            "policies/9-1.yaml:3:1: unknown key `lead_dep`; the keys here are: code, indicators, lead_dept, measures, related_depts, related_plans, title, vision",
            "policies/9-1.yaml:34:18: source_dept: unknown department 人事課; add it to the departments (`departments` in plan.yaml, or the 課 sheet)",
            "policies/9-1.yaml:41:41: target value 524 of 9-1-I1 does not appear in its printed text `542人`; copy the digits exactly as printed",
            "policies/9-2.yaml:9:11: code 9-2-1 is already used at policies/9-2.yaml:7:11; every item keeps a code of its own",
            "policies/9-2.yaml:32:16: 9-2-I2 is `decrease`, but its printed targets rise (2023: 95.05%, 2025: 95.10%, 2027: 95.15%); use `increase`, or check the targets",
        ])
        #expect(issues(path, .ja) == [
            "policies/9-1.yaml:1:1: `lead_dept` がありません。`lead_dept: ○○課` のように書いてください。",
            "policies/9-1.yaml:3:1: キー `lead_dep` は使えません。ここで使えるキー：code, indicators, lead_dept, measures, related_depts, related_plans, title, vision",
            "policies/9-1.yaml:34:18: 調査課：人事課 という課はありません。課の一覧（plan.yaml の `departments` か、課シート）に追加してください。",
            "policies/9-1.yaml:41:41: 9-1-I1 の目標値の value 524 が、計画書の表記 `542人` の中にありません。計画書の数字をそのまま写してください。",
            "policies/9-2.yaml:9:11: コード 9-2-1 は policies/9-2.yaml:7:11 でも使われています。項目ごとに別のコードにしてください。",
            "policies/9-2.yaml:32:16: 9-2-I2 は `decrease` ですが、計画書の目標値が上がっています（2023: 95.05%, 2025: 95.10%, 2027: 95.15%）。`increase` にするか、目標値を確かめてください。",
        ])
    }

    @Test func malformedFilesAreReportedNotCrashedOn() throws {
        let path = try SeedFixture.write(into: folder, policies: [
            "9-1": "code: \"9-1\"\ntitle: [unclosed\n",
            "9-2": "",
            "9-3": "code: 9-3x\ntitle: t\nlead_dept: 総務課\nvision: v\nmeasures: {}\n",
        ])
        #expect(issues(path) == [
            "policies/9-1.yaml:3:1: not valid YAML: did not find expected ',' or ']'; check indentation and quote text that starts with a special character",
            "policies/9-2.yaml:1:1: the file is empty; see Seeds/README.md for what it holds",
            "policies/9-3.yaml:1:7: policy code `9-3x` must be outline-number as printed, e.g. `code: \"6-1\"`",
            "policies/9-3.yaml:5:11: `measures` must be a list (lines starting with `- `)",
        ])
        #expect(issues(path, .ja) == [
            "policies/9-1.yaml:3:1: YAML として読めません（did not find expected ',' or ']'）。字下げを確かめ、記号で始まる文字列は引用符で囲んでください。",
            "policies/9-2.yaml:1:1: ファイルが空です。書く内容は Seeds/README.md を見てください。",
            "policies/9-3.yaml:1:7: 施策コード `9-3x` は計画書のとおり「大綱-番号」で書いてください（例：`code: \"6-1\"`）。",
            "policies/9-3.yaml:5:11: `measures` はリスト（`- ` で始まる行）にしてください。",
        ])
    }

    @Test func aFailedImportLeavesTheDatabaseUnchanged() throws {
        _ = try importSeeds(try SeedFixture.write(into: folder))
        let before = try dump(dbPath)
        let broken = SeedFixture.policy2.replacingOccurrences(of: "source_dept: 財政課", with: "source_dept: 全課等")
        let path = try SeedFixture.write(into: folder, policies: ["9-1": SeedFixture.policy1, "9-2": broken])
        #expect(throws: PlanError.self) { _ = try importSeeds(path) }
        #expect(issues(path).first == "policies/9-2.yaml:14:18: source_dept: 全課等 is a group, not a department that can report; name one department")
        #expect(issues(path, .ja).first == "policies/9-2.yaml:14:18: 調査課：全課等 は課のまとまりで、報告できる課ではありません。課を1つ指定してください。")
        #expect(try dump(dbPath) == before)
    }

    @Test func removingAnItemWithEvaluationRecordsIsRefused() throws {
        _ = try importSeeds(try SeedFixture.write(into: folder))
        let store = try store()
        let recorder = Recorder(store, plan: try PlanRef.current(store))
        _ = try recorder.recordIndicator("9-2-I1", year: 2023, value: "25", as: "財政課")
        _ = try recorder.recordIndicator("9-2-I1", year: 2024, value: "26", as: "財政課")
        _ = try recorder.recordPolicy("9-2", year: 2023, grade: "A", comment: nil, stage: .first, as: "財政課")
        let before = try dump(dbPath)
        let path = try SeedFixture.write(into: folder, policies: ["9-1": SeedFixture.policy1])
        let refusal = planError { _ = try importSeeds(path) }
        #expect(refusal?.text(.en) == "the seeds remove items that have evaluation records; nothing was imported:\n  indicator 9-2-I1 (将来負担比率) has 2 recorded actual(s)\n  policy 9-2 (財政運営) has 1 policy evaluation(s)\nkeep those items in the seeds (their records stay attached); if one was renumbered, write its old code in 旧コード (old_code)")
        #expect(refusal?.text(.ja) == "シードから、評価の記録がある項目が消えています。何も取り込んでいません。\n  指標 9-2-I1（将来負担比率）には実績値が 2 件記録されています\n  施策 9-2（財政運営）には施策評価が 1 件あります\nそれらの項目をシードに残してください（記録はそのまま残ります）。番号を変えた項目は、旧コード（old_code）に元のコードを書いてください。")
        #expect(try dump(dbPath) == before)
    }

    @Test func htmlAndSQLInPlanNamesReachTheReportAsText() throws {
        let hostile = SeedFixture.policy2
            .replacingOccurrences(of: "title: 財政運営", with: "title: \"<script>alert('財政')</script>\"")
            .replacingOccurrences(of: "name: 将来負担比率", with: "name: \"将来負担比率'); DROP TABLE indicators; --\"")
        _ = try importSeeds(try SeedFixture.write(into: folder, policies: ["9-1": SeedFixture.policy1, "9-2": hostile]))
        let store = try store()
        let plan = try PlanRef.current(store)
        #expect(try store.connection.scalar("SELECT name FROM v_indicators WHERE indicator_code = '9-2-I1'") == "将来負担比率'); DROP TABLE indicators; --")
        let info = try Snapshots(store, plan: plan).create(year: 2023, as: "総務課", note: nil, allowIncomplete: true)
        let html = try SnapshotDocument.load(store, plan: plan, snapshot: info).export(.html)
        #expect(!html.contains("<script>"))
        #expect(html.contains("&lt;script&gt;alert(&#39;財政&#39;)&lt;/script&gt;"))
        #expect(html.contains("将来負担比率&#39;); DROP TABLE indicators; --"))
    }
}
