import Foundation

/// The numbers the plan prints for an indicator (its baseline and targets), which a recorded
/// value is judged against.
public struct PlanValues: Sendable, Equatable {
    /// The lowest and highest printed number; nil when the plan prints none.
    public let lowest: Double?
    public let highest: Double?
    /// The smallest non-zero and the largest magnitude printed.
    public let smallest: Double?
    public let largest: Double?

    public init(baseline: Double?, targetMin: Double?, targetMax: Double?, targetSmallest: Double?, targetLargest: Double?) {
        let baselineSize = baseline.map(abs)
        lowest = [baseline, targetMin].compactMap { $0 }.min()
        highest = [baseline, targetMax].compactMap { $0 }.max()
        smallest = [baselineSize == 0 ? nil : baselineSize, targetSmallest].compactMap { $0 }.min()
        largest = [baselineSize, targetLargest].compactMap { $0 }.max()
    }
}

extension ValueParser {
    /// Units of things that cannot go below zero: rates, counts, persons, money. A value in
    /// another unit (or none) may be negative, and so may any value of an indicator whose
    /// baseline or targets the plan prints below zero.
    static let nonNegativeUnitEndings = ["%", "割", "人", "件", "団体", "円", "回", "個", "所", "世帯", "社", "校", "冊", "台", "本", "日", "時間"]

    static func cannotBeNegative(unit: String) -> Bool {
        nonNegativeUnitEndings.contains { normalized(unit).hasSuffix($0) }
    }

    static func isRate(unit: String) -> Bool { normalized(unit).hasSuffix("%") }

    /// NFKC, so that ％ is %, and trimmed.
    static func normalized(_ unit: String) -> String {
        (unit.isPlainASCII ? unit : unit.precomposedStringWithCompatibilityMapping).trimmed
    }

    /// Refuses a value that cannot be right, and one that is almost certainly a typo unless
    /// `confirmed` or `isCurrent` (asked only then: the value is already recorded, confirmed
    /// once, so an untouched entry sheet imports again as no change).
    public static func check(
        _ number: TypedNumber, unit: String, against plan: PlanValues, confirmed: Bool, isCurrent: () throws -> Bool = { false }
    ) throws {
        if number.value < 0, cannotBeNegative(unit: unit), (plan.lowest ?? 0) >= 0 {
            throw PlanError(.valueNegative(number.text, unit: unit), advice: .valueNegativeAdvice)
        }
        guard !confirmed, let doubt = doubt(number, unit: unit, against: plan), try !isCurrent() else { return }
        throw doubt
    }

    /// Why a value is almost certainly a typo: a rate over 100 % where the plan prints only
    /// rates up to 100, or a value a hundred times the largest printed number or more, or a
    /// hundredth of the smallest or less. Zero is never a typo of scale.
    static func doubt(_ number: TypedNumber, unit: String, against plan: PlanValues) -> PlanError? {
        let advice = Message.valueTypoAdvice
        let size = abs(number.value)
        // The unit is NFKC-normalised only for a value over 100: every imported row asks.
        if number.value > 100, let highest = plan.highest, highest <= 100, isRate(unit: unit) {
            return PlanError(.valueOverHundredPercent(number.text), advice: advice)
        }
        if let largest = plan.largest, largest > 0, size >= largest * 100 {
            return PlanError(.valueHundredTimes(number.text, largest: CellText.realText(largest)), advice: advice)
        }
        if let smallest = plan.smallest, size > 0, size <= smallest / 100 {
            return PlanError(.valueHundredth(number.text, smallest: CellText.realText(smallest)), advice: advice)
        }
        return nil
    }
}
