import Foundation
import PlanCore
import TestSupport
import Testing

/// The problems of plan.yaml, vocabularies.yaml and a policy file, said in both languages.
extension SeedImporterTests {
    @Test func planAndVocabularyProblemsAreSaidInBothLanguages() throws {
        let plan = SeedFixture.plan
            .replacingOccurrences(of: "code: test-plan", with: "code: Test_Plan")
            .replacingOccurrences(of: "end_year: 2027", with: "end_year: 2020")
            .replacingOccurrences(of: "coordinator: 総務課", with: "coordinator: 企画課")
            .replacingOccurrences(of: "    kind: group", with: "    kind: team")
            .replacingOccurrences(of: "  - name: 財政課\n", with: "  - name: 財政課\n  - name: 財政課\n")
        let vocabularies = SeedFixture.vocabularies
            .replacingOccurrences(of: "  - {grade: B, meaning: おおむね順調}", with: "  - {grade: A, meaning: おおむね順調}")
            .replacingOccurrences(of: "phases: [体制, 計画, 実行, 見直し]", with: "phases: [計画, 実行, 計画]")
        let path = try SeedFixture.write(into: folder, plan: plan, vocabularies: vocabularies)
        #expect(issues(path) == [
            "plan.yaml:2:9: plan code `Test_Plan` must be lower-case ASCII letters, digits and hyphens, e.g. `katori-2-kouki`",
            "plan.yaml:6:13: end_year 2020 is before start_year 2023",
            "plan.yaml:8:16: coordinator: unknown department 企画課; add it to the departments (`departments` in plan.yaml, or the 課 sheet)",
            "plan.yaml:16:5: department 財政課 is listed twice (first at plan.yaml:15:5)",
            "plan.yaml:18:11: kind must be `department` or `group` (a collective such as 全課等), not `team`",
            "policies/9-1.yaml:41:16: target year 2025 of 9-1-I1 is outside the plan's period 2023–2020",
            "policies/9-1.yaml:42:16: target year 2027 of 9-1-I1 is outside the plan's period 2023–2020",
            "policies/9-2.yaml:21:16: target year 2025 of 9-2-I1 is outside the plan's period 2023–2020",
            "policies/9-2.yaml:22:16: target year 2027 of 9-2-I1 is outside the plan's period 2023–2020",
            "policies/9-2.yaml:34:16: target year 2025 of 9-2-I2 is outside the plan's period 2023–2020",
            "policies/9-2.yaml:35:16: target year 2027 of 9-2-I2 is outside the plan's period 2023–2020",
            "vocabularies.yaml:3:5: A is listed twice in grades",
            "vocabularies.yaml:7:9: phases must list the phases of the initiatives' 内容 once each, in order, e.g. [体制, 計画, 実行, 見直し]",
        ])
        #expect(issues(path, .ja) == [
            "plan.yaml:2:9: 計画コード `Test_Plan` は半角の英小文字・数字・ハイフンで書いてください（例：`katori-2-kouki`）。",
            "plan.yaml:6:13: end_year 2020 が start_year 2023 より前です。",
            "plan.yaml:8:16: 取りまとめ課：企画課 という課はありません。課の一覧（plan.yaml の `departments` か、課シート）に追加してください。",
            "plan.yaml:16:5: 課 財政課 が2回書かれています（1回目は plan.yaml:15:5）。",
            "plan.yaml:18:11: kind は `department` か `group`（全課等のようなまとまり）にしてください（`team` ではなく）。",
            "policies/9-1.yaml:41:16: 9-1-I1 の目標年度 2025 が計画期間 2023–2020 の外です。",
            "policies/9-1.yaml:42:16: 9-1-I1 の目標年度 2027 が計画期間 2023–2020 の外です。",
            "policies/9-2.yaml:21:16: 9-2-I1 の目標年度 2025 が計画期間 2023–2020 の外です。",
            "policies/9-2.yaml:22:16: 9-2-I1 の目標年度 2027 が計画期間 2023–2020 の外です。",
            "policies/9-2.yaml:34:16: 9-2-I2 の目標年度 2025 が計画期間 2023–2020 の外です。",
            "policies/9-2.yaml:35:16: 9-2-I2 の目標年度 2027 が計画期間 2023–2020 の外です。",
            "vocabularies.yaml:3:5: A が grades に2回書かれています。",
            "vocabularies.yaml:7:9: phases には主な取組の内容の段階を、順に1つずつ書いてください（例：[体制, 計画, 実行, 見直し]）。",
        ])
    }

    @Test func policyFileProblemsAreSaidInBothLanguages() throws {
        let policy = SeedFixture.policy1
            .replacingOccurrences(of: "title: 行政運営･DX対応", with: "title: [行政運営]")
            .replacingOccurrences(of: "priority: true", with: "priority: yes")
            .replacingOccurrences(of: "  - code: \"9-1-1\"\n    title: 行政運営", with: "  - code: \"9-1-1 行政\"\n    title: 行政運営")
            .replacingOccurrences(of: "title: 窓口のDX\n", with: "title: 窓口のDX（再掲）\n")
            .replacingOccurrences(of: "計画: [計画の策定]\n              実行: [計画の実行, 進捗の確認]", with: "実行: [・計画の実行]\n              計画: [計画の策定]\n              評価: [評価]")
            .replacingOccurrences(of: "{year: 2023, text: 545人, value: \"545\"}", with: "{year: 2023, text: 545人}")
            .replacingOccurrences(of: "direction: decrease", with: "direction: down")
            .replacingOccurrences(of: "measure: \"9-1-1\"\n", with: "measure: \"9-1-3\"\n")
        let path = try SeedFixture.write(into: folder, policies: ["9-1": policy, "9-2": SeedFixture.policy2])
        #expect(issues(path) == [
            "policies/9-1.yaml:2:8: `title` must be text; write e.g. `title: 市民協働`",
            "policies/9-1.yaml:7:11: code `9-1-1 行政` may hold only half-width letters, digits and hyphens, e.g. `1-2-1-1-1`",
            "policies/9-1.yaml:15:19: `priority` must be true or false, not `yes`",
            "policies/9-1.yaml:21:19: drop the bullet mark ・ at the start of `・計画の実行`",
            "policies/9-1.yaml:22:15: phase 計画 is out of order in 9-1-1-1-1; keep 体制・計画・実行・見直し",
            "policies/9-1.yaml:23:15: unknown phase `評価` in 9-1-1-1-1; phases are 体制・計画・実行・見直し",
            "policies/9-1.yaml:25:20: write the title without （再掲） and set `reprint: true`",
            "policies/9-1.yaml:32:14: indicator 9-1-I1 names measure 9-1-3, which policy 9-1 does not have",
            "policies/9-1.yaml:38:16: direction must be one of increase, decrease, maintain, at_most (増加, 減少, 維持, 以内), not `down`",
            "policies/9-1.yaml:41:9: target `545人` of 9-1-I1 has no `value`; add the printed number as `value: \"…\"` (only a cell printed －/ー has none)",
        ])
        #expect(issues(path, .ja) == [
            "policies/9-1.yaml:2:8: `title` は文字列にしてください。`title: 市民協働` のように書きます。",
            "policies/9-1.yaml:7:11: コード `9-1-1 行政` には半角の英数字とハイフンだけを使ってください（例：`1-2-1-1-1`）。",
            "policies/9-1.yaml:15:19: `priority` は true か false にしてください（`yes` ではなく）。",
            "policies/9-1.yaml:21:19: `・計画の実行` の先頭の「・」を消してください。",
            "policies/9-1.yaml:22:15: 9-1-1-1-1 の段階 計画 の順番が違います。体制・計画・実行・見直しの順にしてください。",
            "policies/9-1.yaml:23:15: 9-1-1-1-1 の段階 `評価` は使えません。段階は 体制・計画・実行・見直し です。",
            "policies/9-1.yaml:25:20: タイトルには（再掲）を付けず、`reprint: true` を書いてください。",
            "policies/9-1.yaml:32:14: 指標 9-1-I1 の小施策 9-1-3 は、施策 9-1 にありません。",
            "policies/9-1.yaml:38:16: direction は increase, decrease, maintain, at_most (増加, 減少, 維持, 以内) のどれかにしてください（`down` ではなく）。",
            "policies/9-1.yaml:41:9: 9-1-I1 の目標値 `545人` に `value` がありません。計画書の数値を `value: \"…\"` として加えてください（value がないのは －／ー と書かれたセルだけです）。",
        ])
    }

    @Test func removingAGradeInUseIsRefusedInBothLanguages() throws {
        _ = try importSeeds(try SeedFixture.write(into: folder))
        let store = try store()
        _ = try Recorder(store, plan: try PlanRef.current(store)).recordPolicy("9-2", year: 2023, grade: "B", comment: nil, stage: .first, as: "財政課")
        let vocabularies = SeedFixture.vocabularies.replacingOccurrences(of: "  - {grade: B, meaning: おおむね順調}\n", with: "")
        let refusal = planError { _ = try importSeeds(try SeedFixture.write(into: folder, vocabularies: vocabularies)) }
        #expect(refusal?.text(.en) == "the seeds remove a grade that evaluations still use; nothing was imported\nkeep it in vocabularies.yaml")
        #expect(refusal?.text(.ja) == "シードから評価で使われている評価区分が消えています。何も取り込んでいません。\nvocabularies.yaml に残してください。")
    }
}
