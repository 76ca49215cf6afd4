import Foundation
import SQLiteDB

/// What `project import` did (or, in a dry run, would do).
public struct ProjectListReport: Sendable, Equatable {
    public let added: [String]
    public let changed: [String]
    public let unchanged: Int
    public let removed: [String]
    /// Projects missing from the file that have recorded figures: kept, never deleted.
    public let kept: [String]
    public let dryRun: Bool
}

/// Imports the 事務事業 list from the finance system's export (one row per project and 主な取組,
/// DESIGN.md "事務事業 and their cost"): all or nothing, every bad cell named. Importing it again
/// updates the list, each change a row of plan_revisions (so `plandb history` shows it); a
/// project with recorded figures is never deleted.
public struct ProjectListImport {
    let store: PlanDatabase
    let plan: PlanRef
    let actor: String

    public init(_ store: PlanDatabase, plan: PlanRef, actor: String = OSUser.name) {
        self.store = store
        self.plan = plan
        self.actor = actor
    }

    /// One project as the file gives it.
    struct Project: Equatable {
        var code: String
        var name: String
        var dept: String
        var account: String?
        var kan: String?
        var kou: String?
        var moku: String?
        var startYear: Int?
        var endYear: Int?
        /// 主な取組コード → 按分 in hundredths of a percent.
        var links: [String: Int64] = [:]

        /// The fields as text, for plan_revisions and for comparing with what is stored.
        var fields: [(String, String?)] {
            [("name", name), ("dept", dept), ("account", account), ("kan", kan), ("kou", kou), ("moku", moku),
             ("start_year", startYear.map(String.init)), ("end_year", endYear.map(String.init))]
        }
    }

    public func run(file path: String, as dept: String, dryRun: Bool) throws -> ProjectListReport {
        let table = try TableFile.read(path, columns: Self.columns)
        let db = store.connection
        return try db.transaction(commit: !dryRun) {
            guard dept == plan.coordinator else {
                throw Recorder.refuse(dept, .projectWhatList, responsible: plan.coordinator, because: .recordBecauseCoordinates(plan.coordinator))
            }
            let projects = try read(table)
            return try apply(projects, dryRun: dryRun)
        }
    }

    // MARK: Reading and checking

