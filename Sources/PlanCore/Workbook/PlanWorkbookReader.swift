import Foundation

/// Reads the plan workbook (施策体系ワークブック) into the plan model, which then goes through the
/// same checks as a YAML seed folder (`SeedPlanCheck`). Sheets and columns are found by name
/// (DESIGN.md, "The plan workbook"): the header row is the first row holding the sheet's first
/// column name, rows above it are free, columns may come in any order and extra ones are
/// ignored, blank rows are skipped. Row order is the printed order. Every problem of the file is
/// reported at once, each at its cell (`指標!F12`).
struct PlanWorkbookReader {
    let path: String

    func read() throws -> SeedPlan {
        let fileName = (path as NSString).lastPathComponent
        guard XLSXReader.isZip(path) else {
            throw SeedValidationError(issues: [SeedIssue(file: fileName, line: 0, column: 0, cell: fileName, message: .planbookNotWorkbook(path))])
        }
        let reader = try XLSXReader(path: path, fileName: fileName)
        var build = PlanWorkbookBuild(fileName: fileName)
        let complete = try build.load(reader)
        let plan = build.plan()
        // A missing sheet or column would make every row that refers to it wrong: the check
        // waits until the workbook has its shape, so the clerk sees the cause, not its echoes.
        if complete { SeedPlanCheck(plan: plan, issues: build.issues).run() }
        guard build.issues.isEmpty else { throw SeedValidationError(issues: build.issues.sorted) }
        return plan
    }
}

/// One sheet as read: where its columns are, and its non-blank rows below the header.
struct PlanTable {
    let spec: PlanSheet
    let name: String
    /// The sheet's place in the workbook's order, so that issues sort sheet by sheet.
    let index: Int
    let headerRow: Int
    let columns: [PlanColumn.ID: Int]
    let rows: [PlanLine]
    let complete: Bool
}

/// One row of a sheet, and how to read its cells.
struct PlanLine {
    let sheet: String
    let sheetIndex: Int
    let fileName: String
    let number: Int
    let columns: [PlanColumn.ID: Int]
    let cells: [Int: XLSXReader.Cell]
    let spec: PlanSheet
    let issues: SeedIssues

    /// Issues sort by file, line and column: the line counts sheets first, then rows.
    static func origin(file: String, sheet: String, sheetIndex: Int, row: Int, column: Int) -> SeedOrigin {
        SeedOrigin(file: file, line: sheetIndex * 2_000_000 + row, column: column, cell: "\(sheet)!\(EntrySheetLayout.letters(column - 1))\(row)")
    }

    /// The cell of `id` in this row (the row's first column when the sheet lacks the column).
    func origin(_ id: PlanColumn.ID) -> SeedOrigin {
        let column = columns[id] ?? columns.values.min() ?? 1
        return Self.origin(file: fileName, sheet: sheet, sheetIndex: sheetIndex, row: number, column: column)
    }

    func cell(_ id: PlanColumn.ID) -> XLSXReader.Cell? { columns[id].flatMap { cells[$0] } }

    /// The cell as text, surrounding spaces dropped; "" when blank. A number is the digits its
    /// format shows (Excel may store a typed 2023 or 95.10 as a number).
    func raw(_ id: PlanColumn.ID) -> String {
        guard let cell = cell(id) else { return "" }
        switch cell.content {
        case .text(let text): return text.trimmed
        case .bool(let value): return value ? "TRUE" : "FALSE"
        case .number(let value, let format): return EntryWorkbookReader.numberText(value, format: format)
        }
    }

    var header: (PlanColumn.ID) -> String { { id in spec.column(id)?.header ?? "" } }

    /// Text as written; a blank required cell is reported.
    func text(_ id: PlanColumn.ID) -> String {
        let value = raw(id)
        if value.isEmpty, spec.column(id)?.required == true, columns[id] != nil { issues.add(origin(id), .planbookBlank(header(id))) }
        return value
    }

    /// A code, year or number: full-width digits and hyphens read as half-width. A date where a
    /// code is expected (Excel turned `6-7` into 7 June) is reported as such.
    func code(_ id: PlanColumn.ID) -> String {
        if case .number(let value, let format)? = cell(id)?.content, let format, Self.isDateFormat(format) {
            issues.add(origin(id), .planbookCodeIsDate(header(id), text: Self.dateText(value)))
            return ""
        }
        return SeedCode.halfWidth(text(id))
    }

