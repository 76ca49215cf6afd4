/// Text as it may safely reach a terminal. A value from the database or the command line can
/// hold characters a terminal obeys instead of showing (ESC starts a sequence that can clear
/// the screen or retitle the window, BEL rings, CR overwrites the line) or that reorder or hide
/// what follows (bidi overrides such as U+202E, line separators, zero-width characters, a soft
/// hyphen, a byte order mark). Each is written visibly instead: `\x1b` for C0 and C1 controls,
/// DEL and the soft hyphen, `\u202e` for the others. Line feeds and tabs stay, since messages
/// are laid out with them.
/// CSV, TSV and JSON output keep the exact bytes; this is for text meant to be read.
public enum TerminalText {
    public static func visible(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsEscape) else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            if needsEscape(scalar) {
                out += scalar.value <= 0xFF ? "\\x" + hex(scalar.value, digits: 2) : "\\u" + hex(scalar.value, digits: 4)
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A, 0x09: return false
        case 0x00...0x1F, 0x7F...0x9F: return true
        case 0x00AD, 0x061C, 0x200B, 0x200E, 0x200F, 0x2028...0x202E, 0x2060...0x2064, 0x2066...0x2069, 0xFEFF: return true
        default: return false
        }
    }

    private static func hex(_ value: UInt32, digits: Int) -> String {
        let text = String(value, radix: 16)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }
}
