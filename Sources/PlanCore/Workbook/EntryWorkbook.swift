import Foundation
import SQLiteDB

/// The entry sheet as an Excel workbook (評価シート): the rows of the CSV template
/// (`EntryTemplate.rows`), one sheet per kind of row, with Japanese instructions, drop-down
/// lists, only the input cells unlocked and an A4 print layout. Codes and printed values are
/// text cells; 実績値 are number cells shown to the indicator's printed precision, which the
/// reader takes back as the digits shown (95.10 stays 95.10).
public struct EntryWorkbook {
    let store: PlanDatabase
    let plan: PlanRef

    public init(_ store: PlanDatabase, plan: PlanRef) {
        self.store = store
        self.plan = plan
    }

    typealias Field = EntryTemplate.Column

    /// Writes the workbook to `path`; returns how many items it lists.
    public func write(dept: String, year: Int, to path: String) throws -> Int {
        let template = try EntryTemplate(store, plan: plan).rows(dept: dept, year: year)
        let rows: [[Field: String]] = template.rows.map { values in
            var row = [Field: String]()
            for (name, value) in zip(template.columns, values) {
                if let field = Field(rawValue: name), let text = value.string, !text.isEmpty { row[field] = text }
            }
            return row
        }
        let db = store.connection
        let vocabularies = Vocabularies(store, plan: plan)
        let grades = try vocabularies.grades().map { ($0.grade, $0.meaning) }
        let nexts = try vocabularies.nextDirections().map { ($0.name, $0.meaning) }
        let previous = Dictionary(uniqueKeysWithValues: try db.rows(
            "SELECT indicator_code, value_text FROM v_indicator_results WHERE plan_code = ? AND fiscal_year = ?", [plan.code, year - 1]
        ).map { ($0.string("indicator_code") ?? "", $0.string("value_text") ?? "") })

        let book = try XLSXWorkbook(path: path)
        let styles = WorkbookStyles(book)
        book.setTitle(WorkbookText.documentTitle(year: year, dept: dept))

        let instructions = try book.addSheet(WorkbookText.instructionSheet)
        try writeInstructions(instructions, styles, dept: dept, year: year, grades: grades, nexts: nexts)
        instructions.activate()

        // The 人工 columns: each kind rated for the year, then any other a project of the sheet has.
        let rated = try StaffRates(store, plan: plan).list().rows.filter { $0[0] == .integer(Int64(year)) }.compactMap { $0[1].string }
        let recorded = rows.compactMap { $0[.staff] }.flatMap { (try? EntryTemplate.staffEntries($0)) ?? [] }.map(\.kind)
        let staffKinds = rated + Set(recorded).subtracting(rated).sorted()
        var written: [String] = []
        for layout in EntrySheetLayout.all(year: year, staffKinds: staffKinds) {
            let sheetRows = rows.filter { row in layout.kinds.contains { $0.rawValue == row[.kind] } }
            guard !sheetRows.isEmpty else { continue }
            let sheet = try book.addSheet(layout.name)
            written.append(layout.name)
            for (column, spec) in layout.columns.enumerated() {
                sheet.columnWidth(column, spec.width)
                try sheet.text(0, column, spec.header, styles.header)
            }
            sheet.rowHeight(0, XLSXSheet.rowHeight(lines: 2))
            for (offset, row) in sheetRows.enumerated() {
                let line = offset + 1
                sheet.rowHeight(line, XLSXSheet.rowHeight(lines: Self.lines(row, layout)))
                for (column, spec) in layout.columns.enumerated() {
                    let style = spec.input ? (spec.wrap ? styles.inputWrapped : styles.input) : (spec.wrap ? styles.wrapped : styles.text)
                    switch spec.field {
                    case .value?:
                        let code = row[.code] ?? ""
                        let decimals = Self.precision(of: [row[.baseline], row[.target], row[.value], previous[code]])
                        let format = styles.number(decimals: decimals)
                        if let text = row[.value], let number = Double(text) {
                            try sheet.number(line, column, number, format)
                        } else {
                            try sheet.blank(line, column, format)
                        }
                    case .staff?:
                        let entries = (try? EntryTemplate.staffEntries(row[.staff] ?? "")) ?? []
                        try sheet.text(line, column, entries.first { $0.kind == spec.staffKind }?.personYears ?? "", style)
                    case let field?:
                        try sheet.text(line, column, row[field] ?? "", style)
                    case nil:
                        try sheet.text(line, column, FigureText.recorded(previous[row[.code] ?? ""], unit: row[.unit] ?? "") ?? "", style)
                    }
                }
            }
            let last = sheetRows.count
            if let column = layout.position(of: .grade) {
                let items = grades.map(\.0)
                try sheet.list(1, last, column, items, errorTitle: WorkbookText.listErrorTitle, errorMessage: WorkbookText.listErrorMessage(items))
            }
            if let column = layout.position(of: .next) {
                let items = nexts.map(\.0)
                try sheet.list(1, last, column, items, errorTitle: WorkbookText.listErrorTitle, errorMessage: WorkbookText.listErrorMessage(items))
            }
            sheet.freezeRows(1)
            try sheet.printLayout(header: WorkbookText.pageHeader(sheet: layout.name, year: year, dept: dept), headerRows: 1)
            sheet.protect()
        }

        let metadata = try book.addSheet(WorkbookText.metadataSheet)
        let entries = [
            (WorkbookText.metaPlanCode, plan.code), (WorkbookText.metaPlanName, plan.name),
            (WorkbookText.metaDept, dept), (WorkbookText.metaYear, String(year)), (WorkbookText.metaFormat, WorkbookText.formatName),
            (WorkbookText.metaSheets, written.joined(separator: "、")),
        ]
        for (line, entry) in entries.enumerated() {
            try metadata.text(line, 0, entry.0, styles.text)
            try metadata.text(line, 1, entry.1, styles.text)
        }
        metadata.columnWidth(0, 12)
        metadata.columnWidth(1, 40)
        metadata.protect()
        metadata.hide()

        try book.close()
        return rows.count
    }

