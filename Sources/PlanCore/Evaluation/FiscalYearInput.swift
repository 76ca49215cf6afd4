import Foundation

extension FiscalYear {
    /// A fiscal year as typed: `2023`, `２０２３`, `令和5`, `R5`, `令和5年度`, `2023年度`.
    public static func parse(_ input: String) throws -> Int {
        if input.count == 4, let year = Int(input), (1900...2200).contains(year) { return year }
        var text = input.precomposedStringWithCompatibilityMapping.trimmed.uppercased()
        for suffix in ["年度", "年"] where text.hasSuffix(suffix) { text = String(text.dropLast(suffix.count)) }
        if let year = Int(text), (1900...2200).contains(year) { return year }
        for prefix in ["令和", "R"] where text.hasPrefix(prefix) {
            let rest = String(text.dropFirst(prefix.count))
            if rest == "元" { return 2019 }
            if let n = Int(rest), n >= 1, n < 100 { return 2018 + n }
        }
        throw PlanError(.notAFiscalYear(input), advice: .notAFiscalYearAdvice)
    }
}
