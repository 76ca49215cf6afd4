import SQLiteDB

/// What `budget import` did (or, in a dry run, would do).
public struct BudgetImportReport: Sendable, Equatable {
    public let fiscalYear: Int
    public let changed: Int
    public let unchanged: Int
    public let dryRun: Bool
}

/// Imports each project's 予算額・決算額・特定財源 for a year (千円), as the plan's 予算担当課 exports
/// them from the finance system: all or nothing, every bad cell named. A figure that differs
/// from the current one is a new row (the old stays in the history, like an actual); a row equal
/// to the current one writes nothing, so importing the same file twice changes nothing.
public struct BudgetImport {
    let store: PlanDatabase
    let plan: PlanRef
    let actor: String

    public init(_ store: PlanDatabase, plan: PlanRef, actor: String = OSUser.name) {
        self.store = store
        self.plan = plan
        self.actor = actor
    }

    /// One project's figures for the year, in 千円.
    struct Figures {
        var budget: Int64
        var settled: Int64?
        var national: Int64
        var prefectural: Int64
        var bonds: Int64
        var other: Int64
    }

    /// One row of the file, checked: its line, the project's code and its figures.
    struct Line {
        let line: Int
        let code: String
        let figures: Figures
    }

    public func run(file path: String, year: Int, as dept: String, dryRun: Bool) throws -> BudgetImportReport {
        // Read and checked before the write lock is taken: a slow file never holds up the clerks.
        // Its bad cells are told after who may import and into which year.
        let (file, lines, cellProblems) = try read(path)
        let fileName = file.name
        let db = store.connection
        return try db.transaction(commit: !dryRun) {
            let budgetDept = try plan.budgetDept(db)
            guard let budgetDept else {
                throw PlanError(.budgetNoBudgetDept(plan.code), advice: .budgetNoBudgetDeptAdvice, kind: .conflict)
            }
            guard dept == budgetDept else {
                throw Recorder.refuse(dept, .budgetWhat(FiscalYear.label(year)), responsible: budgetDept, because: .budgetBecauseBudgetDept(budgetDept))
            }
            try Recorder.checkYear(year, plan: plan, locked: try Recorder.isLocked(db, plan: plan, year: year))
            try cellProblems.check(fileName)
            if lines.isEmpty { throw PlanError(.tableEmpty(fileName), advice: .tableEmptyAdvice) }
            let deptID = try Recorder(store, plan: plan).deptID(dept)
            let changed = try write(lines, of: file, year: year, deptID: deptID)
            return BudgetImportReport(fiscalYear: year, changed: changed, unchanged: lines.count - changed, dryRun: dryRun)
        }
    }

