/// The outlook line per policy, counted as indicators go by: how many of a policy's indicators
/// with a final target have a trend that reaches it. Shared by `status` (live actuals) and the
/// yearly report (frozen ones), which each fold their points in one pass and hold only this.
struct PolicyOutlookCount {
    private var counts: [String: (judged: Int, onTrack: Int)] = [:]
    let finalYear: Int

    init(finalYear: Int) { self.finalYear = finalYear }

    /// One indicator: fitted over its baseline and actuals (OutlookFit), judged against its final
    /// target (OutlookJudgement); without an actual or a final target it is not counted.
    mutating func add(policy: String, direction: String, baseline: (year: Int, value: Double)?,
                      actuals: [(year: Int, value: Double)], finalTarget: Double?) {
        guard let fit = OutlookFit(baseline: baseline, actuals: actuals, finalYear: finalYear),
              let onTrack = OutlookJudgement(direction: direction, forecast: fit.forecast, finalTarget: finalTarget,
                                             baseline: baseline?.value).onTrack
        else { return }
        counts[policy, default: (0, 0)].judged += 1
        if onTrack { counts[policy, default: (0, 0)].onTrack += 1 }
    }

    func line(_ policy: String) -> Message {
        guard let count = counts[policy], count.judged > 0 else { return .outlookPolicyNone(policy) }
        return .outlookPolicyLine(policy, onTrack: count.onTrack, judged: count.judged)
    }
}
