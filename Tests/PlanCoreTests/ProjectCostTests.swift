import Foundation
@testable import PlanCore
import SQLiteDB
import TestSupport
import Testing

/// 事務事業 and their cost on the embedded 香取市 plan (coordinator 総務課, 予算担当課 財政課), with
/// every figure worked out by hand in the comments.
@Suite struct ProjectCostTests {
    let folder: TemporaryFolder
    let path: String
    let store: PlanDatabase
    let plan: PlanRef

    /// 00123 is split 60/40 over 6-1 and 6-4; 00456 (100 % 6-6) has no 決算 yet; 00789 is 財政課's.
    static let projectList = """
        事業コード,事業名,担当課,主な取組コード,按分,会計,款,項,目,開始年度,終了年度
        00123,協働のまちづくり推進事業,市民協働課,6-1-1-1-1,60,一般会計,総務費,総務管理費,企画費,2023,
        00123,協働のまちづくり推進事業,市民協働課,6-4-1-1-1,40,一般会計,総務費,総務管理費,企画費,2023,
        00456,行政評価推進事業,総務課,6-6-1-1-1,,一般会計,総務費,総務管理費,一般管理費,,
        00789,財政運営事業,財政課,6-7-1-1-1,100,一般会計,総務費,総務管理費,財政管理費,2023,2027

        """

    static let budget2025 = """
        事業コード,予算額,決算額,国庫支出金,県支出金,地方債,その他特定財源
        00123,"12,345",11000,2000,500,0,0
        00456,5000,,0,0,0,0
        00789,800,750,0,0,0,100

        """

    init() throws {
        folder = try TemporaryFolder()
        path = try embeddedPlanDatabase(in: folder)
        store = try PlanDatabase.open(path: path, access: .write)
        plan = try PlanRef.choose(store, year: 2025)
    }

    func loadProjects() throws {
        _ = try ProjectListImport(store, plan: plan, actor: "tanaka").run(file: try folder.write(Self.projectList, to: "projects.csv"), as: "総務課", dryRun: false)
    }

    func loadYear2025() throws {
        try loadProjects()
        _ = try BudgetImport(store, plan: plan, actor: "sato").run(file: try folder.write(Self.budget2025, to: "budget.csv"), year: 2025, as: "財政課", dryRun: false)
        let rates = StaffRates(store, plan: plan, actor: "tanaka")
        _ = try rates.set(year: 2025, kind: "正職員", amount: "8,400", as: "総務課")
        _ = try rates.set(year: 2025, kind: "会計年度任用職員", amount: "2500", as: "総務課")
        let recorder = ProjectRecorder(store, plan: plan, actor: "kato")
        _ = try recorder.record("00123", year: 2025, staff: [.init(kind: "正職員", personYears: "1.10"), .init(kind: "会計年度任用職員", personYears: "0.5")],
                                grade: "B", next: "改善", result: nil, challenge: nil, as: "市民協働課")
        _ = try recorder.record("00456", year: 2025, staff: [.init(kind: "正職員", personYears: "０．５５")], grade: "a", next: "継続", result: nil, challenge: nil, as: "総務課")
        _ = try recorder.record("00789", year: 2025, staff: [], grade: "C", next: "縮小", result: "見直し中", challenge: nil, as: "財政課")
    }

    func values(_ sql: String, _ arguments: [ValueConvertible?] = []) throws -> [[Value]] {
        try store.connection.rows(sql, arguments).map(\.values)
    }