    /// Writes the figures the way the sqlite3 shell would (`.import` into a table, then one
    /// INSERT … SELECT): the rows go into a temporary table, every code is looked up in one query,
    /// and one statement writes each project's figures unless they are already its current ones
    /// (so the same file twice writes nothing). Returns how many projects changed.
    func write(_ lines: [Line], of file: (name: String, layout: TableFile.Layout?), year: Int, deptID: Int64) throws -> Int {
        let db = store.connection
        try db.execute("""
            CREATE TEMP TABLE budget_file (
                line INTEGER PRIMARY KEY, code TEXT NOT NULL, budget INTEGER NOT NULL, settled INTEGER,
                national INTEGER NOT NULL, prefectural INTEGER NOT NULL, bonds INTEGER NOT NULL, other INTEGER NOT NULL)
            """)
        defer { try? db.execute("DROP TABLE IF EXISTS temp.budget_file") }
        let load = try db.prepare("INSERT INTO temp.budget_file VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        for (index, line) in lines.enumerated() {
            let figures = line.figures
            try load.bind(values: [
                .integer(Int64(index)), .text(line.code), .integer(figures.budget), figures.settled.map(Value.integer) ?? .null,
                .integer(figures.national), .integer(figures.prefectural), .integer(figures.bonds), .integer(figures.other),
            ])
            try load.run()
        }
        // Nothing of the file is written when any row names no project of the plan.
        var problems = TableProblems()
        for row in try db.rows("""
            SELECT f.line FROM temp.budget_file f
            WHERE NOT EXISTS (SELECT 1 FROM projects p WHERE p.plan_id = ? AND p.code = f.code)
            ORDER BY f.line
            """, [plan.id]) {
            let line = lines[row.int("line") ?? 0]
            problems.add(line: line.line, place: file.layout?.place(line: line.line, column: Column.code), code: line.code,
                         PlanError(.budgetUnknownProject(line.code, plan.code), advice: .budgetUnknownProjectAdvice(plan.coordinator)))
        }
        try problems.check(file.name)
        try db.execute("""
            INSERT INTO project_budgets (project_id, fiscal_year, budget, settled, national, prefectural, bonds, other_specific, recorded_by, recorded_at, source, actor)
            SELECT p.project_id, ?2, f.budget, f.settled, f.national, f.prefectural, f.bonds, f.other, ?3, \(Recorder.now), ?4, ?5
            FROM temp.budget_file f
            JOIN projects p ON p.plan_id = ?1 AND p.code = f.code
            WHERE NOT EXISTS (SELECT 1 FROM project_budgets b
                              WHERE b.budget_id = (SELECT max(x.budget_id) FROM project_budgets x WHERE x.project_id = p.project_id AND x.fiscal_year = ?2)
                                AND b.budget = f.budget AND b.settled IS f.settled AND b.national = f.national
                                AND b.prefectural = f.prefectural AND b.bonds = f.bonds AND b.other_specific = f.other)
            ORDER BY f.line
            """, [plan.id, year, deptID, "budget:" + file.name, actor])
        return db.changes
    }

    /// Every row's figures, each cell checked, read as the file streams by; a project named twice
    /// is refused at its second row. Throws only when the file cannot be read as a table.
    func read(_ path: String) throws -> ((name: String, layout: TableFile.Layout?), [Line], TableProblems) {
        var problems = TableProblems()
        var result: [Line] = []
        var seen: [String: Int] = [:]
        // Each column's place in the list, found once (not by name for each of 100,000 rows).
        let at = { (name: String) in (name: name, at: Self.columns.firstIndex { $0.name == name }) }
        let codeAt = at(Column.code).at
        let budget = at(Column.budget), settled = at(Column.settled), national = at(Column.national)
        let prefectural = at(Column.prefectural), bonds = at(Column.bonds), other = at(Column.other)
        var layout: TableFile.Layout?
        let fileName = try TableFile.forEachRow(path, columns: Self.columns) { row in
            layout = row.layout
            let code = row.text(at: codeAt)
            guard !code.isEmpty else {
                problems.add(row, Column.code, code: nil, PlanError(.projectCellBlank(Column.code)))
                return
            }
            if let first = seen[code] {
                problems.add(row, Column.code, code: code, PlanError(.budgetProjectTwice(code, first: first)))
                return
            }
            seen[code] = row.line
            func amount(_ place: (name: String, at: Int?), required: Bool) -> Int64? {
                let column = place.name
                let text = row.text(at: place.at)
                if text.isEmpty {
                    if required { problems.add(row, column, code: code, PlanError(.projectCellBlank(column), advice: .budgetAmountAdvice)) }
                    return nil
                }
                guard let value = FixedPoint.parse(text, decimals: 0, suffixes: ["千円"]) else {
                    problems.add(row, column, code: code, PlanError(.budgetAmountInvalid(column, text), advice: .budgetAmountAdvice))
                    return nil
                }
                return value
            }
            let figures = Figures(
                budget: amount(budget, required: true) ?? 0, settled: amount(settled, required: false),
                national: amount(national, required: false) ?? 0, prefectural: amount(prefectural, required: false) ?? 0,
                bonds: amount(bonds, required: false) ?? 0, other: amount(other, required: false) ?? 0)
            result.append(Line(line: row.line, code: code, figures: figures))
        }
        return ((fileName, layout), result, problems)
    }
}