    func year(_ id: PlanColumn.ID) -> Int? {
        let value = code(id)
        guard !value.isEmpty else { return nil }
        let digits = value.hasSuffix("年度") ? String(value.dropLast(2)) : value
        guard let year = Int(digits), (1900...2200).contains(year) else {
            issues.add(origin(id), .planbookNotYear(header(id), text: value))
            return nil
        }
        return year
    }

    func whole(_ id: PlanColumn.ID) -> Int? {
        let value = code(id)
        guard !value.isEmpty else { return nil }
        guard let number = Int(value) else {
            issues.add(origin(id), .planbookNotWhole(header(id), text: value))
            return nil
        }
        return number
    }

    /// ○ or blank.
    func flag(_ id: PlanColumn.ID) -> Bool {
        let value = raw(id)
        if value.isEmpty { return false }
        if PlanWorkbookText.markAlternatives.contains(value) { return true }
        issues.add(origin(id), .planbookFlag(header(id), text: value, mark: PlanWorkbookText.mark))
        return false
    }

    /// A printed value's number: the number column when given (half-width digits, no
    /// separators), else the one number the printed text holds; nil for －.
    func number(_ id: PlanColumn.ID, printed: String) -> String? {
        let value = code(id)
        if !value.isEmpty {
            let plain = value.replacingOccurrences(of: ",", with: "")
            guard DecimalText.isPlain(plain) else {
                issues.add(origin(id), .planbookNotNumber(header(id), text: value))
                return nil
            }
            return plain
        }
        if printed.isEmpty || NoneMarker.matches(printed) { return nil }
        let numbers = PolicyReader.digits(of: printed).matches(of: /[0-9]+(\.[0-9]+)?/).map { String($0.output.0) }
        return numbers.count == 1 ? numbers[0] : nil
    }

    /// A number format that shows a date or time (`yyyy/m/d`, `m月d日`), its quoted parts left out.
    static func isDateFormat(_ format: String) -> Bool {
        let bare = format.replacing(/"[^"]*"/, with: "").lowercased()
        return bare != "general" && bare.contains(where: { "ymdh".contains($0) })
    }

    /// An Excel date serial (days since 1899-12-30) as 2026-06-07.
    static func dateText(_ serial: Double) -> String {
        let date = Date(timeIntervalSince1970: (serial - 25569) * 86400)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
    }
}

/// Reads the sheets into tables, then the tables into the plan model.
struct PlanWorkbookBuild {
    typealias Text = PlanWorkbookText
    let fileName: String
    let issues = SeedIssues()
    var tables: [PlanSheet.ID: PlanTable] = [:]

    init(fileName: String) { self.fileName = fileName }

    var fileOrigin: SeedOrigin { SeedOrigin(file: fileName, line: 0, column: 0, cell: fileName) }

    // MARK: Sheets and headers

    /// Finds every sheet by name and its header row; false when a sheet or a column the plan needs is missing.
    mutating func load(_ reader: XLSXReader) throws -> Bool {
        var complete = true
        var found: [PlanSheet.ID: XLSXReader.Sheet] = [:]
        let known = Text.quoted(Text.sheets.map(\.name))
        for sheet in reader.sheets {
            let key = NameKey.normalize(sheet.name)
            if key == NameKey.normalize(Text.instructionSheet) { continue }
            guard let spec = Text.sheets.first(where: { NameKey.normalize($0.name) == key }) else {
                issues.add(SeedOrigin(file: fileName, line: 0, column: 0, cell: sheet.name), .planbookSheetUnknown(sheet.name, known: known))
                continue
            }
            if found[spec.id] != nil {
                issues.add(SeedOrigin(file: fileName, line: 0, column: 0, cell: sheet.name), .planbookSheetTwice(spec.name))
                complete = false
                continue
            }
            found[spec.id] = sheet
        }
        for (offset, spec) in Text.sheets.enumerated() {
            guard let sheet = found[spec.id] else {
                if !spec.optional {
                    issues.add(fileOrigin, .planbookSheetMissing(spec.name))
                    complete = false
                }
                continue
            }
            guard let table = table(spec, name: sheet.name, index: offset + 1, cells: try reader.cells(of: sheet)) else {
                complete = false
                continue
            }
            tables[spec.id] = table
            complete = complete && table.complete
        }
        return complete
    }

