import Foundation

/// The rule for every text a person types beside a value or a grade (実績, 課題, a note, a
/// comment, a return reason), however it comes in: the command line, the server's form and
/// API, or an entry workbook. A text that the 評価シート and the frozen year's xlsx could not
/// hold, or that carries characters which rewrite a terminal or a CSV reader's screen, is
/// refused where it comes in rather than stored.
public enum FreeText {
    /// (Its length is EntryText's rule.) Refuses `text` when it holds a control character other than
    /// tab and line breaks (NUL, BEL, BS, ESC, DEL, C1) or a bidirectional override or isolate
    /// (U+202A–U+202E, U+2066–U+2069), which make text read differently from what it holds.
    public static func check(_ text: String?, field: String) throws {
        guard let text else { return }
        if let scalar = text.unicodeScalars.first(where: isRefused) {
            throw PlanError(
                .textControlCharacter(field, String(format: "U+%04X", scalar.value)), advice: .textControlCharacterAdvice, field: field)
        }
    }

    static func isRefused(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: return false
        case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }
}
