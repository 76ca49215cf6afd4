import Foundation
import Yams

/// Reads one policies/*.yaml file into the plan model. Every code is read as written (full-width
/// digits folded to half-width); what spans the whole plan (unique codes, departments, reprints,
/// target years) is checked afterwards by `SeedPlanCheck`, the same for both forms of the seeds.
struct PolicyReader {
    let file: String
    let plan: SeedPlan
    let issues: SeedIssues

    func read(_ node: Node) -> SeedPolicy? {
        guard var root = YAMLObject(node, file: file, issues: issues, what: .seedPartPolicyFile) else { return nil }
        let code = root.code("code", example: "\"6-1\"") ?? ""
        var policy = SeedPolicy(
            origin: root.origin(fields: ["code", "lead_dept", "related_depts"]),
            code: code, outlineCode: String(code.split(separator: "-").first ?? ""),
            title: root.string("title", example: "市民協働") ?? "",
            leadDept: root.string("lead_dept", example: "○○課") ?? "",
            relatedDepts: root.strings("related_depts", example: "全課等"),
            vision: root.string("vision", example: "…") ?? "",
            measures: [], indicators: [], relatedPlans: [])
        if SeedCode.isPolicyCode(code),
           ((file as NSString).lastPathComponent as NSString).deletingPathExtension != code {
            root.report(root.value("code"), .seedPolicyFileName(code, file: file))
        }
        for (offset, node) in root.list("measures", required: true).enumerated() {
            if let measure = readMeasure(node, position: offset + 1) { policy.measures.append(measure) }
        }
        for (offset, node) in root.list("indicators").enumerated() {
            if let indicator = readIndicator(node, position: offset + 1) { policy.indicators.append(indicator) }
        }
        for node in root.list("related_plans") {
            guard var item = YAMLObject(node, file: file, issues: issues, what: .seedPartRelatedPlan) else { continue }
            policy.relatedPlans.append(SeedRelatedPlan(
                name: item.string("name", example: "○○市○○計画") ?? "",
                period: item.optionalString("period", example: "2023（令和5）年度～2027（令和9）年度") ?? ""))
            item.finish()
        }
        root.finish()
        return policy
    }

    private func readMeasure(_ node: Node, position: Int) -> SeedMeasure? {
        guard var item = YAMLObject(node, file: file, issues: issues, what: .seedPartMeasure) else { return nil }
        var measure = SeedMeasure(
            origin: item.origin(fields: ["code"]), no: position, code: item.code("code", example: "\"6-1-1\"") ?? "",
            title: item.string("title", example: "市民協働") ?? "", challenges: [], directions: [])
        for node in item.list("challenges") {
            guard var entry = YAMLObject(node, file: file, issues: issues, what: .seedPartChallenge) else { continue }
            let challenge = SeedChallenge(no: entry.int("no", example: "1") ?? 0, text: entry.string("text", example: "…") ?? "")
            if measure.challenges.contains(where: { $0.no == challenge.no }) {
                entry.report(entry.value("no"), .seedChallengeTwice(challenge.no, measure: measure.code))
            }
            measure.challenges.append(challenge)
            entry.finish()
        }
        for (offset, node) in item.list("directions").enumerated() {
            if let direction = readDirection(node, position: offset + 1) { measure.directions.append(direction) }
        }
        item.finish()
        return measure
    }

