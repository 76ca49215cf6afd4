import Foundation

/// What spreadsheet programs do to a CSV they open and save, undone where it can be: a policy
/// code such as `6-7` comes back as a date (`Jun 07`, `6月7日`, `2026/6/7`, `2026-06-07`).
/// (`95.10` coming back as `95.1` is the same value: the import counts it as no change.)
enum SpreadsheetChanges {
    static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    /// The code as the template wrote it. A date where a policy code (大綱-施策) is expected is
    /// read back as month-day; a date anywhere else is refused, saying what happened.
    static func code(_ text: String, kind: Duty.Kind) throws -> String {
        // Nearly every row: a code as written (6-7, 6-7-I2, 6-1-1-2-1), which no date form is.
        if looksLikeCode(text) { return text }
        guard let (month, day) = monthAndDay(text) else { return text }
        if kind == .firstReview || kind == .secondReview { return "\(month)-\(day)" }
        throw PlanError(.workbookCodeIsDate(text), advice: .workbookCodeIsDateAdvice)
    }

    /// Digits, dashes and the indicator's `I`, its first part no longer than a 大綱 number: a
    /// code. A date a spreadsheet writes has a month name, 月/日, a slash, or a four-digit year.
    static func looksLikeCode(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard let dash = bytes.firstIndex(of: UInt8(ascii: "-")), (1...3).contains(dash) else { return false }
        return bytes.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "I") }
    }

    /// The date forms Excel and LibreOffice save, compiled once: an import asks for every row
    /// whose code is not plainly a code, and compiling a pattern costs more than matching it.
    typealias MonthDay = @Sendable (Substring, Substring) -> (Int, Int)?
    static let numeric: MonthDay = { first, second in (Int(first)!, Int(second)!) }
    static let monthFirst: MonthDay = { month, day in months.firstIndex(of: String(month)).map { ($0 + 1, Int(day)!) } }
    static let dayFirst: MonthDay = { day, month in months.firstIndex(of: String(month)).map { ($0 + 1, Int(day)!) } }
    nonisolated(unsafe) static let datePatterns: [(NSRegularExpression, MonthDay)] = [
        (try! NSRegularExpression(pattern: #"^([0-9]{1,2})月([0-9]{1,2})日$"#), numeric),
        (try! NSRegularExpression(pattern: #"^[0-9]{4}[/.-]([0-9]{1,2})[/.-]([0-9]{1,2})$"#), numeric),
        (try! NSRegularExpression(pattern: #"^([0-9]{1,2})/([0-9]{1,2})(/[0-9]{2,4})?$"#), numeric),
        (try! NSRegularExpression(pattern: #"^([a-z]{3})[a-z]*[ -]([0-9]{1,2})$"#), monthFirst),
        (try! NSRegularExpression(pattern: #"^([0-9]{1,2})[ -]([a-z]{3})[a-z]*$"#), dayFirst),
    ]

    /// Month and day of the date forms Excel and LibreOffice save, nil for anything else.
    static func monthAndDay(_ input: String) -> (Int, Int)? {
        let text = input.precomposedStringWithCompatibilityMapping.trimmed.lowercased()
        for (expression, make) in datePatterns {
            guard let match = expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
                  let first = Range(match.range(at: 1), in: text), let second = Range(match.range(at: 2), in: text),
                  let (month, day) = make(text[first], text[second])
            else { continue }
            guard (1...12).contains(month), (1...31).contains(day) else { return nil }
            return (month, day)
        }
        return nil
    }
}
