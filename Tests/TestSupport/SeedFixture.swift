import Foundation

/// A small but complete seed folder (one outline, two policies) for importer tests. Each test
/// writes it to a temporary folder and edits the text to make the case it needs.
public enum SeedFixture {
    public static let plan = """
        plan:
          code: test-plan
          name: テスト計画
          municipality: 試験市
          start_year: 2023
          end_year: 2027
          default_baseline_year: 2022
          coordinator: 総務課
        outlines:
          - code: "9"
            section: 1節
            title: 試験の大綱
        departments:
          - name: 総務課
          - name: 財政課
          - name: 全課等
            kind: group

        """

    public static let vocabularies = """
        grades:
          - {grade: A, meaning: 順調}
          - {grade: B, meaning: おおむね順調}
        next_directions:
          - {name: 継続, meaning: 続ける}
          - {name: 廃止, meaning: やめる}
        phases: [体制, 計画, 実行, 見直し]

        """

    public static let policy1 = """
        code: "9-1"
        title: 行政運営･DX対応
        lead_dept: 総務課
        related_depts: [全課等]
        vision: 行政が効率化しています。
        measures:
          - code: "9-1-1"
            title: 行政運営
            challenges:
              - {no: 1, text: 課題その一。}
              - {no: 2, text: 課題その二。}
            directions:
              - code: "9-1-1-1"
                title: 定員管理の適正化
                priority: true
                text: 適正化を進めます。
                initiatives:
                  - code: "9-1-1-1-1"
                    title: 定員適正化計画の推進
                    actions:
                      計画: [計画の策定]
                      実行: [計画の実行, 進捗の確認]
                  - code: "9-1-1-1-2"
                    title: 窓口のDX
                    reprint: true
                    reprint_of: outside
                    actions:
                      実行: [オンライン申請の拡大]
        indicators:
          - code: "9-1-I1"
            measure: "9-1-1"
            name: 定員管理職員数
            description: 各年度当初の職員数
            source_dept: 総務課
            kpi: false
            unit: 人
            direction: decrease
            baseline: {year: 2022, text: 559人, value: "559"}
            targets:
              - {year: 2023, text: 545人, value: "545"}
              - {year: 2025, text: 542人, value: "542"}
              - {year: 2027, text: "－"}
        related_plans:
          - {name: 定員適正化計画, period: 2023（令和5）年度～2027（令和9）年度}

        """

    public static let policy2 = """
        code: "9-2"
        title: 財政運営
        lead_dept: 財政課
        related_depts: [全課等]
        vision: 健全な財政運営が続いています。
        measures:
          - code: "9-2-1"
            title: 財源確保
        indicators:
          - code: "9-2-I1"
            measure: "9-2-1"
            name: 将来負担比率
            description: 将来負担の度合い
            source_dept: 財政課
            kpi: true
            unit: "%"
            direction: at_most
            baseline: {year: 2021, text: 19%, value: "19"}
            targets:
              - {year: 2023, text: 30％以内, value: "30"}
              - {year: 2025, text: 30％以内, value: "30"}
              - {year: 2027, text: 30％以内, value: "30"}
          - code: "9-2-I2"
            measure: "9-2-1"
            name: 一般市税の収納率
            description: 市税の収納率
            source_dept: 財政課
            kpi: true
            unit: "%"
            direction: increase
            baseline: {year: 2021, text: 95.00%, value: "95.00"}
            targets:
              - {year: 2023, text: 95.05%, value: "95.05"}
              - {year: 2025, text: 95.10%, value: "95.10"}
              - {year: 2027, text: 95.15%, value: "95.15"}

        """

    /// Writes the fixture (with optional replacements per file) into `folder/seeds` and returns its path.
    @discardableResult
    public static func write(
        into folder: TemporaryFolder, name: String = "seeds", plan: String = plan, vocabularies: String = vocabularies,
        policies: [String: String] = ["9-1": policy1, "9-2": policy2]
    ) throws -> String {
        let root = folder.url.appending(path: name)
        try? FileManager.default.removeItem(at: root)
        try folder.write(plan, to: "\(name)/plan.yaml")
        try folder.write(vocabularies, to: "\(name)/vocabularies.yaml")
        for (code, text) in policies { try folder.write(text, to: "\(name)/policies/\(code).yaml") }
        return root.path
    }
}