    private func table(_ spec: PlanSheet, name: String, index: Int, cells: [Int: [Int: XLSXReader.Cell]]) -> PlanTable? {
        let first = NameKey.normalize(spec.columns[0].header)
        let rowNumbers = cells.keys.sorted()
        guard let headerRow = rowNumbers.first(where: { row in
            cells[row]?.values.contains { Self.headerText($0) == first } ?? false
        }) else {
            issues.add(PlanLine.origin(file: fileName, sheet: name, sheetIndex: index, row: 1, column: 1), .planbookNoHeader(name, column: spec.columns[0].header))
            return nil
        }
        var columns: [PlanColumn.ID: Int] = [:]
        var complete = true
        for (column, cell) in (cells[headerRow] ?? [:]).sorted(by: { $0.key < $1.key }) {
            let text = Self.headerText(cell)
            guard let spec = spec.columns.first(where: { NameKey.normalize($0.header) == text }) else { continue }
            if columns[spec.id] != nil {
                issues.add(PlanLine.origin(file: fileName, sheet: name, sheetIndex: index, row: headerRow, column: column), .planbookColumnTwice(spec.header))
                complete = false
                continue
            }
            columns[spec.id] = column
        }
        for column in spec.columns where columns[column.id] == nil && !column.optionalHeader {
            let firstColumn = columns.values.min() ?? 1
            issues.add(PlanLine.origin(file: fileName, sheet: name, sheetIndex: index, row: headerRow, column: firstColumn), .planbookColumnMissing(column.header, sheet: name))
            complete = false
        }
        let wanted = Set(columns.values)
        var lines: [PlanLine] = []
        for row in rowNumbers where row > headerRow {
            let values = (cells[row] ?? [:]).filter { wanted.contains($0.key) }
            let line = PlanLine(sheet: name, sheetIndex: index, fileName: fileName, number: row, columns: columns, cells: values, spec: spec, issues: issues)
            guard columns.keys.contains(where: { !line.raw($0).isEmpty }) else { continue }
            lines.append(line)
        }
        return PlanTable(spec: spec, name: name, index: index, headerRow: headerRow, columns: columns, rows: lines, complete: complete)
    }

    static func headerText(_ cell: XLSXReader.Cell) -> String? {
        guard case .text(let text) = cell.content else { return nil }
        return NameKey.normalize(text)
    }

    func rows(_ id: PlanSheet.ID) -> [PlanLine] { tables[id]?.rows ?? [] }

    func headerOrigin(_ id: PlanSheet.ID) -> SeedOrigin {
        guard let table = tables[id] else { return fileOrigin }
        return PlanLine.origin(file: fileName, sheet: table.name, sheetIndex: table.index, row: table.headerRow, column: table.columns.values.min() ?? 1)
    }

    // MARK: The plan

    func plan() -> SeedPlan {
        var plan = SeedPlan()
        readHeader(into: &plan)
        for line in rows(.departments) {
            let name = line.text(.deptName)
            let kindText = line.raw(.deptKind)
            var kind = "department"
            if [Text.group, "group"].contains(kindText) {
                kind = "group"
            } else if !kindText.isEmpty, kindText != "department" {
                issues.add(line.origin(.deptKind), .planbookDepartmentKind(kindText, group: Text.group))
            }
            guard !name.isEmpty else { continue }
            plan.departments.append(SeedDepartment(origin: line.origin(.deptName), name: name, kind: kind))
        }
        readVocabularies(into: &plan)
        for line in rows(.outlines) {
            var origin = line.origin(.outlineCode)
            origin.fields["code"] = line.origin(.outlineCode)
            let code = line.code(.outlineCode)
            let section = line.text(.section), title = line.text(.outlineTitle)
            guard !code.isEmpty else { continue }
            plan.outlines.append(SeedOutline(origin: origin, code: code, section: section, title: title))
        }
        plan.policies = readPolicies(phases: plan.phases, baselineYear: plan.defaultBaselineYear)
        for line in rows(.sdgs) {
            let no = line.whole(.goalNo)
            let label = line.text(.goalLabel), title = line.text(.goalTitle)
            guard let no else { continue }
            if !(1...17).contains(no) {
                issues.add(line.origin(.goalNo), .seedGoalRange(no))
            } else if plan.sdgGoals.contains(where: { $0.no == no }) {
                issues.add(line.origin(.goalNo), .seedGoalTwice(no))
            }
            plan.sdgGoals.append(SeedSDGGoal(no: no, label: label, title: title))
        }
        plan.sdgGoals.sort { $0.no < $1.no }
        return plan
    }

