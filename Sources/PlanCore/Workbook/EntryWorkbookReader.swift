import Foundation
import SQLiteDB

/// Reads a filled-in entry workbook into the rows the CSV import checks: first a header row of
/// the CSV template's columns, then one row per item, with 年度 from the workbook's hidden
/// sheet and 区分 from the sheet it is on. Sheets and columns are found by name, so a workbook
/// re-saved by Excel or LibreOffice (styles renumbered, shared strings, the hidden sheet shown)
/// reads the same.
struct EntryWorkbookReader {
    typealias Field = EntryTemplate.Column

    /// Where each row fed to the import came from, to name bad cells as `指標!G5`.
    final class Places {
        var rows: [Int: (sheet: String, row: Int, layout: EntrySheetLayout)] = [:]

        func describe(line: Int, kind: String?, error: PlanError) -> String? {
            guard let place = rows[line] else { return nil }
            let field = Self.blamed(kind: kind, message: error.message)
            let column = place.layout.position(of: field) ?? place.layout.position(of: .code) ?? 0
            return "\(place.sheet)!\(EntrySheetLayout.letters(column))\(place.row)"
        }

        /// The cell a row's error is about: the grade or 今後の方向性 when those are wrong, the
        /// value when it is not a number, else the code (unknown item, another department's).
        static func blamed(kind: String?, message: Message) -> Field {
            switch message.key {
            case "record.next.unknown": return .next
            case "record.grade.unknown", "entry.row.grade_empty": return .grade
            case "record.indicator.value" where kind == Duty.Kind.actual.rawValue, "value.empty" where kind == Duty.Kind.actual.rawValue: return .value
            default: return .code
            }
        }
    }

    let reader: XLSXReader
    let fileName: String

    init(path: String, fileName: String) throws {
        reader = try XLSXReader(path: path, fileName: fileName)
        self.fileName = fileName
    }

    /// Checks that the workbook was made for this plan, department and a year open for entry,
    /// then feeds its rows to `take`, noting in `places` where each came from before it is taken.
    func read(db: Database, plan: PlanRef, dept: String, places: Places, _ take: (CSVRecord) throws -> Void) throws {
        let year = try checkMetadata(db: db, plan: plan, dept: dept)
        try take(CSVRecord(line: 1, fields: Field.allCases.map(\.rawValue)))
        var line = 1
        var found = false
        for layout in EntrySheetLayout.all(year: year) {
            guard let sheet = reader.sheets.first(where: { NameKey.normalize($0.name) == NameKey.normalize(layout.name) }) else { continue }
            found = true
            let cells = try reader.cells(of: sheet)
            guard let (headerRow, columns) = header(cells, layout) else {
                throw PlanError(.workbookNoHeader(fileName, sheet: sheet.name, code: WorkbookText.code), advice: .workbookKeepHeaderAdvice)
            }
            for rowNumber in cells.keys.sorted() where rowNumber > headerRow {
                let row = cells[rowNumber] ?? [:]
                var fields = [Field: String]()
                for (field, column) in columns { fields[field] = row[column].map { Self.text($0, field: field) } ?? "" }
                guard fields.values.contains(where: { !$0.trimmed.isEmpty }) else { continue }
                if layout.kinds.count == 1 { fields[.kind] = layout.kinds[0].rawValue }
                fields[.year] = String(year)
                line += 1
                places.rows[line] = (sheet.name, rowNumber, layout)
                try take(CSVRecord(line: line, fields: Field.allCases.map { fields[$0] ?? "" }))
            }
        }
        guard found else {
            let sheets = EntrySheetLayout.all(year: year).map { "「\($0.name)」" }.joined(separator: "・")
            throw PlanError(.workbookNoSheets(fileName, sheets: sheets), advice: .workbookKeepSheetsAdvice)
        }
    }

