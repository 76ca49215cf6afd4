import Foundation
import SQLiteDB

/// What an entry file did (or, in a dry run, would do).
public struct EntryImportReport: Sendable, Equatable {
    /// The CSV's encoding; nil for a workbook.
    public let encoding: TextDecoding.Encoding?
    public let changed: Int
    public let unchanged: Int
    public let skipped: Int
    /// The first changes, in file order, to show the user; `changed` counts them all.
    public let samples: [RecordOutcome]
    public let dryRun: Bool

}

/// Imports a filled-in entry sheet. Every row is checked by the same rules as `record`; all
/// bad rows are reported together by row number and column, and then nothing is imported.
///
/// Actuals, which a large sheet is made of, are checked in memory against the plan's
/// indicators, staged in a temporary table and written with one INSERT … SELECT that skips
/// unchanged values (appending each row as it came, a statement per row, was a quarter slower);
/// a second thread reads the file ahead (`CSVReadAhead`). The few evaluations go through
/// `Recorder` one by one.
public struct EntryImport {
    let store: PlanDatabase
    let plan: PlanRef

    public init(_ store: PlanDatabase, plan: PlanRef) {
        self.store = store
        self.plan = plan
    }

    typealias Column = EntryTemplate.Column

    /// How many changes the report lists, and how many bad rows an error lists.
    static let sampleLimit = 20
    static let problemLimit = 50