    private func readHeader(into plan: inout SeedPlan) {
        let items: [(label: String, field: String, required: Bool)] = [
            (Text.itemPlanCode, "code", true), (Text.itemPlanName, "name", true), (Text.itemMunicipality, "municipality", true),
            (Text.itemMunicipalityCode, "municipality_code", false), (Text.itemStartYear, "start_year", true),
            (Text.itemEndYear, "end_year", true), (Text.itemBaselineYear, "default_baseline_year", true),
            (Text.itemCoordinator, "coordinator", true), (Text.itemBudgetDept, "budget_dept", false),
            (Text.itemVisionLabel, "vision_label", false),
        ]
        var origin = headerOrigin(.plan)
        var values: [String: (text: String, line: PlanLine)] = [:]
        for line in rows(.plan) {
            let label = line.raw(.item)
            guard let item = items.first(where: { NameKey.normalize($0.label) == NameKey.normalize(label) }) else {
                if !label.isEmpty {
                    issues.add(line.origin(.item), .planbookItemUnknown(label, known: Text.quoted(items.map(\.label))))
                } else {
                    issues.add(line.origin(.item), .planbookBlank(line.header(.item)))
                }
                continue
            }
            if let first = values[item.field] {
                issues.add(line.origin(.item), .planbookItemTwice(item.label, first: first.line.origin(.item).place))
                continue
            }
            values[item.field] = (line.raw(.value), line)
            origin.fields[item.field] = line.origin(.value)
        }
        func value(_ label: String, _ field: String, required: Bool, code: Bool = false) -> String? {
            guard let entry = values[field] else {
                if required, tables[.plan] != nil { issues.add(headerOrigin(.plan), .planbookItemMissing(label)) }
                return nil
            }
            let text = code ? SeedCode.halfWidth(entry.text) : entry.text
            if text.isEmpty {
                if required { issues.add(entry.line.origin(.value), .planbookBlank(label)) }
                return nil
            }
            return text
        }
        func year(_ label: String, _ field: String) -> Int {
            guard let text = value(label, field, required: true, code: true) else { return 0 }
            let digits = text.hasSuffix("年度") ? String(text.dropLast(2)) : text
            guard let year = Int(digits), (1900...2200).contains(year) else {
                issues.add(origin.at(field), .planbookNotYear(label, text: text))
                return 0
            }
            return year
        }
        plan.origin = origin
        plan.code = value(Text.itemPlanCode, "code", required: true, code: true) ?? ""
        if !plan.code.isEmpty, plan.code.wholeMatch(of: /[a-z0-9][a-z0-9-]*/) == nil {
            issues.add(origin.at("code"), .seedPlanCode(plan.code))
        }
        plan.name = value(Text.itemPlanName, "name", required: true) ?? ""
        plan.municipality = value(Text.itemMunicipality, "municipality", required: true) ?? ""
        plan.municipalityCode = value(Text.itemMunicipalityCode, "municipality_code", required: false, code: true)
        plan.startYear = year(Text.itemStartYear, "start_year")
        plan.endYear = year(Text.itemEndYear, "end_year")
        plan.defaultBaselineYear = year(Text.itemBaselineYear, "default_baseline_year")
        plan.coordinator = value(Text.itemCoordinator, "coordinator", required: true) ?? ""
        plan.budgetDept = value(Text.itemBudgetDept, "budget_dept", required: false)
        plan.visionLabel = value(Text.itemVisionLabel, "vision_label", required: false) ?? SeedPlan.defaultVisionLabel
    }

