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
        case .blob(let v): return "x'" + v.map { String(format: "%02x", $0) }.joined() + "'"
        }
    }

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

    static func csvField(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    static func tsvField(_ text: String) -> String {
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
        guard let first = text.unicodeScalars.first, !DecimalText.isPlain(text) else { return text }
        return "=+-@\t\r".unicodeScalars.contains(first) ? "'" + text : text
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
    /// One line per cell: newlines in a value would break the grid, so they show as ⏎.
    static func oneLine(_ text: String) -> String {
        text.replacingOccurrences(of: "\r\n", with: "⏎").replacingOccurrences(of: "\n", with: "⏎")
            .replacingOccurrences(of: "\r", with: "⏎").replacingOccurrences(of: "\t", with: " ")
    }

    static func render(columns: [String], rows: [[Value]]) -> String {
        let header = columns.map(oneLine)
        let body = rows.map { $0.map { oneLine(CellText.plain($0)) } }
        // A column is right-aligned when every non-NULL value in it is a number.
        let numeric = columns.indices.map { index in
            let values = rows.map { $0[index] }.filter { !$0.isNull }
            return !values.isEmpty && values.allSatisfy(CellText.isNumeric)
        }
        var widths = header.map(DisplayWidth.of)
        for line in body {
            for (index, text) in line.enumerated() { widths[index] = max(widths[index], DisplayWidth.of(text)) }
        }
        func line(_ cells: [String], alignNumbers: Bool) -> String {
            cells.enumerated().map { index, text in
                DisplayWidth.pad(text, to: widths[index], rightAligned: alignNumbers && numeric[index])
            }.joined(separator: "  ")
        }
        var out = line(header, alignNumbers: false) + "\n"
        out += widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n"
        for cells in body { out += line(cells, alignNumbers: true) + "\n" }
        return out
    }

    static func markdownCell(_ text: String) -> String {
        oneLine(text).replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "⏎", with: "<br>")
    }

    static func markdown(columns: [String], rows: [[Value]]) -> String {
        var out = "| " + columns.map(markdownCell).joined(separator: " | ") + " |\n"
        out += "|" + columns.map { _ in " --- " }.joined(separator: "|") + "|\n"
        for row in rows {
            out += "| " + row.map { markdownCell(CellText.plain($0)) }.joined(separator: " | ") + " |\n"
        }
        return out
    }
}
