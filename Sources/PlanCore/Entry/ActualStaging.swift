import Foundation
import SQLiteDB

/// Indicator actuals of one entry file, checked row by row in memory and staged in a temporary
/// table, then written in one statement. The checks are `Recorder.checkActual`, the same as for
/// `plandb record indicator`.
final class ActualStaging {
    let db: Database
    let recorder: Recorder
    let dept: String
    /// Records values that look like typos (`entry import --confirm`).
    let confirmed: Bool
    /// Whether some row left the note out (a sheet without the 備考 column): those rows keep
    /// the current note, looked up before the rows are compared and written.
    private var keepsNotes = false
    /// Indicators looked up lately, by code: each is read on first use (one index seek) and
    /// the cache is emptied when it reaches `cacheLimit`, so memory stays the same however
    /// many rows and indicators a sheet holds (rows come grouped by indicator).
    private var indicators: [String: Recorder.IndicatorInfo?] = [:]
    private let lookup: Statement
    let lockedYears: Set<Int>
    /// The years this department has submitted, and when: their entries are refused.
    let submittedYears: [Int: String]
    let insert: Statement
    private(set) var count = 0
    /// The first rows staged, in file order, as changes: they are the samples when no staged
    /// year has any actual yet, which spares reading every staged row to find them.
    private var firstStaged: [(line: Int, outcome: RecordOutcome)] = []
    private var yearsHaveActuals: Bool?

    init(db: Database, recorder: Recorder, dept: String, confirmed: Bool) throws {
        self.db = db
        self.recorder = recorder
        self.dept = dept
        self.confirmed = confirmed
        lookup = try db.prepare(Recorder.indicatorByCodeSQL)
        // The plan stays bound: a reset keeps bindings, so each new code binds only itself.
        try lookup.bind(recorder.plan.id, named: ":plan")
        lockedYears = Set(try db.rows("SELECT fiscal_year FROM locked_years WHERE plan_id = ?", [recorder.plan.id]).compactMap { $0[0].int })
        submittedYears = try Submissions.submittedYears(db, plan: recorder.plan, dept: dept)
        try db.execute("""
            CREATE TEMP TABLE entry_actuals (
                indicator_id INTEGER NOT NULL, fiscal_year INTEGER NOT NULL, value_text TEXT NOT NULL, value REAL NOT NULL,
                note TEXT, keep_note INTEGER NOT NULL, line INTEGER NOT NULL, PRIMARY KEY (indicator_id, fiscal_year)
            ) WITHOUT ROWID
            """)
        insert = try db.prepare("INSERT INTO temp.entry_actuals VALUES (?, ?, ?, ?, ?, ?, ?)")
    }

    private func indicator(_ code: String) throws -> Recorder.IndicatorInfo? {
        if let known = indicators[code] { return known }
        if indicators.count >= Self.cacheLimit { indicators.removeAll(keepingCapacity: true) }
        try lookup.bind(code, named: ":code")
        let found = try lookup.step() ? Recorder.info(lookup.currentRow()) : nil
        lookup.reset()
        indicators[code] = found
        return found
    }

    static let cacheLimit = 4096

    /// Where the rows of a workbook came from, to name a duplicate's first cell.
    var places: EntryWorkbookReader.Places?

    func drop() {
        try? db.execute("DROP TABLE IF EXISTS temp.entry_actuals")
    }

    /// Stages one row; `note` nil keeps the current note, empty clears it (as in `Recorder`).
    func stage(code: String, year: Int, value: String, note: String?, line: Int) throws {
        guard let indicator = try indicator(code) else {
            throw PlanError(.recordNoIndicator(code), advice: .entryKeepCodeAdvice)
        }
        let number = try Recorder.checkActual(
            indicator, year: year, input: value, dept: dept, plan: recorder.plan, locked: lockedYears.contains(year),
            submittedAt: submittedYears[year], confirmed: confirmed
        ) {
            try db.row(Recorder.currentActualSQL, [indicator.id, year])?.string("value_text")
        }
        let keep = note == nil
        keepsNotes = keepsNotes || keep
        let note = try Recorder.text(note, keeping: nil, field: "note")
        do {
            try insert.bind(values: [
                indicator.id.sqliteValue, year.sqliteValue, number.text.sqliteValue, number.value.sqliteValue,
                note?.sqliteValue ?? .null, keep.sqliteValue, line.sqliteValue,
            ])
            try insert.run()
        } catch let error as SQLiteError where error.isConstraintViolation {
            let first = try db.scalar("SELECT line FROM temp.entry_actuals WHERE indicator_id = ? AND fiscal_year = ?", [indicator.id, year])
            let item = "\(code) \(FiscalYear.label(year))"
            guard let firstLine = first.int else {
                throw PlanError(.entryAlreadyGiven(item, firstRow: "?"), advice: .entryAlreadyGivenAdvice)
            }
            throw EntryImport.alreadyGiven(item, firstLine: firstLine, places: places)
        }
        count += 1
        if firstStaged.count < EntryImport.sampleLimit {
            firstStaged.append((line, RecordOutcome(
                result: .recorded, code: indicator.code, name: indicator.name, fiscalYear: year, previous: nil, current: number.text)))
        }
    }