    private func readVocabularies(into plan: inout SeedPlan) {
        let kinds = [(Text.kindGrade, "grade"), (Text.kindNextDirection, "next_direction"), (Text.kindPhase, "phase")]
        var seen: [String: SeedOrigin] = [:]
        var phases: [String] = []
        for line in rows(.vocabulary) {
            let kindText = line.text(.vocabKind)
            let value = line.text(.vocabValue)
            let meaning = line.raw(.vocabMeaning)
            guard !kindText.isEmpty else { continue }
            guard let kind = kinds.first(where: { $0.0 == kindText || $0.1 == kindText }) else {
                issues.add(line.origin(.vocabKind), .planbookVocabularyKind(kindText, kinds: kinds.map(\.0).joined(separator: Text.separator)))
                continue
            }
            guard !value.isEmpty else { continue }
            if let first = seen[kind.1 + "\t" + value] {
                issues.add(line.origin(.vocabValue), .planbookVocabularyTwice(value, kind: kind.0, first: first.place))
                continue
            }
            seen[kind.1 + "\t" + value] = line.origin(.vocabValue)
            if kind.1 != "phase", meaning.isEmpty, line.columns[.vocabMeaning] != nil {
                issues.add(line.origin(.vocabMeaning), .planbookBlank(line.header(.vocabMeaning)))
            }
            switch kind.1 {
            case "grade": plan.grades.append(SeedTerm(name: value, meaning: meaning))
            case "next_direction": plan.nextDirections.append(SeedTerm(name: value, meaning: meaning))
            default: phases.append(value)
            }
        }
        if tables[.vocabulary] != nil {
            if plan.grades.isEmpty { issues.add(headerOrigin(.vocabulary), .planbookVocabularyMissing(Text.kindGrade)) }
            if plan.nextDirections.isEmpty { issues.add(headerOrigin(.vocabulary), .planbookVocabularyMissing(Text.kindNextDirection)) }
        }
        plan.phases = phases.isEmpty ? SeedPlan.defaultPhases : phases
    }

    // MARK: Policies and what they hold

    /// Codes present on a sheet, whatever else is wrong with their rows: a child whose parent row
    /// has a problem of its own is not reported again.
    private func codes(_ sheet: PlanSheet.ID, _ column: PlanColumn.ID) -> Set<String> {
        Set(rows(sheet).map { SeedCode.halfWidth($0.raw(column)) }.filter { !$0.isEmpty })
    }

    /// The parent's code of a row, reported when no row of the parent's sheet has it.
    private func parent(_ line: PlanLine, _ column: PlanColumn.ID, in sheet: PlanSheet.ID, known: Set<String>) -> String? {
        let code = line.code(column)
        guard !code.isEmpty else { return nil }
        guard known.contains(code) else {
            if tables[sheet] != nil {
                issues.add(line.origin(column), .planbookParentUnknown(line.header(column), code: code, sheet: Text.sheet(sheet).name))
            }
            return nil
        }
        return code
    }

    private func readPolicies(phases: [String], baselineYear: Int) -> [SeedPolicy] {
        var policies: [SeedPolicy] = []
        var policyIndex: [String: Int] = [:]
        for line in rows(.policies) {
            var origin = line.origin(.policyCode)
            for (field, column) in [("code", PlanColumn.ID.policyCode), ("lead_dept", .leadDept), ("related_depts", .relatedDepts), ("outline", .outlineCode)] {
                origin.fields[field] = line.origin(column)
            }
            let code = line.code(.policyCode)
            let outline = line.code(.outlineCode)
            let policy = SeedPolicy(
                origin: origin, code: code, outlineCode: outline.isEmpty ? String(code.split(separator: "-").first ?? "") : outline,
                title: line.text(.policyTitle), leadDept: line.text(.leadDept),
                relatedDepts: line.raw(.relatedDepts).split(whereSeparator: { Text.relatedSeparators.contains($0) })
                    .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty },
                vision: line.text(.vision), measures: [], indicators: [], relatedPlans: [])
            guard !code.isEmpty else { continue }
            if policyIndex[code] == nil { policyIndex[code] = policies.count }
            policies.append(policy)
        }
        let policyCodes = codes(.policies, .policyCode)

        // Measures, then what hangs below them, each attached to the first item with its parent's code.
        var measurePlace: [String: (policy: Int, measure: Int)] = [:]
        for line in rows(.measures) {
            var origin = line.origin(.measureCode)
            origin.fields["code"] = line.origin(.measureCode)
            let code = line.code(.measureCode)
            let parent = parent(line, .policyCode, in: .policies, known: policyCodes)
            let title = line.text(.measureTitle)
            guard !code.isEmpty, let parent, let p = policyIndex[parent] else { continue }
            let measure = SeedMeasure(origin: origin, no: policies[p].measures.count + 1, code: code, title: title, challenges: [], directions: [])
            if measurePlace[code] == nil { measurePlace[code] = (p, policies[p].measures.count) }
            policies[p].measures.append(measure)
        }
        let measureCodes = codes(.measures, .measureCode)

