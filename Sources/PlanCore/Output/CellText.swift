import Foundation
import SQLiteDB

/// How one value is spelled in each format.
enum CellText {
    /// NULL is empty; reals use the shortest text that reads back as the same double.
    static func plain(_ value: Value) -> String {
        switch value {
        case .null: return ""
        case .integer(let v): return String(v)
        case .real(let v): return realText(v)
        case .text(let v): return v
        case .blob(let v): return blobLiteral(v)
        }
    }

    /// `x'…'` in lower-case hex, written through a lookup table straight into the string's own
    /// storage: a 4 MB blob takes milliseconds, not the seconds a String per byte costs.
    static func blobLiteral(_ data: Data) -> String {
        String(unsafeUninitializedCapacity: data.count * 2 + 3) { buffer in
            guard var out = buffer.baseAddress else { return 0 }
            out[0] = UInt8(ascii: "x")
            out[1] = UInt8(ascii: "'")
            out += 2
            hexDigits.withUnsafeBufferPointer { digits in
                data.withUnsafeBytes { bytes in
                    for byte in bytes {
                        out[0] = digits[Int(byte >> 4)]
                        out[1] = digits[Int(byte & 0x0F)]
                        out += 2
                    }
                }
            }
            out[0] = UInt8(ascii: "'")
            return data.count * 2 + 3
        }
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// Whole numbers print without ".0" (500000, as a spreadsheet shows them); others in the
    /// shortest form that reads back as the same double (95.1). Exact printed forms such as
    /// "95.10" live in the *_text columns.
    static func realText(_ v: Double) -> String {
        guard v.isFinite else { return v.isNaN ? "NaN" : (v > 0 ? "Infinity" : "-Infinity") }
        if v == v.rounded(), abs(v) < 1e15 { return String(Int64(v)) }
        return "\(v)"
    }

    static func isNumeric(_ value: Value) -> Bool {
        switch value {
        case .integer, .real: return true
        default: return false
        }
    }

    static func tsvField(_ text: String) -> String {
        // Most values hold none of the four: they are written as they are, without a copy.
        guard text.utf8.contains(where: { $0 == 0x5C || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\t": out += "\\t"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Excel runs a cell starting with = + - @ (or a tab/CR before them) as a formula; an
    /// apostrophe in front makes it plain text and is not shown by Excel.
    /// A plain number (`-0.5`) is left as it is: Excel reads it as the number it is.
    static func neutralizingFormula(_ text: String) -> String {
        // The first character first: the number check is the dearer, and most cells need neither.
        guard let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return text }
        return DecimalText.isPlain(text) ? text : "'" + text
    }

    static func jsonString(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    out += String(format: "\\u%04x", scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    static func json(_ value: Value) -> String {
        switch value {
        case .null: return "null"
        case .integer(let v): return String(v)
        case .real(let v): return v.isFinite ? realText(v) : "null"
        case .text(let v): return jsonString(v)
        case .blob(let v): return jsonString(v.base64EncodedString())
        }
    }

    static func jsonObject(columns: [String], values: [Value]) -> String {
        let members = zip(columns, values).map { jsonString($0) + ": " + json($1) }
        return "{" + members.joined(separator: ", ") + "}"
    }
}

/// Column layout for `table` and `markdown`.
enum TableLayout {
    /// One line per cell: newlines in a value would break the grid, so they show as ⏎, and
    /// control characters a terminal would obey show as escapes (see `TerminalText`).
    static func oneLine(_ text: String) -> String {
        // Most cells hold nothing to replace: one pass over the scalars says so.
        guard text.unicodeScalars.contains(where: { $0.value < 0x20 || TerminalText.needsEscape($0) }) else { return text }
        return TerminalText.visible(
            text.replacingOccurrences(of: "\r\n", with: "⏎").replacingOccurrences(of: "\n", with: "⏎")
                .replacingOccurrences(of: "\r", with: "⏎").replacingOccurrences(of: "\t", with: " "))
    }

    static func markdownCell(_ text: String) -> String {
        let line = oneLine(text)
        // Without a | and without a byte E2 (which starts ⏎, U+23CE) there is nothing to replace:
        // Foundation's replacing went through NSString for every cell, ten times the csv's time.
        guard line.utf8.contains(where: { $0 == 0x7C || $0 == 0xE2 }) else { return line }
        return line.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "⏎", with: "<br>")
    }

    static func markdownLine(_ cells: [String]) -> String {
        "| " + cells.map(markdownCell).joined(separator: " | ") + " |\n"
    }

    static func markdownHeader(columns: [String]) -> String {
        markdownLine(columns) + "|" + columns.map { _ in " --- " }.joined(separator: "|") + "|\n"
    }
}

/// The widths and alignment of a `table`, taken from its header and first rows so that the rest
/// can be written as they come. A later value wider than its column is written whole (that row
/// goes out of line) and counted, so the writer can say so.
struct TableColumns {
    let widths: [Int]
    /// A column is right-aligned when every non-NULL value in the sample is a number.
    let numeric: [Bool]

    init(columns: [String], sample rows: [[Value]]) {
        var widths = columns.map { DisplayWidth.of(TableLayout.oneLine($0)) }
        for row in rows {
            for (index, value) in row.enumerated() { widths[index] = max(widths[index], DisplayWidth.of(TableLayout.oneLine(CellText.plain(value)))) }
        }
        self.widths = widths
        numeric = columns.indices.map { index in
            let values = rows.map { $0[index] }.filter { !$0.isNull }
            return !values.isEmpty && values.allSatisfy(CellText.isNumeric)
        }
    }

    func header(_ columns: [String]) -> String {
        line(columns.map(TableLayout.oneLine), alignNumbers: false).text
            + widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n"
    }

    /// One row's line, and whether a value in it was wider than its column.
    func row(_ values: [Value]) -> (text: String, overflows: Bool) {
        line(values.map { TableLayout.oneLine(CellText.plain($0)) }, alignNumbers: true)
    }

    private func line(_ cells: [String], alignNumbers: Bool) -> (text: String, overflows: Bool) {
        var overflows = false
        let text = cells.enumerated().map { index, text in
            if DisplayWidth.of(text) > widths[index] { overflows = true }
            return DisplayWidth.pad(text, to: widths[index], rightAligned: alignNumbers && numeric[index])
        }.joined(separator: "  ")
        return (text + "\n", overflows)
    }
}
