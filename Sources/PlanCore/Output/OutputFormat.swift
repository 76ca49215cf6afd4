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

/// Writes rows in one output format, each row as it arrives (CSV in blocks of some 64 KiB, which
/// `finish()` or `flush()` completes), so a result of any size needs constant memory. `table` sizes its columns from the header and the first `sizingRows` rows
/// (all of them in a smaller result); a later value wider than its column is written whole,
/// and `notice` then says so for the caller to show.
public final class RowWriter {
    public let format: OutputFormat
    public let columns: [String]
    /// What `table` and `markdown` print above the columns, for people: the catalog's words in
    /// the user's language. The machine formats (csv, tsv, json, ndjson) keep the column keys,
    /// so a script reads the same keys whatever the language.
    public let headings: [String]
    let options: OutputOptions
    let write: (String) -> Void
    /// How many rows `table` reads before it fixes the column widths.
    public static let sizingRows = 1_000
    private var sample: [[Value]] = []
    private var table: TableColumns?
    private var rowCount = 0
    private var overflowingRows = 0
    private var csv: CSVBuffer

    public init(
        format: OutputFormat, columns: [String], headings: [String]? = nil, options: OutputOptions = OutputOptions(),
        write: @escaping (String) -> Void
    ) {
        self.format = format
        self.columns = columns
        self.headings = headings ?? columns
        self.options = options
        self.write = write
        csv = CSVBuffer(neutralizeFormulas: options.neutralizeFormulas)
        start()
    }

    private func start() {
        switch format {
        case .csv:
            if options.byteOrderMark { write("\u{FEFF}") }
            // The header is a cell too: a column named `=…` (an alias in ad hoc SQL) is neutralised.
            csv.add(columns.map(Value.text))
            write(csv.take())
        case .tsv:
            if options.byteOrderMark { write("\u{FEFF}") }
            write(columns.map { CellText.tsvField(cell(.text($0))) }.joined(separator: "\t") + "\n")
        case .json:
            write("[")
        case .markdown:
            write(TableLayout.markdownHeader(columns: headings))
        case .ndjson, .table:
            break
        }
    }

    public func add(_ values: [Value]) {
        defer { rowCount += 1 }
        switch format {
        case .csv:
            // Built as bytes (CSVBuffer) and handed on in blocks: a String per row and its copy
            // into the output's own buffer were a tenth of a large export.
            csv.add(values)
            if csv.isFull { flush() }
        case .tsv:
            write(values.map { CellText.tsvField(cell($0)) }.joined(separator: "\t") + "\n")
        case .json:
            write((rowCount == 0 ? "\n" : ",\n") + "  " + CellText.jsonObject(columns: columns, values: values))
        case .ndjson:
            write(CellText.jsonObject(columns: columns, values: values) + "\n")
        case .markdown:
            write(TableLayout.markdownLine(values.map(CellText.plain)))
        case .table:
            if let table {
                let line = table.row(values)
                if line.overflows { overflowingRows += 1 }
                write(line.text)
            } else {
                sample.append(values)
                if sample.count == Self.sizingRows { writeSample() }
            }
        }
    }

    public func add(_ row: Row) { add(row.values) }

    /// Fixes the table's widths from the rows seen so far and writes them.
    private func writeSample() {
        let table = TableColumns(columns: headings, sample: sample)
        write(table.header(headings))
        for values in sample { write(table.row(values).text) }
        sample = []
        self.table = table
    }

    /// Hands on the rows still held (CSV is written in blocks): `finish()` does it, and a caller
    /// that stops early on an error calls it so that the rows before the error are still printed.
    public func flush() {
        if !csv.isEmpty { write(csv.take()) }
    }

    public func finish() {
        flush()
        switch format {
        case .json:
            write(rowCount == 0 ? "]\n" : "\n]\n")
        case .table:
            if table == nil { writeSample() }
        case .csv, .tsv, .ndjson, .markdown:
            break
        }
    }

    /// Said after `finish()` when the table could not keep every value inside its column.
    public var notice: Message? {
        guard overflowingRows > 0 else { return nil }
        return .tableOverflow(sizingRows: Self.sizingRows, overflowing: overflowingRows)
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