    /// Imports the sheet at `path`, read a chunk at a time; `confirmed` records values that
    /// look like typos. Messages name the file `name` (the path when nil: an upload is named as
    /// the clerk's file, not as the temporary file it was kept in), and every row is recorded as
    /// `actor`'s (the account, through the server).
    /// With `year`, the file must be for that year (the page or route of a year): a workbook
    /// made for another is refused by name, a CSV row of another year by its row.
    public func run(
        file path: String, name: String? = nil, dept: String, dryRun: Bool, confirmed: Bool = false, actor: String = OSUser.name,
        year onlyYear: Int? = nil
    ) throws -> EntryImportReport {
        let fileName = name ?? path
        if let onlyYear, let declared = EntryFileIdentity.read(path).year, declared != onlyYear {
            throw Self.otherYear(fileName, declared: declared, year: onlyYear)
        }
        let db = store.connection
        let recorder = Recorder(store, plan: plan, source: "entry:" + (fileName as NSString).lastPathComponent, actor: actor)
        var index: ColumnPositions? = nil
        var problems: [Message] = []
        var cells: [EntryCellProblem] = []
        var problemCount = 0
        var outcomes: [(line: Int, outcome: RecordOutcome)] = []
        var skipped = 0
        var encoding: TextDecoding.Encoding? = .utf8
        var places: EntryWorkbookReader.Places? = nil
        /// The row that gave each evaluation (`kind code year`), so that a second row for it is
        /// refused instead of silently replacing the first.
        var evaluationRows: [String: Int] = [:]

        /// Every distinct refusal, and the first: when each row is refused for the same reason of
        /// the year (a submitted year), that reason is said once, not once per row.
        var problemKeys: Set<String> = []
        var firstProblem: PlanError? = nil
        /// The rows refused: a row may have several bad cells, each named, and is counted once.
        var problemLines: Set<Int> = []
        func problem(_ line: Int, _ code: String?, _ error: PlanError, kind: String? = nil, field: Column? = nil) {
            problemLines.insert(line)
            problemCount = problemLines.count
            problemKeys.insert(error.message.key)
            if firstProblem == nil { firstProblem = error }
            guard problems.count < Self.problemLimit else { return }
            let place = places?.describe(line: line, kind: kind, error: error, field: field)
            problems.append(.entryRowProblem(place: place, line: line, code: code, error))
            cells.append(EntryCellProblem(cell: place, line: line, code: code, error: error))
        }

        // A workbook is read and its cells checked before the write transaction begins: the
        // write lock is held only while rows are checked against the plan and written, never
        // while a (possibly large, possibly hostile) zip is being parsed.
        var workbookRecords: [CSVRecord]? = nil
        switch try SpreadsheetFile.kind(of: path) {
        case .zip:
            let workbookPlaces = EntryWorkbookReader.Places()
            places = workbookPlaces
            var records: [CSVRecord] = []
            try EntryWorkbookReader(path: path, fileName: fileName).read(db: db, plan: plan, dept: dept, places: workbookPlaces) { records.append($0) }
            workbookRecords = records
        case .xls:
            throw PlanError(.workbookIsXLS(fileName), advice: .workbookSaveAsXLSXAdvice)
        case .encryptedWorkbook:
            throw PlanError(.workbookPasswordProtected(fileName), advice: .workbookPasswordAdvice)
        case .text:
            break
        }

        return try db.transaction(commit: !dryRun) {
                let staging = try ActualStaging(db: db, recorder: recorder, dept: dept, confirmed: confirmed)
                staging.places = places
                defer { staging.drop() }
                func take(_ entry: EntryRecord) throws {
                    let record = entry.record
                    guard let columns = index else {
                        guard record.fields.contains(where: { !$0.isEmpty }) else { return }
                        index = ColumnPositions(try columnIndex(record.fields, fileName: fileName))
                        return
                    }
                    if entry.isBlank { return }
                    let cells = RowCells(cells: entry.cells, columns: columns)
                    let cell = { (column: Column) -> String? in cells[column] }
                    if let cellProblems = places?.cellProblems[record.line] {
                        for (field, error) in cellProblems { problem(record.line, cell(.code), error, kind: cell(.kind), field: field) }
                        return
                    }
                    // Each text over the limit is named by its own cell, all of a row's at once.
                    let tooLong = Self.textProblems(cell)
                    if !tooLong.isEmpty {
                        for (column, error) in tooLong { problem(record.line, cell(.code), error, kind: cell(.kind), field: column) }
                        return
                    }
                    do {
                        if entry.holdsByteOrderMark { throw Self.byteOrderMarkInside }
                        let row = SheetRow(cell: cell, hasColumn: { columns[$0] != nil }, line: record.line)
                        if let onlyYear, let rowYear = try? row.item().year, rowYear != onlyYear {
                            throw Self.otherYear(fileName, declared: rowYear, year: onlyYear)
                        }
                        switch try apply(row, recorder: recorder, staging: staging, dept: dept) {
                        case .staged: break
                        case .skipped: skipped += 1
                        case .recorded(let outcome):
                            let key = try evaluationKey(row)
                            if let first = evaluationRows[key.text] {
                                throw Self.alreadyGiven(key.label, firstLine: first, places: places)
                            }
                            evaluationRows[key.text] = record.line
                            outcomes.append((record.line, outcome))
                        }
                    } catch let error as PlanError {
                        problem(record.line, cell(.code), error, kind: cell(.kind))
                    } catch let errors as RowProblems {
                        for (column, error) in errors.cells { problem(record.line, cell(.code), error, kind: cell(.kind), field: column) }
                    }
                }
                if let workbookRecords {
                    for record in workbookRecords { try take(EntryRecord(record)) }
                    encoding = nil
                } else {
                    encoding = try CSVReadAhead.forEachRecord(ofFile: path, prepare: EntryRecord.init, take)
                }
                try staging.keepCurrentNotes()
                guard index != nil else {
                    throw PlanError(.entryFileEmpty(fileName), advice: .entryFileEmptyAdvice(dept))
                }
                if problemCount > 0, problemKeys == [Self.submittedKey], let firstProblem {
                    throw firstProblem
                }
                if problemCount > 0 {
                    // Thrown inside the transaction: it rolls back whatever the evaluations wrote.
                    var refusal = PlanError(.entryRowsRefused(fileName, problems, count: problemCount), advice: .entryRowsRefusedAdvice)
                    refusal.cells = cells
                    throw refusal
                }
                let samples = try staging.changedSamples(limit: Self.sampleLimit)
                let changedActuals = try staging.write()
                let recorded = outcomes.filter { $0.outcome.result == .recorded }
                return EntryImportReport(
                    encoding: encoding,
                    changed: changedActuals + recorded.count,
                    unchanged: staging.count - changedActuals + outcomes.count - recorded.count,
                    skipped: skipped,
                    samples: Array((samples + recorded).sorted { $0.line < $1.line }.prefix(Self.sampleLimit).map(\.outcome)),
                    dryRun: dryRun)
        }
    }

    /// The texts of a row over `EntryText.limit`, each with its column. 実績・コメント is the
    /// 実績 of an initiative and the コメント of a review.
    static func textProblems(_ cell: (Column) -> String?) -> [(Column, PlanError)] {
        // Most rows (an actual without a note) hold none of these texts.
        guard cell(.comment) != nil || cell(.challenge) != nil || cell(.note) != nil else { return [] }
        let fields: [(Column, String)] = [
            (.comment, cell(.kind) == Duty.Kind.initiative.rawValue ? "result" : "comment"), (.challenge, "challenge"), (.note, "note"),
        ]
        return fields.compactMap { column, field in
            cell(column).map(EntryText.normalize).flatMap { EntryText.tooLong($0, field: field) }.map { (column, $0) }
        }
    }

    static func otherYear(_ file: String, declared: Int, year: Int) -> PlanError {
        PlanError(
            .entryFileOtherYear((file as NSString).lastPathComponent, declared: FiscalYear.label(declared), year: FiscalYear.label(year)),
            advice: .entryFileOtherYearAdvice(year))
    }

