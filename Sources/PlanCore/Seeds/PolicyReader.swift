import Foundation
import Yams

/// Reads one policies/*.yaml file and works out the stable codes of everything in it.
struct PolicyReader {
    let file: String
    let plan: SeedPlan
    let issues: SeedIssues
    let reprints: ReprintReferences

    func read(_ node: Node) -> SeedPolicy? {
        guard var root = YAMLObject(node, file: file, issues: issues, what: .seedPartPolicyFile) else { return nil }
        let code = root.string("code", example: "\"6-1\"") ?? ""
        var policy = SeedPolicy(
            code: code, outlineCode: String(code.split(separator: "-").first ?? ""),
            title: root.string("title", example: "市民協働") ?? "",
            leadDept: root.string("lead_dept", example: "市民協働課") ?? "",
            relatedDepts: root.strings("related_depts", example: "全課等"),
            vision: root.string("vision", example: "…") ?? "",
            measures: [], indicators: [], relatedPlans: [])
        if !code.isEmpty {
            if code.wholeMatch(of: /[0-9]+-[0-9]+/) == nil {
                root.report(root.value("code"), .seedPolicyCode(code))
            } else if !plan.outlines.contains(where: { $0.code == policy.outlineCode }) {
                root.report(root.value("code"), .seedPolicyOutline(code, outline: policy.outlineCode))
            } else if ((file as NSString).lastPathComponent as NSString).deletingPathExtension != code {
                root.report(root.value("code"), .seedPolicyFileName(code, file: file))
            }
        }
        checkDepartment(policy.leadDept, role: "lead_dept", in: &root, mayBeGroup: false)
        for dept in policy.relatedDepts { checkDepartment(dept, role: "related_depts", in: &root, mayBeGroup: true) }

        for node in root.list("measures", required: true) {
            if let measure = readMeasure(node, policyCode: code, leadDept: policy.leadDept) {
                if policy.measures.contains(where: { $0.no == measure.no }) {
                    issues.add(file, node.mark?.line ?? 0, node.mark?.column ?? 0, .seedMeasureTwice(measure.no, policy: code))
                }
                policy.measures.append(measure)
            }
        }
        for node in root.list("indicators") {
            if let indicator = readIndicator(node, policyCode: code, measures: policy.measures) {
                if policy.indicators.contains(where: { $0.no == indicator.no }) {
                    issues.add(file, node.mark?.line ?? 0, node.mark?.column ?? 0, .seedIndicatorTwice(indicator.no, policy: code))
                }
                policy.indicators.append(indicator)
            }
        }
        for node in root.list("related_plans") {
            guard var item = YAMLObject(node, file: file, issues: issues, what: .seedPartRelatedPlan) else { continue }
            policy.relatedPlans.append(SeedRelatedPlan(
                name: item.string("name", example: "香取市市民協働指針") ?? "",
                period: item.optionalString("period", example: "2023（令和5）年度～2027（令和9）年度") ?? ""))
            item.finish()
        }
        root.finish()
        return policy
    }

    private func checkDepartment(_ name: String, role: String, in object: inout YAMLObject, mayBeGroup: Bool) {
        guard !name.isEmpty else { return }
        guard let dept = plan.departments.first(where: { $0.name == name }) else {
            let near = plan.departments.filter { $0.name.contains(name) || name.contains($0.name) }.map(\.name)
            object.report(object.value(role), near.isEmpty
                ? .seedDepartmentUnknown(role: role, name: name) : .seedDepartmentUnknownNear(role: role, name: name, near: near))
            return
        }
        if !mayBeGroup, dept.kind == "group" {
            object.report(object.value(role), .seedDepartmentIsGroup(role: role, name: name))
        }
    }

    private func readMeasure(_ node: Node, policyCode: String, leadDept: String) -> SeedMeasure? {
        guard var item = YAMLObject(node, file: file, issues: issues, what: .seedPartMeasure) else { return nil }
        let no = item.int("no", example: "1") ?? 0
        var measure = SeedMeasure(no: no, code: "\(policyCode)-\(no)", title: item.string("title", example: "市民協働") ?? "", challenges: [], directions: [])
        for node in item.list("challenges") {
            guard var entry = YAMLObject(node, file: file, issues: issues, what: .seedPartChallenge) else { continue }
            let challenge = SeedChallenge(no: entry.int("no", example: "1") ?? 0, text: entry.string("text", example: "…") ?? "")
            if measure.challenges.contains(where: { $0.no == challenge.no }) {
                entry.report(entry.value("no"), .seedChallengeTwice(challenge.no, measure: measure.code))
            }
            measure.challenges.append(challenge)
            entry.finish()
        }
        for node in item.list("directions") {
            guard let direction = readDirection(node, measureCode: measure.code) else { continue }
            if measure.directions.contains(where: { $0.no == direction.no }) {
                issues.add(file, node.mark?.line ?? 0, node.mark?.column ?? 0, .seedDirectionTwice(direction.no, measure: measure.code))
            }
            measure.directions.append(direction)
        }
        item.finish()
        return measure
    }

