import Foundation

/// 香取市's next plan (2028–2032), made up for the tests of several plans in one file: it shares
/// the codes 6-7, 6-7-1, 6-7-I1 and 6-7-1-1-1 with the embedded plan but gives 6-7 another
/// title, grades S–D and phases of its own.
public enum NextPlanFixture {
    public static let plan = """
        plan:
          code: katori-3-zenki
          name: 第3次総合計画 前期基本計画
          municipality: 香取市
          start_year: 2028
          end_year: 2032
          default_baseline_year: 2026
          coordinator: 総務課
          vision_label: 10年後のまちの姿
        outlines:
          - {code: "6", section: 8節, title: 行財政運営}
        departments:
          - name: 総務課
          - name: 財政課
          - name: 税務課

        """

    public static let vocabularies = """
        grades:
          - {grade: S, meaning: 計画を上回る}
          - {grade: A, meaning: 順調}
          - {grade: B, meaning: おおむね順調}
          - {grade: C, meaning: 遅れている}
          - {grade: D, meaning: 大きく遅れている}
        next_directions:
          - {name: 拡充, meaning: 広げる}
          - {name: 継続, meaning: 続ける}
          - {name: 見直し, meaning: 改める}
        phases: [計画, 実施, 評価, 改善]

        """

    public static let policy = """
        code: "6-7"
        title: 持続可能な財政
        lead_dept: 財政課
        vision: 持続可能な財政運営が行われています。
        measures:
          - code: "6-7-1"
            title: 財源の確保
            directions:
              - code: "6-7-1-1"
                title: 収納率の向上
                text: 収納率を高めます。
                initiatives:
                  - code: "6-7-1-1-1"
                    title: 納付方法の拡大
                    actions:
                      実施: [スマートフォン決済の導入]
                      評価: [利用状況の確認]
        indicators:
          - code: "6-7-I1"
            measure: "6-7-1"
            name: 一般市税の収納率
            description: 市税調定額に対する収納額の割合
            source_dept: 税務課
            kpi: true
            unit: "%"
            direction: 増加
            baseline: {year: 2026, text: 95.40%, value: "95.40"}
            targets:
              - {year: 2030, text: 95.60%, value: "95.60"}
              - {year: 2032, text: 95.80%, value: "95.80"}

        """

    /// Writes the next plan's seed folder into `folder/next-plan` and returns its path.
    @discardableResult
    public static func write(into folder: TemporaryFolder) throws -> String {
        try folder.write(plan, to: "next-plan/plan.yaml")
        try folder.write(vocabularies, to: "next-plan/vocabularies.yaml")
        try folder.write(policy, to: "next-plan/policies/6-7.yaml")
        return folder.path("next-plan")
    }
}
