import Foundation

/// Writes a plan as a seed folder in the form `SeedReader` reads (Seeds/README.md): plan.yaml,
/// vocabularies.yaml, sdgs.yaml and policies/CODE.yaml. Every text is a double-quoted scalar (the
/// JSON form of a string, which YAML reads as it is), so no text can be taken for a number, a
/// boolean or YAML syntax.
public struct PlanYAMLWriter {
    let plan: SeedPlan

    public init(plan: SeedPlan) { self.plan = plan }

    /// The first line of plan.yaml: how a folder this command wrote is recognised.
    static let marker = "# Written by `plandb plan export --format yaml`"

    /// Every file, by its path inside the folder.
    public func files() -> [(path: String, text: String)] {
        var files = [("plan.yaml", planFile()), ("vocabularies.yaml", vocabularyFile())]
        if !plan.sdgGoals.isEmpty { files.append(("sdgs.yaml", sdgFile())) }
        for policy in plan.policies { files.append(("policies/\(policy.code).yaml", policyFile(policy))) }
        return files
    }

    // MARK: Files

    private func planFile() -> String {
        var out = Lines()
        out.add(Self.marker + ": \(plan.municipality) \(plan.name)")
        out.add("plan:")
        out.add("  code: \(q(plan.code))")
        out.add("  name: \(q(plan.name))")
        out.add("  municipality: \(q(plan.municipality))")
        if let code = plan.municipalityCode { out.add("  municipality_code: \(q(code))") }
        out.add("  start_year: \(plan.startYear)")
        out.add("  end_year: \(plan.endYear)")
        out.add("  default_baseline_year: \(plan.defaultBaselineYear)")
        out.add("  coordinator: \(q(plan.coordinator))")
        if let budget = plan.budgetDept { out.add("  budget_dept: \(q(budget))") }
        if plan.visionLabel != SeedPlan.defaultVisionLabel { out.add("  vision_label: \(q(plan.visionLabel))") }
        out.add("")
        out.add("outlines:")
        for outline in plan.outlines {
            out.add("  - code: \(q(outline.code))")
            if !outline.section.isEmpty { out.add("    section: \(q(outline.section))") }
            out.add("    title: \(q(outline.title))")
        }
        out.add("")
        out.add("departments:")
        for dept in plan.departments {
            out.add("  - name: \(q(dept.name))")
            if dept.kind != "department" { out.add("    kind: \(q(dept.kind))") }
        }
        return out.text
    }

    private func vocabularyFile() -> String {
        var out = Lines()
        out.add("grades:")
        for grade in plan.grades { out.add("  - {grade: \(q(grade.name)), meaning: \(q(grade.meaning))}") }
        out.add("next_directions:")
        for term in plan.nextDirections { out.add("  - {name: \(q(term.name)), meaning: \(q(term.meaning))}") }
        out.add("phases: \(list(plan.phases))")
        return out.text
    }

    private func sdgFile() -> String {
        var out = Lines()
        out.add("goals:")
        for goal in plan.sdgGoals {
            out.add("  - no: \(goal.no)")
            out.add("    label: \(q(goal.label))")
            out.add("    title: \(q(goal.title))")
        }
        return out.text
    }

    private func policyFile(_ policy: SeedPolicy) -> String {
        var out = Lines()
        out.add("code: \(q(policy.code))")
        out.add("title: \(q(policy.title))")
        out.add("lead_dept: \(q(policy.leadDept))")
        out.add("related_depts: \(list(policy.relatedDepts))")
        out.add("vision: \(q(policy.vision))")
        out.add("measures:")
        for measure in policy.measures {
            out.add("  - code: \(q(measure.code))")
            out.add("    title: \(q(measure.title))")
            out.add("    challenges:" + (measure.challenges.isEmpty ? " []" : ""))
            for challenge in measure.challenges { out.add("      - {no: \(challenge.no), text: \(q(challenge.text))}") }
            out.add("    directions:" + (measure.directions.isEmpty ? " []" : ""))
            for direction in measure.directions {
                out.add("      - code: \(q(direction.code))")
                out.add("        title: \(q(direction.title))")
                out.add("        priority: \(direction.isPriority)")
                out.add("        text: \(q(direction.text))")
                out.add("        initiatives:" + (direction.initiatives.isEmpty ? " []" : ""))
                for initiative in direction.initiatives { initiativeLines(initiative, into: &out) }
            }
        }
        out.add("indicators:" + (policy.indicators.isEmpty ? " []" : ""))
        for indicator in policy.indicators {
            out.add("  - code: \(q(indicator.code))")
            out.add("    measure: \(q(indicator.measureCode))")
            out.add("    name: \(q(indicator.name))")
            out.add("    description: \(q(indicator.description))")
            out.add("    source_dept: \(q(indicator.sourceDept))")
            out.add("    kpi: \(indicator.isKPI)")
            out.add("    unit: \(q(indicator.unit))")
            out.add("    direction: \(indicator.direction)")
            if let note = indicator.note { out.add("    note: \(q(note))") }
            out.add("    baseline: \(cell(indicator.baseline))")
            out.add("    targets:" + (indicator.targets.isEmpty ? " []" : ""))
            for target in indicator.targets { out.add("      - \(cell(target))") }
        }
        out.add("related_plans:" + (policy.relatedPlans.isEmpty ? " []" : ""))
        for related in policy.relatedPlans {
            out.add("  - name: \(q(related.name))")
            out.add("    period: \(q(related.period))")
        }
        return out.text
    }

