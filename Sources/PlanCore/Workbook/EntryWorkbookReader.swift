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
        /// Cells of a row the reader refuses before the row's rules are checked (a date in
        /// 実績値, a formula without its value), each with the field it is in.
        var cellProblems: [Int: [(field: Field, error: PlanError)]] = [:]

        /// The cell of `field` in the row that gave `line`, as `指標!A3`.
        func cell(line: Int, field: Field) -> String? {
            guard let place = rows[line], let column = place.layout.position(of: field) ?? place.layout.position(of: .code) else { return nil }
            return "\(place.sheet)!\(EntrySheetLayout.letters(column))\(place.row)"
        }

        func describe(line: Int, kind: String?, error: PlanError, field: Field? = nil) -> String? {
            guard let place = rows[line] else { return nil }
            let field = field ?? Self.blamed(kind: kind, message: error.message)
            let column = place.layout.position(of: field) ?? place.layout.position(of: .code) ?? 0
            return "\(place.sheet)!\(EntrySheetLayout.letters(column))\(place.row)"
        }

        /// The cell a row's error is about: the grade or 今後の方向性 when those are wrong, the
        /// value when it is not a number, else the code (unknown item, another department's).
        static func blamed(kind: String?, message: Message) -> Field {
            switch message.key {
            case "record.next.unknown": return .next
            case "record.grade.unknown", "entry.row.grade_empty": return .grade
            case "project.staff_invalid", "project.no_rate", "project.staff_option_invalid": return .staff
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
        let (year, written) = try checkMetadata(db: db, plan: plan, dept: dept)
        let layouts = EntrySheetLayout.all(year: year)
        try checkSheets(layouts, written: written)
        try take(CSVRecord(line: 1, fields: Field.allCases.map(\.rawValue)))
        var line = 1
        var found = false
        for layout in layouts {
            guard let sheet = reader.sheets.first(where: { NameKey.normalize($0.name) == NameKey.normalize(layout.name) }) else { continue }
            found = true
            let contents = try reader.contents(of: sheet)
            let cells = contents.cells
            guard let (headerRow, columns, staffColumns) = try header(cells, layout, sheet: sheet.name) else {
                throw PlanError(.workbookNoHeader(fileName, sheet: sheet.name, code: WorkbookText.code), advice: .workbookKeepHeaderAdvice)
            }
            let uncached = Set(contents.uncachedFormulas.map { "\($0.row) \($0.column)" })
            let rowsWithFormulas = Set(contents.uncachedFormulas.map(\.row))
            for rowNumber in Set(cells.keys).union(rowsWithFormulas).sorted() where rowNumber > headerRow {
                let row = cells[rowNumber] ?? [:]
                var fields = [Field: String]()
                var problems: [(field: Field, error: PlanError)] = []
                for (field, column) in columns.sorted(by: { $0.value < $1.value }) {
                    if uncached.contains("\(rowNumber) \(column)") {
                        problems.append((field, PlanError(.workbookFormulaNoValue, advice: .workbookFormulaNoValueAdvice)))
                    }
                    guard let cell = row[column] else { fields[field] = ""; continue }
                    if field == .value, case .number(let number, let format) = cell.content, let format, Self.isDateFormat(format) {
                        problems.append((field, PlanError(.workbookDateInNumber(Self.numberText(number, format: nil)), advice: .workbookDateInNumberAdvice)))
                    }
                    fields[field] = Self.text(cell, field: field)
                }
                // The 人工 columns of the 事業 sheet become one 人工 cell: `正職員=1.10、会計年度任用職員=0.50`.
                let staff = staffColumns.compactMap { kind, column in
                    row[column].map { Self.text($0, field: .staff).trimmed }.flatMap { $0.isEmpty ? nil : kind + "=" + $0 }
                }
                if !staffColumns.isEmpty { fields[.staff] = staff.joined(separator: "、") }
                guard !problems.isEmpty || fields.values.contains(where: { !$0.trimmed.isEmpty }) else { continue }
                if layout.kinds.count == 1 { fields[.kind] = layout.kinds[0].rawValue }
                fields[.year] = String(year)
                line += 1
                places.rows[line] = (sheet.name, rowNumber, layout)
                if !problems.isEmpty { places.cellProblems[line] = problems }
                try take(CSVRecord(line: line, fields: Field.allCases.map { fields[$0] ?? "" }))
            }
        }
        guard found else {
            let sheets = EntrySheetLayout.all(year: year).map { "「\($0.name)」" }.joined(separator: "・")
            throw PlanError(.workbookNoSheets(fileName, sheets: sheets), advice: .workbookKeepSheetsAdvice)
        }
    }

    /// The first row holding 「コード」, and the column (from 1) of each field the import reads.
    /// Two columns under one header are refused, naming both cells: which one to read is not
    /// for plandb to guess.
    /// The 事業 sheet's 人工 columns come third, as (kind, column), from their headers 人工（KIND）.
    func header(_ cells: [Int: [Int: XLSXReader.Cell]], _ layout: EntrySheetLayout, sheet: String) throws -> (Int, [Field: Int], [(String, Int)])? {
        for rowNumber in cells.keys.sorted().prefix(10) {
            var columns = [Field: Int]()
            var staffColumns: [(String, Int)] = []
            for (column, cell) in (cells[rowNumber] ?? [:]).sorted(by: { $0.key < $1.key }) {
                guard case .text(let name) = cell.content else { continue }
                if layout.kinds == [.project], let kind = Self.staffKind(name) {
                    staffColumns.append((kind, column))
                    continue
                }
                guard let spec = layout.columns.first(where: { $0.field != nil && NameKey.normalize($0.header) == NameKey.normalize(name) }),
                      let field = spec.field
                else { continue }
                if let first = columns[field] {
                    let cell = { (column: Int) in "\(sheet)!\(EntrySheetLayout.letters(column - 1))\(rowNumber)" }
                    throw PlanError(.workbookDuplicateHeader(fileName, header: spec.header, first: cell(first), second: cell(column)),
                                    advice: .workbookDuplicateHeaderAdvice)
                }
                columns[field] = column
            }
            if columns[.code] != nil { return (rowNumber, columns, staffColumns) }
        }
        return nil
    }

    /// The staff kind of a header 人工（正職員）; nil for any other header.
    static func staffKind(_ header: String) -> String? {
        let name = header.precomposedStringWithCompatibilityMapping.trimmed
        let prefix = WorkbookText.staffPrefix.precomposedStringWithCompatibilityMapping, suffix = WorkbookText.staffSuffix.precomposedStringWithCompatibilityMapping
        guard name.hasPrefix(prefix), name.hasSuffix(suffix), name.count > prefix.count + suffix.count else { return nil }
        return String(name.dropFirst(prefix.count).dropLast(suffix.count))
    }

    /// Every sheet is read or refused by name: a sheet plandb did not write (a renamed or copied
    /// entry sheet, a clerk's own) would otherwise be skipped without a word, and a sheet the
    /// workbook was written with must still be there.
    func checkSheets(_ layouts: [EntrySheetLayout], written: [String]?) throws {
        let known = Set(([WorkbookText.instructionSheet, WorkbookText.metadataSheet] + layouts.map(\.name)).map(NameKey.normalize))
        if let unknown = reader.sheets.first(where: { !known.contains(NameKey.normalize($0.name)) }) {
            let sheets = layouts.map { "「\($0.name)」" }.joined(separator: "・")
            throw PlanError(.workbookUnknownSheet(fileName, sheet: unknown.name, sheets: sheets), advice: .workbookUnknownSheetAdvice)
        }
        let present = Set(reader.sheets.map { NameKey.normalize($0.name) })
        if let missing = written?.first(where: { !present.contains(NameKey.normalize($0)) }) {
            throw PlanError(.workbookSheetMissing(fileName, sheet: missing), advice: .workbookSheetMissingAdvice)
        }
    }

    /// Refuses a workbook made for another plan, department or year by name; returns its year
    /// and the entry sheets it was written with (nil for a workbook written before they were listed).
    /// The hidden `plandb` sheet's label → value pairs (plan, department, year …); nil without it.
    static func metadata(_ reader: XLSXReader) throws -> [String: String]? {
        guard let sheet = reader.sheets.first(where: { $0.name == WorkbookText.metadataSheet }) else { return nil }
        var values = [String: String]()
        for row in try reader.cells(of: sheet).values {
            if let label = row[1].map({ text($0, field: nil) }), let value = row[2].map({ text($0, field: nil) }) { values[label.trimmed] = value.trimmed }
        }
        return values
    }

    func checkMetadata(db: Database, plan: PlanRef, dept: String) throws -> (year: Int, sheets: [String]?) {
        guard let values = try Self.metadata(reader) else {
            throw PlanError(.workbookNotEntry(fileName, sheet: WorkbookText.metadataSheet), advice: .workbookNotEntryAdvice(dept))
        }
        let planCode = values[WorkbookText.metaPlanCode] ?? "", planName = values[WorkbookText.metaPlanName] ?? ""
        guard planCode == plan.code else {
            throw PlanError(
                .workbookOtherPlan(fileName, planCode: planCode, planName: planName, ours: plan.code, oursName: plan.name),
                advice: .workbookOtherPlanAdvice(dept))
        }
        let owner = values[WorkbookText.metaDept] ?? ""
        guard owner == dept else {
            throw PlanError(
                .workbookOtherDept(fileName, owner: owner, dept: dept), advice: .workbookOtherDeptAdvice(owner: owner, dept: dept), kind: .forbidden)
        }
        guard let year = values[WorkbookText.metaYear].flatMap(Int.init) else {
            throw PlanError(.workbookNoYear(fileName), advice: .workbookMakeAgainAdvice(dept))
        }
        let locked = try db.scalar("SELECT count(*) FROM year_locks WHERE plan_id = ? AND fiscal_year = ?", [plan.id, year]).int64 == 1
        do {
            try Recorder.checkYear(year, plan: plan, locked: locked)
        } catch let error as PlanError {
            throw PlanError(.workbookYearRefused(fileName, year: FiscalYear.label(year), error.message), advice: error.advice, kind: error.kind)
        }
        let sheets = values[WorkbookText.metaSheets].map { $0.split(separator: "、").map { String($0).trimmed }.filter { !$0.isEmpty } }
        return (year, sheets)
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
        // A cell shown as a percentage (`25%` typed, format 0%) holds 0.25: the value is what it
        // shows. A `%` in quotes or after a backslash (`0.00"%"`) is only printed, not multiplied.
        let percent = Self.formatCodes(section).contains("%")
        let number = percent ? value * 100 : value
        var shortest = String(format: "%.10f", number)
        while shortest.hasSuffix("0") { shortest.removeLast() }
        if shortest.hasSuffix(".") { shortest.removeLast() }
        if shortest == "-0" { shortest = "0" }
        let shown = shownDecimals(section)
        let held = shortest.split(separator: ".").dropFirst().first?.count ?? 0
        return held >= shown ? shortest : String(format: "%.\(shown)f", number)
    }

    /// A format section without its quoted texts, backslash-escaped characters and `[…]`
    /// parts (colours, locales, conditions), which print or qualify but do not format.
    static func formatCodes(_ section: String) -> String {
        var out = "", inQuotes = false, inBrackets = false, escaped = false
        for character in section {
            if escaped { escaped = false; continue }
            if inQuotes { if character == "\"" { inQuotes = false }; continue }
            if inBrackets {
                if character == "]" { inBrackets = false }
                continue
            }
            switch character {
            case "\"": inQuotes = true
            case "\\": escaped = true
            case "[": inBrackets = true
            case "_", "*": escaped = true  // the next character is padding or a repeat fill
            default: out.append(character)
            }
        }
        return out
    }

    /// A date or time format: its codes hold y, m, d, h, s or g (after `formatCodes`), or it has
    /// an elapsed-time part such as `[h]`.
    static func isDateFormat(_ format: String) -> Bool {
        let section = String(format.split(separator: ";", omittingEmptySubsequences: false).first ?? "")
        let lowered = section.lowercased()
        if lowered.contains("[h]") || lowered.contains("[m]") || lowered.contains("[s]") || lowered.contains("[hh]") || lowered.contains("[mm]") || lowered.contains("[ss]") { return true }
        // g is the Japanese era (ggge年); e alone is the exponent of 0.00E+00, so it is not counted.
        return formatCodes(section).lowercased().replacingOccurrences(of: "general", with: "").contains { "ymdhsg".contains($0) }
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
