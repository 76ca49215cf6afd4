// The catalog: the fields of v_history as the history pages name them. The view keeps its
// English field names (`value`, `staff 一般職` …) for SQL; a reader of a page sees 実績値, 人工.
extension Message {
    /// A field of v_history, or nil for one this list does not know (shown as stored).
    public static func historyField(_ field: String) -> Message? {
        let words = field.split(separator: " ", maxSplits: 1).map(String.init)
        let rest = words.count > 1 ? words[1] : ""
        switch (words.first ?? "", rest) {
        case ("value", ""): return historyValue
        case ("note", ""): return historyNote
        case ("grade", ""), ("project", "grade"): return historyGrade
        case ("next_direction", ""), ("project", "next_direction"): return historyNextDirection
        case ("result", ""), ("project", "result"): return historyResult
        case ("challenge", ""), ("project", "challenge"): return historyChallenge
        case ("budget", ""): return historyBudget
        case ("settled", ""): return historySettled
        case ("specific_revenue", ""): return historySpecificRevenue
        case ("staff", _) where !rest.isEmpty: return historyStaff(rest)
        case ("rate", _) where !rest.isEmpty: return historyRate(rest)
        case ("plan", _) where !rest.isEmpty: return historyPlanChange(rest)
        case (let review, "grade") where review.hasSuffix("評価"): return historyReviewGrade(review)
        case (let review, "comment") where review.hasSuffix("評価"): return historyReviewComment(review)
        default: return nil
        }
    }

    static let historyValue = Message("history.field.value", en: "actual", ja: "実績値")
    static let historyNote = Message("history.field.note", en: "note", ja: "備考")
    static let historyGrade = Message("history.field.grade", en: "grade", ja: "評価")
    static let historyNextDirection = Message("history.field.next_direction", en: "next direction", ja: "今後の方向性")
    static let historyResult = Message("history.field.result", en: "result", ja: "実績")
    static let historyChallenge = Message("history.field.challenge", en: "challenge", ja: "課題")
    static let historyBudget = Message("history.field.budget", en: "budget (thousand yen)", ja: "予算額（千円）")
    static let historySettled = Message("history.field.settled", en: "settled (thousand yen)", ja: "決算額（千円）")
    static let historySpecificRevenue = Message("history.field.specific_revenue",
        en: "specific revenue: national/prefectural/bonds/other (thousand yen)", ja: "特定財源 国/県/地方債/その他（千円）")
    static func historyStaff(_ kind: String) -> Message {
        Message("history.field.staff", en: "staff-years (\(kind))", ja: "人工（\(kind)）")
    }
    static func historyRate(_ kind: String) -> Message {
        Message("history.field.rate", en: "cost per staff-year (\(kind), thousand yen)", ja: "人件費単価（\(kind)、千円）")
    }
    /// A change to the plan (plan_revisions: `plan KIND FIELD`): an item added, removed,
    /// renumbered, or one of its texts changed.
    static func historyPlanChange(_ what: String) -> Message {
        let words = what.split(separator: " ", maxSplits: 1).map(String.init)
        let kind = planItemKinds[words[0]] ?? (en: words[0], ja: words[0])
        switch words.count > 1 ? words[1] : "" {
        case "added": return Message("history.field.plan_added", en: "\(kind.en) added to the plan", ja: "計画に\(kind.ja)を追加")
        case "removed": return Message("history.field.plan_removed", en: "\(kind.en) removed from the plan", ja: "計画から\(kind.ja)を削除")
        case "code": return Message("history.field.plan_code", en: "the \(kind.en)'s code", ja: "\(kind.ja)のコード")
        case let field: return Message("history.field.plan_text", en: "the \(kind.en)'s \(field)", ja: "\(kind.ja)の記載（\(field)）")
        }
    }

    /// The plan's items as DESIGN.md's glossary names them.
    static let planItemKinds: [String: (en: String, ja: String)] = [
        "outline": ("outline", "大綱"), "policy": ("policy", "施策"), "measure": ("measure", "小施策"), "direction": ("direction", "取組方針"),
        "initiative": ("initiative", "主な取組"), "indicator": ("indicator", "指標"), "project": ("project", "事務事業"),
        "plan": ("plan", "計画"), "department": ("department", "課"), "grade": ("grade", "評価の区分"),
        "next_direction": ("next direction", "今後の方向性の区分"), "phase": ("phase", "取組の段階"), "sdg_goal": ("SDG goal", "SDGs の目標"),
    ]
    static func historyReviewGrade(_ review: String) -> Message {
        Message("history.field.review_grade", en: "\(review): grade", ja: "\(review)の評価")
    }
    static func historyReviewComment(_ review: String) -> Message {
        Message("history.field.review_comment", en: "\(review): comment", ja: "\(review)のコメント")
    }
}