    func read(_ table: TableFile) throws -> [Project] {
        let db = store.connection
        var departments: [String: String] = [:]
        for row in try db.rows("SELECT name, kind FROM departments") where row.string("kind") == "department" {
            departments[NameKey.normalize(row.string("name") ?? "")] = row.string("name")
        }
        var initiatives: [String: (reprint: Bool, original: String?)] = [:]
        for row in try db.rows("SELECT initiative_code, is_reprint, reprint_of FROM v_initiatives WHERE plan_code = ?", [plan.code]) {
            initiatives[row.string("initiative_code") ?? ""] = (row.int("is_reprint") == 1, row.string("reprint_of"))
        }
        var problems = TableProblems()
        var order: [String] = []
        var projects: [String: Project] = [:]
        var firstRows: [String: TableFile.Row] = [:]
        /// Projects with a share that is no share: their sum is not checked as well.
        var badShares: Set<String> = []
        for row in table.rows {
            let code = row.text(Column.code)
            func bad(_ column: String, _ message: Message, _ advice: Message? = nil) {
                problems.add(row, column, code: code.isEmpty ? nil : code, PlanError(message, advice: advice))
            }
            guard !code.isEmpty else { bad(Column.code, .projectCellBlank(Column.code)); continue }
            if code.count > 40 || code.contains(where: { $0.isWhitespace || $0.isNewline }) { bad(Column.code, .projectCodeInvalid(code)) }
            let name = row.text(Column.name)
            if name.isEmpty { bad(Column.name, .projectCellBlank(Column.name)) }
            do { try FreeText.check(name, field: Column.name) } catch let error as PlanError { problems.add(row, Column.name, code: code, error) }
            let deptName = departments[NameKey.normalize(row.text(Column.dept))]
            if deptName == nil {
                bad(Column.dept, .projectUnknownDept(row.text(Column.dept)), .noDepartmentMatchesAdvice(departments.values.sorted().joined(separator: "、")))
            }
            let initiative = SeedCode.halfWidth(row.text(Column.initiative))
            switch initiatives[initiative] {
            case nil: bad(Column.initiative, .projectUnknownInitiative(initiative, plan.code))
            case let found? where found.reprint:
                bad(Column.initiative, .projectLinkToReprint(initiative, original: found.original ?? "—"))
            default: break
            }
            let shareText = row.text(Column.share)
            let share = shareText.isEmpty ? 10_000 : FixedPoint.parse(shareText, decimals: 2, suffixes: ["%"])
            if share == nil || share == 0 || (share ?? 0) > 10_000 {
                bad(Column.share, .projectShareInvalid(shareText))
                badShares.insert(code)
            }
            func year(_ column: String) -> Int? {
                let text = row.text(column)
                guard !text.isEmpty else { return nil }
                guard let year = try? FiscalYear.parse(text) else { bad(column, .projectYearInvalid(text)); return nil }
                return year
            }
            let optional = { (column: String) -> String? in
                let text = row.text(column)
                return text.isEmpty ? nil : text
            }
            var project = Project(
                code: code, name: name, dept: deptName ?? "", account: optional(Column.account), kan: optional(Column.kan),
                kou: optional(Column.kou), moku: optional(Column.moku), startYear: year(Column.start), endYear: year(Column.end))
            if let start = project.startYear, let end = project.endYear, end < start { bad(Column.end, .projectYearsReversed(start, end)) }
            if var earlier = projects[code], let first = firstRows[code] {
                // A project spread over several rows (one per 主な取組) says the same of itself on each.
                for ((field, value), (_, earlierValue)) in zip(project.fields, earlier.fields) where value != earlierValue {
                    bad(Self.column(of: field), .projectRowsDisagree(code, Self.column(of: field), first: first.place(Self.column(of: field))))
                }
                if earlier.links[initiative] != nil {
                    bad(Column.initiative, .projectLinkTwice(code, initiative, first: first.line))
                }
                earlier.links[initiative] = share ?? 0
                projects[code] = earlier
            } else {
                project.links[initiative] = share ?? 0
                projects[code] = project
                firstRows[code] = row
                order.append(code)
            }
        }
        for code in order where !badShares.contains(code) {
            guard let project = projects[code], let row = firstRows[code] else { continue }
            let total = project.links.values.reduce(0, +)
            if total != 10_000 {
                problems.add(row, Column.share, code: code, PlanError(.projectSharesNotWhole(code, FixedPoint.percentText(total))))
            }
        }
        try problems.check(table.fileName)
        if order.isEmpty { throw PlanError(.tableEmpty(table.fileName), advice: .tableEmptyAdvice) }
        return order.compactMap { projects[$0] }
    }

    static func column(of field: String) -> String {
        switch field {
        case "name": return Column.name
        case "dept": return Column.dept
        case "account": return Column.account
        case "kan": return Column.kan
        case "kou": return Column.kou
        case "moku": return Column.moku
        case "start_year": return Column.start
        default: return Column.end
        }
    }

    // MARK: Writing

    /// What is stored of one project now.
    func stored() throws -> [String: (id: Int64, project: Project, hasRecords: Bool)] {
        let db = store.connection
        var result: [String: (id: Int64, project: Project, hasRecords: Bool)] = [:]
        for row in try db.rows("""
            SELECT p.project_id, p.code, p.name, d.name AS dept, p.account, p.kan, p.kou, p.moku, p.start_year, p.end_year,
                   EXISTS (SELECT 1 FROM project_budgets b WHERE b.project_id = p.project_id)
                   OR EXISTS (SELECT 1 FROM project_staff s WHERE s.project_id = p.project_id)
                   OR EXISTS (SELECT 1 FROM project_evaluations e WHERE e.project_id = p.project_id) AS has_records
            FROM projects p JOIN departments d ON d.dept_id = p.dept_id WHERE p.plan_id = ?
            """, [plan.id])
        {
            let code = row.string("code") ?? ""
            result[code] = (row.int64("project_id") ?? 0, Project(
                code: code, name: row.string("name") ?? "", dept: row.string("dept") ?? "", account: row.string("account"),
                kan: row.string("kan"), kou: row.string("kou"), moku: row.string("moku"),
                startYear: row.int("start_year"), endYear: row.int("end_year")), row.int("has_records") == 1)
        }
        for row in try db.rows("""
            SELECT p.code, i.code AS initiative_code, l.share_bp FROM project_links l
            JOIN projects p ON p.project_id = l.project_id JOIN initiatives i ON i.initiative_id = l.initiative_id WHERE p.plan_id = ?
            """, [plan.id])
        {
            result[row.string("code") ?? ""]?.project.links[row.string("initiative_code") ?? ""] = row.int64("share_bp")
        }
        return result
    }

