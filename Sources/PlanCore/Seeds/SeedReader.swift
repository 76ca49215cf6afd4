import Foundation
import Yams

/// Reads a seed folder (plan.yaml, vocabularies.yaml, sdgs.yaml, policies/*.yaml) into a
/// `SeedPlan`, checking everything it can without a database. All problems are collected and
/// thrown together as `SeedValidationError`.
public struct SeedReader {
    let files: [PlanFile]
    let issues = SeedIssues()

    public init(files: [PlanFile]) { self.files = files }

    /// The seeds compiled into the binary.
    public static func embedded() -> SeedReader { SeedReader(files: EmbeddedPlanFiles.files(in: "Seeds")) }

    /// The seeds in a folder on disk.
    public static func folder(_ path: String) throws -> SeedReader {
        SeedReader(files: try PlanFile.read(folder: path, extensions: ["yaml", "yml"]))
    }

    public func read() throws -> SeedPlan {
        let plan = readAll()
        guard issues.isEmpty, let plan else { throw SeedValidationError(issues: issues.sorted) }
        return plan
    }

    // MARK: Files

    private func document(_ path: String, required: Bool = true) -> (file: String, node: Node)? {
        guard let file = files.first(where: { $0.path == path }) else {
            if required { issues.add(path, 0, 0, .seedFileMissing(path)) }
            return nil
        }
        return parse(file)
    }

    private func parse(_ file: PlanFile) -> (file: String, node: Node)? {
        do {
            guard let node = try Yams.compose(yaml: file.text) else {
                issues.add(file.path, 1, 1, .seedFileEmpty)
                return nil
            }
            return (file.path, node)
        } catch let error as YamlError {
            let (line, column, problem) = Self.location(of: error)
            issues.add(file.path, line, column, .seedYAMLInvalid(problem))
            return nil
        } catch {
            issues.add(file.path, 0, 0, .seedYAMLUnreadable("\(error)"))
            return nil
        }
    }

