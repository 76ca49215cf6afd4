import Foundation

/// A stored instant as people in Japan read it: `2026年12月5日 10:12` in Japan's time. What is
/// stored stays as it is (ISO 8601 in UTC, `2026-12-05T01:12:53.038Z`); this is only for reading.
/// The command line, the pages of `plandb serve` and the reports all show instants through it.
public enum JapanTime {
    /// The stored text in Japan's time and form; the text itself when it is no ISO 8601 instant.
    public static func display(_ stored: String) -> String {
        guard let parts = parts(stored), let hour = parts.hour, let minute = parts.minute else { return stored }
        return day(parts) + " " + String(format: "%02d:%02d", hour, minute)
    }

    /// The day of the stored instant in Japan (`2026年4月1日` for `2026-03-31T16:30:00Z`): the
    /// day a report says a year was frozen.
    public static func day(_ stored: String) -> String {
        parts(stored).map(day) ?? stored
    }

    private static func day(_ parts: DateComponents) -> String {
        "\(parts.year ?? 0)年\(parts.month ?? 0)月\(parts.day ?? 0)日"
    }

    /// The calendar parts of the instant in Japan's time zone; nil when it is no instant.
    private static func parts(_ stored: String) -> DateComponents? {
        guard let date = parse(stored) else { return nil }
        return Calendar(identifier: .gregorian).dateComponents(in: PlanClock.japan, from: date)
    }

    static func parse(_ text: String) -> Date? {
        let fractional = ISO8601DateFormatter()
        fractional.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        if let date = fractional.date(from: text) { return date }
        return ISO8601DateFormatter().date(from: text)
    }
}
