import Foundation

/// How a figure is printed for people, the one rule every report follows (the HTML, markdown
/// and workbook exports of a snapshot and of the period report, `snapshot show` and `diff`, the
/// pages, the entry workbook's last-year column). Machine columns (CSV and JSON numbers,
/// workbook number cells, the API's values) keep the stored text; nothing stored changes.
public enum FigureText {
    /// A recorded value (an indicator's 実績値, kept in `value_text` as typed: digits, no
    /// separators, no unit) as the plan prints its own figures:
    /// - the whole part in groups of three with commas (512345 → 512,345; 375,284 stays
    ///   375,284; 1234 → 1,234), without leading zeros (007 → 7);
    /// - the fraction exactly as typed, never rounded or trimmed (95.10 stays 95.10);
    /// - a minus sign in front (-1234.5 → -1,234.5);
    /// - the unit after it (512,345千円);
    /// - a text that is not such a number (full-width digits included: the parser folds them
    ///   before anything is stored) is printed as it is, without the unit.
    public static func recorded(_ text: String, unit: String = "") -> String {
        guard DecimalText.isPlain(text) || DecimalText.isGrouped(text) else { return text }
        // Past the check the text is ASCII (a minus, digits, commas, a point), so it is worked
        // over its bytes: Characters made the interpolated targets a tenth of a CSV export.
        var text = text
        return text.withUTF8 { bytes in
            var figure: [UInt8] = []
            figure.reserveCapacity(bytes.count + bytes.count / 3 + 1 + unit.utf8.count)
            var whole = bytes[...]
            if whole.first == minus {
                figure.append(minus)
                whole = whole.dropFirst()
            }
            let dot = whole.firstIndex(of: point) ?? whole.endIndex
            let fraction = whole[dot...]
            whole = whole[..<dot]
            // The whole part's digits without leading zeros (one is kept), a comma before each
            // group of three counted from the right.
            let digitCount = whole.reduce(0) { $1 == comma ? $0 : $0 + 1 }
            var skipped = 0, written = 0
            for byte in whole where byte != comma {
                if written == 0, byte == zero, digitCount - skipped > 1 {
                    skipped += 1
                    continue
                }
                if written > 0, (digitCount - skipped - written) % 3 == 0 { figure.append(comma) }
                figure.append(byte)
                written += 1
            }
            figure.append(contentsOf: fraction)
            figure.append(contentsOf: unit.utf8)
            return String(decoding: figure, as: UTF8.self)
        }
    }

    /// A computed figure (an interpolated target, a forecast, a gap): whole numbers and anything
    /// of 1,000 or more with thousands separators and no fraction, others to at most two places.
    public static func computed(_ value: Double) -> String {
        guard value.isFinite else { return CellText.realText(value) }
        let rounded = abs(value) >= 1000 ? value.rounded() : (value * 100).rounded() / 100
        return recorded(CellText.realText(rounded == 0 ? 0 : rounded))
    }
}

extension FigureText {
    /// A recorded value that may be missing: nil stays nil, for the caller's 未入力.
    public static func recorded(_ text: String?, unit: String) -> String? {
        text.map { recorded($0, unit: unit) }
    }
}

private let minus = UInt8(ascii: "-"), point = UInt8(ascii: "."), comma = UInt8(ascii: ","), zero = UInt8(ascii: "0")
