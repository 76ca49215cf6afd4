import Foundation

/// How codes and fixed words are read in both forms of the seeds.
enum SeedCode {
    /// Full-width digits, letters and hyphens as half-width (`２－１` → `2-1`, `３８．５` → `38.5`),
    /// surrounding spaces dropped. Only ASCII look-alikes are folded: kana and kanji stay as typed.
    static func halfWidth(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0xFF01...0xFF5E: out.unicodeScalars.append(Unicode.Scalar(scalar.value - 0xFEE0)!)
            case 0x2010, 0x2011, 0x2012, 0x2013, 0x2212: out.append("-")
            case 0x3000: out.append(" ")
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// A code below a policy: ASCII letters, digits and hyphens, starting with a digit or letter.
    static func isWellFormed(_ code: String) -> Bool {
        code.wholeMatch(of: /[0-9A-Za-z][0-9A-Za-z-]*/) != nil
    }

    static func isPolicyCode(_ code: String) -> Bool {
        code.wholeMatch(of: /[0-9]+-[0-9]+/) != nil
    }
}

/// An indicator's direction, in the seeds' English words or the workbook's Japanese ones.
enum IndicatorDirection {
    static let words: [(seed: String, japanese: String)] = [
        ("increase", "増加"), ("decrease", "減少"), ("maintain", "維持"), ("at_most", "以内"),
    ]

    static func seedValue(_ text: String) -> String? {
        let folded = SeedCode.halfWidth(text)
        return words.first { $0.seed == folded || $0.japanese == folded }?.seed
    }

    static func japanese(_ seed: String) -> String { words.first { $0.seed == seed }?.japanese ?? seed }

    static var allowed: String {
        words.map(\.seed).joined(separator: ", ") + " (" + words.map(\.japanese).joined(separator: ", ") + ")"
    }
}
