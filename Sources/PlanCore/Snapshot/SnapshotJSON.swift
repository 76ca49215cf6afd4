/// The snapshot as one JSON document, written item by item in the layout it always had (one
/// line per indicator and initiative).
final class SnapshotJSON<Source: SnapshotSource>: SnapshotVisitor {
    let source: Source
    let write: (String) -> Void
    private var firstPolicy = true
    private var firstItem = true

    init(source: Source, write: @escaping (String) -> Void) {
        self.source = source
        self.write = write
    }

    func string(_ text: String?) -> String { text.map(CellText.jsonString) ?? "null" }
    func number(_ value: Double?) -> String { value.map { CellText.json(.real($0)) } ?? "null" }
    func bool(_ value: Bool?) -> String { value.map { $0 ? "true" : "false" } ?? "null" }

    func render() throws {
        let info = source.info, plan = source.plan
        var out = "{\n"
        out += "  \"plan\": {\"code\": \(string(plan.code)), \"name\": \(string(plan.name)), \"municipality\": \(string(plan.municipality))},\n"
        out += "  \"fiscal_year\": \(info.fiscalYear), \"version\": \(info.version), \"created_at\": \(string(info.createdAt)), \"created_by\": \(string(info.createdBy)),\n"
        out += "  \"note\": \(string(info.note)), \"missing\": \(info.missing), \"sha256\": \(string(info.sha256)),\n"
        out += "  \"policies\": [\n"
        write(out)
        try source.walk(self)
        write("\n  ]" + (try projectsJSON()) + "\n}\n")
    }

    /// The separator before an item of a list: none before the first.
    private func item(_ text: String) {
        write(firstItem ? text : ",\n" + text)
        firstItem = false
    }

    func policy(_ policy: SnapshotDocument.Policy) {
        var text = firstPolicy ? "" : ",\n"
        firstPolicy = false
        text += "    {\"code\": \(string(policy.code)), \"title\": \(string(policy.title)), \"lead_dept\": \(string(policy.leadDept)), \"vision\": \(string(policy.vision)),\n"
        text += "     \"first_review\": {\"grade\": \(string(policy.firstGrade)), \"comment\": \(string(policy.firstComment))},\n"
        text += "     \"second_review\": {\"grade\": \(string(policy.secondGrade)), \"comment\": \(string(policy.secondComment))},\n"
        write(text + "     \"indicators\": [\n")
        firstItem = true
    }

    func indicator(_ indicator: SnapshotDocument.Indicator) {
        let targets = indicator.targets.map { "{\"year\": \($0.year), \"text\": \(string($0.text)), \"value\": \(number($0.value))}" }.joined(separator: ", ")
        item("       {\"code\": \(string(indicator.code)), \"name\": \(string(indicator.name)), \"unit\": \(string(indicator.unit)), \"source_dept\": \(string(indicator.sourceDept)), \"kpi\": \(bool(indicator.isKPI)), \"direction\": \(string(indicator.direction)), "
            + "\"baseline\": {\"year\": \(indicator.baselineYear), \"text\": \(string(indicator.baselineText)), \"value\": \(number(indicator.baselineValue))}, \"targets\": [\(targets)], "
            + "\"target\": {\"basis\": \(string(indicator.targetBasis)), \"text\": \(string(indicator.targetText)), \"value\": \(number(indicator.targetValue))}, "
            + "\"actual\": {\"text\": \(string(indicator.valueText)), \"value\": \(number(indicator.value))}, \"achieved\": \(bool(indicator.achieved)), \"progress_pct\": \(number(indicator.progress))}")
    }

    func initiatives(of policy: SnapshotDocument.Policy) {
        write("\n     ],\n     \"initiatives\": [\n")
        firstItem = true
    }

    func reprintOf(_ initiative: SnapshotDocument.Initiative) -> String {
        switch initiative.reprintOrigin {
        case .original(let code, let dept)?: return "{\"code\": \(string(code)), \"dept\": \(string(dept)), \"outside_plan\": false, \"note\": \(string(initiative.reprintMark))}"
        case .outsidePlan?: return "{\"code\": null, \"dept\": null, \"outside_plan\": true, \"note\": \(string(initiative.reprintMark))}"
        case nil: return "null"
        }
    }

    func initiative(_ initiative: SnapshotDocument.Initiative) {
        item("       {\"code\": \(string(initiative.code)), \"direction\": \(string(initiative.directionTitle)), \"priority\": \(bool(initiative.isPriority)), \"title\": \(string(initiative.title)), \"reprint\": \(bool(initiative.isReprint)), \"reprint_of\": \(reprintOf(initiative)), "
            + "\"grade\": \(string(initiative.grade)), \"next_direction\": \(string(initiative.nextDirection)), \"result\": \(string(initiative.result)), \"challenge\": \(string(initiative.challenge))}")
    }

    func endPolicy(_ policy: SnapshotDocument.Policy) { write("\n     ]}") }
}

extension SnapshotJSON {
    /// `"projects"` and `"costs"` (千円, integers), after the policies; nothing when none were frozen.
    func projectsJSON() throws -> String {
        let section = try source.projects()
        guard !section.isEmpty else { return "" }
        func integer(_ value: Int64?) -> String { value.map { String($0) } ?? "null" }
        let projects = section.projects.map { project in
            let links = project.links.map { "{\"initiative\": \(string($0.initiative)), \"share_pct\": \(FixedPoint.percentText($0.shareBP))}" }.joined(separator: ", ")
            let staff = project.staff.map { "{\"kind\": \(string($0.kind)), \"person_years\": \($0.personYears), \"rate\": \(integer($0.rate))}" }.joined(separator: ", ")
            return "    {\"code\": \(string(project.code)), \"name\": \(string(project.name)), \"dept\": \(string(project.dept)), \"links\": [\(links)], "
                + "\"budget\": \(integer(project.budget)), \"settled\": \(integer(project.settled)), \"specific_revenue\": \(integer(project.specificRevenue)), "
                + "\"personnel_cost\": \(integer(project.personnelCost)), \"project_cost\": \(integer(project.projectCost)), \"full_cost\": \(integer(project.fullCost)), "
                + "\"general_revenue\": \(integer(project.generalRevenue)), \"basis\": \(string(project.basis)), \"staff\": [\(staff)], "
                + "\"grade\": \(string(project.grade)), \"next_direction\": \(string(project.nextDirection)), \"result\": \(string(project.result)), \"challenge\": \(string(project.challenge))}"
        }
        let costs = section.costs.map { cost in
            "    {\"level\": \(string(cost.level)), \"code\": \(string(cost.code)), \"budget\": \(integer(cost.budget)), \"settled\": \(integer(cost.settled)), "
                + "\"personnel_cost\": \(integer(cost.personnelCost)), \"full_cost\": \(integer(cost.fullCost)), \"general_revenue\": \(integer(cost.generalRevenue)), \"projects\": \(cost.projects)}"
        }
        return ",\n  \"unit\": \"千円\",\n  \"projects\": [\n" + projects.joined(separator: ",\n") + "\n  ],\n  \"costs\": [\n" + costs.joined(separator: ",\n") + "\n  ]"
    }
}