    static func location(of error: YamlError) -> (Int, Int, String) {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            return (mark.line, mark.column, problem)
        case .reader(let problem, _, _, _):
            return (1, 1, problem)
        default:
            return (1, 1, "\(error)")
        }
    }

    // MARK: The whole plan

    private func readAll() -> SeedPlan? {
        guard let planDoc = document("plan.yaml"), var root = YAMLObject(planDoc.node, file: planDoc.file, issues: issues, what: .seedPartFile("plan.yaml")) else {
            return nil
        }
        var plan = SeedPlan()
        if var header = root.object("plan", what: .seedPartPlanHeader) {
            plan.origin = header.origin(fields: ["code", "coordinator", "budget_dept", "municipality_code", "end_year"])
            plan.code = header.string("code", example: "katori-2-kouki") ?? ""
            if !plan.code.isEmpty, plan.code.wholeMatch(of: /[a-z0-9][a-z0-9-]*/) == nil {
                header.report(header.value("code"), .seedPlanCode(plan.code))
            }
            plan.name = header.string("name", example: "第2次総合計画 後期基本計画") ?? ""
            plan.municipality = header.string("municipality", example: "○○市") ?? ""
            plan.startYear = header.int("start_year", example: "2023") ?? 0
            plan.endYear = header.int("end_year", example: "2027") ?? 0
            plan.defaultBaselineYear = header.int("default_baseline_year", example: "2022") ?? 0
            plan.coordinator = header.string("coordinator", example: "総務課") ?? ""
            plan.budgetDept = header.optionalString("budget_dept", example: "財政課")
            plan.visionLabel = header.optionalString("vision_label", example: "5年後の目指す姿") ?? SeedPlan.defaultVisionLabel
            plan.municipalityCode = header.optionalCode("municipality_code", example: "\"122360\"")
            header.finish()
        }
        for node in root.list("outlines", required: true) {
            guard var item = YAMLObject(node, file: planDoc.file, issues: issues, what: .seedPartOutline) else { continue }
            let outline = SeedOutline(
                origin: item.origin(fields: ["code"]),
                code: item.code("code", example: "\"6\"") ?? "",
                section: item.optionalString("section", example: "8節") ?? "",
                title: item.string("title", example: "市民参画・行政の取組") ?? "")
            plan.outlines.append(outline)
            item.finish()
        }
        for node in root.list("departments", required: true) {
            guard var item = YAMLObject(node, file: planDoc.file, issues: issues, what: .seedPartDepartment) else { continue }
            let name = item.string("name", example: "総務課") ?? ""
            let kind = item.optionalString("kind", example: "group") ?? "department"
            if !["department", "group"].contains(kind) {
                item.report(item.value("kind"), .seedDepartmentKind(kind))
            }
            plan.departments.append(SeedDepartment(origin: item.origin(fields: []), name: name, kind: kind))
            item.finish()
        }
        root.finish()

        readVocabularies(into: &plan)
        readSDGs(into: &plan)
        let policyFiles = files.filter { $0.path.hasPrefix("policies/") }
        if policyFiles.isEmpty { issues.add("policies/", 0, 0, .seedNoPolicyFiles) }
        for file in policyFiles {
            guard let doc = parse(file), let policy = PolicyReader(file: doc.file, plan: plan, issues: issues).read(doc.node) else { continue }
            plan.policies.append(policy)
        }
        plan.policies.sort { CodeOrder.precedes($0.code, $1.code) }
        SeedPlanCheck(plan: plan, issues: issues).run()
        return plan
    }

    private func readVocabularies(into plan: inout SeedPlan) {
        guard let doc = document("vocabularies.yaml"), var root = YAMLObject(doc.node, file: doc.file, issues: issues, what: .seedPartFile("vocabularies.yaml")) else { return }
        func terms(_ key: String, nameKey: String, example: String) -> [SeedTerm] {
            var result: [SeedTerm] = []
            for node in root.list(key, required: true) {
                guard var item = YAMLObject(node, file: doc.file, issues: issues, what: .seedPartEntry(key)) else { continue }
                let term = SeedTerm(name: item.string(nameKey, example: example) ?? "", meaning: item.string("meaning", example: "…") ?? "")
                if result.contains(where: { $0.name == term.name }) { item.report(nil, .seedTermTwice(term.name, list: key)) }
                result.append(term)
                item.finish()
            }
            return result
        }
        plan.grades = terms("grades", nameKey: "grade", example: "A")
        plan.nextDirections = terms("next_directions", nameKey: "name", example: "継続")
        let phasesNode = root.value("phases")
        plan.phases = phasesNode == nil ? SeedPlan.defaultPhases : root.strings("phases", example: "体制")
        if plan.phases.isEmpty || Set(plan.phases).count != plan.phases.count {
            root.report(phasesNode, .seedPhasesList)
        }
        root.finish()
    }

    private func readSDGs(into plan: inout SeedPlan) {
        guard let doc = document("sdgs.yaml", required: false), var root = YAMLObject(doc.node, file: doc.file, issues: issues, what: .seedPartFile("sdgs.yaml")) else { return }
        for node in root.list("goals", required: true) {
            guard var item = YAMLObject(node, file: doc.file, issues: issues, what: .seedPartGoal) else { continue }
            let goal = SeedSDGGoal(
                no: item.int("no", example: "1") ?? 0, label: item.string("label", example: "貧困") ?? "",
                title: item.string("title", example: "あらゆる場所あらゆる形態の貧困を終わらせる") ?? "")
            if !(1...17).contains(goal.no) { item.report(item.value("no"), .seedGoalRange(goal.no)) }
            if plan.sdgGoals.contains(where: { $0.no == goal.no }) { item.report(nil, .seedGoalTwice(goal.no)) }
            plan.sdgGoals.append(goal)
            item.finish()
        }
        plan.sdgGoals.sort { $0.no < $1.no }
        root.finish()
    }
}