    /// The key of a submitted year's refusal, which every row of that year gets alike.
    static let submittedKey = "submission.entries_refused"

    /// A second row for an item already given: named by its cell in a workbook (both cells
    /// are then named, this row's by the problem's place), by its row in a CSV.
    static func alreadyGiven(_ item: String, firstLine: Int, places: EntryWorkbookReader.Places?) -> PlanError {
        if let cell = places?.cell(line: firstLine, field: .code) {
            return PlanError(.entryAlreadyGivenInCell(item, cell: cell), advice: .entryAlreadyGivenAdvice)
        }
        return PlanError(.entryAlreadyGiven(item, firstRow: String(firstLine)), advice: .entryAlreadyGivenAdvice)
    }

    /// Which position each known column has; 区分, コード and 年度 are required.
    func columnIndex(_ header: [String], fileName: String) throws -> [Column: Int] {
        var index: [Column: Int] = [:]
        for (position, name) in header.enumerated() {
            let key = NameKey.normalize(Self.cleaned(name))
            if let column = Column.allCases.first(where: { NameKey.normalize($0.rawValue) == key }), index[column] == nil {
                index[column] = position
            }
        }
        let missing = [Column.year, .kind, .code].filter { index[$0] == nil }
        // Saved with semicolons (a spreadsheet program set to a European locale): the header
        // is one field holding the column names.
        if !missing.isEmpty, let joined = header.first(where: { $0.contains(";") }),
           joined.split(separator: ";").contains(where: { name in Column.allCases.contains { NameKey.normalize($0.rawValue) == NameKey.normalize(Self.cleaned(String(name))) } }) {
            throw PlanError(.entrySemicolonCSV(fileName), advice: .entrySemicolonCSVAdvice)
        }
        if !missing.isEmpty {
            throw PlanError(
                .entryMissingColumns(fileName, missing.map { "「\($0.rawValue)」" }.joined(separator: "、")), advice: .entryMissingColumnsAdvice)
        }
        return index
    }

    /// Several bad cells of one row, each with its column.
    struct RowProblems: Error {
        let cells: [(Column, PlanError)]
    }

    enum RowResult {
        case staged
        case skipped
        case recorded(RecordOutcome)
    }

    /// One data row of the sheet.
    struct SheetRow {
        /// The trimmed text of a cell; nil when it is empty or the sheet has no such column.
        let cell: (Column) -> String?
        let hasColumn: (Column) -> Bool
        let line: Int

        /// A text to record: nil (keep the current text) when the sheet has no such column, empty
        /// (clear it) when the cell is empty.
        func text(_ column: Column) -> String? { hasColumn(column) ? cell(column) ?? "" : nil }

        /// 区分, コード and 年度, which every row must have.
        func item() throws -> (kind: Duty.Kind, code: String, year: Int) {
            guard let kindText = cell(.kind), let typedCode = cell(.code) else {
                throw PlanError(.entryKindOrCodeEmpty, advice: .entryKindOrCodeEmptyAdvice)
            }
            guard let kind = Duty.Kind(rawValue: kindText) else {
                throw PlanError(.entryUnknownKind(kindText), advice: .entryUnknownKindAdvice)
            }
            // A code a spreadsheet turned into a date (6-7 → 6月7日) is read back, or refused saying so.
            let code = try SpreadsheetChanges.code(typedCode, kind: kind)
            guard let yearText = cell(.year) else { throw PlanError(.entryYearEmpty, advice: .entryYearEmptyAdvice) }
            return (kind, code, try FiscalYear.parse(yearText))
        }
    }

    /// Which evaluation a row gives (区分, code, year), and how to name it; the staging table
    /// finds the duplicates among actuals.
    func evaluationKey(_ row: SheetRow) throws -> (text: String, label: String) {
        let item = try row.item()
        return ("\(item.kind.rawValue) \(item.code) \(item.year)", "\(item.code) \(FiscalYear.label(item.year)) \(item.kind.rawValue)")
    }

