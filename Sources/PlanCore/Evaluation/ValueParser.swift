import Foundation

/// A number as a clerk types it, made exact: `95.10`, `1,000,000`, `９５．１０`, `73.0%`,
/// `375,284千円`. The canonical text keeps the digits as typed (trailing zeros too, so 95.10
/// stays 95.10) without separators or unit.
public struct TypedNumber: Sendable, Equatable {
    public let text: String
    public let value: Double

    public init(text: String, value: Double) {
        self.text = text
        self.value = value
    }
}

public enum ValueParser {
    /// Parses `input` for an indicator measured in `unit`; a trailing unit is allowed when it
    /// is that unit. Errors show an example of what is accepted.
    public static func parse(_ input: String, unit: String) throws -> TypedNumber {
        // Built only for a refusal: every imported row is parsed here.
        var example: Message { Message.valueExample(unit: unit) }
        // NFKC turns ９５．１０ into 95.10 and ％ into %; plain ASCII needs none of it. It would
        // also turn 9.5¹ into 9.51 and ③⑤ into 35: only full-width digits, separators, sign,
        // point and the unit's own characters are let through to it.
        if !input.isPlainASCII, input.unicodeScalars.contains(where: { !$0.isASCII && !isWideNumberCharacter($0, unit: unit) }) {
            throw PlanError(.valueNotANumber(input, unit: unit), advice: example)
        }
        var text = input.isPlainASCII ? input.trimmed : input.precomposedStringWithCompatibilityMapping.trimmed
        guard !text.isEmpty else { throw PlanError(.valueEmpty, advice: example) }
        if DecimalText.isPlain(text), let value = Double(text), value.isFinite, !text.hasPrefix("-0") {
            return TypedNumber(text: text, value: value)
        }
        let normalizedUnit = normalized(unit)
        if !normalizedUnit.isEmpty, text.hasSuffix(normalizedUnit) {
            text = text.dropLast(normalizedUnit.count).trimmed
        }
        // Excel may have written the value with a leading apostrophe (a neutralised cell).
        if text.hasPrefix("'") { text.removeFirst() }
        // A minus sign typed as U+2212 or a full-width hyphen after NFKC.
        if text.hasPrefix("\u{2212}") { text = "-" + text.dropFirst() }
        if !DecimalText.isPlain(text) {
            guard DecimalText.isGrouped(text) else {
                throw PlanError(.valueNotANumber(input, unit: unit), advice: example)
            }
            text.removeAll { $0 == "," }
        }
        if text.hasPrefix("-"), text.dropFirst().allSatisfy({ $0 == "0" || $0 == "." }) { text.removeFirst() }
        guard let value = Double(text), value.isFinite else {
            throw PlanError(.valueNotANumber(input, unit: ""), advice: example)
        }
        return TypedNumber(text: text, value: value)
    }

    /// Full-width digits, comma, point, plus and minus, U+2212, the ideographic space, and the
    /// characters of the unit (as written, or full-width: ％ for %).
    static func isWideNumberCharacter(_ scalar: Unicode.Scalar, unit: String) -> Bool {
        switch scalar.value {
        case 0xFF10...0xFF19, 0xFF0C, 0xFF0E, 0xFF0B, 0xFF0D, 0x2212, 0x3000: return true
        default:
            return unit.unicodeScalars.contains { $0 == scalar || ($0.isASCII && $0.value > 0x20 && $0.value + 0xFEE0 == scalar.value) }
        }
    }
}
