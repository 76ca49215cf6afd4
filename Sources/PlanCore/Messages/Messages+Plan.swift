// The catalog: finding the plan, its items, departments and fiscal years.
extension Message {
    static func noPlanLoaded(_ path: String) -> Message {
        Message("plan.none_loaded",
            en: "no plan is loaded in \(path)",
            ja: "\(path) には計画が読み込まれていません。")
    }
    static let noPlanLoadedAdvice = Message("plan.none_loaded.advice",
        en: "run `plandb init` to load the embedded plan, or `plandb seed import DIR`",
        ja: "`plandb init` で組み込みの計画を読み込むか、`plandb seed import DIR` を実行してください。")

    /// The kinds of item a lookup was asked for, as a noun: "plan item", "indicator or policy".
    static func itemKinds(_ kinds: [PlanItem.Kind], all: Bool) -> Message {
        if all { return Message("plan.kind.any", en: "plan item", ja: "計画の項目") }
        let names = (en: kinds.map(\.en).joined(separator: " or "), ja: kinds.map(\.ja).joined(separator: "・"))
        return Message("plan.kind.some", en: "\(names.en)", ja: "\(names.ja)")
    }

    static func noItemNamed(_ what: Message) -> Message {
        Message("plan.item.empty_query",
            en: "no \(what.en) named",
            ja: "\(what.ja)の名前が指定されていません。")
    }
    static let noItemNamedAdvice = Message("plan.item.empty_query.advice",
        en: "give a code such as 6-1 or part of a name",
        ja: "6-1 のようなコードか、名前の一部を指定してください。")

    static func noItemMatches(_ what: Message, query: String) -> Message {
        Message("plan.item.no_match",
            en: "no \(what.en) matches `\(query)`",
            ja: "`\(query)` に当てはまる\(what.ja)はありません。")
    }
    static let noItemMatchesAdvice = Message("plan.item.no_match.advice",
        en: "use a code (`plandb show` lists them) or another part of the name",
        ja: "コード（`plandb show` で一覧できます）か、名前の別の部分を指定してください。")

    static func itemAmbiguous(_ query: String, count: Int, listed: String, more: Int) -> Message {
        let tail = (en: more > 0 ? "\n  … and \(more) more" : "", ja: more > 0 ? "\n  …ほか \(more) 件" : "")
        return Message("plan.item.ambiguous",
            en: "`\(query)` matches \(count) items:\n\(listed)\(tail.en)",
            ja: "`\(query)` に当てはまる項目が \(count) 件あります。\n\(listed)\(tail.ja)")
    }
    static let itemAmbiguousAdvice = Message("plan.item.ambiguous.advice",
        en: "give the code, or more of the name",
        ja: "コードか、名前をもっと長く指定してください。")

    static func noDepartmentMatches(_ query: String) -> Message {
        Message("plan.dept.no_match",
            en: "no department matches `\(query)`",
            ja: "`\(query)` に当てはまる課はありません。")
    }
    static func noDepartmentMatchesAdvice(_ names: String) -> Message {
        Message("plan.dept.no_match.advice",
            en: "`plandb dept list` shows them: \(names)",
            ja: "`plandb dept list` で一覧できます：\(names)")
    }

    static func departmentAmbiguous(_ query: String, count: Int, names: String) -> Message {
        Message("plan.dept.ambiguous",
            en: "`\(query)` matches \(count) departments: \(names)",
            ja: "`\(query)` に当てはまる課が \(count) つあります：\(names)")
    }
    static let departmentAmbiguousAdvice = Message("plan.dept.ambiguous.advice",
        en: "give more of the name",
        ja: "課の名前をもっと長く指定してください。")

    static func notAFiscalYear(_ input: String) -> Message {
        Message("plan.year.invalid",
            en: "`\(input)` is not a fiscal year",
            ja: "`\(input)` は年度として読めません。")
    }
    static let notAFiscalYearAdvice = Message("plan.year.invalid.advice",
        en: "write it like 2023 or 令和5 (2023年度 = 令和5年度)",
        ja: "2023 や 令和5 のように書いてください（2023年度 = 令和5年度）。")
}

extension PlanItem.Kind {
    var en: String { rawValue }

    var ja: String {
        switch self {
        case .policy: return "施策"
        case .measure: return "小施策"
        case .direction: return "取組方針"
        case .initiative: return "主な取組"
        case .indicator: return "指標"
        }
    }
}

// MARK: Choosing the plan (several plans in one file)

extension Message {
    /// A list of plans, joined as each language writes a list.
    static func planList(_ plans: [String]) -> (en: String, ja: String) {
        (plans.joined(separator: ", "), plans.joined(separator: "、"))
    }
    static func planUnknown(_ code: String, plans: [String]) -> Message {
        let listed = planList(plans)
        return Message("plan.unknown",
            en: "there is no plan \(code) in this file; it holds: \(listed.en)",
            ja: "このファイルに計画 \(code) はありません。入っている計画：\(listed.ja)")
    }
    static func planNoneForYear(_ year: Int, plans: [String]) -> Message {
        let listed = planList(plans)
        return Message("plan.none_for_year",
            en: "no plan of this file covers fiscal \(year); it holds: \(listed.en)",
            ja: "\(year)年度を期間に含む計画がありません。入っている計画：\(listed.ja)")
    }
    static func planNoneForToday(_ year: Int, plans: [String]) -> Message {
        let listed = planList(plans)
        return Message("plan.none_for_today",
            en: "no plan of this file covers the current fiscal year \(year), and it holds several: \(listed.en)",
            ja: "今年度（\(year)年度）を期間に含む計画がなく、計画が複数あります：\(listed.ja)")
    }
    static func planAmbiguous(_ year: Int, plans: [String]) -> Message {
        let listed = planList(plans)
        return Message("plan.ambiguous",
            en: "several plans cover fiscal \(year): \(listed.en)",
            ja: "\(year)年度を期間に含む計画が複数あります：\(listed.ja)")
    }
    static let planChooseAdvice = Message("plan.choose.advice",
        en: "name the plan with --plan CODE (or PLANDB_PLAN); `plandb plan list` lists them",
        ja: "--plan CODE（または PLANDB_PLAN）で計画を指定してください。`plandb plan list` で一覧できます。")
}
