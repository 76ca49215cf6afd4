import Foundation

/// A table another system exported (the finance system's project list or budget figures): the
/// first visible sheet of an .xlsx workbook, or a CSV file in UTF-8 or CP932, read by its header
/// row. Columns are found by their Japanese names (NFKC, spaces ignored), in any order, and
/// columns the reader does not know are ignored, so the export can be handed over as it is.
struct TableFile {
    /// A column the reader looks for: its name and the other names finance systems give it.
    struct Column {
        let name: String
        let aliases: [String]
        let required: Bool

        init(_ name: String, aliases: [String] = [], required: Bool = false) {
            self.name = name
            self.aliases = aliases
            self.required = required
        }

        func matches(_ header: String) -> Bool {
            let key = TableFile.headerKey(header)
            return ([name] + aliases).contains { TableFile.headerKey($0) == key }
        }
    }

    /// Where each column is in the header row, shared by every row of the table.
    final class Layout {
        /// The field of each column the reader was given (by its place in that list); nil when
        /// an optional column is absent.
        let fields: [Int?]
        let names: [String]
        /// A workbook's cell by row and column (from 0), as `予算!C5`; nil for a CSV.
        let reference: ((Int, Int) -> String)?

        init(fields: [Int?], names: [String], reference: ((Int, Int) -> String)?) {
            self.fields = fields
            self.names = names
            self.reference = reference
        }

        /// The place of a column in the reader's list, to read many rows by it without looking
        /// its name up again (a Japanese name is slow to hash and compare).
        func column(_ name: String) -> Int? { names.firstIndex(of: name) }

        /// `予算!C5` in a workbook; `5 行目の「予算額」` in a CSV.
        func place(line: Int, column name: String) -> Message {
            guard let reference, let index = column(name), let field = fields[index] else { return .tableCSVPlace(line, name) }
            return .tableCellPlace(reference(line, field))
        }
    }

    /// One data row: its fields in the file's order, read through the header's layout.
    struct Row {
        /// The row number as the spreadsheet shows it (the CSV's line of the record).
        let line: Int
        let fields: [String]
        let layout: Layout

        func text(_ column: String) -> String { text(at: layout.column(column)) }

        /// The cell of the column at `column` of the reader's list ("" when absent).
        func text(at column: Int?) -> String {
            guard let column, let field = layout.fields[column], field < fields.count else { return "" }
            return fields[field]
        }

        func place(_ column: String) -> Message { layout.place(line: line, column: column) }
    }

    let fileName: String
    let rows: [Row]

    /// Most rows a table may have: a town has a few thousand projects; the limit only keeps a
    /// hostile file from holding the command for long.
    static let rowLimit = 1_000_000

