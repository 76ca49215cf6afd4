import Foundation
import SQLiteDB

/// Reads one plan of a database back into the plan model, through the reporting views, so that
/// `plan export` writes what is loaded in either form of the seeds. What the database does not
/// keep is not in the result: a 旧コード (applied at import) and notes under a target cell.
///
/// Printed numbers are stored as REAL (95.10 as 95.1); the decimal string is taken back from the
/// printed text, whose number it is (the seed check made sure of that): `95.10%` gives `95.10`.
public struct PlanExtract {
    let db: Database
    let planCode: String

    public init(_ store: PlanDatabase, planCode: String) {
        self.db = store.connection
        self.planCode = planCode
    }

    public func read() throws -> SeedPlan {
        let arguments: [ValueConvertible?] = [planCode]
        guard let header = try db.rows("SELECT * FROM v_plans WHERE plan_code = ?", arguments).first else {
            let held = try db.rows("SELECT code FROM plans ORDER BY start_year, code").compactMap { $0.string("code") }.joined(separator: ", ")
            throw PlanError(.planExportUnknownPlan(planCode, held: held), advice: .planExportUnknownPlanAdvice)
        }
        var plan = SeedPlan(
            code: planCode, name: header.string("name") ?? "", municipality: header.string("municipality") ?? "",
            municipalityCode: header.string("municipality_code"), startYear: header.int("start_year") ?? 0,
            endYear: header.int("end_year") ?? 0, defaultBaselineYear: header.int("default_baseline_year") ?? 0,
            coordinator: header.string("coordinator") ?? "", budgetDept: header.string("budget_dept"))
        plan.visionLabel = header.string("vision_label") ?? SeedPlan.defaultVisionLabel
        plan.departments = try departments().map { SeedDepartment(name: $0.string("name") ?? "", kind: $0.string("kind") ?? "department") }
        for row in try db.rows("SELECT kind, term, meaning FROM v_plan_vocabularies WHERE plan_code = ? ORDER BY kind, seq", arguments) {
            let term = row.string("term") ?? "", meaning = row.string("meaning") ?? ""
            switch row.string("kind") {
            case "grade": plan.grades.append(SeedTerm(name: term, meaning: meaning))
            case "next_direction": plan.nextDirections.append(SeedTerm(name: term, meaning: meaning))
            default: plan.phases.append(term)
            }
        }
        plan.outlines = try db.rows("""
            SELECT o.code, o.section, o.title FROM outlines o JOIN plans p USING (plan_id) WHERE p.code = ? ORDER BY CAST(o.code AS INTEGER), o.code
            """, arguments).map { SeedOutline(code: $0.string("code") ?? "", section: $0.string("section") ?? "", title: $0.string("title") ?? "") }
        plan.sdgGoals = try db.rows("SELECT no, label, title FROM sdg_goals ORDER BY no").map {
            SeedSDGGoal(no: $0.int("no") ?? 0, label: $0.string("label") ?? "", title: $0.string("title") ?? "")
        }
        plan.policies = try policies()
        return plan
    }

    /// The departments this plan names; all of them when the file holds this plan alone (a
    /// department may be listed that no item names yet).
    private func departments() throws -> [Row] {
        if try db.scalar("SELECT count(*) FROM plans WHERE code <> ?", [planCode]).int64 == 0 {
            return try db.rows("SELECT name, kind FROM departments ORDER BY seq, dept_id")
        }
        return try db.rows("""
            WITH named (name) AS (
                SELECT coordinator FROM v_plans WHERE plan_code = :plan UNION SELECT budget_dept FROM v_plans WHERE plan_code = :plan
                UNION SELECT lead_dept FROM v_policies WHERE plan_code = :plan
                UNION SELECT dept FROM v_policy_related_depts WHERE plan_code = :plan
                UNION SELECT source_dept FROM v_indicators WHERE plan_code = :plan)
            SELECT d.name, d.kind FROM departments d WHERE d.name IN (SELECT name FROM named) ORDER BY d.seq, d.dept_id
            """, named: ["plan": planCode])
    }

    private func grouped(_ sql: String, by key: String) throws -> [String: [Row]] {
        Dictionary(grouping: try db.rows(sql, [planCode]), by: { $0.string(key) ?? "" })
    }