    private func readDirection(_ node: Node, position: Int) -> SeedDirection? {
        guard var item = YAMLObject(node, file: file, issues: issues, what: .seedPartDirection) else { return nil }
        var direction = SeedDirection(
            origin: item.origin(fields: ["code"]), no: position, code: item.code("code", example: "\"6-1-1-1\"") ?? "",
            title: item.string("title", example: "…") ?? "",
            text: item.string("text", example: "…") ?? "", isPriority: item.optionalBool("priority", default: false) ?? false,
            initiatives: [])
        for (offset, node) in item.list("initiatives").enumerated() {
            guard var entry = YAMLObject(node, file: file, issues: issues, what: .seedPartInitiative) else { continue }
            var initiative = SeedInitiative(
                origin: entry.origin(fields: ["code", "old_code", "reprint_of"]),
                position: offset + 1, code: entry.code("code", example: "\"6-1-1-1-1\"") ?? "",
                oldCode: entry.optionalCode("old_code", example: "\"6-1-1-1-2\""),
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

    /// `reprint_of`, which every reprint has and no original may have. Whether the original
    /// exists is checked once the whole plan is read.
    private func readReprintOrigin(_ entry: inout YAMLObject, initiative: SeedInitiative) -> SeedReprintOrigin? {
        let node = entry.value("reprint_of")
        let origin = entry.optionalCode("reprint_of", example: "1-2-1-1-1")
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
        return origin == SeedReprintOrigin.outsideKeyword ? .outside : .initiative(origin)
    }

    private func readActions(_ node: Node, initiativeCode: String) -> [SeedAction] {
        guard var phases = YAMLObject(node, file: file, issues: issues, what: .seedPartKey("actions")) else { return [] }
        var actions: [SeedAction] = []
        var lastPhase = -1
        if case .mapping(let mapping) = node {
            for key in mapping.keys {
                let name = key.string ?? ""
                guard let index = plan.phases.firstIndex(of: name) else {
                    issues.add(file, key.mark?.line ?? 0, key.mark?.column ?? 0,
                        .seedPhaseUnknown(name, initiative: initiativeCode, phases: plan.phases.joined(separator: "・")))
                    continue
                }
                if index < lastPhase {
                    issues.add(file, key.mark?.line ?? 0, key.mark?.column ?? 0,
                        .seedPhaseOrder(name, initiative: initiativeCode, phases: plan.phases.joined(separator: "・")))
                }
                lastPhase = index
            }
        }
        for phase in plan.phases {
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

    private func readIndicator(_ node: Node, position: Int) -> SeedIndicator? {
        guard var item = YAMLObject(node, file: file, issues: issues, what: .seedPartIndicator) else { return nil }
        let directionNode = item.value("direction")
        var indicator = SeedIndicator(
            origin: item.origin(fields: ["code", "measure", "source_dept", "direction"]),
            no: position, code: item.code("code", example: "\"6-1-I1\"") ?? "", measureCode: item.code("measure", example: "\"6-1-1\"") ?? "",
            name: item.string("name", example: "自治会等加入率") ?? "",
            description: item.string("description", example: "…") ?? "",
            sourceDept: item.string("source_dept", example: "○○課") ?? "",
            isKPI: item.bool("kpi") ?? false, unit: item.string("unit", example: "%") ?? "",
            direction: item.string("direction", example: "increase") ?? "",
            note: item.optionalString("note", example: "累計"),
            baseline: SeedCell(year: 0, text: "", value: nil, note: nil), targets: [])
        if !indicator.direction.isEmpty {
            if let direction = IndicatorDirection.seedValue(indicator.direction) {
                indicator.direction = direction
            } else {
                item.report(directionNode, .seedIndicatorDirection(IndicatorDirection.allowed, value: indicator.direction))
            }
        }
        if let node = item.value("baseline") {
            indicator.baseline = readCell(node, indicator: indicator.code, what: .seedPartBaseline) ?? indicator.baseline
        } else {
            item.report(nil, .seedBaselineMissing)
        }
        for node in item.list("targets", required: true) {
            guard let cell = readCell(node, indicator: indicator.code, what: .seedPartTarget) else { continue }
            indicator.targets.append(cell)
        }
        item.finish()
        return indicator
    }

    private func readCell(_ node: Node, indicator: String, what: Message) -> SeedCell? {
        guard var cell = YAMLObject(node, file: file, issues: issues, what: .seedPartCell(what)) else { return nil }
        let origin = cell.origin(fields: ["year", "text", "value"])
        let year = cell.int("year", example: "2022") ?? 0
        let text = cell.string("text", example: "23団体") ?? ""
        let value = cell.optionalString("value", example: "\"23\"").map(SeedCode.halfWidth)
        let note = cell.optionalString("note", example: "協議額")
        cell.finish()
        return SeedCell(origin: origin, year: year, text: text, value: value, note: note)
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