    /// The first row holding 「コード」, and the column (from 1) of each field the import reads.
    func header(_ cells: [Int: [Int: XLSXReader.Cell]], _ layout: EntrySheetLayout) -> (Int, [Field: Int])? {
        for rowNumber in cells.keys.sorted().prefix(10) {
            var columns = [Field: Int]()
            for (column, cell) in cells[rowNumber] ?? [:] {
                guard case .text(let name) = cell.content else { continue }
                if let spec = layout.columns.first(where: { $0.field != nil && NameKey.normalize($0.header) == NameKey.normalize(name) }), let field = spec.field {
                    columns[field] = column
                }
            }
            if columns[.code] != nil { return (rowNumber, columns) }
        }
        return nil
    }

    /// Refuses a workbook made for another plan, department or year by name; returns its year.
    func checkMetadata(db: Database, plan: PlanRef, dept: String) throws -> Int {
        guard let sheet = reader.sheets.first(where: { $0.name == WorkbookText.metadataSheet }) else {
            throw PlanError(.workbookNotEntry(fileName, sheet: WorkbookText.metadataSheet), advice: .workbookNotEntryAdvice(dept))
        }
        var values = [String: String]()
        for row in try reader.cells(of: sheet).values {
            if let label = row[1].map({ Self.text($0, field: nil) }), let value = row[2].map({ Self.text($0, field: nil) }) { values[label.trimmed] = value.trimmed }
        }
        let planCode = values[WorkbookText.metaPlanCode] ?? "", planName = values[WorkbookText.metaPlanName] ?? ""
        guard planCode == plan.code else {
            throw PlanError(
                .workbookOtherPlan(fileName, planCode: planCode, planName: planName, ours: plan.code, oursName: plan.name),
                advice: .workbookOtherPlanAdvice(dept))
        }
        let owner = values[WorkbookText.metaDept] ?? ""
        guard owner == dept else {
            throw PlanError(.workbookOtherDept(fileName, owner: owner, dept: dept), advice: .workbookOtherDeptAdvice(owner: owner, dept: dept))
        }
        guard let year = values[WorkbookText.metaYear].flatMap(Int.init) else {
            throw PlanError(.workbookNoYear(fileName), advice: .workbookMakeAgainAdvice(dept))
        }
        let locked = try db.scalar("SELECT count(*) FROM year_locks WHERE plan_id = ? AND fiscal_year = ?", [plan.id, year]).int64 == 1
        do {
            try Recorder.checkYear(year, plan: plan, locked: locked)
        } catch let error as PlanError {
            throw PlanError(.workbookYearRefused(fileName, year: FiscalYear.label(year), error.message), advice: error.advice)
        }
        return year
    }

    /// A cell as the import reads it. A number is the digits its format shows (95.1 shown as
    /// 95.10 is `95.10`), never fewer than the number holds (95.123 shown as 95.12 is `95.123`).
    static func text(_ cell: XLSXReader.Cell, field: Field?) -> String {
        switch cell.content {
        case .text(let text): return text
        case .bool(let value): return value ? "TRUE" : "FALSE"
        case .number(let value, let format): return numberText(value, format: format)
        }
    }

    static func numberText(_ value: Double, format: String?) -> String {
        let section = format.map { String($0.split(separator: ";", omittingEmptySubsequences: false).first ?? "") } ?? ""
        let percent = section.contains("%")
        let number = percent ? value * 100 : value
        var shortest = String(format: "%.10f", number)
        while shortest.hasSuffix("0") { shortest.removeLast() }
        if shortest.hasSuffix(".") { shortest.removeLast() }
        if shortest == "-0" { shortest = "0" }
        let shown = shownDecimals(section)
        let held = shortest.split(separator: ".").dropFirst().first?.count ?? 0
        return held >= shown ? shortest : String(format: "%.\(shown)f", number)
    }

    /// The fraction digits a number format shows: the 0s and #s after its decimal point.
    static func shownDecimals(_ section: String) -> Int {
        var inQuotes = false, afterPoint = false, count = 0
        for character in section {
            if character == "\"" { inQuotes.toggle(); continue }
            if inQuotes { continue }
            if character == "." { afterPoint = true; continue }
            if afterPoint {
                if character == "0" || character == "#" { count += 1 } else { break }
            }
        }
        return count
    }
}