    private func readDirection(_ node: Node, measureCode: String) -> SeedDirection? {
        guard var item = YAMLObject(node, file: file, issues: issues, what: .seedPartDirection) else { return nil }
        let no = item.int("no", example: "1") ?? 0
        var direction = SeedDirection(
            no: no, code: "\(measureCode)-\(no)", title: item.string("title", example: "…") ?? "",
            text: item.string("text", example: "…") ?? "", isPriority: item.optionalBool("priority", default: false) ?? false,
            initiatives: [])
        for (offset, node) in item.list("initiatives").enumerated() {
            guard var entry = YAMLObject(node, file: file, issues: issues, what: .seedPartInitiative) else { continue }
            var initiative = SeedInitiative(
                position: offset + 1, code: "\(direction.code)-\(offset + 1)",
                title: entry.string("title", example: "市民協働指針の検証及び見直し") ?? "",
                isReprint: entry.optionalBool("reprint", default: false) ?? false, reprintOf: nil, actions: [])
            if initiative.title.contains("再掲") {
                entry.report(entry.value("title"), .seedReprintInTitle)
            }
            initiative.reprintOf = readReprintOrigin(&entry, initiative: initiative)
            if let actions = entry.value("actions") {
                initiative.actions = readActions(actions, initiativeCode: initiative.code)
            }
            entry.finish()
            direction.initiatives.append(initiative)
        }
        item.finish()
        return direction
    }

    /// `reprint_of`, which every reprint has and no original may have.
    private func readReprintOrigin(_ entry: inout YAMLObject, initiative: SeedInitiative) -> SeedReprintOrigin? {
        let node = entry.value("reprint_of")
        let origin = entry.optionalString("reprint_of", example: "6-3-1-1-1")
        guard initiative.isReprint else {
            if origin != nil {
                entry.report(node, .seedReprintOfOriginal(initiative.code))
            }
            return nil
        }
        guard let origin else {
            if node == nil {
                entry.report(nil, .seedReprintOfMissing(initiative.code, outside: SeedReprintOrigin.outsideKeyword))
            }
            return nil
        }
        if origin == SeedReprintOrigin.outsideKeyword { return .outside }
        reprints.add(ReprintReferences.Reference(
            file: file, line: node?.mark?.line ?? entry.line, column: node?.mark?.column ?? entry.column,
            reprint: initiative.code, original: origin))
        return .initiative(origin)
    }

    private func readActions(_ node: Node, initiativeCode: String) -> [SeedAction] {
        guard var phases = YAMLObject(node, file: file, issues: issues, what: .seedPartKey("actions")) else { return [] }
        var actions: [SeedAction] = []
        var lastPhase = -1
        if case .mapping(let mapping) = node {
            for key in mapping.keys {
                let name = key.string ?? ""
                guard let index = SeedPlan.phases.firstIndex(of: name) else {
                    issues.add(file, key.mark?.line ?? 0, key.mark?.column ?? 0,
                        .seedPhaseUnknown(name, initiative: initiativeCode, phases: SeedPlan.phases.joined(separator: "・")))
                    continue
                }
                if index < lastPhase {
                    issues.add(file, key.mark?.line ?? 0, key.mark?.column ?? 0, .seedPhaseOrder(name, initiative: initiativeCode))
                }
                lastPhase = index
            }
        }
        for phase in SeedPlan.phases {
            for (offset, text) in phases.strings(phase, example: "…").enumerated() {
                if text.hasPrefix("・") {
                    phases.report(phases.value(phase), .seedBulletMark(text))
                }
                actions.append(SeedAction(phase: phase, seq: offset + 1, text: text))
            }
        }
        // Unknown phases were reported above with their own message.
        return actions
    }