    func apply(_ projects: [Project], dryRun: Bool) throws -> ProjectListReport {
        let db = store.connection
        let before = try stored()
        var initiativeIDs: [String: Int64] = [:]
        for row in try db.rows("""
            SELECT i.initiative_id, i.code FROM initiatives i JOIN directions dr ON dr.direction_id = i.direction_id
            JOIN measures m ON m.measure_id = dr.measure_id JOIN policies p ON p.policy_id = m.policy_id WHERE p.plan_id = ?
            """, [plan.id]) {
            initiativeIDs[row.string("code") ?? ""] = row.int64("initiative_id")
        }
        var added: [String] = [], changed: [String] = [], unchanged = 0
        let revision = try db.prepare("""
            INSERT INTO plan_revisions (plan_id, at, dept_id, actor, item_kind, item_code, field, old_value, new_value)
            VALUES (:plan, \(Recorder.now), (SELECT coordinator_dept_id FROM plans WHERE plan_id = :plan), :actor, 'project', :code, :field, :old, :new)
            """)
        func revise(_ code: String, _ field: String, _ old: String?, _ new: String?) throws {
            revision.reset()
            try revision.bind(plan.id, named: "plan")
            try revision.bind(actor, named: "actor")
            try revision.bind(code, named: "code")
            try revision.bind(field, named: "field")
            try revision.bind(old, named: "old")
            try revision.bind(new, named: "new")
            try revision.run()
        }
        let fieldsSQL = """
            name = :name, dept_id = (SELECT dept_id FROM departments WHERE name = :dept), account = :account, kan = :kan, kou = :kou,
            moku = :moku, start_year = :start_year, end_year = :end_year
            """
        for (seq, project) in projects.enumerated() {
            var values: [String: ValueConvertible?] = ["plan": plan.id, "code": project.code, "seq": seq + 1]
            for (field, value) in project.fields { values[field] = value }
            values["start_year"] = project.startYear
            values["end_year"] = project.endYear
            let id: Int64
            if let old = before[project.code] {
                id = old.id
                let fieldChanges = zip(old.project.fields, project.fields).filter { $0.0.1 != $0.1.1 }
                let linkChanges = Set(old.project.links.keys).union(project.links.keys).sorted(by: CodeOrder.precedes)
                    .filter { old.project.links[$0] != project.links[$0] }
                if fieldChanges.isEmpty, linkChanges.isEmpty {
                    unchanged += 1
                    try db.execute("UPDATE projects SET seq = :seq WHERE project_id = :id", named: ["seq": seq + 1, "id": id])
                    continue
                }
                changed.append(project.code)
                values["id"] = id
                values.removeValue(forKey: "plan")
                values.removeValue(forKey: "code")
                try db.execute("UPDATE projects SET \(fieldsSQL), seq = :seq WHERE project_id = :id", named: values)
                for ((field, oldValue), (_, newValue)) in fieldChanges { try revise(project.code, field, oldValue, newValue) }
                for initiative in linkChanges {
                    try revise(project.code, "link " + initiative,
                               old.project.links[initiative].map(FixedPoint.percentText), project.links[initiative].map(FixedPoint.percentText))
                }
                try db.execute("DELETE FROM project_links WHERE project_id = ?", [id])
            } else {
                added.append(project.code)
                try db.execute("""
                    INSERT INTO projects (plan_id, code, name, dept_id, account, kan, kou, moku, start_year, end_year, seq)
                    VALUES (:plan, :code, :name, (SELECT dept_id FROM departments WHERE name = :dept), :account, :kan, :kou, :moku, :start_year, :end_year, :seq)
                    """, named: values)
                id = db.lastInsertRowID
                try revise(project.code, "added", nil, project.name)
            }
            for (initiative, share) in project.links {
                try db.execute("INSERT INTO project_links (project_id, initiative_id, share_bp) VALUES (?, ?, ?)", [id, initiativeIDs[initiative], share])
            }
        }
        let inFile = Set(projects.map(\.code))
        var removed: [String] = [], kept: [String] = []
        for (code, old) in before.sorted(by: { CodeOrder.precedes($0.key, $1.key) }) where !inFile.contains(code) {
            if old.hasRecords {
                kept.append(code)
                continue
            }
            try db.execute("DELETE FROM project_links WHERE project_id = ?", [old.id])
            try db.execute("DELETE FROM projects WHERE project_id = ?", [old.id])
            try revise(code, "removed", old.project.name, nil)
            removed.append(code)
        }
        return ProjectListReport(added: added, changed: changed, unchanged: unchanged, removed: removed, kept: kept, dryRun: dryRun)
    }
}