    @Test func theRuleComputedByHand() throws {
        try loadYear2025()
        // 00123: 人件費 = 1.10 × 8,400 + 0.50 × 2,500 = 9,240 + 1,250 = 10,490; 事業費 = 決算 11,000;
        //        フルコスト 21,490; 特定財源 2,000 + 500 = 2,500; 一般財源 18,990.
        // 00456: 人件費 = 0.55 × 8,400 = 4,620; no 決算, so 事業費 = 予算 5,000 (basis budget); 9,620.
        // 00789: no 人工: 事業費 = 決算 750, 特定財源 100, 一般財源 650.
        #expect(try values("""
            SELECT project_code, fiscal_year, budget, settled, specific_revenue, personnel_cost, project_cost, full_cost, general_revenue, basis
            FROM v_project_costs WHERE plan_code = 'katori-2-kouki' ORDER BY project_code
            """) == [
            [.text("00123"), .integer(2025), .integer(12345), .integer(11000), .integer(2500), .integer(10490), .integer(11000), .integer(21490), .integer(18990), .text("settled")],
            [.text("00456"), .integer(2025), .integer(5000), .null, .integer(0), .integer(4620), .integer(5000), .integer(9620), .integer(9620), .text("budget")],
            [.text("00789"), .integer(2025), .integer(800), .integer(750), .integer(100), .integer(0), .integer(750), .integer(750), .integer(650), .text("settled")],
        ])
        // 00123 split 60/40: 6-1 gets 12,345 × 0.6 = 7,407 budget, 6,600 settled, 10,490 × 0.6 = 6,294 personnel,
        // 21,490 × 0.6 = 12,894 full, 18,990 × 0.6 = 11,394 general; 6-4 the 40 %: 4,938 / 4,400 / 4,196 / 8,596 / 7,596.
        #expect(try values("""
            SELECT policy_code, budget, settled, personnel_cost, full_cost, general_revenue, projects
            FROM v_policy_costs WHERE fiscal_year = 2025 ORDER BY policy_code
            """) == [
            [.text("6-1"), .integer(7407), .integer(6600), .integer(6294), .integer(12894), .integer(11394), .integer(1)],
            [.text("6-4"), .integer(4938), .integer(4400), .integer(4196), .integer(8596), .integer(7596), .integer(1)],
            [.text("6-6"), .integer(5000), .null, .integer(4620), .integer(9620), .integer(9620), .integer(1)],
            [.text("6-7"), .integer(800), .integer(750), .integer(0), .integer(750), .integer(650), .integer(1)],
        ])
    }

    @Test func roundingIsHalfUpOnceFromExactSums() throws {
        try loadProjects()
        let rates = StaffRates(store, plan: plan)
        _ = try rates.set(year: 2025, kind: "正職員", amount: "8401", as: "総務課")
        // 0.55 × 8,401 = 4,620.55 → 4,621 (half up, whole 千円); 1.1 × 8400 would be 9240.000000000002 in binary floating point.
        _ = try ProjectRecorder(store, plan: plan).record("00456", year: 2025, staff: [.init(kind: "正職員", personYears: "0.55")],
                                                         grade: nil, next: nil, result: nil, challenge: nil, as: "総務課")
        #expect(try values("SELECT personnel_cost, full_cost, basis FROM v_project_costs WHERE project_code = '00456'") == [[.integer(4621), .integer(4621), .null]])
        // 00123: 0.25 × 8,401 = 2,100.25 → 2,100; split 60/40 from the exact 2,100: 1,260 and 840.
        _ = try ProjectRecorder(store, plan: plan).record("00123", year: 2025, staff: [.init(kind: "正職員", personYears: "0.25")],
                                                         grade: nil, next: nil, result: nil, challenge: nil, as: "市民協働課")
        // A budget of 1 千円 split 60/40 is 0.6 and 0.4: 1 and 0, each rounded half up once.
        _ = try BudgetImport(store, plan: plan).run(file: try folder.write("事業コード,予算額\n00123,1\n", to: "b.csv"), year: 2025, as: "財政課", dryRun: false)
        #expect(try values("SELECT initiative_code, budget, personnel_cost FROM v_initiative_costs WHERE projects > 0 AND initiative_code IN ('6-1-1-1-1', '6-4-1-1-1') ORDER BY 1")
            == [[.text("6-1-1-1-1"), .integer(1), .integer(1260)], [.text("6-4-1-1-1"), .integer(0), .integer(840)]])
    }

    @Test func aReprintIsRefusedSoItCountsOnce() throws {
        // 6-6-1-2-1 is a （再掲） of 6-3-1-1-1: the project belongs where the 主な取組 is first printed.
        let list = "事業コード,事業名,担当課,主な取組コード\nA1,広報事業,秘書広報課,6-6-1-2-1\n"
        let before = try dump(path)
        let error = planError { _ = try ProjectListImport(store, plan: plan).run(file: try folder.write(list, to: "p.csv"), as: "総務課", dryRun: false) }
        #expect(error?.text(.ja) == """
            p.csv：取り込めない行が 1 行あるため、何も取り込んでいません。
              2 行目の「主な取組コード」（A1）：6-6-1-2-1 は（再掲）です。費用を一度だけ数えるため、初出の 6-3-1-1-1 に結び付けてください。
            これらの行を直してから、もう一度取り込んでください。
            """)
        #expect(try dump(path) == before)
    }

    @Test func sharesNotAddingTo100AreRefusedAndNothingIsWritten() throws {
        let list = """
            事業コード,事業名,担当課,主な取組コード,按分
            B1,事業B,市民協働課,6-1-1-1-1,60
            B1,事業B,市民協働課,6-4-1-1-1,30
            B2,事業C,市民協働課,6-1-1-1-1,１２０
            B3,事業D,企画政策課,6-2-1-1-1,33.333

            """
        let before = try dump(path)
        let error = planError { _ = try ProjectListImport(store, plan: plan).run(file: try folder.write(list, to: "p.csv"), as: "総務課", dryRun: false) }
        #expect(error?.text(.en) == """
            p.csv: 3 row(s) cannot be imported, so nothing was imported:
              line 4, column 按分（B2）: 「１２０」 is not a share: a percentage above 0 and at most 100, with at most two decimals
              line 5, column 按分（B3）: 「33.333」 is not a share: a percentage above 0 and at most 100, with at most two decimals
              line 2, column 按分（B1）: the shares (按分) of project B1 add up to 90 %, not 100 %
            correct those rows and import the file again
            """)
        #expect(try dump(path) == before)
    }

    @Test func onlyTheCoordinatorKeepsTheList() throws {
        let error = planError { _ = try ProjectListImport(store, plan: plan).run(file: try folder.write(Self.projectList, to: "p.csv"), as: "財政課", dryRun: false) }
        #expect(error?.kind == .forbidden)
        #expect(error?.text(.ja) == """
            財政課は 事務事業の一覧を記録できません。評価を取りまとめるのが総務課であるため、記録できるのは総務課だけです。何も記録していません。
            `--as 総務課` を付けて実行するか、総務課に入力を依頼してください。
            """)
    }

    @Test func budgetRefusalsNameEveryBadCell() throws {
        try loadProjects()
        let file = try folder.write("""
            事業コード,予算額,決算額,国庫支出金
            00123,-5,,
            99999,100,,
            00456,,12.5,
            00123,1,,

            """, to: "budget.csv")
        let before = try dump(path)
        let error = planError { _ = try BudgetImport(store, plan: plan).run(file: file, year: 2025, as: "財政課", dryRun: false) }
        #expect(error?.text(.ja) == """
            budget.csv：取り込めない行が 3 行あるため、何も取り込んでいません。
              2 行目の「予算額」（00123）：「予算額」の「-5」は金額になりません。千円単位の 0 以上の整数で書いてください（12345 または 12,345）。
              4 行目の「予算額」（00456）：「予算額」が空欄です。千円単位の 0 以上の整数で書いてください（12345 または 12,345）。
              4 行目の「決算額」（00456）：「決算額」の「12.5」は金額になりません。千円単位の 0 以上の整数で書いてください（12345 または 12,345）。
              5 行目の「事業コード」（00123）：事業 00123 は 2 行目にもあります。
            これらの行を直してから、もう一度取り込んでください。
            """)
        // The unknown project is named once the cells are right.
        let unknown = planError {
            _ = try BudgetImport(store, plan: plan).run(file: try folder.write("事業コード,予算額\n99999,100\n", to: "b2.csv"), year: 2025, as: "財政課", dryRun: false)
        }
        #expect(unknown?.text(.ja) == """
            b2.csv：取り込めない行が 1 行あるため、何も取り込んでいません。
              2 行目の「事業コード」（99999）：計画 katori-2-kouki に事業 99999 はありません。先に総務課が事務事業の一覧に加えてください（`plandb project import`）。
            これらの行を直してから、もう一度取り込んでください。
            """)
        let wrongDept = planError { _ = try BudgetImport(store, plan: plan).run(file: file, year: 2025, as: "総務課", dryRun: false) }
        #expect(wrongDept?.kind == .forbidden)
        #expect(try dump(path) == before)
    }

    /// The costs are kept per project and year by triggers (migration 0018): a new rate, a new 人工
    /// and a corrected budget each reprice at once, and `check` sees the kept table edited by hand.
    @Test func theKeptCostsFollowEveryRecordAndCheckSeesAHandEdit() throws {
        try loadYear2025()
        func costs() throws -> [[Value]] {
            try values("SELECT project_code, personnel_cost, project_cost, full_cost FROM v_project_costs ORDER BY project_code")
        }
        func checked() throws -> [String] {
            try Maintenance.check(store, migrator: try Migrator.embedded()).filter { $0.check == "costs" }.map { "\($0.status): \($0.detail)" }
        }
        #expect(try checked() == ["ok: the cost of 3 project-year(s) agrees with the budget, 人工 and rate records"])
        // 正職員 at 8,500: 00123 1.10 × 8,500 + 0.50 × 2,500 = 9,350 + 1,250 = 10,600; 00456 0.55 × 8,500 = 4,675.
        _ = try StaffRates(store, plan: plan).set(year: 2025, kind: "正職員", amount: "8500", as: "総務課")
        #expect(try costs() == [
            [.text("00123"), .integer(10600), .integer(11000), .integer(21600)],
            [.text("00456"), .integer(4675), .integer(5000), .integer(9675)],
            [.text("00789"), .integer(0), .integer(750), .integer(750)],
        ])
        // 00789 gets 0.20 正職員 (1,700) and 00456 its 決算 (4,800).
        _ = try ProjectRecorder(store, plan: plan).record("00789", year: 2025, staff: [.init(kind: "正職員", personYears: "0.2")],
                                                         grade: nil, next: nil, result: nil, challenge: nil, as: "財政課")
        let settled = Self.budget2025.replacingOccurrences(of: "00456,5000,,", with: "00456,5000,4800,")
        _ = try BudgetImport(store, plan: plan).run(file: try folder.write(settled, to: "settled.csv"), year: 2025, as: "財政課", dryRun: false)
        #expect(try costs() == [
            [.text("00123"), .integer(10600), .integer(11000), .integer(21600)],
            [.text("00456"), .integer(4675), .integer(4800), .integer(9475)],
            [.text("00789"), .integer(1700), .integer(750), .integer(2450)],
        ])
        #expect(try checked() == ["ok: the cost of 3 project-year(s) agrees with the budget, 人工 and rate records"])
        try store.connection.execute("""
            UPDATE project_year_costs SET personnel_cost = 1 WHERE project_id = (SELECT project_id FROM projects WHERE code = '00456');
            DELETE FROM project_year_costs WHERE project_id = (SELECT project_id FROM projects WHERE code = '00789')
            """)
        #expect(try checked() == [
            "problem: project 00456, 2025（令和7）年度: the kept cost differs from its budget, 人工 and rate records (project_year_costs was changed by hand)",
            "problem: project 00789, 2025（令和7）年度: the kept cost differs from its budget, 人工 and rate records (project_year_costs was changed by hand)",
        ])
    }

    @Test func importingTwiceChangesNothingAndACorrectionIsKept() throws {
        try loadYear2025()
        let budget = try folder.write(Self.budget2025, to: "again.csv")
        let again = try BudgetImport(store, plan: plan).run(file: budget, year: 2025, as: "財政課", dryRun: false)
        #expect(again == BudgetImportReport(fiscalYear: 2025, changed: 0, unchanged: 3, dryRun: false))
        let corrected = Self.budget2025.replacingOccurrences(of: "00456,5000,,", with: "00456,5000,4800,")
        let report = try BudgetImport(store, plan: plan, actor: "sato").run(file: try folder.write(corrected, to: "settled.csv"), year: 2025, as: "財政課", dryRun: false)
        #expect(report == BudgetImportReport(fiscalYear: 2025, changed: 1, unchanged: 2, dryRun: false))
        #expect(try values("SELECT basis, project_cost FROM v_project_costs WHERE project_code = '00456'") == [[.text("settled"), .integer(4800)]])
        #expect(try values("SELECT field, old_value, new_value, actor FROM v_history WHERE item_code = '00456' AND record_kind = 6 ORDER BY record_id, field_seq") == [
            [.text("budget"), .null, .text("5000"), .text("sato")],
            [.text("specific_revenue"), .null, .text("0/0/0/0"), .text("sato")],
            [.text("settled"), .null, .text("4800"), .text("sato")],
        ])
    }

    @Test func aFrozenYearTakesNoFigures() throws {
        try loadYear2025()
        try recordEveryDuty(store, plan: plan, year: 2025)
        _ = try Snapshots(store, plan: plan).create(year: 2025, as: "総務課", note: nil, allowIncomplete: false)
        let before = try dump(path)
        let budget = planError { _ = try BudgetImport(store, plan: plan).run(file: try folder.write(Self.budget2025, to: "b.csv"), year: 2025, as: "財政課", dryRun: false) }
        #expect(budget?.kind == .conflict)
        let staff = planError {
            _ = try ProjectRecorder(store, plan: plan).record("00123", year: 2025, staff: [.init(kind: "正職員", personYears: "2")], grade: nil, next: nil, result: nil, challenge: nil, as: "市民協働課")
        }
        #expect(staff?.kind == .conflict)
        let rate = planError { _ = try StaffRates(store, plan: plan).set(year: 2025, kind: "正職員", amount: "9000", as: "総務課") }
        #expect(rate?.kind == .conflict)
        #expect(try dump(path) == before)
    }

    @Test func theProjectsOwnDepartmentRecordsItAndNeedsARate() throws {
        try loadProjects()
        let recorder = ProjectRecorder(store, plan: plan)
        let wrong = planError { _ = try recorder.record("00123", year: 2025, staff: [], grade: "A", next: nil, result: nil, challenge: nil, as: "総務課") }
        #expect(wrong?.text(.ja) == """
            総務課は 事業 00123 協働のまちづくり推進事業を記録できません。この事業の担当課が市民協働課であるため、記録できるのは市民協働課だけです。何も記録していません。
            `--as 市民協働課` を付けて実行するか、市民協働課に入力を依頼してください。
            """)
        let noRate = planError {
            _ = try recorder.record("00123", year: 2025, staff: [.init(kind: "再任用職員", personYears: "1")], grade: nil, next: nil, result: nil, challenge: nil, as: "市民協働課")
        }
        #expect(noRate?.text(.en) == """
            2025（令和7）年度 has no rate for 「再任用職員」 (rated kinds: )
            use a rated kind, or 総務課 sets the rate first: plandb rate set --year 2025 --kind KIND --amount 千円 --as 総務課
            """)
        let ended = planError { _ = try recorder.record("00789", year: 2028, staff: [], grade: "A", next: nil, result: nil, challenge: nil, as: "財政課") }
        #expect(ended != nil)
    }

    @Test func theListKeepsProjectsWithFiguresAndShowsItsChanges() throws {
        try loadYear2025()
        // 00789 is gone from the finance system's list but has figures: kept. 00456 is renamed and moved.
        let list = """
            事業コード,事業名,担当課,主な取組コード,按分
            00123,協働のまちづくり推進事業,市民協働課,6-1-1-1-1,60
            00123,協働のまちづくり推進事業,市民協働課,6-4-1-1-1,40
            00456,行政評価・予算連動事業,総務課,6-6-1-1-1,50
            00456,行政評価・予算連動事業,総務課,6-7-1-1-1,50

            """
        let report = try ProjectListImport(store, plan: plan, actor: "tanaka").run(file: try folder.write(list, to: "p2.csv"), as: "総務課", dryRun: false)
        #expect(report.added == [] && report.changed == ["00123", "00456"] && report.unchanged == 0 && report.removed == [] && report.kept == ["00789"])
        #expect(try values("SELECT field, old_value, new_value FROM v_history WHERE item_code = '00456' AND record_kind = 4 ORDER BY record_id") == [
            [.text("plan project added"), .null, .text("行政評価推進事業")],
            [.text("plan project name"), .text("行政評価推進事業"), .text("行政評価・予算連動事業")],
            [.text("plan project account"), .text("一般会計"), .null],
            [.text("plan project kan"), .text("総務費"), .null],
            [.text("plan project kou"), .text("総務管理費"), .null],
            [.text("plan project moku"), .text("一般管理費"), .null],
            [.text("plan project link 6-6-1-1-1"), .text("100"), .text("50")],
            [.text("plan project link 6-7-1-1-1"), .null, .text("50")],
        ])
        // Costs follow the new shares at once: 00456's 9,620 is now half 6-6's, half 6-7's.
        #expect(try values("SELECT policy_code, full_cost FROM v_policy_costs WHERE policy_code IN ('6-6', '6-7') ORDER BY 1")
            == [[.text("6-6"), .integer(4810)], [.text("6-7"), .integer(4810 + 750)]])
        // A project with recorded figures cannot be deleted, not even by hand-written SQL.
        #expect(throws: SQLiteError.self) { try store.connection.execute("DELETE FROM projects WHERE code = '00789'") }
    }

    @Test func statusCountsEachProjectOfItsYears() throws {
        try loadYear2025()
        // 00789 has its evaluation but no 人工 yet: not in. 2022 is before 00123's and 00789's 開始年度.
        let duties = { (year: Int) in
            try Completion(self.store, plan: self.plan).status(year: year).filter { $0.duty.kind == .project }
                .map { "\($0.dept) \($0.duty.code) \($0.entered)" }.sorted()
        }
        #expect(try duties(2025) == ["市民協働課 00123 true", "総務課 00456 true", "財政課 00789 false"].sorted())
        #expect(try duties(2026) == ["市民協働課 00123 false", "総務課 00456 false", "財政課 00789 false"].sorted())
    }

    @Test func aFrozenYearHoldsItsProjectsUnderItsHash() throws {
        try loadYear2025()
        let snapshot = try Snapshots(store, plan: plan).create(year: 2025, as: "総務課", note: nil, allowIncomplete: true)
        let frozen = { (sql: String) in try self.values(sql, [snapshot.id]) }
        let projects = try frozen("SELECT project_code, full_cost, basis, staff, grade, next_direction FROM snapshot_projects WHERE snapshot_id = ? ORDER BY seq")
        #expect(projects == [
            [.text("00123"), .integer(21490), .text("settled"), .text("会計年度任用職員:0.50:2500\n正職員:1.10:8400"), .text("B"), .text("改善")],
            [.text("00456"), .integer(9620), .text("budget"), .text("正職員:0.55:8400"), .text("A"), .text("継続")],
            [.text("00789"), .integer(750), .text("settled"), .null, .text("C"), .text("縮小")],
        ])
        #expect(try frozen("SELECT project_code, initiative_code, share_bp FROM snapshot_project_links WHERE snapshot_id = ? ORDER BY seq") == [
            [.text("00123"), .text("6-1-1-1-1"), .integer(6000)], [.text("00123"), .text("6-4-1-1-1"), .integer(4000)],
            [.text("00456"), .text("6-6-1-1-1"), .integer(10000)], [.text("00789"), .text("6-7-1-1-1"), .integer(10000)],
        ])
        let policyCosts = try frozen("SELECT level, code, full_cost FROM snapshot_costs WHERE snapshot_id = ? AND level = 'policy' ORDER BY seq")
        #expect(policyCosts == [
            [.text("policy"), .text("6-1"), .integer(12894)], [.text("policy"), .text("6-4"), .integer(8596)],
            [.text("policy"), .text("6-6"), .integer(9620)], [.text("policy"), .text("6-7"), .integer(750)],
        ])
        // Tampered with behind the triggers' back: `check` sees the hash no longer holds.
        let db = store.connection
        #expect(throws: SQLiteError.self) { try db.execute("UPDATE snapshot_costs SET full_cost = 1") }
        #expect(try Maintenance.check(store, migrator: try Migrator.embedded()).filter { $0.check == "snapshot" }.map(\.status) == [.ok])
        try db.execute("DROP TRIGGER snapshot_costs_immutable_update")
        try db.execute("UPDATE snapshot_costs SET full_cost = 1 WHERE code = '6-7'")
        let findings = try Maintenance.check(store, migrator: try Migrator.embedded()).filter { $0.check == "snapshot" }
        #expect(findings.first?.detail.hasPrefix("2025（令和7）年度 version 1: content changed since it was frozen") == true)
    }

    @Test func everyExportCarriesTheProjects() throws {
        try loadYear2025()
        let info = try Snapshots(store, plan: plan).create(year: 2025, as: "総務課", note: nil, allowIncomplete: true)
        let export = try SnapshotExport(store, plan: plan, snapshot: info)
        let json = try export.text(.json)
        #expect(json.contains(#"{"level": "policy", "code": "6-1", "budget": 7407, "settled": 6600, "personnel_cost": 6294, "full_cost": 12894, "general_revenue": 11394, "projects": 1}"#))
        #expect(json.contains(#""links": [{"initiative": "6-1-1-1-1", "share_pct": 60}, {"initiative": "6-4-1-1-1", "share_pct": 40}]"#))
        let csv = try export.text(.csv)
        #expect(csv.contains("事業,00456,行政評価推進事業,総務課,,,,,,,,,6-6-1-1-1（100%）,A,継続,,,\"予算額 5,000・決算額 —・人件費 4,620・フルコスト 9,620・一般財源 9,620（千円、事業費は予算）・人工 正職員 0.55\"\r\n"))
        let html = try export.text(.html)
        #expect(html.contains("<p>フルコスト 12,894千円（予算額 7,407千円・決算額 6,600千円・人件費 6,294千円・一般財源 11,394千円、事業 1 件）</p>"))
        #expect(html.contains("<td>6-4-1-1-1</td><td>協働のまちづくり推進事業<br/><small>00123・市民協働課</small></td><td class=\"num\">40%</td>"))
        let markdown = try export.text(.markdown)
        #expect(markdown.contains("| 6-7-1-1-1 | 00789 | 財政運営事業 | 財政課 | 100% | 750 |"))
        // The workbook: a 事業とコスト sheet, figures as number cells.
        let xlsx = folder.path("report.xlsx")
        try export.writeWorkbook(to: xlsx)
        let reader = try XLSXReader(path: xlsx, fileName: "report.xlsx")
        let sheet = try #require(reader.sheets.first { $0.name == "事業とコスト" })
        let cells = try reader.cells(of: sheet)
        let projectRow = try #require(cells.values.first { $0[1] == .init(content: .text("00123")) })
        #expect(projectRow[9] == .init(content: .number(21490, format: "#,##0")))
        #expect(projectRow[4] == .init(content: .text("6-1-1-1-1（60%）、6-4-1-1-1（40%）")))
        let policyRow = try #require(cells.values.first { $0[1] == .init(content: .text("6-6")) })
        #expect(policyRow[5] == .init(content: .number(9620, format: "#,##0")))
        // The loaded document and the streamed export give the same bytes.
        #expect(try SnapshotDocument.load(store, plan: plan, snapshot: info).export(.json) == json)
    }

    @Test func theFinanceSystemsWorkbookIsReadByHeader() throws {
        try loadProjects()
        // As a finance system exports it: a title row above the header, columns in its own order,
        // codes as text (leading zeros), amounts as number cells with separators shown, an extra column.
        let path = folder.path("予算.xlsx")
        let book = try XLSXWorkbook(path: path)
        let sheet = try book.addSheet("予算")
        let styles = WorkbookStyles(book)
        let amount = book.format(XLSXStyle(numberFormat: "#,##0", border: false))
        for (column, header) in ["決算額", "事業コード", "備考", "予算現額", "国庫支出金"].enumerated() { try sheet.text(1, column, header, styles.plain) }
        try sheet.text(0, 0, "令和7年度 事業別予算・決算", styles.plain)
        try sheet.number(2, 0, 11000, amount); try sheet.text(2, 1, "00123", styles.plain); try sheet.text(2, 2, "総務費", styles.plain)
        try sheet.number(2, 3, 12345, amount); try sheet.number(2, 4, 2000, amount)
        try sheet.text(3, 1, "00456", styles.plain); try sheet.number(3, 3, 5000.5, amount)
        try book.close()
        let before = try dump(self.path)
        let error = planError { _ = try BudgetImport(store, plan: plan).run(file: path, year: 2025, as: "財政課", dryRun: false) }
        #expect(error?.text(.ja) == """
            予算.xlsx：取り込めない行が 1 行あるため、何も取り込んでいません。
              セル 予算!D4（00456）：「予算額」の「5000.5」は金額になりません。千円単位の 0 以上の整数で書いてください（12345 または 12,345）。
            これらの行を直してから、もう一度取り込んでください。
            """)
        #expect(try dump(self.path) == before)
    }

    @Test func thePeriodReportShowsTheCostAcrossTheYears() throws {
        try loadYear2025()
        _ = try Snapshots(store, plan: plan).create(year: 2025, as: "総務課", note: nil, allowIncomplete: true)
        // 2026 is not frozen: its figures come from the live views (a budget, no 決算 yet).
        _ = try BudgetImport(store, plan: plan).run(file: try folder.write("事業コード,予算額\n00456,5200\n", to: "b26.csv"), year: 2026, as: "財政課", dryRun: false)
        let report = try PeriodReport.build(store, plan: plan, from: 2024, to: 2026)
        let costs = { (code: String) in report.policies.first { $0.code == code }?.years.map { $0.cost?.fullCost } }
        #expect(costs("6-6") == [nil, 9620, 5200])
        #expect(costs("6-1") == [nil, 12894, nil])
        #expect(try report.export(.markdown, language: .ja).contains("| フルコスト（千円） | — | 9,620 | 5,200 |"))
        #expect(try report.export(.json, language: .ja).contains(#""costs": [{"year": 2025, "budget": 5000, "settled": null, "personnel_cost": 4620, "full_cost": 9620, "general_revenue": 9620, "projects": 1}, {"year": 2026, "budget": 5200"#))
        // The workbook's 施策 sheet carries them as number cells, in two more columns that still fit A4.
        let path = folder.path("期間評価.xlsx")
        try report.writeWorkbook(to: path)
        let book = try PrintedWorkbook(path: path)
        #expect(book.row(1, of: "施策")?.suffix(2) == ["フルコスト（千円）", "うち一般財源（千円）"])
        let rows = (2...40).compactMap { book.row($0, of: "施策") }.filter { $0.first == "6-6" }
        #expect(rows.map { [$0[3], $0[4], $0[9], $0[10]] } == [["2024", "未確定", "—", "—"], ["2025", "v1", "9620", "9620"], ["2026", "未確定", "5200", "5200"]])
        #expect(book.printedPointSize("施策", fontSize: 10) == 10 && book.printedPointSize("施策", fontSize: 10, digitPixels: 9) >= 8)
    }

    @Test func figuresAreReadExactly() {
        #expect(FixedPoint.parse("12345", decimals: 0) == 12345)
        #expect(FixedPoint.parse("１２，３４５", decimals: 0) == 12345)
        #expect(FixedPoint.parse("12,345千円", decimals: 0, suffixes: ["千円"]) == 12345)
        #expect(FixedPoint.parse("1234.0", decimals: 0) == 1234)
        #expect(FixedPoint.parse("1234.5", decimals: 0) == nil)
        #expect(FixedPoint.parse("-5", decimals: 0) == nil)
        #expect(FixedPoint.parse("12,34", decimals: 0) == nil)
        #expect(FixedPoint.parse("1.1", decimals: 2) == 110)
        #expect(FixedPoint.parse("0.55", decimals: 2) == 55)
        #expect(FixedPoint.parse("33.333", decimals: 2) == nil)
        #expect(FixedPoint.parse("100.00", decimals: 2, suffixes: ["%"]) == 10000)
        #expect(FixedPoint.parse("60%", decimals: 2, suffixes: ["%"]) == 6000)
        #expect(FixedPoint.parse("", decimals: 0) == nil)
        #expect(FixedPoint.text(110, decimals: 2) == "1.10")
        #expect(FixedPoint.percentText(3333) == "33.33")
        #expect(FixedPoint.percentText(6000) == "60")
        #expect(SnapshotProjects.amount(-1234567) == "-1,234,567")
    }

    @Test func theEntrySheetCarriesTheDepartmentsProjects() throws {
        try loadYear2025()
        let template = try EntryTemplate(store, plan: plan)
        // The 人工 column only in the sheet of a department with projects that year.
        #expect(try template.rows(dept: "秘書広報課", year: 2025).columns.contains("人工") == false)
        let csv = try template.csv(dept: "市民協働課", year: 2025)
        #expect(csv.contains("2025,事業評価,00123,協働のまちづくり推進事業,,,,,B,改善,,,,会計年度任用職員=0.50、正職員=1.10\r\n"))
        let untouched = try folder.write(csv, to: "untouched.csv")
        let none = try EntryImport(store, plan: plan).run(file: untouched, dept: "市民協働課", dryRun: false)
        #expect(none.changed == 0)
        let edited = csv.replacingOccurrences(of: "B,改善,,,,会計年度任用職員=0.50、正職員=1.10", with: "C,縮小,講座を縮小,,,正職員=1.30")
        let report = try EntryImport(store, plan: plan).run(file: try folder.write(edited, to: "edited.csv"), dept: "市民協働課", dryRun: false)
        #expect(report.changed == 1)
        #expect(try values("SELECT kind, person_centi FROM v_project_staff WHERE project_code = '00123' ORDER BY kind")
            == [[.text("会計年度任用職員"), .integer(50)], [.text("正職員"), .integer(130)]])
        #expect(try values("SELECT grade, next_direction, result_text, recorded_by FROM v_project_evaluations WHERE project_code = '00123'")
            == [[.text("C"), .text("縮小"), .text("講座を縮小"), .text("市民協働課")]])
        // A code whose leading zeros a spreadsheet dropped still finds its project.
        let zeros = edited.replacingOccurrences(of: ",00123,", with: ",123,").replacingOccurrences(of: "正職員=1.30", with: "正職員=1.40")
        _ = try EntryImport(store, plan: plan).run(file: try folder.write(zeros, to: "zeros.csv"), dept: "市民協働課", dryRun: false)
        #expect(try values("SELECT person_centi FROM v_project_staff WHERE project_code = '00123' AND kind = '正職員'") == [[.integer(140)]])
    }

    @Test func theEntryWorkbookHasAProjectSheet() throws {
        try loadYear2025()
        let path = folder.path("評価シート.xlsx")
        _ = try EntryWorkbook(store, plan: plan).write(dept: "市民協働課", year: 2025, to: path)
        var parts = try WorkbookParts(path: path)
        let workbook = parts["xl/workbook.xml"] ?? ""
        #expect(workbook.contains("name=\"事業\""))
        // The sheets: 記入方法, 指標, 取組, 施策評価, 事業, plandb; 事業's columns: コード, 事業名, 人工（会計年度任用職員）, 人工（正職員）, 評価 …
        let sheet = "xl/worksheets/sheet5.xml"
        let untouched = try EntryImport(store, plan: plan).run(file: path, dept: "市民協働課", dryRun: false)
        #expect(untouched.changed == 0)
        parts.replaceCell("D2", in: sheet, with: "<c r=\"D2\" t=\"inlineStr\"><is><t>１．２５</t></is></c>")
        parts.replaceCell("E2", in: sheet, with: "<c r=\"E2\" t=\"inlineStr\"><is><t>A</t></is></c>")
        let edited = folder.path("edited.xlsx")
        try parts.write(to: edited)
        let report = try EntryImport(store, plan: plan).run(file: edited, dept: "市民協働課", dryRun: false)
        #expect(report.changed == 1)
        #expect(try values("SELECT person_centi FROM v_project_staff WHERE project_code = '00123' AND kind = '正職員'") == [[.integer(125)]])
        #expect(try values("SELECT grade, next_direction FROM v_project_evaluations WHERE project_code = '00123'") == [[.text("A"), .text("改善")]])
        // A bad 人工 is named by its cell.
        parts.replaceCell("D2", in: sheet, with: "<c r=\"D2\" t=\"inlineStr\"><is><t>たくさん</t></is></c>")
        try parts.write(to: edited)
        let error = planError { _ = try EntryImport(store, plan: plan).run(file: edited, dept: "市民協働課", dryRun: false) }
        #expect(error?.text(.ja).contains("「たくさん」は正職員の人工になりません。") == true)
    }
}
