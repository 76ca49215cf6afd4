import Foundation

/// The period report as a workbook: a sheet of sources (each year's snapshot version and
/// SHA-256, or 未確定 for a year read from live data) and a sheet with every figure, one row per
/// item and year, the same rows as the CSV export, so each figure can be traced to its snapshot.
extension PeriodReport {
    /// Writes the workbook to `path` (OutputFile's temporary file).
    public func writeWorkbook(to path: String) throws {
        let book = try XLSXWorkbook(path: path)
        let styles = WorkbookStyles(book)
        let title = self.title(.ja)
        book.setTitle(title)

        let sources = try book.addSheet(WorkbookText.periodSourcesSheet)
        try sources.text(0, 0, title, styles.title)
        for (column, width) in [18.0, 6, 12, 68].enumerated() { sources.columnWidth(column, width) }
        for (column, header) in WorkbookText.periodSourcesHeaders.enumerated() { try sources.text(2, column, header, styles.header) }
        for (offset, source) in self.sources.enumerated() {
            let cells = source.snapshot.map { [FiscalYear.label(source.year), "v\($0.version)", String($0.createdAt.prefix(10)), $0.sha256] }
                ?? [FiscalYear.label(source.year), WorkbookText.periodLive, "", ""]
            for (column, cell) in cells.enumerated() { try sources.text(3 + offset, column, cell, styles.text) }
        }
        try sources.printLayout(header: WorkbookText.reportHeader(title), headerRows: 0)

        let figures = try book.addSheet(WorkbookText.periodFiguresSheet)
        let table = rows()
        // Japanese headers, the columns a reader needs, A4 landscape one page wide.
        let shown = WorkbookText.periodFigureColumns.compactMap { spec in table.columns.firstIndex(of: spec.column).map { (index: $0, spec: spec) } }
        for (column, entry) in shown.enumerated() {
            figures.columnWidth(column, entry.spec.width)
            try figures.text(0, column, entry.spec.header, styles.header)
        }
        figures.rowHeight(0, XLSXSheet.rowHeight(lines: 2))
        for (offset, values) in table.rows.enumerated() {
            for (column, entry) in shown.enumerated() {
                switch values[entry.index] {
                case .integer(let number): try figures.number(offset + 1, column, Double(number), styles.plainNumber)
                case .real(let number): try figures.number(offset + 1, column, number, styles.plainNumber)
                case .text(let text):
                    let shownText = ["kind", "source"].contains(entry.spec.column) ? WorkbookText.periodKinds[text] ?? text : text
                    if entry.spec.column == "actual", let number = Double(text.replacingOccurrences(of: ",", with: "")) {
                        try figures.number(offset + 1, column, number, styles.figure(unit: "", decimals: EntryWorkbook.decimals(text)))
                    } else {
                        try figures.text(offset + 1, column, shownText, entry.spec.column == "name" ? styles.wrapped : styles.text)
                    }
                case .null, .blob: break
                }
            }
        }
        figures.freezeRows(1)
        try figures.printLayout(header: WorkbookText.reportHeader(title), headerRows: 1)
        try book.close()
    }
}
