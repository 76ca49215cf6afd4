// The catalog: the period report (`plandb report`), the plan's years side by side.
extension Message {
    public static let helpReport = Message("report.help",
        en: "The period report: every indicator, initiative and policy across the years, from the latest snapshot of each year.",
        ja: "期間の報告書：各年度の最新の確定版から、指標・主な取組・施策を年度ごとに並べて示します。")
    public static let helpReportFrom = Message("report.help.from",
        en: "The first fiscal year (default: the plan's first).",
        ja: "最初の年度（省略時は計画の初年度）。")
    public static let helpReportTo = Message("report.help.to",
        en: "The last fiscal year (default: the plan's last).",
        ja: "最後の年度（省略時は計画の最終年度）。")
    public static let helpReportFormat = Message("report.help.format",
        en: "html, markdown, csv, json or xlsx (xlsx needs --out).",
        ja: "html、markdown、csv、json、xlsx のいずれか（xlsx は --out が必要）。")
    public static let helpReportOut = Message("report.help.out",
        en: "Write to FILE instead of standard output (never the database itself).",
        ja: "標準出力ではなく FILE に書き出します（データベース自体には書きません）。")

    static func reportYearsReversed(_ from: Int, _ to: Int) -> Message {
        Message("report.years_reversed",
            en: "--from \(from) comes after --to \(to)",
            ja: "--from \(from) が --to \(to) より後になっています。")
    }
    static let reportYearsReversedAdvice = Message("report.years_reversed.advice",
        en: "give the earlier year with --from, e.g. `plandb report --from 2023 --to 2027`",
        ja: "早いほうの年度を --from に指定してください（例：`plandb report --from 2023 --to 2027`）。")
    static func reportYearOutsideAdvice(from: Int, to: Int) -> Message {
        Message("report.year_outside.advice",
            en: "give years from \(from) to \(to), e.g. `plandb report --from \(from) --to \(to)`",
            ja: "\(from)～\(to)の年度を指定してください（例：`plandb report --from \(from) --to \(to)`）。")
    }
    public static func reportWrote(_ path: String, format: String, from: Int, to: Int) -> Message {
        Message("report.wrote",
            en: "wrote \(path) (\(format), \(from)-\(to))",
            ja: "\(path) を書き出しました（\(format)、\(from)～\(to)年度）。")
    }

    // Headings and labels of the report.
    static let reportTitle = Message("report.title", en: "Period evaluation report", ja: "期間評価報告書")
    static func reportPeriod(_ from: String, _ to: String) -> Message {
        Message("report.period", en: "\(from) to \(to)", ja: "\(from)～\(to)")
    }
    static let reportSources = Message("report.sources", en: "Sources", ja: "出典")
    static let reportSourcesNote = Message("report.sources.note",
        en: "Every figure of a year comes from that year's latest frozen snapshot below; a year not yet frozen is shown from the live data and marked so.",
        ja: "各年度の数値は、下表のその年度の最新の確定版（スナップショット）によります。未確定の年度は現在のデータで示し、その旨を記しています。")
    static let reportYear = Message("report.year", en: "Fiscal year", ja: "年度")
    static let reportVersion = Message("report.version", en: "Version", ja: "版")
    static let reportFrozenAt = Message("report.frozen_at", en: "Frozen", ja: "確定日")
    static let reportLive = Message("report.live", en: "not frozen: live data", ja: "未確定（現在のデータ）")
    static let reportLiveMark = Message("report.live_mark", en: "(live)", ja: "（未確定）")
    static let reportSummary = Message("report.summary", en: "Summary", ja: "概要")
    static func reportSummaryBasis(_ to: String) -> Message {
        Message("report.summary.basis",
            en: "Each indicator by its latest actual up to \(to) against that year's target, and by its outlook against the final target.",
            ja: "各指標を、\(to)までの最新の実績値とその年度の目標値、及び見通しと最終目標値で分類しています。")
    }
    static let reportAchieved = Message("report.achieved", en: "Achieved", ja: "達成")
    static let reportNotAchieved = Message("report.not_achieved", en: "Not achieved", ja: "未達成")
    static let reportAtRisk = Message("report.at_risk", en: "At risk (outlook misses the final target)", ja: "要注意（見通しが最終目標に届かない）")
    static let reportNoActual = Message("report.no_actual", en: "No actual yet", ja: "実績値なし")
    static let reportCount = Message("report.count", en: "Indicators", ja: "指標数")
    static let reportIndicators = Message("report.indicators", en: "Indicators across the years", ja: "業績評価指標の推移")
    static let reportIndicator = Message("report.indicator", en: "Indicator", ja: "指標")
    static let reportBaseline = Message("report.baseline", en: "Baseline", ja: "現状値")
    static let reportTarget = Message("report.target", en: "Target", ja: "目標")
    static let reportActual = Message("report.actual", en: "Actual", ja: "実績")
    static let reportInterpolated = Message("report.interpolated", en: "(interpolated)", ja: "（補間）")
    static let reportNoTarget = Message("report.no_target", en: "no target", ja: "目標値なし")
    static let reportNotEntered = Message("report.not_entered", en: "not entered", ja: "未入力")
    static let reportForecast = Message("report.forecast", en: "Forecast", ja: "見込み")
    static let reportFinalTarget = Message("report.final_target", en: "Final target", ja: "最終目標")
    static let reportOnTrack = Message("report.on_track", en: "on track", ja: "達成見込み")
    static let reportWillMiss = Message("report.will_miss", en: "will miss", ja: "未達成見込み")
    static let reportNoFinalTarget = Message("report.no_final_target", en: "no final target", ja: "最終目標なし")
    static let reportGap = Message("report.gap", en: "gap", ja: "不足")
    static let reportChart = Message("report.chart", en: "Targets and actuals", ja: "目標と実績")
    static let reportLegend = Message("report.legend",
        en: "Chart: dashed line targets (from the baseline), solid line actuals, dotted line the trend to the final year, ring the forecast.",
        ja: "グラフ：破線は目標（現状値から）、実線は実績値、点線は最終年度までの傾向、円は見込みです。")
    static let reportInitiatives = Message("report.initiatives", en: "Initiatives across the years", ja: "主な取組の評価の推移")
    static let reportInitiative = Message("report.initiative", en: "Initiative", ja: "主な取組")
    static let reportChanged = Message("report.changed", en: "changed", ja: "変更")
    static let reportChangedNote = Message("report.changed.note",
        en: "A year whose grade or 今後の方向性 differs from the year before is marked ◆.",
        ja: "前年度から評価または今後の方向性が変わった年度に◆を付けています。")
    static let reportPolicies = Message("report.policies", en: "Policy evaluations across the years", ja: "施策評価の推移")
    static let reportFirstReview = Message("report.first_review", en: "First review", ja: "一次評価")
    static let reportSecondReview = Message("report.second_review", en: "Second review", ja: "二次評価")
    static let reportLeadDept = Message("report.lead_dept", en: "Lead department", ja: "主担当課")
    static let reportReprint = Message("report.reprint", en: "(reprint)", ja: "（再掲）")


    static let reportFullCost = Message("report.full_cost", en: "full cost (千円)", ja: "フルコスト（千円）")
    static let reportGeneralRevenue = Message("report.general_revenue", en: "of which general revenue (千円)", ja: "うち一般財源（千円）")
}
