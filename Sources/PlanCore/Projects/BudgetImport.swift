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
    struct Figures: Equatable {
        var budget: Int64
        var settled: Int64?
        var national: Int64
        var prefectural: Int64
        var bonds: Int64
        var other: Int64
    }

    public func run(file path: String, year: Int, as dept: String, dryRun: Bool) throws -> BudgetImportReport {
        let table = try TableFile.read(path, columns: Self.columns)
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
            let rows = try read(table)
            let current = try currentFigures(year)
            var ids: [String: Int64] = [:]
            for row in try db.rows("SELECT project_id, code FROM projects WHERE plan_id = ?", [plan.id]) {
                ids[row.string("code") ?? ""] = row.int64("project_id")
            }
            var problems = TableProblems()
            for (row, code, _) in rows where ids[code] == nil {
                problems.add(row, Column.code, code: code, PlanError(.budgetUnknownProject(code, plan.code), advice: .budgetUnknownProjectAdvice(plan.coordinator)))
            }
            try problems.check(table.fileName)
            let deptID = try Recorder(store, plan: plan).deptID(dept)
            let source = "budget:" + table.fileName
            var changed = 0, unchanged = 0
            let insert = try db.prepare("""
                INSERT INTO project_budgets (project_id, fiscal_year, budget, settled, national, prefectural, bonds, other_specific, recorded_by, recorded_at, source, actor)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, \(Recorder.now), ?, ?)
                """)
            for (_, code, figures) in rows {
                guard let id = ids[code] else { continue }
                if current[id] == figures {
                    unchanged += 1
                    continue
                }
                insert.reset()
                try insert.bind([id, year, figures.budget, figures.settled, figures.national, figures.prefectural, figures.bonds, figures.other, deptID, source, actor])
                try insert.run()
                changed += 1
            }
            return BudgetImportReport(fiscalYear: year, changed: changed, unchanged: unchanged, dryRun: dryRun)
        }
    }

    /// Every row's figures, each cell checked; a project named twice is refused at its second row.
    func read(_ table: TableFile) throws -> [(TableFile.Row, String, Figures)] {
        var problems = TableProblems()
        var result: [(TableFile.Row, String, Figures)] = []
        var seen: [String: Int] = [:]
        for row in table.rows {
            let code = row.text(Column.code)
            guard !code.isEmpty else {
                problems.add(row, Column.code, code: nil, PlanError(.projectCellBlank(Column.code)))
                continue
            }
            if let first = seen[code] {
                problems.add(row, Column.code, code: code, PlanError(.budgetProjectTwice(code, first: first)))
                continue
            }
            seen[code] = row.line
            func amount(_ column: String, required: Bool) -> Int64? {
                let text = row.text(column)
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
            let budget = amount(Column.budget, required: true)
            let figures = Figures(
                budget: budget ?? 0, settled: amount(Column.settled, required: false),
                national: amount(Column.national, required: false) ?? 0, prefectural: amount(Column.prefectural, required: false) ?? 0,
                bonds: amount(Column.bonds, required: false) ?? 0, other: amount(Column.other, required: false) ?? 0)
            result.append((row, code, figures))
        }
        try problems.check(table.fileName)
        if result.isEmpty { throw PlanError(.tableEmpty(table.fileName), advice: .tableEmptyAdvice) }
        return result
    }

    /// The current figures of every project of the plan for `year`, by project id.
    func currentFigures(_ year: Int) throws -> [Int64: Figures] {
        var result: [Int64: Figures] = [:]
        for row in try store.connection.rows("""
            SELECT b.project_id, b.budget, b.settled, b.national, b.prefectural, b.bonds, b.other_specific
            FROM project_budgets b JOIN projects p ON p.project_id = b.project_id
            WHERE p.plan_id = ? AND b.fiscal_year = ?
            ORDER BY b.budget_id
            """, [plan.id, year])
        {
            result[row.int64("project_id") ?? 0] = Figures(
                budget: row.int64("budget") ?? 0, settled: row.int64("settled"), national: row.int64("national") ?? 0,
                prefectural: row.int64("prefectural") ?? 0, bonds: row.int64("bonds") ?? 0, other: row.int64("other_specific") ?? 0)
        }
        return result
    }
}
