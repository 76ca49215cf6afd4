import Foundation

/// The checks that span the whole plan, made on the model once either form of the seeds (a YAML
/// folder or the plan workbook) has been read: the same rules and the same messages for both,
/// each naming where the item was read (`file:line:column` or `指標!F12`).
struct SeedPlanCheck {
    let plan: SeedPlan
    let issues: SeedIssues

    func run() {
        checkHeader()
        checkOutlinesAndDepartments()
        var seen = SeenCodes()
        for policy in plan.policies {
            checkPolicy(policy, seen: &seen)
        }
        checkReprints()
        checkOldCodes(seen)
    }

    // MARK: The plan

    private func checkHeader() {
        if plan.endYear < plan.startYear {
            issues.add(plan.origin.at("end_year"), .seedEndBeforeStart(end: plan.endYear, start: plan.startYear))
        }
        if !plan.coordinator.isEmpty {
            checkDepartment(plan.coordinator, role: .seedRoleCoordinator, at: plan.origin.at("coordinator"), mayBeGroup: false)
        }
        if let budget = plan.budgetDept {
            checkDepartment(budget, role: .seedRoleBudget, at: plan.origin.at("budget_dept"), mayBeGroup: false)
        }
        if let code = plan.municipalityCode, !MunicipalityCode.isValid(code) {
            issues.add(plan.origin.at("municipality_code"), .seedMunicipalityCode(code, expected: MunicipalityCode.withCheckDigit(code)))
        }
    }

    private func checkOutlinesAndDepartments() {
        var outlines: [String: SeedOrigin] = [:]
        for outline in plan.outlines where !outline.code.isEmpty {
            if outline.code.wholeMatch(of: /[0-9]+/) == nil {
                issues.add(outline.origin.at("code"), .seedOutlineCode(outline.code))
            } else if let first = outlines[outline.code] {
                issues.add(outline.origin.at("code"), .seedOutlineTwice(outline.code))
            } else {
                outlines[outline.code] = outline.origin
            }
        }
        var departments: [String: SeedOrigin] = [:]
        for dept in plan.departments where !dept.name.isEmpty {
            if let first = departments[dept.name] {
                issues.add(dept.origin, .seedDepartmentTwice(dept.name, first: first.place))
            } else {
                departments[dept.name] = dept.origin
            }
        }
    }

    // MARK: Policies and what they hold

    private func checkPolicy(_ policy: SeedPolicy, seen: inout SeenCodes) {
        if !policy.code.isEmpty {
            if !SeedCode.isPolicyCode(policy.code) {
                issues.add(policy.origin.at("code"), .seedPolicyCode(policy.code))
            } else if !plan.outlines.contains(where: { $0.code == policy.outlineCode }) {
                issues.add(policy.origin.at("code"), .seedPolicyOutline(policy.code, outline: policy.outlineCode))
            }
            seen.add(.policy, policy.code, policy.origin.at("code"), issues: issues)
        }
        checkDepartment(policy.leadDept, role: .seedRoleLead, at: policy.origin.at("lead_dept"), mayBeGroup: false)
        for dept in policy.relatedDepts {
            checkDepartment(dept, role: .seedRoleRelated, at: policy.origin.at("related_depts"), mayBeGroup: true)
        }
        for measure in policy.measures {
            seen.add(.measure, measure.code, measure.origin.at("code"), issues: issues)
            for direction in measure.directions {
                seen.add(.direction, direction.code, direction.origin.at("code"), issues: issues)
                for initiative in direction.initiatives {
                    seen.add(.initiative, initiative.code, initiative.origin.at("code"), issues: issues)
                    if let old = initiative.oldCode { seen.addOld(old, initiative: initiative) }
                }
            }
        }
        for indicator in policy.indicators {
            seen.add(.indicator, indicator.code, indicator.origin.at("code"), issues: issues)
            checkIndicator(indicator, in: policy)
        }
    }

    private func checkIndicator(_ indicator: SeedIndicator, in policy: SeedPolicy) {
        if !indicator.measureCode.isEmpty, !policy.measures.contains(where: { $0.code == indicator.measureCode }) {
            issues.add(indicator.origin.at("measure"), .seedIndicatorMeasure(indicator.code, measure: indicator.measureCode, policy: policy.code))
        }
        checkDepartment(indicator.sourceDept, role: .seedRoleSource, at: indicator.origin.at("source_dept"), mayBeGroup: false)
        checkCell(indicator.baseline, indicator: indicator.code, what: .seedPartBaseline)
        var years: Set<Int> = []
        for target in indicator.targets {
            checkCell(target, indicator: indicator.code, what: .seedPartTarget)
            if !(plan.startYear...max(plan.startYear, plan.endYear)).contains(target.year) {
                issues.add(target.origin.at("year"), .seedTargetOutside(target.year, indicator: indicator.code, start: plan.startYear, end: plan.endYear))
            }
            if !years.insert(target.year).inserted {
                issues.add(target.origin.at("year"), .seedTargetTwice(target.year, indicator: indicator.code))
            }
        }
        if let contradiction = DirectionRule.contradiction(indicator) {
            issues.add(indicator.origin.at("direction"), contradiction)
        }
    }

