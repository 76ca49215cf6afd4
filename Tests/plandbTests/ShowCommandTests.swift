import Foundation
import TestSupport
import Testing

/// `init`, `show`, `dept` and `seed` as a new user meets them.
@Suite struct ShowCommandTests {
    let folder: TemporaryFolder

    init() throws { folder = try TemporaryFolder() }

    func plandb(_ arguments: String...) throws -> CommandResult {
        try PlanDBBinary.run(arguments, in: folder.url)
    }

    @Test func initLoadsTheWholePlanAndSaysWhatNext() throws {
        let result = try plandb("init")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("imported plan katori-2-kouki: 260 added, 0 changed, 0 removed\n"))
        #expect(result.stdout.contains("plan.db holds 香取市 第2次総合計画 後期基本計画: 7 policies, 19 measures, 46 challenges, 46 directions (16 重点), 122 initiatives (3 再掲), 387 actions, 23 indicators (15 KPI), 16 related plans\n"))
        #expect(result.stdout.contains("plandb show 6-1 "))
        let again = try plandb("init")
        #expect(again.stdout == "plan.db already holds katori-2-kouki（香取市 第2次総合計画 後期基本計画）: the embedded plan was not imported beside it; to load or revise a plan, use `plandb seed import DIR|FILE.xlsx`\n")
    }

    @Test func showPrintsAPolicyAsTheDocumentDoes() throws {
        _ = try plandb("init")
        let result = try plandb("show", "6-7")
        #expect(result.status == 0)
        let lines = result.stdout.components(separatedBy: "\n")
        #expect(Array(lines.prefix(3)) == ["施策 6-7 財政運営", "■ 主担当課 財政課  ■ 関係課 全課等", "小施策: 1 財源確保 / 2 経営効率化 / 3 財産管理･調達"])
        #expect(lines.contains("  6-7-I2  ふるさと納税受入額          375,284千円（2021）  500,000千円  750,000千円  1,000,000千円  増加が望ましい  企画政策課  KPI"))
        #expect(lines.contains("  ・香取市公共施設等総合管理計画（2016（平成28）年度～2045（令和27）年度）"))
        #expect(lines.contains("    ② 市税収納率の向上及び債権管理の適正化 【重点】  [6-7-1-2]"))
        #expect(lines.contains("         6-7-1-2-2 債権管理体制の強化"))
        #expect(lines.contains("           実行   ・口座振替や納付手続のキャッシュレス化の推進"))
        let indicator = try plandb("show", "将来負担")
        #expect(indicator.stdout.hasPrefix("業績評価指標 6-7-I3 将来負担比率\n"))
        #expect(indicator.stdout.contains("  方向: at_most（上限以内）\n"))
        #expect(indicator.stdout.contains("    2025（令和7）年度: 30％以内\n"))
        let tree = try plandb("show")
        #expect(tree.stdout.hasPrefix("香取市 第2次総合計画 後期基本計画（2023（令和5）年度～2027（令和9）年度）\n\n大綱6 市民参画・行政の取組\n  6-1 市民協働（主担当課 市民協働課）\n"))
        let unknown = try plandb("show", "存在しない施策")
        #expect(unknown.status == 1)
        #expect(unknown.stderr == "error: no plan item matches `存在しない施策`\nuse a code (`plandb show` lists them) or another part of the name\n")
    }

    @Test func departmentsShowWhatTheyMustReport() throws {
        _ = try plandb("init")
        let list = try plandb("dept", "list", "--format", "csv")
        // 27 of 6-6's 28 initiatives: the reprint （再掲） 6-6-1-2-1 is evaluated as 6-3-1-1-1 by 企画政策課.
        #expect(list.stdout.contains("総務課,coordinator,1,0,3,27\r\n"))
        #expect(list.stdout.contains("全課等,group,0,6,0,0\r\n"))
        let show = try plandb("dept", "show", "税務", "--format", "tsv")
        #expect(show.stdout == "duty\tcode\tname\n実績値\t6-7-I1\t一般市税の収納率\n")
    }

    @Test func seedCheckReportsEveryProblemWithItsPlace() throws {
        try SeedFixture.write(into: folder)
        let good = try plandb("seed", "check", "seeds")
        #expect(good.stdout == "seeds: ok — plan test-plan, 2 policies, 2 measures, 2 challenges, 1 directions (1 重点), 2 initiatives (1 再掲), 4 actions, 3 indicators (2 KPI), 1 related plans\n")
        try SeedFixture.write(into: folder, policies: ["9-1": SeedFixture.policy1.replacingOccurrences(of: "unit: 人", with: "units: 人")])
        let bad = try plandb("seed", "check", "seeds")
        #expect(bad.status == 1)
        #expect(bad.stderr.hasPrefix("error: the seeds have 2 problem(s); nothing was imported\npolicies/9-1.yaml:30:5: missing `unit`; write e.g. `unit: %`\npolicies/9-1.yaml:36:5: unknown key `units`"))
    }
}