    private func policies() throws -> [SeedPolicy] {
        let related = try grouped("SELECT policy_code, dept FROM v_policy_related_depts WHERE plan_code = ? ORDER BY policy_code, seq", by: "policy_code")
        let relatedPlans = try grouped("SELECT policy_code, name, period FROM v_related_plans WHERE plan_code = ? ORDER BY policy_code, seq", by: "policy_code")
        let measures = try grouped("SELECT measure_code, policy_code, no, title FROM v_measures WHERE plan_code = ? ORDER BY policy_code, no", by: "policy_code")
        let challenges = try grouped("SELECT measure_code, no, text FROM v_challenges WHERE plan_code = ? ORDER BY measure_code, no", by: "measure_code")
        let directions = try grouped(
            "SELECT direction_code, measure_code, no, title, text, is_priority FROM v_directions WHERE plan_code = ? ORDER BY measure_code, no", by: "measure_code")
        let initiatives = try grouped(
            "SELECT initiative_code, direction_code, title, is_reprint, reprint_of FROM v_initiatives WHERE plan_code = ? ORDER BY direction_code, position",
            by: "direction_code")
        let actions = try grouped(
            "SELECT initiative_code, phase, seq, text FROM v_initiative_actions WHERE plan_code = ? ORDER BY initiative_code, phase_order, seq", by: "initiative_code")
        let indicators = try grouped("SELECT * FROM v_indicators WHERE plan_code = ? ORDER BY policy_code, position", by: "policy_code")
        let targets = try grouped(
            "SELECT indicator_code, fiscal_year, target_text, target_value FROM v_indicator_targets WHERE plan_code = ? ORDER BY indicator_code, fiscal_year",
            by: "indicator_code")

        return try db.rows("SELECT * FROM v_policies WHERE plan_code = ? ORDER BY sort_key", [planCode]).map { row in
            let code = row.string("policy_code") ?? ""
            return SeedPolicy(
                code: code, outlineCode: row.string("outline_code") ?? "", title: row.string("title") ?? "", leadDept: row.string("lead_dept") ?? "",
                relatedDepts: (related[code] ?? []).map { $0.string("dept") ?? "" }, vision: row.string("vision") ?? "",
                measures: (measures[code] ?? []).map { measure in
                    let measureCode = measure.string("measure_code") ?? ""
                    return SeedMeasure(
                        no: measure.int("no") ?? 0, code: measureCode, title: measure.string("title") ?? "",
                        challenges: (challenges[measureCode] ?? []).map { SeedChallenge(no: $0.int("no") ?? 0, text: $0.string("text") ?? "") },
                        directions: (directions[measureCode] ?? []).map { direction in
                            let directionCode = direction.string("direction_code") ?? ""
                            return SeedDirection(
                                no: direction.int("no") ?? 0, code: directionCode, title: direction.string("title") ?? "",
                                text: direction.string("text") ?? "", isPriority: direction.int("is_priority") == 1,
                                initiatives: (initiatives[directionCode] ?? []).enumerated().map { offset, initiative in
                                    let initiativeCode = initiative.string("initiative_code") ?? ""
                                    let isReprint = initiative.int("is_reprint") == 1
                                    return SeedInitiative(
                                        position: offset + 1, code: initiativeCode, oldCode: nil, title: initiative.string("title") ?? "",
                                        isReprint: isReprint,
                                        reprintOf: isReprint ? initiative.string("reprint_of").map { .initiative($0) } ?? .outside : nil,
                                        actions: (actions[initiativeCode] ?? []).map {
                                            SeedAction(phase: $0.string("phase") ?? "", seq: $0.int("seq") ?? 0, text: $0.string("text") ?? "")
                                        })
                                })
                        })
                },
                indicators: (indicators[code] ?? []).enumerated().map { offset, indicator in
                    let indicatorCode = indicator.string("indicator_code") ?? ""
                    let baselineText = indicator.string("baseline_text") ?? ""
                    return SeedIndicator(
                        no: offset + 1, code: indicatorCode, measureCode: indicator.string("measure_code") ?? "", name: indicator.string("name") ?? "",
                        description: indicator.string("description") ?? "", sourceDept: indicator.string("source_dept") ?? "",
                        isKPI: indicator.int("is_kpi") == 1, unit: indicator.string("unit") ?? "", direction: indicator.string("direction") ?? "",
                        note: indicator.string("note"),
                        baseline: SeedCell(
                            year: indicator.int("baseline_year") ?? 0, text: baselineText,
                            value: Self.decimal(indicator.double("baseline_value"), printed: baselineText), note: indicator.string("baseline_note")),
                        targets: (targets[indicatorCode] ?? []).map { target in
                            let text = target.string("target_text") ?? ""
                            return SeedCell(
                                year: target.int("fiscal_year") ?? 0, text: text, value: Self.decimal(target.double("target_value"), printed: text), note: nil)
                        })
                },
                relatedPlans: (relatedPlans[code] ?? []).map { SeedRelatedPlan(name: $0.string("name") ?? "", period: $0.string("period") ?? "") })
        }
    }

    /// The decimal string of a stored number: the number of the printed text that equals it
    /// (`95.10%` and 95.1 give `95.10`), else the shortest form of the number.
    static func decimal(_ value: Double?, printed: String) -> String? {
        guard let value else { return nil }
        for match in PolicyReader.digits(of: printed).matches(of: /-?[0-9]+(\.[0-9]+)?/) {
            let text = String(match.output.0)
            if Double(text) == value { return text }
        }
        var shortest = String(format: "%.10f", value)
        while shortest.hasSuffix("0") { shortest.removeLast() }
        if shortest.hasSuffix(".") { shortest.removeLast() }
        return shortest
    }
}

/// What `plandb plan export` writes: the plan chosen in the database, or the embedded plan when
/// there is no database file or it holds no plan.
public enum PlanExport {
    public enum Format: String, Sendable {
        case xlsx, yaml
    }

    /// `--format` when given, else xlsx (a folder is asked for with `--format yaml`).
    public static func format(_ text: String?) throws -> Format {
        guard let text else { return .xlsx }
        guard let format = Format(rawValue: text.lowercased()) else {
            throw PlanError(.planExportFormat(text), advice: .planExportFormatAdvice)
        }
        return format
    }

    /// The plan to export and whether it is the embedded one.
    public static func plan(databasePath: String, planCode: String?) throws -> (plan: SeedPlan, embedded: Bool) {
        guard FileManager.default.fileExists(atPath: databasePath) else { return (try SeedSource.embedded.plan(), true) }
        let store = try PlanDatabase.open(path: databasePath, access: .read)
        try store.requireCurrentSchema(try Migrator.embedded())
        if try store.connection.scalar("SELECT count(*) FROM plans").int64 == 0 { return (try SeedSource.embedded.plan(), true) }
        let code = try PlanRef.choose(store, code: planCode).code
        return (try PlanExtract(store, planCode: code).read(), false)
    }
}
