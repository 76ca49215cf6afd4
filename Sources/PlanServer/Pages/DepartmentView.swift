import PlanCore
import SQLiteDB

/// Everything the department page shows for one year, read in one go, turned into the
/// template's values.
struct DepartmentView: Sendable {
    let dept: String
    let year: Int
    let items: [ReportItem]
    let grades: [(grade: String, meaning: String)]
    let nextDirections: [String]
    let progress: DeptProgress?
    let locked: Bool
    /// The department's projects of the year, and the staff kinds the year has a rate for.
    let projects: [ProjectYear]
    let ratedKinds: [String]
    let coordinator: String

    static func load(_ store: PlanDatabase, plan: PlanRef, dept: String, year: Int) throws -> DepartmentView {
        let vocabularies = Vocabularies(store, plan: plan)
        let completion = Completion(store, plan: plan)
        return DepartmentView(
            dept: dept, year: year, items: try DepartmentYear(store, plan: plan).items(dept: dept, year: year),
            grades: try vocabularies.grades(), nextDirections: try vocabularies.nextDirections().map(\.name),
            progress: try completion.progress(try completion.status(year: year, dept: dept), year: year).first,
            locked: try Submissions(store, plan: plan).isLocked(year: year),
            projects: try Projects(store, plan: plan).entries(year: year, dept: dept), ratedKinds: try kindsRated(store, plan: plan, year: year),
            coordinator: plan.coordinator)
    }

    /// The staff kinds with a rate for `year`: the 人工 a project's year can record.
    static func kindsRated(_ store: PlanDatabase, plan: PlanRef, year: Int) throws -> [String] {
        let rates = try StaffRates(store, plan: plan).list()
        guard let yearColumn = rates.columns.firstIndex(of: "fiscal_year"), let kindColumn = rates.columns.firstIndex(of: "kind") else { return [] }
        return rates.rows.filter { $0[yearColumn] == .integer(Int64(year)) }.map { CellTextBridge.text($0[kindColumn]) }
    }

    static func kindLabel(_ item: ReportItem) -> String {
        switch (item.kind, item.stage) {
        case (.indicator, _): return "実績値"
        case (.initiative, _): return "取組評価"
        case (.policy, .second?): return "二次評価"
        case (.policy, _): return "一次評価"
        }
    }

    /// Last year's entry; an indicator's value as every report prints it (512,345千円).
    static func lastYear(_ item: ReportItem) -> String? {
        item.kind == .indicator ? FigureText.recorded(item.lastYear, unit: item.unit ?? "") : item.lastYear
    }

    /// The template's values; after a failed save, `attempt` puts the values sent and the error
    /// back beside their item.
    func values(attempt: PageRoutes.Attempt?, saved: String?, savedProject: String? = nil, csrf: String) -> [String: Any] {
        let rows: [[String: Any]] = items.map { item in
            let current = Dictionary(uniqueKeysWithValues: (item.current ?? []).map { ($0.name, $0.value ?? "") })
            let key = Self.itemKey(item.code, stage: item.stage?.rawValue)
            let retry = attempt.flatMap { !$0.isProject && Self.itemKey($0.code, stage: $0.fields["stage"]) == key ? $0 : nil }
            func value(_ name: String) -> String { retry?.fields[name] ?? current[name] ?? "" }
            var row: [String: Any] = Mustached.compact([
                "kind": item.kind.rawValue, "kindLabel": Self.kindLabel(item), "code": item.code, "key": key, "name": item.name,
                "unit": item.unit, "baseline": item.baseline ?? "", "target": item.target ?? "", "lastYear": Self.lastYear(item) ?? "",
                "isIndicator": item.kind == .indicator, "isInitiative": item.kind == .initiative,
                "value": value("value"), "note": value("note"), "result": value("result"), "challenge": value("challenge"), "comment": value("comment"),
                "grades": grades.map { ["grade": $0.grade, "meaning": $0.meaning, "selected": value("grade").uppercased() == $0.grade] as [String: Any] },
                "nexts": nextDirections.map { ["name": $0, "selected": value("next") == $0] as [String: Any] },
                "saved": saved == item.code && retry == nil, "year": year, "csrf": csrf,
            ])
            if let stage = item.stage { row["stage"] = stage.rawValue }
            if let retry {
                row["error"] = retry.error
                // The field the error is about points to it (aria-describedby) and is marked invalid.
                row[(retry.field ?? "value") + "Error"] = true
            }
            return row
        }
        let state = progress?.submission
        // An item that is not on the page (a form altered by hand): its error goes on top.
        let unplaced = attempt.flatMap { attempt in
            let placed = !attempt.isProject ? items.contains { $0.code == attempt.code } : projects.contains { $0.code == attempt.code }
            return placed ? nil : attempt.error
        }
        return Mustached.compact([
            "alert": unplaced, "errorSummary": unplaced == nil ? attempt.map(Self.errorSummary) : nil, "csrf": csrf,
            "dept": dept, "year": year, "yearLabel": FiscalYear.label(year), "items": rows, "locked": locked,
            "state": state?.state.rawValue ?? SubmissionState.State.notSubmitted.rawValue,
            "stateDetail": state.flatMap { state in state.at.map { "\(JapanTime.display($0)) \(state.actor ?? "")" + (state.reason.map { " 理由: \($0)" } ?? "") } },
            "required": progress?.required ?? 0, "entered": progress?.entered ?? 0, "missing": progress?.missing ?? 0,
            "projects": projectRows(attempt: attempt, saved: savedProject, csrf: csrf), "hasProjects": !projects.isEmpty,
            "ratedKinds": ratedKinds.isEmpty ? nil : ratedKinds.joined(separator: "、"), "coordinator": coordinator,
        ])
    }

