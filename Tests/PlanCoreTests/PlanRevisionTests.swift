import Foundation
import PlanCore
import SQLiteDB
import TestSupport
import Testing

/// A revised plan never moves an evaluation onto another item (DESIGN.md, "Revisions"): items are
/// matched by their written code, a 旧コード renumbers on purpose, and nothing with evaluations or
/// in a frozen snapshot is deleted.
@Suite struct PlanRevisionTests {
    let folder: TemporaryFolder
    let dbPath: String

    init() throws {
        folder = try TemporaryFolder()
        dbPath = folder.path("plan.db")
        _ = try Maintenance.initialize(path: dbPath, migrator: try Migrator.embedded())
        _ = try importPolicy1(SeedFixture.policy1)
        let store = try store()
        _ = try Recorder(store, plan: try PlanRef.current(store))
            .recordInitiative("9-1-1-1-1", year: 2023, grade: "A", next: "継続", result: "計画を策定した", challenge: nil, as: "総務課")
    }

    func store() throws -> PlanDatabase { try PlanDatabase.open(path: dbPath, access: .write) }

    func importPolicy1(_ policy1: String, dryRun: Bool = false, allowDelete: Bool = false, policy2: String? = SeedFixture.policy2) throws -> SeedImportReport {
        var policies = ["9-1": policy1]
        if let policy2 { policies["9-2"] = policy2 }
        let seeds = try SeedFixture.write(into: folder, policies: policies)
        return try SeedImporter(try store()).importPlan(try SeedSource.folder(seeds).plan(), dryRun: dryRun, allowDelete: allowDelete, actor: "tester")
    }

    /// Each initiative with its position and its 2023 grade.
    func initiatives() throws -> [[Value]] {
        try store().connection.rows("""
            SELECT i.initiative_code, i.position, i.title, e.grade FROM v_initiatives i
            LEFT JOIN v_initiative_evaluations e ON e.initiative_code = i.initiative_code AND e.fiscal_year = 2023
            ORDER BY i.direction_code, i.position
            """).map(\.values)
    }

    static let inserted = """
                  - code: "9-1-1-1-3"
                    title: 新しく加わった取組
                    actions:
                      実行: [新しい実行]

        """

