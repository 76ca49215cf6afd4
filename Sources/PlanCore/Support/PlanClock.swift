import Foundation

/// The time, as an input: what "now" and "this fiscal year" are. Commands read `.current`, which
/// is the system clock unless PLANDB_NOW names an instant (ISO 8601, e.g.
/// `2028-01-15T09:00:00+09:00`), so tests run at fixed dates. Fiscal years (年度, April–March)
/// are counted in Japan's time: a UTC evening of 31 March is already April in Japan.
public struct PlanClock: Sendable {
    public let now: @Sendable () -> Date
    public let timeZone: TimeZone

    public init(now: @escaping @Sendable () -> Date, timeZone: TimeZone = PlanClock.japan) {
        self.now = now
        self.timeZone = timeZone
    }

    public static let japan = TimeZone(identifier: "Asia/Tokyo")!

    /// A clock stopped at `instant`.
    public static func fixed(_ instant: Date) -> PlanClock { PlanClock(now: { instant }) }

    public static var current: PlanClock {
        if let text = ProcessInfo.processInfo.environment["PLANDB_NOW"], let instant = parse(text) { return .fixed(instant) }
        return PlanClock(now: { Date() })
    }

    static func parse(_ text: String) -> Date? {
        let formatter = ISO8601DateFormatter()
        if let date = formatter.date(from: text) { return date }
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.date(from: text)
    }

    /// The fiscal year of `date` in this clock's time zone: April 2027 – March 2028 is 2027.
    public func fiscalYear(of date: Date) -> Int {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month], from: date)
        return (parts.month ?? 4) >= 4 ? (parts.year ?? 0) : (parts.year ?? 0) - 1
    }

    public var fiscalYear: Int { fiscalYear(of: now()) }
}