    /// Checks one row and stages or records it; `.skipped` when its fill-in cells are empty.
    func apply(_ row: SheetRow, recorder: Recorder, staging: ActualStaging, dept: String) throws -> RowResult {
        let (kind, code, year) = try row.item()
        let cell = row.cell
        switch kind {
        case .actual:
            guard let value = cell(.value) else { return .skipped }
            try staging.stage(code: code, year: year, value: value, note: row.text(.note), line: row.line)
            return .staged
        case .initiative:
            guard let grade = cell(.grade) else {
                if cell(.next) != nil || cell(.comment) != nil || cell(.challenge) != nil {
                    throw PlanError(.entryGradeEmpty, advice: .entryGradeWithCellsAdvice)
                }
                return .skipped
            }
            // Both drop-downs wrong: both cells are named, not only the first.
            if let next = cell(.next) {
                var errors: [(Column, PlanError)] = []
                do { _ = try recorder.checkGrade(grade) } catch let error as PlanError { errors.append((.grade, error)) }
                do { _ = try recorder.checkNextDirection(next) } catch let error as PlanError { errors.append((.next, error)) }
                if errors.count > 1 { throw RowProblems(cells: errors) }
            }
            return .recorded(try recorder.recordInitiative(
                code, year: year, grade: grade, next: row.text(.next), result: row.text(.comment), challenge: row.text(.challenge), as: dept))
        case .firstReview, .secondReview:
            guard let grade = cell(.grade) else {
                if cell(.comment) != nil { throw PlanError(.entryGradeEmpty, advice: .entryGradeWithCommentAdvice) }
                return .skipped
            }
            return .recorded(try recorder.recordPolicy(
                code, year: year, grade: grade, comment: row.text(.comment), stage: kind == .firstReview ? .first : .second, as: dept))
        case .project:
            let staff = try EntryTemplate.staffEntries(cell(.staff) ?? "")
            guard !staff.isEmpty || cell(.grade) != nil || cell(.next) != nil || cell(.comment) != nil || cell(.challenge) != nil else { return .skipped }
            // Without a grade, only the 人工 is recorded; a text without a grade is refused as for an initiative.
            if cell(.grade) == nil, cell(.next) != nil || cell(.comment) != nil || cell(.challenge) != nil {
                throw PlanError(.entryGradeEmpty, advice: .entryGradeWithCellsAdvice)
            }
            let evaluated = cell(.grade) != nil
            return .recorded(try ProjectRecorder(store, plan: plan, source: recorder.source, actor: recorder.actor).record(
                code, year: year, staff: staff, grade: cell(.grade), next: evaluated ? row.text(.next) : nil,
                result: evaluated ? row.text(.comment) : nil, challenge: evaluated ? row.text(.challenge) : nil, as: dept))
        }
    }

    /// A byte order mark is invisible, so a value holding one ("\u{FEFF}2023") would be refused
    /// in words that cannot show why. It only starts a file: one inside a row means that two
    /// saved files were joined into one.
    static let byteOrderMarkInside = PlanError(.entryByteOrderMarkInside, advice: .entryByteOrderMarkInsideAdvice)

    /// Whether a cell holds U+FEFF. Its first UTF-8 byte, EF, starts only U+F000–U+FFFF, which
    /// few cells hold: the byte is looked for first, in the cell's bytes where they lie in one
    /// piece (the view's own iteration costs more), so that not every cell is decoded.
    static func holdsByteOrderMark(_ cell: String) -> Bool {
        let mayHold = cell.utf8.withContiguousStorageIfAvailable { $0.contains(0xEF) } ?? cell.utf8.contains(0xEF)
        return mayHold && cell.unicodeScalars.contains("\u{FEFF}")
    }

    /// Trims a cell and removes the apostrophe the template put before formula-like text
    /// (`CellText.neutralizingFormula`: before = + - @, a tab or a CR).
    static func cleaned(_ cell: String) -> String {
        let text = cell.trimmed
        // Nearly every cell: no apostrophe to look at (hasPrefix compares Characters).
        guard text.utf8.first == UInt8(ascii: "'") else { return text }
        if let next = text.unicodeScalars.dropFirst().first, "=+-@\t\r".unicodeScalars.contains(next) {
            return String(String.UnicodeScalarView(text.unicodeScalars.dropFirst())).trimmed
        }
        return text
    }
}

/// A record of an entry sheet with each cell cleaned (`EntryImport.cleaned`) once. For a CSV
/// it is made on the reading thread (`CSVReadAhead`), where cleaning costs the import no time:
/// cleaning on the importing thread was a twentieth of a large import.
struct EntryRecord: Sendable {
    let record: CSVRecord
    /// By field position, nil for an empty cell.
    let cells: [String?]
    /// Whether some cell holds U+FEFF (`EntryImport.holdsByteOrderMark`).
    let holdsByteOrderMark: Bool

    init(_ record: CSVRecord) {
        self.record = record
        cells = record.fields.map { field in
            let text = EntryImport.cleaned(field)
            return text.isEmpty ? nil : text
        }
        holdsByteOrderMark = record.fields.contains(where: EntryImport.holdsByteOrderMark)
    }

    /// True when no cell holds more than white space: a cell is blank exactly when its cleaned
    /// text is empty.
    var isBlank: Bool { cells.allSatisfy { $0 == nil } }
}

/// One row's cleaned cells by column.
struct RowCells {
    let cells: [String?]
    let columns: ColumnPositions

    /// The cell's text, nil when it is empty or the row has no such column.
    subscript(column: EntryTemplate.Column) -> String? {
        guard let position = columns[column], position < cells.count else { return nil }
        return cells[position]
    }
}
