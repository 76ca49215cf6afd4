import Foundation

/// What spreadsheet programs do to a CSV they open and save, undone where it can be: a policy
/// code such as `6-7` comes back as a date (`Jun 07`, `6月7日`, `2026/6/7`, `2026-06-07`).
/// (`95.10` coming back as `95.1` is the same value: the import counts it as no change.)
enum SpreadsheetChanges {
    static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    /// The code as the template wrote it. A date where a policy code (大綱-施策) is expected is
    /// read back as month-day; a date anywhere else is refused, saying what happened.
    static func code(_ text: String, kind: Duty.Kind) throws -> String {
        guard let (month, day) = monthAndDay(text) else { return text }
        if kind == .firstReview || kind == .secondReview { return "\(month)-\(day)" }
        throw PlanError(.workbookCodeIsDate(text), advice: .workbookCodeIsDateAdvice)
    }

    /// Month and day of the date forms Excel and LibreOffice save, nil for anything else.
    static func monthAndDay(_ input: String) -> (Int, Int)? {
        let text = input.precomposedStringWithCompatibilityMapping.trimmed.lowercased()
        let patterns: [(String, (Substring, Substring) -> (Int, Int)?)] = [
            (#"^([0-9]{1,2})月([0-9]{1,2})日$"#, { (Int($0)!, Int($1)!) }),
            (#"^[0-9]{4}[/.-]([0-9]{1,2})[/.-]([0-9]{1,2})$"#, { (Int($0)!, Int($1)!) }),
            (#"^([0-9]{1,2})/([0-9]{1,2})(/[0-9]{2,4})?$"#, { (Int($0)!, Int($1)!) }),
            (#"^([a-z]{3})[a-z]*[ -]([0-9]{1,2})$"#, { month, day in months.firstIndex(of: String(month)).map { ($0 + 1, Int(day)!) } }),
            (#"^([0-9]{1,2})[ -]([a-z]{3})[a-z]*$"#, { day, month in months.firstIndex(of: String(month)).map { ($0 + 1, Int(day)!) } }),
        ]
        for (pattern, make) in patterns {
            guard let expression = try? NSRegularExpression(pattern: pattern),
                  let match = expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
                  let first = Range(match.range(at: 1), in: text), let second = Range(match.range(at: 2), in: text),
                  let (month, day) = make(text[first], text[second])
            else { continue }
            guard (1...12).contains(month), (1...31).contains(day) else { return nil }
            return (month, day)
        }
        return nil
    }
}