    /// Staged rows that differ from the current value (or have none yet). The same number in
    /// other digits (95.1 where 95.10 is recorded: a spreadsheet dropped the zero) is no change.
    static let changedCondition = """
        NOT EXISTS (SELECT 1 FROM indicator_actuals a
                    WHERE a.actual_id = (SELECT max(b.actual_id) FROM indicator_actuals b
                                         WHERE b.indicator_id = t.indicator_id AND b.fiscal_year = t.fiscal_year)
                      AND (a.value_text = t.value_text OR a.value = t.value) AND a.note IS t.note)
        """

    /// The current actual of the staged row `t`, by the latest record.
    static let currentActual = """
        FROM indicator_actuals a WHERE a.indicator_id = t.indicator_id AND a.fiscal_year = t.fiscal_year ORDER BY a.actual_id DESC LIMIT 1
        """

    /// Gives the rows that left the note out the current note; call it once, after the last
    /// row is staged.
    func keepCurrentNotes() throws {
        guard keepsNotes else { return }
        try db.execute("UPDATE temp.entry_actuals AS t SET note = (SELECT a.note \(Self.currentActual)) WHERE keep_note")
    }

    /// The first changes in file order, with the values they replace.
    func changedSamples(limit: Int) throws -> [(line: Int, outcome: RecordOutcome)] {
        if limit <= EntryImport.sampleLimit, try !anyActualInStagedYears() { return Array(firstStaged.prefix(limit)) }
        return try db.rows("""
            SELECT t.line, i.code, i.name, t.fiscal_year, t.value_text, t.note,
                   (SELECT a.value_text \(Self.currentActual)) AS previous, (SELECT a.note \(Self.currentActual)) AS previous_note
            FROM temp.entry_actuals t JOIN indicators i ON i.indicator_id = t.indicator_id
            WHERE \(Self.changedCondition) ORDER BY t.line LIMIT ?
            """, [limit]).map { row in
            let previous = row.string("previous")
            return (row.int("line") ?? 0, RecordOutcome(
                result: .recorded, code: row.string("code") ?? "", name: row.string("name") ?? "", fiscalYear: row.int("fiscal_year") ?? 0,
                previous: previous, current: row.string("value_text") ?? "",
                changes: previous == nil ? [] : FieldChange.between([
                    FieldChange("value", previous, row.string("value_text")), FieldChange("note", row.string("previous_note"), row.string("note")),
                ])))
        }
    }

    /// Whether any staged year of the plan has an actual already; when none has (a department's
    /// first sheet of the year), every staged row is new. Asked once, after the last row is staged.
    private func anyActualInStagedYears() throws -> Bool {
        if let yearsHaveActuals { return yearsHaveActuals }
        let answer = try db.scalar("""
            SELECT EXISTS (SELECT 1 FROM indicator_actuals a JOIN indicators i ON i.indicator_id = a.indicator_id
                           JOIN policies p ON p.policy_id = i.policy_id
                           WHERE p.plan_id = ? AND a.fiscal_year IN (SELECT DISTINCT fiscal_year FROM temp.entry_actuals))
            """, [recorder.plan.id]).bool ?? true
        yearsHaveActuals = answer
        return answer
    }

    /// Appends every changed row; returns how many. When no staged year has any actual yet,
    /// the check against current values is skipped. The time is read once: SQLite's 'now' is
    /// the same for every row of one statement anyway, and formatting it per row cost 1.5%.
    func write() throws -> Int {
        guard count > 0 else { return 0 }
        let deptID = try recorder.deptID(dept)
        let anyExisting = try anyActualInStagedYears()
        try db.execute("""
            INSERT INTO indicator_actuals (indicator_id, fiscal_year, value_text, value, note, recorded_by, recorded_at, source, actor)
            SELECT t.indicator_id, t.fiscal_year, t.value_text, t.value, t.note, ?, ?, ?, ?
            FROM temp.entry_actuals t \(anyExisting ? "WHERE " + Self.changedCondition : "")
            """, [deptID, try db.scalar("SELECT \(Recorder.now)"), recorder.source, recorder.actor])
        return db.changes
    }
}