    func writeInstructions(
        _ sheet: XLSXSheet, _ styles: WorkbookStyles, dept: String, year: Int, grades: [(String, String)], nexts: [(String, String)]
    ) throws {
        sheet.columnWidth(0, 14)
        sheet.columnWidth(1, 100)
        try sheet.text(0, 0, WorkbookText.title(year: year, dept: dept), styles.title)
        var line = 2
        for (label, value) in [(WorkbookText.planLabel, "\(plan.municipality) \(plan.name)"), (WorkbookText.deptLabel, dept), (WorkbookText.yearLabel, FiscalYear.label(year))] {
            try sheet.text(line, 0, label, styles.header)
            try sheet.text(line, 1, value, styles.text)
            line += 1
        }
        try sheet.text(line, 0, WorkbookText.deadlineLabel, styles.header)
        try sheet.blank(line, 1, styles.input)
        try sheet.text(line, 2, WorkbookText.deadlineHint(coordinator: plan.coordinator), styles.plain)
        line += 2
        try sheet.text(line, 0, WorkbookText.howToTitle, styles.heading)
        line += 1
        for text in WorkbookText.howTo(coordinator: plan.coordinator) {
            try sheet.text(line, 1, text, styles.plainWrapped)
            line += 1
        }
        for (title, header, items) in [(WorkbookText.gradeTitle, WorkbookText.grade, grades), (WorkbookText.nextTitle, WorkbookText.next, nexts)] {
            line += 1
            try sheet.text(line, 0, title, styles.heading)
            line += 1
            try sheet.text(line, 0, header, styles.header)
            try sheet.text(line, 1, WorkbookText.meaningHeader, styles.header)
            line += 1
            for (name, meaning) in items {
                try sheet.text(line, 0, name, styles.text)
                try sheet.text(line, 1, meaning, styles.text)
                line += 1
            }
        }
        try sheet.printLayout(header: WorkbookText.pageHeader(sheet: WorkbookText.instructionSheet, year: year, dept: dept), headerRows: 0)
        sheet.protect()
    }

    /// The lines a row needs: its wrapped texts at their column's width, and room for two
    /// lines in an empty wrapped input cell.
    static func lines(_ row: [Field: String], _ layout: EntrySheetLayout) -> Int {
        layout.columns.filter(\.wrap).map { spec in
            let needed = XLSXSheet.lines(spec.field.flatMap { row[$0] } ?? "", width: spec.width)
            return spec.input ? max(2, needed) : needed
        }.max() ?? 1
    }

    /// How many decimals the indicator prints: the most any of its printed numbers shows
    /// (現状値, 目標値, the recorded and last year's actual), so 95.10 is shown as 95.10.
    static func precision(of texts: [String?]) -> Int {
        texts.compactMap { $0 }.map(decimals).max() ?? 0
    }

    /// The fraction digits of the first number in `text` (`22.2%（2021）` → 1).
    static func decimals(_ text: String) -> Int {
        let scalars = Array(text.precomposedStringWithCompatibilityMapping.unicodeScalars)
        guard let start = scalars.firstIndex(where: { ("0"..."9").contains($0) }) else { return 0 }
        var index = start
        while index < scalars.count, ("0"..."9").contains(scalars[index]) || scalars[index] == "," { index += 1 }
        guard index + 1 < scalars.count, scalars[index] == ".", ("0"..."9").contains(scalars[index + 1]) else { return 0 }
        var count = 0
        index += 1
        while index < scalars.count, ("0"..."9").contains(scalars[index]) { count += 1; index += 1 }
        return count
    }
}
