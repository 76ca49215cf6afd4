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
        return out.trimmed
    }

    // The code checks read bytes: a Regex literal is parsed again at each call, and that was a
    // tenth of loading a town's plan workbook.

    /// A code below a policy: ASCII letters, digits and hyphens, starting with a digit or letter.
    static func isWellFormed(_ code: String) -> Bool {
        guard let first = code.utf8.first, isLetterOrDigit(first) else { return false }
        return code.utf8.allSatisfy { isLetterOrDigit($0) || $0 == UInt8(ascii: "-") }
    }

    /// Digits, a hyphen, digits: `6-1`.
    static func isPolicyCode(_ code: String) -> Bool {
        let parts = code.utf8.split(separator: UInt8(ascii: "-"), omittingEmptySubsequences: false)
        return parts.count == 2 && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(isDigit) }
    }

    private static func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }

    private static func isLetterOrDigit(_ byte: UInt8) -> Bool {
        isDigit(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
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
