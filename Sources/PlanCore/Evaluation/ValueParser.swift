import Foundation

/// A number as a clerk types it, made exact: `95.10`, `1,000,000`, `９５．１０`, `73.0%`,
/// `375,284千円`. The canonical text keeps the digits as typed (trailing zeros too, so 95.10
/// stays 95.10) without separators or unit.
public struct TypedNumber: Sendable, Equatable {
    public let text: String
    public let value: Double
}

public enum ValueParser {
    /// Parses `input` for an indicator measured in `unit`; a trailing unit is allowed when it
    /// is that unit. Errors show an example of what is accepted.
    public static func parse(_ input: String, unit: String) throws -> TypedNumber {
        var text = input.precomposedStringWithCompatibilityMapping
            .replacingOccurrences(of: "\u{00A0}", with: " ")
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let example = "write it like 95.10 or 1,000,000" + (unit.isEmpty ? "" : " (the unit \(unit) may follow)")
        guard !text.isEmpty else { throw PlanError("the value is empty", advice: example) }
        let normalizedUnit = unit.precomposedStringWithCompatibilityMapping.trimmingCharacters(in: .whitespaces)
        if !normalizedUnit.isEmpty, text.hasSuffix(normalizedUnit) {
            text = String(text.dropLast(normalizedUnit.count)).trimmingCharacters(in: .whitespaces)
        }
        // Excel may have written the value with a leading apostrophe (a neutralised cell).
        if text.hasPrefix("'") { text.removeFirst() }
        // A minus sign typed as U+2212 or a full-width hyphen after NFKC.
        text = text.replacingOccurrences(of: "\u{2212}", with: "-")
        let plain = /-?[0-9]+(\.[0-9]+)?/
        let grouped = /-?[0-9]{1,3}(,[0-9]{3})+(\.[0-9]+)?/
        if text.wholeMatch(of: plain) == nil {
            guard text.wholeMatch(of: grouped) != nil else {
                throw PlanError("`\(input)` is not a number\(unit.isEmpty ? "" : " in \(unit)")", advice: example)
            }
            text = text.replacingOccurrences(of: ",", with: "")
        }
        if text.hasPrefix("-0"), text.wholeMatch(of: /-0(\.0+)?/) != nil { text.removeFirst() }
        guard let value = Double(text), value.isFinite else {
            throw PlanError("`\(input)` is not a number", advice: example)
        }
        return TypedNumber(text: text, value: value)
    }
}
