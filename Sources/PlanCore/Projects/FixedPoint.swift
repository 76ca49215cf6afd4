import Foundation

/// Money, 人工 and 按分 as exact integers: 千円 whole, 人工 in hundredths of a person-year, 按分
/// in hundredths of a percent. Binary floating point would make 1.1 × 8400 come to
/// 9240.000000000002; scaled integers make it 110 × 8400 / 100 = 9240, and the rounding is the
/// one the rule states (DESIGN.md "事務事業 and their cost").
public enum FixedPoint {
    /// The number typed, scaled by 10^`decimals`: full-width digits and thousands separators
    /// are read (`１，２３４` is 1234); nil when it is not a number, is negative, or has more
    /// decimals than `decimals` (other than trailing zeros: `100.00` is 100).
    public static func parse(_ input: String, decimals: Int, suffixes: [String] = []) -> Int64? {
        // Most cells of a finance export are plain ASCII digits: read without Unicode folding.
        if !input.isEmpty, input.utf8.count <= 15, input.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), let whole = Int64(input) {
            var scaled = whole
            for _ in 0..<decimals { scaled *= 10 }
            return scaled
        }
        var text = NameKey.normalize(input)
        for suffix in suffixes where text.hasSuffix(suffix) {
            text = String(text.dropLast(suffix.count)).trimmingCharacters(in: .whitespaces)
        }
        if DecimalText.isGrouped(text) { text.removeAll { $0 == "," } }
        guard DecimalText.isPlain(text), !text.hasPrefix("-") else { return nil }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        var fraction = parts.count > 1 ? String(parts[1]) : ""
        while fraction.count > decimals, fraction.hasSuffix("0") { fraction.removeLast() }
        guard fraction.count <= decimals, parts[0].count <= 15 else { return nil }
        fraction += String(repeating: "0", count: decimals - fraction.count)
        return Int64(String(parts[0]) + fraction)
    }

    /// 9240 → `9240`; 110 with 2 decimals → `1.10`; 3333 with 2 decimals → `33.33`.
    public static func text(_ value: Int64, decimals: Int) -> String {
        guard decimals > 0 else { return String(value) }
        var scale: Int64 = 1
        for _ in 0..<decimals { scale *= 10 }
        let sign = value < 0 ? "-" : ""
        let whole = abs(value) / scale, fraction = String(abs(value) % scale)
        return "\(sign)\(whole).\(String(repeating: "0", count: decimals - fraction.count))\(fraction)"
    }

    /// A share as people write it: `100`, `33.33`, `50.5` (trailing zeros dropped).
    public static func percentText(_ basisPoints: Int64) -> String {
        var text = self.text(basisPoints, decimals: 2)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }
}