    /// What tells an item's row and fields apart on the page (their ids): the code, and for a
    /// policy's 二次評価, which the coordinator's page lists beside its 一次評価, `-2` after it.
    static func itemKey(_ code: String, stage: String?) -> String {
        stage == Recorder.Stage.second.rawValue ? code + "-2" : code
    }

    /// The error of a failed save on top of the page, linked to the field it is about, so that
    /// it is announced and a keyboard reaches the field in one step.
    static func errorSummary(_ attempt: PageRoutes.Attempt) -> [String: String] {
        let target: String
        switch (attempt.isProject, attempt.field) {
        case (true, nil): target = "project-\(attempt.code)-error"
        case (true, "staff"?): target = "project-\(attempt.code)-staff-0"
        case (true, let field?): target = "project-\(attempt.code)-\(field)"
        case (false, let field): target = "item-\(itemKey(attempt.code, stage: attempt.fields["stage"]))-\(field ?? "value")"
        }
        return ["text": attempt.error, "target": target]
    }

    /// Each project's row: its figures read-only, and its form with one 人工 field per rated
    /// kind, the evaluation's drop-downs and texts; after a failed save, the values sent and the
    /// error beside the field it is about (the whole form's when it is about none).
    func projectRows(attempt: PageRoutes.Attempt?, saved: String?, csrf: String) -> [[String: Any]] {
        projects.map { project in
            let retry = attempt?.code == project.code && attempt?.isProject == true ? attempt : nil
            let current = ["grade": project.grade, "next": project.nextDirection, "result": project.result, "challenge": project.challenge]
            func value(_ name: String) -> String { retry?.fields[name] ?? current[name].flatMap { $0 } ?? "" }
            let errorField = retry?.field
            func error(_ field: ProjectEntry.Field) -> String? { errorField == field.rawValue ? retry?.error : nil }
            return Mustached.compact([
                "code": project.code, "name": project.name, "year": year, "csrf": csrf,
                "budget": project.budget.map(String.init) ?? "", "settled": project.settled.map(String.init) ?? "",
                "personnelCost": project.personnelCost.map(String.init) ?? "", "fullCost": project.fullCost.map(String.init) ?? "",
                "generalRevenue": project.generalRevenue.map(String.init) ?? "",
                "basisSettled": project.basis == "settled", "basisBudget": project.basis == "budget",
                "staff": ratedKinds.enumerated().map { index, kind in
                    ["kind": kind, "index": index, "value": retry?.fields["staff:" + kind] ?? project.personYears(kind) ?? ""] as [String: Any]
                },
                "grades": grades.map { ["grade": $0.grade, "meaning": $0.meaning, "selected": value("grade").uppercased() == $0.grade] as [String: Any] },
                "nexts": nextDirections.map { ["name": $0, "selected": value("next") == $0] as [String: Any] },
                "result": value("result"), "challenge": value("challenge"),
                "saved": saved == project.code && retry == nil,
                "staffError": error(.staff), "gradeError": error(.grade), "nextError": error(.next), "resultError": error(.result),
                "challengeError": error(.challenge), "formError": retry != nil && errorField == nil ? retry?.error : nil,
            ])
        }
    }
}

/// Template values: Mustache would print a missing optional as "nil", so missing values are
/// left out, and a section on them renders nothing.
enum Mustached {
    static func compact(_ values: [String: Any?]) -> [String: Any] {
        values.compactMapValues { $0 }
    }
}

/// A database value as the pages show it.
enum CellTextBridge {
    static func text(_ value: Value) -> String {
        switch value {
        case .null: return ""
        case .integer(let number): return String(number)
        case .real(let number): return String(number)
        case .text(let text): return text
        case .blob(let data): return "\(data.count) bytes"
        }
    }
}
