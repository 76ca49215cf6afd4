// The catalog: the outlook (見通し), in `plandb outlook`, `status` and the yearly report.
extension Message {
    public static let helpOutlook = Message("outlook.help",
        en: "The indicators whose trend will miss the final target, worst first (least squares over the baseline and the actuals).",
        ja: "傾向のままでは最終目標に届かない指標を、乖離の大きい順に示します（現状値と実績値の最小二乗法）。")
    public static let helpOutlookYear = Message("outlook.help.year",
        en: "The outlook as it stood at the end of this fiscal year: only actuals up to it (default: all).",
        ja: "この年度末時点の見通し。この年度までの実績値だけを使います（省略時はすべて）。")
    public static let helpOutlookAll = Message("outlook.help.all",
        en: "List every indicator with an outlook, not only those that will miss.",
        ja: "届かない指標だけでなく、見通しのあるすべての指標を示します。")

    static func outlookYearOutside(_ year: String, from: Int, to: Int) -> Message {
        Message("outlook.year_outside",
            en: "\(year) is outside the plan's period \(from)-\(to)",
            ja: "\(year)は計画期間（\(from)～\(to)年度）の外です。")
    }
    static func outlookYearOutsideAdvice(from: Int, to: Int) -> Message {
        Message("outlook.year_outside.advice",
            en: "give a year from \(from) to \(to), e.g. `plandb outlook --year \(from)`",
            ja: "\(from)～\(to)の年度を指定してください（例：`plandb outlook --year \(from)`）。")
    }

    /// The line under `plandb outlook`'s table.
    public static func outlookSummary(_ asOf: String, onTrack: Int, judged: Int, missing: Int, untargeted: Int) -> Message {
        Message("outlook.summary",
            en: "outlook as of \(asOf): \(onTrack) of \(judged) indicators on track, \(missing) will miss; \(untargeted) without a final target",
            ja: "\(asOf)時点の見通し：\(judged)指標のうち\(onTrack)指標が最終目標に届く見込みで、\(missing)指標が届かない見込みです。最終目標のない指標は\(untargeted)件です。")
    }
    public static func outlookNothing(_ asOf: String) -> Message {
        Message("outlook.nothing",
            en: "no indicator has an actual up to \(asOf), so there is no outlook yet",
            ja: "\(asOf)までに実績値のある指標がないため、まだ見通しはありません。")
    }

    /// `status` and the yearly report: one line per policy.
    public static func outlookPolicyHeading(_ asOf: String) -> Message {
        Message("outlook.policy.heading",
            en: "outlook per policy (actuals up to \(asOf)):",
            ja: "施策ごとの見通し（\(asOf)までの実績による）：")
    }
    public static func outlookPolicyLine(_ policy: String, onTrack: Int, judged: Int) -> Message {
        Message("outlook.policy.line",
            en: "\(policy) \(onTrack) of \(judged) indicators on track",
            ja: "\(policy) \(judged)指標のうち\(onTrack)指標が最終目標に届く見込み")
    }
    public static func outlookPolicyNone(_ policy: String) -> Message {
        Message("outlook.policy.none",
            en: "\(policy) no outlook yet",
            ja: "\(policy) 見通しはまだありません")
    }
    public static let outlookReportHeading = Message("outlook.report.heading",
        en: "Outlook",
        ja: "見通し")

    /// What the forecast rests on (the view's `basis`), for people.
    static let outlookBasisOnePoint = Message("outlook.basis.one_point",
        en: "one point: no trend",
        ja: "1点のみ：傾向なし")
    static let outlookBasisOneYear = Message("outlook.basis.one_year",
        en: "one year: no trend",
        ja: "同一年度のみ：傾向なし")
    static func outlookBasisWithBaseline(_ baselineYear: Int, actuals: Int, years: String) -> Message {
        Message("outlook.basis.baseline",
            en: "least squares: baseline \(baselineYear) and \(actuals) actual(s) \(years)",
            ja: "最小二乗法：現状値（\(baselineYear)）と実績値\(actuals)件（\(years)）")
    }
    static func outlookBasisWithoutBaseline(_ actuals: Int, years: String) -> Message {
        Message("outlook.basis.no_baseline",
            en: "least squares: \(actuals) actuals \(years) (no baseline)",
            ja: "最小二乗法：実績値\(actuals)件（\(years)、現状値なし）")
    }
}
