import Foundation

/// A stored instant as people in Japan read it: `2026年12月5日 10:12` in Japan's time. What is
/// stored stays as it is (ISO 8601 in UTC, `2026-12-05T01:12:53.038Z`); this is only for reading.
public enum JapanTime {
    /// The stored text in Japan's time and form; the text itself when it is no ISO 8601 instant.
    public static func display(_ stored: String) -> String {
        guard let date = parse(stored) else { return stored }
        let parts = Calendar(identifier: .gregorian).dateComponents(in: PlanClock.japan, from: date)
        guard let year = parts.year, let month = parts.month, let day = parts.day, let hour = parts.hour, let minute = parts.minute else { return stored }
        return "\(year)年\(month)月\(day)日 " + String(format: "%02d:%02d", hour, minute)
    }

    static func parse(_ text: String) -> Date? {
        let fractional = ISO8601DateFormatter()
        fractional.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        if let date = fractional.date(from: text) { return date }
        return ISO8601DateFormatter().date(from: text)
    }
}