    /// A cell without the spaces around it; most cells have none and are returned as they are.
    static func trimmed(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return text }
        let space = CharacterSet.whitespacesAndNewlines
        guard space.contains(first) || space.contains(last) else { return text }
        return text.trimmingCharacters(in: space)
    }

    static func headerKey(_ text: String) -> String {
        NameKey.normalize(text).filter { !$0.isWhitespace }
    }

    /// The whole table in memory: for the project list, which is read more than once.
    static func read(_ path: String, columns: [Column]) throws -> TableFile {
        var rows: [Row] = []
        let fileName = try forEachRow(path, columns: columns) { rows.append($0) }
        return TableFile(fileName: fileName, rows: rows)
    }

    /// Each data row in turn, as it is read: a CSV of 100,000 budget rows is never held whole as text.
    /// Returns the file's name for messages.
    @discardableResult
    static func forEachRow(_ path: String, columns: [Column], _ body: (Row) throws -> Void) throws -> String {
        let fileName = (path as NSString).lastPathComponent
        guard FileManager.default.fileExists(atPath: path) else {
            throw PlanError(.entryCannotRead(path), advice: .entryCannotOpenAdvice)
        }
        switch try SpreadsheetFile.kind(of: path) {
        case .xls: throw PlanError(.workbookIsXLS(fileName), advice: .workbookSaveAsXLSXAdvice)
        case .encryptedWorkbook: throw PlanError(.workbookPasswordProtected(fileName), advice: .workbookPasswordAdvice)
        case .zip: try forEachWorkbookRow(path, fileName: fileName, columns: columns, body)
        case .text: try forEachCSVRow(path, fileName: fileName, columns: columns, body)
        }
        return fileName
    }

    static func forEachWorkbookRow(_ path: String, fileName: String, columns: [Column], _ body: (Row) throws -> Void) throws {
        let reader = try XLSXReader(path: path, fileName: fileName)
        guard let sheet = reader.sheets.first(where: { !$0.hidden }) else {
            throw PlanError(.tableEmpty(fileName), advice: .tableEmptyAdvice)
        }
        let contents = try reader.contents(of: sheet)
        if let formula = contents.uncachedFormulas.first {
            let place = "\(sheet.name)!\(EntrySheetLayout.letters(formula.column - 1))\(formula.row)"
            throw PlanError(.tableFormulaWithoutValue(place), advice: .workbookSaveAgainAdvice)
        }
        var rows = RowReader(fileName: fileName, columns: columns) { line, column in
            "\(sheet.name)!\(EntrySheetLayout.letters(column))\(line)"
        }
        for line in contents.cells.keys.sorted() {
            let cells = contents.cells[line] ?? [:]
            let width = cells.keys.max() ?? 0
            try rows.feed(line, (0..<width).map { column in
                cells[column + 1].map { EntryWorkbookReader.text($0, field: nil) } ?? ""
            }, body)
        }
        try rows.finish()
    }

    static func forEachCSVRow(_ path: String, fileName: String, columns: [Column], _ body: (Row) throws -> Void) throws {
        var rows = RowReader(fileName: fileName, columns: columns, reference: nil)
        var count = 0
        _ = try CSVReadAhead.forEachRecord(ofFile: path, prepare: { $0 }) { record in
            count += 1
            guard count <= rowLimit else { throw PlanError(.tableTooLong(fileName, limit: rowLimit), advice: .tableEmptyAdvice) }
            try rows.feed(record.line, record.fields, body)
        }
        try rows.finish()
    }

    /// Finds the header among the first records, then turns each record after it into a row.
    /// The header is the first row naming every required column (a title above it is skipped);
    /// without one, the first row with any text is taken, and what it lacks is named. Rows with
    /// no text are skipped.
    struct RowReader {
        let fileName: String
        let columns: [Column]
        let reference: ((Int, Int) -> String)?
        private var layout: Layout?
        private var firstWithText: (Int, [String])?

        init(fileName: String, columns: [Column], reference: ((Int, Int) -> String)?) {
            self.fileName = fileName
            self.columns = columns
            self.reference = reference
        }

        mutating func feed(_ line: Int, _ fields: [String], _ body: (Row) throws -> Void) throws {
            let fields = fields.map(TableFile.trimmed)
            guard fields.contains(where: { !$0.isEmpty }) else { return }
            if let layout {
                try body(Row(line: line, fields: fields, layout: layout))
            } else if columns.filter(\.required).allSatisfy({ column in fields.contains { column.matches($0) } }) {
                layout = try header(line, fields)
            } else if firstWithText == nil {
                firstWithText = (line, fields)
            }
        }

        func finish() throws {
            guard layout == nil else { return }
            guard let (line, fields) = firstWithText else { throw PlanError(.tableEmpty(fileName), advice: .tableEmptyAdvice) }
            _ = try header(line, fields)
        }

        /// Each known column's place in the header; a column named twice or a required one
        /// missing is refused.
        func header(_ line: Int, _ header: [String]) throws -> Layout {
            var positions: [String: Int] = [:]
            for column in columns {
                let found = header.indices.filter { column.matches(header[$0]) }
                if found.count > 1 {
                    let places = found.map { reference?(line, $0) ?? String(format: "%d:%d", line, $0 + 1) }.joined(separator: "、")
                    throw PlanError(.tableDuplicateColumn(fileName, column.name, places), advice: .tableDuplicateColumnAdvice)
                }
                if let index = found.first { positions[column.name] = index }
            }
            let missing = columns.filter { $0.required && positions[$0.name] == nil }.map(\.name)
            guard missing.isEmpty else {
                let expected = columns.map(\.name).joined(separator: "、")
                throw PlanError(.tableMissingColumns(fileName, missing.joined(separator: "、")), advice: .tableMissingColumnsAdvice(expected))
            }
            return Layout(fields: columns.map { positions[$0.name] }, names: columns.map(\.name), reference: reference)
        }
    }
}
