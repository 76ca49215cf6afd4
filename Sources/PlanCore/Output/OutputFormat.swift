import Foundation
import SQLiteDB

/// The output formats every row-printing command offers.
public enum OutputFormat: String, CaseIterable, Sendable {
    /// Columns aligned by display width, numbers right-aligned: for people at a terminal.
    case table
    /// RFC 4180: comma-separated, CRLF line ends, quotes doubled.
    case csv
    /// Tab-separated; tabs, newlines and backslashes inside values written as \t \n \\.
    case tsv
    /// One JSON array of objects, keys in column order, numbers as numbers.
    case json
    /// One JSON object per line.
    case ndjson
    /// A GitHub-flavoured Markdown table.
    case markdown
}

/// Options that change how cells are written.
public struct OutputOptions: Sendable {
    /// Start CSV/TSV output with a UTF-8 byte order mark, so Japanese Excel reads it as UTF-8.
    public var byteOrderMark = false
    /// Prefix cells that Excel would run as formulas (=, +, -, @, tab, CR) with an apostrophe.
    public var neutralizeFormulas = false

    public init(byteOrderMark: Bool = false, neutralizeFormulas: Bool = false) {
        self.byteOrderMark = byteOrderMark
        self.neutralizeFormulas = neutralizeFormulas
    }
}

/// Writes rows in one output format. Streaming formats (csv, tsv, json, ndjson) write each row
/// as it arrives, so a large result needs constant memory; `table` and `markdown` must see every
/// row to size the columns, and keep them until `finish()`.
public final class RowWriter {
    public let format: OutputFormat
    public let columns: [String]
    let options: OutputOptions
    let write: (String) -> Void
    private var buffered: [[Value]] = []
    private var rowCount = 0

    public init(format: OutputFormat, columns: [String], options: OutputOptions = OutputOptions(), write: @escaping (String) -> Void) {
        self.format = format
        self.columns = columns
        self.options = options
        self.write = write
        start()
    }

    private func start() {
        switch format {
        case .csv:
            if options.byteOrderMark { write("\u{FEFF}") }
            // The header is a cell too: a column named `=…` (an alias in ad hoc SQL) is neutralised.
            write(columns.map { CellText.csvField(cell(.text($0))) }.joined(separator: ",") + "\r\n")
        case .tsv:
            if options.byteOrderMark { write("\u{FEFF}") }
            write(columns.map { CellText.tsvField(cell(.text($0))) }.joined(separator: "\t") + "\n")
        case .json:
            write("[")
        case .ndjson, .table, .markdown:
            break
        }
    }

    public func add(_ values: [Value]) {
        defer { rowCount += 1 }
        switch format {
        case .csv:
            write(values.map { CellText.csvField(cell($0)) }.joined(separator: ",") + "\r\n")
        case .tsv:
            write(values.map { CellText.tsvField(cell($0)) }.joined(separator: "\t") + "\n")
        case .json:
            write((rowCount == 0 ? "\n" : ",\n") + "  " + CellText.jsonObject(columns: columns, values: values))
        case .ndjson:
            write(CellText.jsonObject(columns: columns, values: values) + "\n")
        case .table, .markdown:
            buffered.append(values)
        }
    }

    public func add(_ row: Row) { add(row.values) }

    public func finish() {
        switch format {
        case .json:
            write(rowCount == 0 ? "]\n" : "\n]\n")
        case .table:
            write(TableLayout.render(columns: columns, rows: buffered))
        case .markdown:
            write(TableLayout.markdown(columns: columns, rows: buffered))
        case .csv, .tsv, .ndjson:
            break
        }
        buffered = []
    }

    private func cell(_ value: Value) -> String {
        let text = CellText.plain(value)
        if options.neutralizeFormulas, case .text = value { return CellText.neutralizingFormula(text) }
        return text
    }

    /// Renders a whole result to one string.
    public static func render(format: OutputFormat, columns: [String], rows: [[Value]], options: OutputOptions = OutputOptions()) -> String {
        var output = ""
        let writer = RowWriter(format: format, columns: columns, options: options) { output += $0 }
        rows.forEach(writer.add)
        writer.finish()
        return output
    }
}