    private func readIndicator(_ node: Node, policyCode: String, measures: [SeedMeasure]) -> SeedIndicator? {
        guard var item = YAMLObject(node, file: file, issues: issues, what: .seedPartIndicator) else { return nil }
        let no = item.int("no", example: "1") ?? 0
        var indicator = SeedIndicator(
            no: no, code: "\(policyCode)-I\(no)", measureNo: item.int("measure", example: "1") ?? 0,
            name: item.string("name", example: "自治会等加入率") ?? "",
            description: item.string("description", example: "…") ?? "",
            sourceDept: item.string("source_dept", example: "市民協働課") ?? "",
            isKPI: item.bool("kpi") ?? false, unit: item.string("unit", example: "%") ?? "",
            direction: item.string("direction", example: "increase") ?? "",
            note: item.optionalString("note", example: "累計"),
            baseline: SeedCell(year: 0, text: "", value: nil, note: nil), targets: [])
        if indicator.measureNo != 0, !measures.contains(where: { $0.no == indicator.measureNo }) {
            item.report(item.value("measure"), .seedIndicatorMeasure(indicator.code, measure: indicator.measureNo, policy: policyCode))
        }
        checkDepartment(indicator.sourceDept, role: "source_dept", in: &item, mayBeGroup: false)
        if !indicator.direction.isEmpty, !SeedPlan.directions.contains(indicator.direction) {
            item.report(item.value("direction"), .seedIndicatorDirection(SeedPlan.directions.joined(separator: ", "), value: indicator.direction))
        }
        if let node = item.value("baseline") {
            indicator.baseline = readCell(node, indicator: indicator.code, what: .seedPartBaseline) ?? indicator.baseline
        } else {
            item.report(nil, .seedBaselineMissing)
        }
        for node in item.list("targets", required: true) {
            guard let cell = readCell(node, indicator: indicator.code, what: .seedPartTarget) else { continue }
            if !(plan.startYear...max(plan.startYear, plan.endYear)).contains(cell.year) {
                issues.add(file, node.mark?.line ?? 0, node.mark?.column ?? 0,
                    .seedTargetOutside(cell.year, indicator: indicator.code, start: plan.startYear, end: plan.endYear))
            }
            if indicator.targets.contains(where: { $0.year == cell.year }) {
                issues.add(file, node.mark?.line ?? 0, node.mark?.column ?? 0, .seedTargetTwice(cell.year, indicator: indicator.code))
            }
            indicator.targets.append(cell)
        }
        if let contradiction = DirectionRule.contradiction(indicator) {
            item.report(item.value("direction"), contradiction)
        }
        item.finish()
        return indicator
    }

    private func readCell(_ node: Node, indicator: String, what: Message) -> SeedCell? {
        guard var cell = YAMLObject(node, file: file, issues: issues, what: .seedPartCell(what)) else { return nil }
        let year = cell.int("year", example: "2022") ?? 0
        let text = cell.string("text", example: "23団体") ?? ""
        let value = cell.optionalString("value", example: "\"23\"")
        let note = cell.optionalString("note", example: "協議額")
        if let value {
            if !DecimalText.isPlain(value) {
                cell.report(cell.value("value"), .seedCellNotPlain(what, value: value, indicator: indicator))
            } else if !text.isEmpty, !Self.digits(of: text).contains(value) {
                cell.report(cell.value("value"), .seedCellNotInText(what, value: value, indicator: indicator, text: text))
            }
        } else if !text.isEmpty, !NoneMarker.matches(text) {
            cell.report(nil, .seedCellNoValue(what, text: text, indicator: indicator))
        }
        cell.finish()
        return SeedCell(year: year, text: text, value: value, note: note)
    }

    /// The printed text in NFKC form with thousands separators removed: "375,284千円" → "375284千円".
    static func digits(of text: String) -> String {
        text.precomposedStringWithCompatibilityMapping.replacingOccurrences(of: ",", with: "")
    }
}

/// The printed marks for "no value": －, ー, - and —.
enum NoneMarker {
    static func matches(_ text: String) -> Bool {
        ["－", "ー", "-", "—", "―", "‐"].contains(text.trimmingCharacters(in: .whitespaces))
    }
}

/// Whether an indicator's direction agrees with its printed targets (read in year order).
enum DirectionRule {
    static func contradiction(_ indicator: SeedIndicator) -> Message? {
        let values = indicator.targets.sorted { $0.year < $1.year }.compactMap { cell in cell.value.flatMap(Double.init) }
        let steps = zip(values, values.dropFirst())
        switch indicator.direction {
        case "increase":
            if steps.contains(where: { $1 < $0 }) {
                return .seedTargetsFall(indicator.code, targets: listed(indicator))
            }
        case "decrease":
            if steps.contains(where: { $1 > $0 }) {
                return .seedTargetsRise(indicator.code, targets: listed(indicator))
            }
        case "maintain":
            if Set(values).count > 1 {
                return .seedTargetsChange(indicator.code, targets: listed(indicator))
            }
        case "at_most":
            if let cell = indicator.targets.first(where: { $0.value != nil && !$0.text.contains("以内") && !$0.text.contains("以下") && !$0.text.contains("未満") }) {
                return .seedTargetNotCeiling(indicator.code, year: cell.year, text: cell.text)
            }
        default:
            break
        }
        return nil
    }

    static func listed(_ indicator: SeedIndicator) -> String {
        indicator.targets.sorted { $0.year < $1.year }.map { "\($0.year): \($0.text)" }.joined(separator: ", ")
    }
}
