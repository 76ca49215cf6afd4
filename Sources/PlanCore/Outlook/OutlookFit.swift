import Foundation

/// The outlook of one indicator computed in Swift, for series that are not in the live tables
/// (the period report reads each year from its frozen snapshot). It is the formula of
/// Migrations/0013_indicator_outlook.sql, step for step, and the tests hold the two together:
/// least squares over the baseline and the actuals with x = year − final year,
/// slope = (nΣxy − ΣxΣy) / (nΣx² − (Σx)²), forecast = (Σy − slope·Σx) / n, rounded to 6 places.
public struct OutlookFit: Sendable, Equatable {
    public enum Basis: Sendable, Equatable {
        case onePoint
        case oneYear
        case leastSquares(baselineYear: Int?, actuals: Int, firstYear: Int, latestYear: Int)
    }

    public let latestYear: Int
    public let latestValue: Double
    public let finalYear: Int
    public let forecast: Double
    public let slope: Double?
    public let basis: Basis

    /// nil when there is no actual: no outlook without at least one.
    public init?(baseline: (year: Int, value: Double)?, actuals: [(year: Int, value: Double)], finalYear: Int) {
        guard let latest = actuals.max(by: { $0.year < $1.year }), let first = actuals.min(by: { $0.year < $1.year }) else { return nil }
        let points = actuals + (baseline.map { [$0] } ?? [])
        let n = Double(points.count)
        var sx = 0.0, sy = 0.0, sxx = 0.0, sxy = 0.0
        for point in points {
            let x = Double(point.year - finalYear)
            sx += x
            sy += point.value
            sxx += x * x
            sxy += x * point.value
        }
        let denominator = n * sxx - sx * sx
        let slope = denominator != 0 ? (n * sxy - sx * sy) / denominator : nil
        self.latestYear = latest.year
        self.latestValue = latest.value
        self.finalYear = finalYear
        self.slope = slope.map { Self.round6($0) }
        self.forecast = Self.round6(slope.map { (sy - $0 * sx) / n } ?? latest.value)
        if points.count == 1 {
            basis = .onePoint
        } else if slope == nil {
            basis = .oneYear
        } else {
            basis = .leastSquares(baselineYear: baseline?.year, actuals: actuals.count, firstYear: first.year, latestYear: latest.year)
        }
    }

    static func round6(_ value: Double) -> Double { (value * 1_000_000).rounded() / 1_000_000 }

    /// The view's `basis` text, word for word.
    public var basisCode: String {
        switch basis {
        case .onePoint: return "one point: no trend"
        case .oneYear: return "one year: no trend"
        case let .leastSquares(baselineYear?, actuals, first, latest):
            return "least squares: baseline \(baselineYear) and \(actuals) actual\(actuals == 1 ? "" : "s") \(first)" + (latest > first ? "-\(latest)" : "")
        case let .leastSquares(nil, actuals, first, latest):
            return "least squares: \(actuals) actuals \(first)-\(latest) (no baseline)"
        }
    }

    /// The basis for people, in either language.
    public var basisMessage: Message {
        switch basis {
        case .onePoint: return .outlookBasisOnePoint
        case .oneYear: return .outlookBasisOneYear
        case let .leastSquares(baselineYear, actuals, first, latest):
            let years = latest > first ? "\(first)-\(latest)" : "\(first)"
            return baselineYear.map { .outlookBasisWithBaseline($0, actuals: actuals, years: years) }
                ?? .outlookBasisWithoutBaseline(actuals, years: years)
        }
    }
}

/// Whether a forecast meets the final target, by the indicator's direction, and by how much it
/// misses: the rules of the view, for the same reason as OutlookFit.
public struct OutlookJudgement: Sendable, Equatable {
    /// nil without a final target.
    public let onTrack: Bool?
    /// Positive when the forecast misses, in the indicator's unit.
    public let gap: Double?
    /// gap ÷ |final target − baseline| × 100 (baseline 0 when none), one decimal; nil when the distance is 0.
    public let gapPct: Double?

    public init(direction: String, forecast: Double, finalTarget: Double?, baseline: Double?) {
        guard let target = finalTarget else {
            onTrack = nil
            gap = nil
            gapPct = nil
            return
        }
        let gap = OutlookFit.round6(["increase", "maintain"].contains(direction) ? target - forecast : forecast - target)
        self.gap = gap
        onTrack = gap <= 0
        let distance = abs(target - (baseline ?? 0))
        gapPct = distance == 0 ? nil : (gap * 100 / distance * 10).rounded() / 10
    }
}