        for line in rows(.challenges) {
            let parent = parent(line, .measureCode, in: .measures, known: measureCodes)
            let no = line.whole(.challengeNo)
            let text = line.text(.challengeText)
            guard let parent, let no, let place = measurePlace[parent] else { continue }
            if policies[place.policy].measures[place.measure].challenges.contains(where: { $0.no == no }) {
                issues.add(line.origin(.challengeNo), .seedChallengeTwice(no, measure: parent))
            }
            policies[place.policy].measures[place.measure].challenges.append(SeedChallenge(no: no, text: text))
        }

        var directionPlace: [String: (policy: Int, measure: Int, direction: Int)] = [:]
        for line in rows(.directions) {
            var origin = line.origin(.directionCode)
            origin.fields["code"] = line.origin(.directionCode)
            let code = line.code(.directionCode)
            let parent = parent(line, .measureCode, in: .measures, known: measureCodes)
            let title = line.text(.directionTitle), text = line.text(.directionText), priority = line.flag(.priority)
            guard !code.isEmpty, let parent, let place = measurePlace[parent] else { continue }
            let count = policies[place.policy].measures[place.measure].directions.count
            if directionPlace[code] == nil { directionPlace[code] = (place.policy, place.measure, count) }
            policies[place.policy].measures[place.measure].directions.append(
                SeedDirection(origin: origin, no: count + 1, code: code, title: title, text: text, isPriority: priority, initiatives: []))
        }
        let directionCodes = codes(.directions, .directionCode)

        let initiativeCodes = codes(.initiatives, .initiativeCode)
        var initiativePlace: [String: (policy: Int, measure: Int, direction: Int, initiative: Int)] = [:]
        for line in rows(.initiatives) {
            var origin = line.origin(.initiativeCode)
            for (field, column) in [("code", PlanColumn.ID.initiativeCode), ("old_code", .oldCode), ("reprint_of", .reprintOf)] {
                origin.fields[field] = line.origin(column)
            }
            let code = line.code(.initiativeCode)
            let parent = parent(line, .directionCode, in: .directions, known: directionCodes)
            let title = line.text(.initiativeTitle)
            let oldCode = line.code(.oldCode)
            let reprintText = line.code(.reprintOf)
            var reprintOf: SeedReprintOrigin?
            if [Text.outside, SeedReprintOrigin.outsideKeyword].contains(reprintText) {
                reprintOf = .outside
            } else if !reprintText.isEmpty {
                if initiativeCodes.contains(reprintText) {
                    reprintOf = .initiative(reprintText)
                } else {
                    issues.add(line.origin(.reprintOf), .planbookReprintUnknown(reprintText, outside: Text.outside))
                }
            }
            guard !code.isEmpty, let parent, let place = directionPlace[parent] else { continue }
            let count = policies[place.policy].measures[place.measure].directions[place.direction].initiatives.count
            if initiativePlace[code] == nil { initiativePlace[code] = (place.policy, place.measure, place.direction, count) }
            policies[place.policy].measures[place.measure].directions[place.direction].initiatives.append(SeedInitiative(
                origin: origin, position: count + 1, code: code, oldCode: oldCode.isEmpty ? nil : oldCode, title: title,
                isReprint: !reprintText.isEmpty, reprintOf: reprintOf, actions: []))
        }

        // A reprint of an original whose own row could not be placed (its 取組方針 is unknown,
        // reported there) is not reported again as a reprint of nothing.
        for p in policies.indices {
            for m in policies[p].measures.indices {
                for d in policies[p].measures[m].directions.indices {
                    for i in policies[p].measures[m].directions[d].initiatives.indices {
                        if case .initiative(let original)? = policies[p].measures[m].directions[d].initiatives[i].reprintOf, initiativePlace[original] == nil {
                            policies[p].measures[m].directions[d].initiatives[i].reprintOf = nil
                        }
                    }
                }
            }
        }

