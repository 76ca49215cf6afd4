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

    /// One data row: its cells by column name, and where each came from for messages.
    struct Row {
        /// The row number as the spreadsheet shows it (the CSV's line of the record).
        let line: Int
        let cells: [String: String]
        /// Each cell's reference in a workbook (`予算!C5`); nil for a CSV.
        let references: [String: String]?

        func text(_ column: String) -> String { cells[column] ?? "" }
        /// `予算!C5` in a workbook; `5 行目の「予算額」` in a CSV.
        func place(_ column: String) -> Message {
            references?[column].map(Message.tableCellPlace) ?? .tableCSVPlace(line, column)
        }
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

    static func read(_ path: String, columns: [Column]) throws -> TableFile {
        let fileName = (path as NSString).lastPathComponent
        guard FileManager.default.fileExists(atPath: path) else {
            throw PlanError(.entryCannotRead(path), advice: .entryCannotOpenAdvice)
        }
        switch try SpreadsheetFile.kind(of: path) {
        case .xls: throw PlanError(.workbookIsXLS(fileName), advice: .workbookSaveAsXLSXAdvice)
        case .encryptedWorkbook: throw PlanError(.workbookPasswordProtected(fileName), advice: .workbookPasswordAdvice)
        case .zip: return try readWorkbook(path, fileName: fileName, columns: columns)
        case .text: return try readCSV(path, fileName: fileName, columns: columns)
        }
    }

    static func readWorkbook(_ path: String, fileName: String, columns: [Column]) throws -> TableFile {
        let reader = try XLSXReader(path: path, fileName: fileName)
        guard let sheet = reader.sheets.first(where: { !$0.hidden }) else {
            throw PlanError(.tableEmpty(fileName), advice: .tableEmptyAdvice)
        }
        let contents = try reader.contents(of: sheet)
        if let formula = contents.uncachedFormulas.first {
            let place = "\(sheet.name)!\(EntrySheetLayout.letters(formula.column - 1))\(formula.row)"
            throw PlanError(.tableFormulaWithoutValue(place), advice: .workbookSaveAgainAdvice)
        }
        let records = contents.cells.keys.sorted().map { row -> (Int, [String]) in
            let cells = contents.cells[row] ?? [:]
            let width = cells.keys.max() ?? 0
            return (row, (0..<width).map { column in
                cells[column + 1].map { EntryWorkbookReader.text($0, field: nil) } ?? ""
            })
        }
        return try table(records, fileName: fileName, columns: columns) { line, column in
            "\(sheet.name)!\(EntrySheetLayout.letters(column))\(line)"
        }
    }

    static func readCSV(_ path: String, fileName: String, columns: [Column]) throws -> TableFile {
        var records: [(Int, [String])] = []
        var parser = CSVParser { record in
            guard records.count <= rowLimit else { throw PlanError(.tableTooLong(fileName, limit: rowLimit), advice: .tableEmptyAdvice) }
            records.append((record.line, record.fields))
        }
        _ = try TextDecoding.forEachChunk(ofFile: path) { try parser.feed($0) }
        try parser.finish()
        return try table(records, fileName: fileName, columns: columns, reference: nil)
    }

    /// The first row with any text is the header; rows after it with no text are skipped.
    /// `reference` names a workbook's cell by row and column (from 0); nil for a CSV.
    static func table(
        _ records: [(Int, [String])], fileName: String, columns: [Column], reference: ((Int, Int) -> String)?
    ) throws -> TableFile {
        let trimmed = records.map { ($0.0, $0.1.map(Self.trimmed)) }
        let required = columns.filter(\.required)
        let namesAll = { (fields: [String]) in required.allSatisfy { column in fields.contains { column.matches($0) } } }
        guard let headerIndex = trimmed.firstIndex(where: { namesAll($0.1) }) ?? trimmed.firstIndex(where: { $0.1.contains { !$0.isEmpty } }) else {
            throw PlanError(.tableEmpty(fileName), advice: .tableEmptyAdvice)
        }
        let header = trimmed[headerIndex].1
        var positions: [String: Int] = [:]
        for column in columns {
            let found = header.indices.filter { column.matches(header[$0]) }
            if found.count > 1 {
                let line = trimmed[headerIndex].0
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
        var rows: [Row] = []
        for (line, fields) in trimmed[(headerIndex + 1)...] where fields.contains(where: { !$0.isEmpty }) {
            var cells: [String: String] = [:], references: [String: String] = [:]
            for (name, index) in positions {
                cells[name] = index < fields.count ? fields[index] : ""
                if let reference { references[name] = reference(line, index) }
            }
            rows.append(Row(line: line, cells: cells, references: reference == nil ? nil : references))
        }
        return TableFile(fileName: fileName, rows: rows)
    }
}