    private func initiativeLines(_ initiative: SeedInitiative, into out: inout Lines) {
        let indent = "          "
        out.add("        - code: \(q(initiative.code))")
        if let old = initiative.oldCode { out.add(indent + "old_code: \(q(old))") }
        out.add(indent + "title: \(q(initiative.title))")
        out.add(indent + "reprint: \(initiative.isReprint)")
        switch initiative.reprintOf {
        case .initiative(let code)?: out.add(indent + "reprint_of: \(q(code))")
        case .outside?: out.add(indent + "reprint_of: \(SeedReprintOrigin.outsideKeyword)")
        case nil: break
        }
        guard !initiative.actions.isEmpty else { return }
        out.add(indent + "actions:")
        var phases: [String] = []
        for action in initiative.actions where !phases.contains(action.phase) { phases.append(action.phase) }
        for phase in phases {
            out.add(indent + "  \(q(phase)): \(list(initiative.actions.filter { $0.phase == phase }.map(\.text)))")
        }
    }

    // MARK: Scalars

    private func q(_ text: String) -> String { CellText.jsonString(text) }

    private func list(_ items: [String]) -> String { "[" + items.map(q).joined(separator: ", ") + "]" }

    private func cell(_ cell: SeedCell) -> String {
        var parts = ["year: \(cell.year)", "text: \(q(cell.text))"]
        if let value = cell.value { parts.append("value: \(q(value))") }
        if let note = cell.note { parts.append("note: \(q(note))") }
        return "{" + parts.joined(separator: ", ") + "}"
    }

    private struct Lines {
        var lines: [String] = []
        mutating func add(_ line: String) { lines.append(line) }
        var text: String { lines.joined(separator: "\n") + "\n" }
    }
}

/// A folder `plan export --format yaml` writes: never over the database, never into a folder
/// that holds anything but an earlier export; written beside and swapped in, so a failure
/// leaves the folder as it was.
public struct SeedFolderOutput {
    public let path: String

    public init(_ path: String) { self.path = path }

    /// The files an export writes, and nothing else, with the marker in plan.yaml.
    static func isEarlierExport(_ folder: String) -> Bool {
        let manager = FileManager.default
        guard let entries = try? manager.contentsOfDirectory(atPath: folder) else { return false }
        if entries.isEmpty { return true }
        guard let plan = try? String(contentsOfFile: folder + "/plan.yaml", encoding: .utf8), plan.hasPrefix(PlanYAMLWriter.marker) else { return false }
        for entry in entries {
            switch entry {
            case "plan.yaml", "vocabularies.yaml", "sdgs.yaml": continue
            case "policies":
                let policies = (try? manager.contentsOfDirectory(atPath: folder + "/policies")) ?? ["?"]
                if policies.contains(where: { !$0.hasSuffix(".yaml") }) { return false }
            default: return false
            }
        }
        return true
    }

    public func write(_ files: [(path: String, text: String)]) throws {
        let manager = FileManager.default
        var isFolder: ObjCBool = false
        let exists = manager.fileExists(atPath: path, isDirectory: &isFolder)
        if exists, !isFolder.boolValue {
            throw PlanError(.planExportFolderIsFile(path), advice: .planExportFolderAdvice)
        }
        if exists, !Self.isEarlierExport(path) {
            throw PlanError(.planExportFolderNotEmpty(path), advice: .planExportFolderAdvice)
        }
        let target = URL(fileURLWithPath: path).standardizedFileURL.path
        let pid = ProcessInfo.processInfo.processIdentifier
        let partial = target + ".partial-\(pid)", old = target + ".old-\(pid)"
        try? manager.removeItem(atPath: partial)
        do {
            try manager.createDirectory(atPath: partial + "/policies", withIntermediateDirectories: true)
            for file in files { try Data(file.text.utf8).write(to: URL(fileURLWithPath: partial + "/" + file.path)) }
            if exists {
                try manager.moveItem(atPath: target, toPath: old)
                do {
                    try manager.moveItem(atPath: partial, toPath: target)
                } catch {
                    try? manager.moveItem(atPath: old, toPath: target)
                    throw error
                }
                try? manager.removeItem(atPath: old)
            } else {
                try manager.moveItem(atPath: partial, toPath: target)
            }
        } catch let error as PlanError {
            try? manager.removeItem(atPath: partial)
            throw error
        } catch {
            try? manager.removeItem(atPath: partial)
            let reason = (error as NSError).userInfo[NSUnderlyingErrorKey].map { "\($0)" } ?? error.localizedDescription
            throw PlanError(.planExportFolderCannotWrite(path, reason), advice: .planExportFolderCannotWriteAdvice)
        }
    }
}
