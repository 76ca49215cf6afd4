import PlanCore
import Testing

/// v_history keeps English field names for SQL; the history pages name each as a reader does.
@Suite struct HistoryFieldTests {
    @Test(arguments: [
        ("value", "実績値", "actual"), ("note", "備考", "note"), ("grade", "評価", "grade"), ("next_direction", "今後の方向性", "next direction"),
        ("result", "実績", "result"), ("challenge", "課題", "challenge"), ("project grade", "評価", "grade"),
        ("project next_direction", "今後の方向性", "next direction"), ("project result", "実績", "result"), ("project challenge", "課題", "challenge"),
        ("budget", "予算額（千円）", "budget (thousand yen)"), ("settled", "決算額（千円）", "settled (thousand yen)"),
        ("specific_revenue", "特定財源 国/県/地方債/その他（千円）", "specific revenue: national/prefectural/bonds/other (thousand yen)"),
        ("staff 一般職", "人工（一般職）", "staff-years (一般職)"), ("rate 会計年度任用職員", "人件費単価（会計年度任用職員、千円）", "cost per staff-year (会計年度任用職員, thousand yen)"),
        ("一次評価 grade", "一次評価の評価", "一次評価: grade"), ("二次評価 comment", "二次評価のコメント", "二次評価: comment"),
        ("plan indicator name", "指標の記載（name）", "the indicator's name"), ("plan project added", "計画に事務事業を追加", "project added to the plan"),
        ("plan initiative removed", "計画から主な取組を削除", "initiative removed from the plan"), ("plan initiative code", "主な取組のコード", "the initiative's code"),
        ("plan grade added", "計画に評価の区分を追加", "grade added to the plan"), ("plan unknown_kind title", "unknown_kindの記載（title）", "the unknown_kind's title"),
    ])
    func eachFieldHasItsName(field: String, ja: String, en: String) {
        #expect(Message.historyField(field)?.text(.ja) == ja)
        #expect(Message.historyField(field)?.text(.en) == en)
    }

    @Test func anUnknownFieldIsLeftAsStored() {
        for field in ["", "staff", "rate", "plan", "value extra", "一次評価", "something new"] {
            #expect(Message.historyField(field) == nil, "\(field)")
        }
    }
}