    /// A printed cell: its number is a plain decimal that the printed text shows, and a text
    /// other than －/ー has a number.
    private func checkCell(_ cell: SeedCell, indicator: String, what: Message) {
        if let value = cell.value {
            if !DecimalText.isPlain(value) {
                issues.add(cell.origin.at("value"), .seedCellNotPlain(what, value: value, indicator: indicator))
            } else if !cell.text.isEmpty, !PolicyReader.digits(of: cell.text).contains(value) {
                issues.add(cell.origin.at("value"), .seedCellNotInText(what, value: value, indicator: indicator, text: cell.text))
            }
        } else if !cell.text.isEmpty, !NoneMarker.matches(cell.text) {
            issues.add(cell.origin.at("value"), .seedCellNoValue(what, text: cell.text, indicator: indicator))
        }
    }

    private func checkDepartment(_ name: String, role: Message, at origin: SeedOrigin, mayBeGroup: Bool) {
        guard !name.isEmpty else { return }
        guard let dept = plan.departments.first(where: { $0.name == name }) else {
            let near = plan.departments.filter { $0.name.contains(name) || name.contains($0.name) }.map(\.name)
            issues.add(origin, near.isEmpty
                ? .seedDepartmentUnknown(role: role, name: name) : .seedDepartmentUnknownNear(role: role, name: name, near: near))
            return
        }
        if !mayBeGroup, dept.kind == "group" {
            issues.add(origin, .seedDepartmentIsGroup(role: role, name: name))
        }
    }

    // MARK: Reprints and renumbering

    /// Each `reprint_of` names an initiative of this plan that is not itself a reprint: a reprint
    /// shows its original's evaluation, so the original must be evaluated itself.
    private func checkReprints() {
        let initiatives = plan.policies.flatMap { $0.measures.flatMap { $0.directions.flatMap(\.initiatives) } }
        let byCode = Dictionary(initiatives.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        for initiative in initiatives {
            guard case .initiative(let originalCode)? = initiative.reprintOf else { continue }
            let place = initiative.origin.at("reprint_of")
            guard let original = byCode[originalCode] else {
                issues.add(place, .seedReprintUnknown(originalCode, outside: SeedReprintOrigin.outsideKeyword))
                continue
            }
            if original.isReprint {
                if case .initiative(let first)? = original.reprintOf, first != initiative.code {
                    issues.add(place, .seedReprintOfReprint(originalCode, first: first))
                } else {
                    issues.add(place, .seedReprintOfReprintNoOrigin(originalCode))
                }
            }
        }
    }

    /// A 旧コード names the code an initiative had: no other initiative of the plan may have it now,
    /// and two initiatives cannot both claim it.
    private func checkOldCodes(_ seen: SeenCodes) {
        var claimed: [String: String] = [:]
        for (old, initiative) in seen.oldCodes {
            let place = initiative.origin.at("old_code")
            if old == initiative.code { continue }
            if let holder = seen.codes[SeenCodes.Kind.initiative]?[old] {
                issues.add(place, .seedOldCodeInUse(old, initiative: initiative.code, holder: holder.place))
            } else if let first = claimed[old] {
                issues.add(place, .seedOldCodeTwice(old, first: first, second: initiative.code))
            } else {
                claimed[old] = initiative.code
            }
        }
    }
}

/// The codes met so far, by kind, with where each was first read.
private struct SeenCodes {
    enum Kind: Hashable { case policy, measure, direction, initiative, indicator }
    var codes: [Kind: [String: SeedOrigin]] = [:]
    var oldCodes: [(String, SeedInitiative)] = []

    mutating func add(_ kind: Kind, _ code: String, _ origin: SeedOrigin, issues: SeedIssues) {
        guard !code.isEmpty else { return }
        if kind != .policy, !SeedCode.isWellFormed(code) {
            issues.add(origin, .seedCodeMalformed(code))
            return
        }
        if let first = codes[kind]?[code] {
            issues.add(origin, .seedCodeTwice(code, first: first.place))
        } else {
            codes[kind, default: [:]][code] = origin
        }
    }

    mutating func addOld(_ old: String, initiative: SeedInitiative) { oldCodes.append((old, initiative)) }
}

/// 全国地方公共団体コード: five digits and a check digit (JIS X 0401/0402; 香取市 is 122360).
enum MunicipalityCode {
    static func checkDigit(_ five: String) -> Int? {
        let digits = five.compactMap(\.wholeNumberValue)
        guard digits.count == 5, five.allSatisfy(\.isASCII) else { return nil }
        let sum = zip(digits, [6, 5, 4, 3, 2]).map(*).reduce(0, +)
        let remainder = sum % 11
        return remainder == 0 ? 0 : (11 - remainder) % 10
    }

    static func isValid(_ code: String) -> Bool {
        code.count == 6 && checkDigit(String(code.prefix(5))) == code.last?.wholeNumberValue
    }

    /// The six-digit code the first five digits make, for the message; nil when they are not digits.
    static func withCheckDigit(_ code: String) -> String? {
        checkDigit(String(code.prefix(5))).map { String(code.prefix(5)) + String($0) }
    }
}