    @Test func anInitiativeInsertedBeforeAnotherLeavesEveryEvaluationWhereItWas() throws {
        let revised = SeedFixture.policy1.replacingOccurrences(of: "          - code: \"9-1-1-1-1\"\n", with: Self.inserted.dropLast() + "\n          - code: \"9-1-1-1-1\"\n")
        let report = try importPolicy1(revised)
        #expect(report.changes.map { "\($0.action.rawValue) \($0.kind) \($0.code)" } == ["added initiative 9-1-1-1-3"])
        #expect(try initiatives() == [
            ["9-1-1-1-3", 1, "新しく加わった取組", nil], ["9-1-1-1-1", 2, "定員適正化計画の推進", "A"], ["9-1-1-1-2", 3, "窓口のDX", nil],
        ])
        #expect(try store().connection.scalar("PRAGMA foreign_key_check").isNull)
    }

    @Test func reorderedInitiativesKeepTheirEvaluations() throws {
        let policy = SeedFixture.policy1
        let first = try #require(policy.range(of: "          - code: \"9-1-1-1-1\"")).lowerBound
        let second = try #require(policy.range(of: "          - code: \"9-1-1-1-2\"")).lowerBound
        let end = try #require(policy.range(of: "indicators:")).lowerBound
        let swapped = String(policy[..<first]) + String(policy[second..<end]) + String(policy[first..<second]) + String(policy[end...])
        let report = try importPolicy1(swapped)
        #expect(report.changes.isEmpty)
        #expect(try initiatives() == [["9-1-1-1-2", 1, "窓口のDX", nil], ["9-1-1-1-1", 2, "定員適正化計画の推進", "A"]])
    }

    @Test func aRetitledInitiativeKeepsItsEvaluationAndTheOldTitleIsInTheHistory() throws {
        let revised = SeedFixture.policy1.replacingOccurrences(of: "title: 定員適正化計画の推進", with: "title: 定員適正化計画の推進及び検証")
        let report = try importPolicy1(revised)
        #expect(report.changes == [SeedChange(action: .changed, kind: "initiative", code: "9-1-1-1-1", detail: "title")])
        #expect(try initiatives().first == ["9-1-1-1-1", 1, "定員適正化計画の推進及び検証", "A"])
        let history = try store().connection.rows(
            "SELECT dept, item_code, fiscal_year, field, old_value, new_value, actor, plan_code FROM v_history WHERE record_kind = 4").map(\.values)
        #expect(history == [["総務課", "9-1-1-1-1", nil, "plan initiative title", "定員適正化計画の推進", "定員適正化計画の推進及び検証", "tester", "test-plan"]])
    }

    @Test func aRenumberingWithAnOldCodeTakesTheEvaluationsAlong() throws {
        let revised = SeedFixture.policy1.replacingOccurrences(
            of: "          - code: \"9-1-1-1-1\"\n", with: "          - code: \"9-1-1-1-9\"\n            old_code: \"9-1-1-1-1\"\n")
        let report = try importPolicy1(revised)
        #expect(report.changes == [SeedChange(action: .changed, kind: "initiative", code: "9-1-1-1-9", detail: "code ← 9-1-1-1-1")])
        #expect(try initiatives() == [["9-1-1-1-9", 1, "定員適正化計画の推進", "A"], ["9-1-1-1-2", 2, "窓口のDX", nil]])
        let history = try store().connection.rows(
            "SELECT item_code, fiscal_year, field, old_value, new_value FROM v_history WHERE item_code = '9-1-1-1-9' ORDER BY record_kind, field_seq").map(\.values)
        #expect(history == [
            ["9-1-1-1-9", 2023, "grade", nil, "A"], ["9-1-1-1-9", 2023, "next_direction", nil, "継続"], ["9-1-1-1-9", 2023, "result", nil, "計画を策定した"],
            ["9-1-1-1-9", nil, "plan initiative code", "9-1-1-1-1", "9-1-1-1-9"],
        ])
    }

    @Test func anEvaluatedInitiativeIsNeverDeletedEvenWithAllowDelete() throws {
        let policy = SeedFixture.policy1
        let start = try #require(policy.range(of: "          - code: \"9-1-1-1-1\"")).lowerBound
        let end = try #require(policy.range(of: "          - code: \"9-1-1-1-2\"")).lowerBound
        let without = policy.replacingCharacters(in: start..<end, with: "")
        let before = try Data(contentsOf: URL(fileURLWithPath: dbPath))
        let refusal = planError { _ = try importPolicy1(without, allowDelete: true) }
        #expect(refusal?.text(.en) == """
            the seeds remove items that have evaluation records; nothing was imported:
              initiative 9-1-1-1-1 (定員適正化計画の推進) has 1 initiative evaluation(s)
            keep those items in the seeds (their records stay attached); if one was renumbered, write its old code in 旧コード (old_code)
            """)
        #expect(refusal?.text(.ja) == """
            シードから、評価の記録がある項目が消えています。何も取り込んでいません。
              主な取組 9-1-1-1-1（定員適正化計画の推進）には取組評価が 1 件あります
            それらの項目をシードに残してください（記録はそのまま残ります）。番号を変えた項目は、旧コード（old_code）に元のコードを書いてください。
            """)
        #expect(try Data(contentsOf: URL(fileURLWithPath: dbPath)) == before)
    }

    @Test func anItemInAFrozenSnapshotIsNeverDeleted() throws {
        let store = try store()
        _ = try Snapshots(store, plan: try PlanRef.current(store)).create(year: 2023, as: "総務課", note: nil, allowIncomplete: true)
        let policy = SeedFixture.policy1
        let start = try #require(policy.range(of: "          - code: \"9-1-1-1-2\"")).lowerBound
        let end = try #require(policy.range(of: "indicators:")).lowerBound
        let refusal = planError { _ = try importPolicy1(policy.replacingCharacters(in: start..<end, with: ""), allowDelete: true) }
        #expect(refusal?.text(.en).components(separatedBy: "\n").dropFirst().first == "  9-1-1-1-2 (窓口のDX) is in 1 frozen snapshot(s)")
    }

    @Test func otherDeletionsAreListedByDryRunAndNeedAllowDelete() throws {
        // Seeds holding only one of the plan's policies would delete the other one.
        let dryRun = try importPolicy1(SeedFixture.policy1, dryRun: true, policy2: nil)
        #expect(dryRun.changes.map { "\($0.action.rawValue) \($0.kind) \($0.code)" } == [
            "removed policy 9-2", "removed measure 9-2-1", "removed indicator 9-2-I1", "removed indicator 9-2-I2",
        ])
        let refusal = planError { _ = try importPolicy1(SeedFixture.policy1, policy2: nil) }
        #expect(refusal?.text(.en) == """
            importing would delete 4 item(s) of plan test-plan that the seeds no longer hold; nothing was imported:
              policy 9-2 財政運営
              measure 9-2-1 財源確保
              indicator 9-2-I1 将来負担比率
              indicator 9-2-I2 一般市税の収納率
            if they are really gone from the plan, import again with --allow-delete; if they were renumbered, write the old code in 旧コード (old_code); if the seeds hold only part of the plan, add the rest (export it with `plandb plan export`)
            """)
        #expect(try store().connection.scalar("SELECT count(*) FROM v_policies") == .integer(2))
        let deleted = try importPolicy1(SeedFixture.policy1, allowDelete: true, policy2: nil)
        #expect(deleted.count(.removed) == 4)
        #expect(try store().connection.scalar("SELECT count(*) FROM v_policies") == .integer(1))
    }

    @Test func anInitiativeMovedToAnotherDirectionKeepsItsEvaluation() throws {
        let moved = SeedFixture.policy1
            .replacingOccurrences(of: "indicators:", with: """
                      - code: "9-1-1-2"
                        title: 新しい方針
                        text: 新しい方針の本文。
                        initiatives:
                          - code: "9-1-1-1-1"
                            title: 定員適正化計画の推進
                            actions:
                              計画: [計画の策定]
                              実行: [計画の実行, 進捗の確認]
                indicators:
                """)
        let start = try #require(moved.range(of: "          - code: \"9-1-1-1-1\"\n")).lowerBound
        let end = try #require(moved.range(of: "          - code: \"9-1-1-1-2\"")).lowerBound
        let report = try importPolicy1(moved.replacingCharacters(in: start..<end, with: ""))
        #expect(report.changes.map { "\($0.action.rawValue) \($0.kind) \($0.code) \($0.detail)" } == ["added direction 9-1-1-2 新しい方針"])
        #expect(try initiatives() == [["9-1-1-1-2", 1, "窓口のDX", nil], ["9-1-1-1-1", 1, "定員適正化計画の推進", "A"]])
        #expect(try store().connection.scalar("SELECT direction_code FROM v_initiatives WHERE initiative_code = '9-1-1-1-1'") == "9-1-1-2")
    }

    @Test func anotherPlanCodeAddsAPlanAndChangesNothingOfTheFirst() throws {
        let before = try store().connection.rows("SELECT * FROM v_initiatives ORDER BY initiative_code").map(\.values)
        let plan = SeedFixture.plan.replacingOccurrences(of: "code: test-plan", with: "code: next-plan")
            .replacingOccurrences(of: "start_year: 2023", with: "start_year: 2028").replacingOccurrences(of: "end_year: 2027", with: "end_year: 2032")
        let policy2 = SeedFixture.policy2.replacingOccurrences(of: "year: 2023", with: "year: 2028").replacingOccurrences(of: "year: 2025", with: "year: 2030")
            .replacingOccurrences(of: "year: 2027", with: "year: 2032")
        let seeds = try SeedFixture.write(into: folder, name: "next", plan: plan, policies: ["9-2": policy2])
        let report = try SeedImporter(try store()).importPlan(try SeedSource.folder(seeds).plan())
        #expect(report.planCode == "next-plan" && report.count(.removed) == 0)
        #expect(try store().connection.rows("SELECT * FROM v_initiatives WHERE plan_code = 'test-plan' ORDER BY initiative_code").map(\.values) == before)
        #expect(try store().connection.rows("SELECT plan_code, count(*) FROM v_indicators GROUP BY plan_code ORDER BY 1").map(\.values) == [
            ["next-plan", 2], ["test-plan", 3],
        ])
    }

    @Test func initWithoutSeedsNeverImportsTheEmbeddedPlanBesideAnother() throws {
        let before = try Data(contentsOf: URL(fileURLWithPath: dbPath))
        let result = try Maintenance.initialize(path: dbPath, seeds: nil)
        #expect(result.report == nil && result.keptPlans == ["test-plan（試験市 テスト計画）"])
        #expect(try Data(contentsOf: URL(fileURLWithPath: dbPath)) == before)
        #expect(Message.initKeepsPlans(dbPath, plans: result.keptPlans).text(.ja)
            == "\(dbPath) にはすでに test-plan（試験市 テスト計画） が入っているため、組み込みの計画は取り込んでいません。計画の読み込みや改訂は `plandb seed import DIR|FILE.xlsx` で行ってください。")
    }
}