        var actions: [String: [SeedAction]] = [:]
        let phaseList = phases.joined(separator: Text.separator)
        for line in rows(.actions) {
            let parent = parent(line, .initiativeCode, in: .initiatives, known: initiativeCodes)
            let phase = line.text(.phase)
            var text = line.text(.actionText)
            if text.hasPrefix(Text.bullet) { text = String(text.dropFirst()).trimmingCharacters(in: .whitespaces) }
            if !phase.isEmpty, !phases.contains(phase) {
                issues.add(line.origin(.phase), .planbookPhaseUnknown(phase, phases: phaseList))
                continue
            }
            guard let parent, !phase.isEmpty else { continue }
            let seq = (actions[parent] ?? []).filter { $0.phase == phase }.count + 1
            actions[parent, default: []].append(SeedAction(phase: phase, seq: seq, text: text))
        }
        for (code, list) in actions {
            guard let place = initiativePlace[code] else { continue }
            // In the plan's phase order, each phase's bullets in row order.
            let ordered = list.enumerated().sorted { a, b in
                let pa = phases.firstIndex(of: a.element.phase) ?? 0, pb = phases.firstIndex(of: b.element.phase) ?? 0
                return pa != pb ? pa < pb : a.offset < b.offset
            }.map(\.element)
            policies[place.policy].measures[place.measure].directions[place.direction].initiatives[place.initiative].actions = ordered
        }

        var indicatorPlace: [String: (policy: Int, indicator: Int)] = [:]
        for line in rows(.indicators) {
            var origin = line.origin(.indicatorCode)
            for (field, column) in [("code", PlanColumn.ID.indicatorCode), ("measure", .measureCode), ("source_dept", .sourceDept), ("direction", .direction)] {
                origin.fields[field] = line.origin(column)
            }
            let code = line.code(.indicatorCode)
            let parent = parent(line, .policyCode, in: .policies, known: policyCodes)
            let measure = line.code(.measureCode)
            let directionText = line.text(.direction)
            var direction = ""
            if !directionText.isEmpty {
                if let seed = IndicatorDirection.seedValue(directionText) {
                    direction = seed
                } else {
                    issues.add(line.origin(.direction), .planbookDirection(directionText, allowed: IndicatorDirection.allowed))
                }
            }
            let baselineText = line.text(.baselineText)
            var baselineOrigin = line.origin(.baselineText)
            for (field, column) in [("year", PlanColumn.ID.baselineYear), ("text", .baselineText), ("value", .baselineValue)] {
                baselineOrigin.fields[field] = line.origin(column)
            }
            let note = line.raw(.note), baselineNote = line.raw(.baselineNote)
            let indicator = SeedIndicator(
                origin: origin, no: 0, code: code, measureCode: measure, name: line.text(.indicatorName),
                description: line.text(.description), sourceDept: line.text(.sourceDept), isKPI: line.flag(.kpi),
                unit: line.text(.unit), direction: direction, note: note.isEmpty ? nil : note,
                baseline: SeedCell(
                    origin: baselineOrigin, year: line.year(.baselineYear) ?? baselineYear, text: baselineText,
                    value: line.number(.baselineValue, printed: baselineText), note: baselineNote.isEmpty ? nil : baselineNote),
                targets: [])
            guard !code.isEmpty, let parent, let p = policyIndex[parent] else { continue }
            var placed = indicator
            // A measure whose own row could not be placed was reported there, not again here.
            if measureCodes.contains(measure), measurePlace[measure] == nil { placed.measureCode = "" }
            placed.no = policies[p].indicators.count + 1
            if indicatorPlace[code] == nil { indicatorPlace[code] = (p, policies[p].indicators.count) }
            policies[p].indicators.append(placed)
        }
        let indicatorCodes = codes(.indicators, .indicatorCode)
        for line in rows(.targets) {
            let parent = parent(line, .indicatorCode, in: .indicators, known: indicatorCodes)
            var origin = line.origin(.targetText)
            for (field, column) in [("year", PlanColumn.ID.targetYear), ("text", .targetText), ("value", .targetValue)] {
                origin.fields[field] = line.origin(column)
            }
            let year = line.year(.targetYear)
            let text = line.text(.targetText)
            let value = line.number(.targetValue, printed: text)
            let note = line.raw(.targetNote)
            guard let parent, let year, let place = indicatorPlace[parent] else { continue }
            policies[place.policy].indicators[place.indicator].targets.append(
                SeedCell(origin: origin, year: year, text: text, value: value, note: note.isEmpty ? nil : note))
        }

        for line in rows(.relatedPlans) {
            let parent = parent(line, .policyCode, in: .policies, known: policyCodes)
            let name = line.text(.relatedName), period = line.raw(.period)
            guard let parent, let p = policyIndex[parent] else { continue }
            policies[p].relatedPlans.append(SeedRelatedPlan(name: name, period: period))
        }
        return policies
    }
}
