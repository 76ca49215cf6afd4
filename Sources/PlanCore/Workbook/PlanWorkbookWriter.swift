import CXLSXWriter
import Foundation

/// Writes a plan as the plan workbook (施策体系ワークブック), the form `PlanWorkbookReader` reads
/// back: an instructions sheet (説明) first, then one sheet per kind of item with its header row
/// under a one-line description, rows in printed order. Every cell is text (`@`), whole columns
/// included, so that what a person types later stays text too (`6-1` never becomes a date,
/// `95.10` never `95.1`). Columns that take a listed value have drop-downs: departments from the
/// 課 sheet, 方向, 段階, ○ flags and 評価区分's 種類.
///
/// `plan template` writes the example plan (`PlanWorkbookText.example`, one row per sheet);
/// `plan export` writes a loaded plan.
public struct PlanWorkbookWriter {
    typealias Text = PlanWorkbookText
    let plan: SeedPlan

    public init(plan: SeedPlan) { self.plan = plan }

    /// The empty workbook: the example plan, one row per sheet.
    public static var template: PlanWorkbookWriter { PlanWorkbookWriter(plan: Text.example) }

    /// Rows kept ready for drop-downs below the last written row.
    static let spareRows = 300
    static let headerRow = 1

    /// `--out` replaces only a plan workbook (one holding the 計画, 課 and 施策 sheets): never a
    /// file plandb did not write, such as another workbook or a document of the same name.
    public static func checkReplaceable(_ path: String) throws {
        guard FileManager.default.fileExists(atPath: path) else { return }
        let names = Set([Text.planSheet, Text.departmentSheet, Text.policySheet].map(NameKey.normalize))
        if XLSXReader.isZip(path), let reader = try? XLSXReader(path: path, fileName: path),
           names.isSubset(of: Set(reader.sheets.map { NameKey.normalize($0.name) })) {
            return
        }
        throw PlanError(.planbookWouldReplace(path), advice: .planbookWouldReplaceAdvice)
    }

    public func write(to path: String) throws {
        let book = try XLSXWorkbook(path: path)
        let styles = WorkbookStyles(book)
        let formats = PlanWorkbookFormats(book)
        book.setTitle(Text.documentTitle("\(plan.municipality) \(plan.name)"))
        let instructions = try book.addSheet(Text.instructionSheet)
        try writeInstructions(instructions, styles)
        instructions.activate()
        for spec in Text.sheets {
            let sheet = try book.addSheet(spec.name)
            try write(sheet, spec, rows: rows(spec.id), styles, formats)
        }
        try book.close()
    }

    // MARK: Sheets

    private func write(_ sheet: XLSXSheet, _ spec: PlanSheet, rows: [[PlanColumn.ID: String]], _ styles: WorkbookStyles, _ formats: PlanWorkbookFormats) throws {
        let description = Text.sheetDescriptions.first { $0.0 == spec.name }?.1 ?? ""
        try sheet.text(0, 0, description, styles.plain)
        for (column, spec) in spec.columns.enumerated() {
            worksheet_set_column(sheet.sheet, lxw_col_t(column), lxw_col_t(column), spec.width, spec.wrap ? formats.columnWrapped : formats.column)
            try sheet.text(Self.headerRow, column, spec.header, styles.header)
        }
        sheet.rowHeight(Self.headerRow, XLSXSheet.rowHeight(lines: spec.columns.map { XLSXSheet.lines($0.header, width: $0.width) }.max() ?? 1))
        for (offset, row) in rows.enumerated() {
            let line = Self.headerRow + 1 + offset
            var lines = 1
            for (column, spec) in spec.columns.enumerated() {
                let value = row[spec.id] ?? ""
                try sheet.text(line, column, value, spec.wrap ? styles.wrapped : styles.text)
                if spec.wrap { lines = max(lines, XLSXSheet.lines(value, width: spec.width)) }
            }
            if lines > 1 { sheet.rowHeight(line, XLSXSheet.rowHeight(lines: lines)) }
        }
        let first = Self.headerRow + 1, last = Self.headerRow + rows.count + Self.spareRows
        for (column, columnSpec) in spec.columns.enumerated() {
            switch lists(spec.id, columnSpec.id) {
            case .departments?:
                try sheet.listFromRange(first, last, column, Self.departmentRange, errorMessage: Text.deptListErrorMessage)
            case .values(let items)?:
                try sheet.list(first, last, column, items, errorTitle: Text.listErrorTitle, errorMessage: Text.listErrorMessage(items))
            case nil:
                break
            }
        }
        if spec.id == .plan {
            // The 値 cells of 取りまとめ課 and 予算担当課 take a department.
            for (offset, row) in rows.enumerated() where [Text.itemCoordinator, Text.itemBudgetDept].contains(row[.item]) {
                try sheet.listFromRange(first + offset, first + offset, 1, Self.departmentRange, errorMessage: Text.deptListErrorMessage)
            }
        }
        sheet.freezeRows(Self.headerRow + 1)
        try sheet.printLayout(header: Text.pageHeader, headerRows: Self.headerRow + 1)
    }

    enum ListSource {
        case departments
        case values([String])
    }

    /// The 課 sheet's names, as a drop-down's source.
    static let departmentRange = "='\(Text.departmentSheet)'!$A$\(headerRow + 2):$A$\(headerRow + 1 + 1000)"

    private func lists(_ sheet: PlanSheet.ID, _ column: PlanColumn.ID) -> ListSource? {
        switch (sheet, column) {
        case (.policies, .leadDept), (.indicators, .sourceDept): return .departments
        case (.indicators, .direction): return .values(IndicatorDirection.words.map(\.japanese))
        case (.indicators, .kpi), (.directions, .priority): return .values([Text.mark])
        case (.actions, .phase): return .values(plan.phases)
        case (.vocabulary, .vocabKind): return .values([Text.kindGrade, Text.kindNextDirection, Text.kindPhase])
        case (.departments, .deptKind): return .values([Text.group])
        default: return nil
        }
    }

    // MARK: Rows

    /// The rows of one sheet, by column, in printed order.
    func rows(_ sheet: PlanSheet.ID) -> [[PlanColumn.ID: String]] {
        let measures = plan.policies.flatMap { policy in policy.measures.map { (policy, $0) } }
        let directions = measures.flatMap { _, measure in measure.directions.map { (measure, $0) } }
        let initiatives = directions.flatMap { _, direction in direction.initiatives.map { (direction, $0) } }
        let indicators = plan.policies.flatMap { policy in policy.indicators.map { (policy, $0) } }
        switch sheet {
        case .plan:
            return [
                (Text.itemPlanCode, plan.code), (Text.itemPlanName, plan.name), (Text.itemMunicipality, plan.municipality),
                (Text.itemMunicipalityCode, plan.municipalityCode ?? ""), (Text.itemStartYear, String(plan.startYear)),
                (Text.itemEndYear, String(plan.endYear)), (Text.itemBaselineYear, String(plan.defaultBaselineYear)),
                (Text.itemCoordinator, plan.coordinator), (Text.itemBudgetDept, plan.budgetDept ?? ""),
                (Text.itemVisionLabel, plan.visionLabel),
            ].map { [.item: $0.0, .value: $0.1] }
        case .departments:
            return plan.departments.map { [.deptName: $0.name, .deptKind: $0.kind == "group" ? Text.group : ""] }
        case .vocabulary:
            return plan.grades.map { [.vocabKind: Text.kindGrade, .vocabValue: $0.name, .vocabMeaning: $0.meaning] }
                + plan.nextDirections.map { [.vocabKind: Text.kindNextDirection, .vocabValue: $0.name, .vocabMeaning: $0.meaning] }
                + plan.phases.map { [.vocabKind: Text.kindPhase, .vocabValue: $0] }
        case .outlines:
            return plan.outlines.map { [.outlineCode: $0.code, .section: $0.section, .outlineTitle: $0.title] }
        case .policies:
            return plan.policies.map {
                [.policyCode: $0.code, .outlineCode: $0.outlineCode, .policyTitle: $0.title, .leadDept: $0.leadDept,
                 .relatedDepts: $0.relatedDepts.joined(separator: "、"), .vision: $0.vision]
            }
        case .measures:
            return measures.map { policy, measure in [.measureCode: measure.code, .policyCode: policy.code, .measureTitle: measure.title] }
        case .challenges:
            return measures.flatMap { _, measure in
                measure.challenges.map { [.measureCode: measure.code, .challengeNo: String($0.no), .challengeText: $0.text] }
            }
        case .directions:
            return directions.map { measure, direction in
                [.directionCode: direction.code, .measureCode: measure.code, .directionTitle: direction.title,
                 .directionText: direction.text, .priority: direction.isPriority ? Text.mark : ""]
            }
        case .initiatives:
            return initiatives.map { direction, initiative in
                [.initiativeCode: initiative.code, .directionCode: direction.code, .initiativeTitle: initiative.title,
                 .reprintOf: Self.reprintText(initiative), .oldCode: initiative.oldCode ?? ""]
            }
        case .actions:
            return initiatives.flatMap { _, initiative in
                initiative.actions.map { [.initiativeCode: initiative.code, .phase: $0.phase, .actionText: $0.text] }
            }
        case .indicators:
            return indicators.map { policy, indicator in
                [.indicatorCode: indicator.code, .policyCode: policy.code, .measureCode: indicator.measureCode, .indicatorName: indicator.name,
                 .description: indicator.description, .unit: indicator.unit, .sourceDept: indicator.sourceDept,
                 .kpi: indicator.isKPI ? Text.mark : "", .direction: IndicatorDirection.japanese(indicator.direction),
                 .baselineText: indicator.baseline.text, .baselineValue: indicator.baseline.value ?? "",
                 .baselineYear: String(indicator.baseline.year), .note: indicator.note ?? "", .baselineNote: indicator.baseline.note ?? ""]
            }
        case .targets:
            return indicators.flatMap { _, indicator in
                indicator.targets.map {
                    [.indicatorCode: indicator.code, .targetYear: String($0.year), .targetText: $0.text, .targetValue: $0.value ?? "", .targetNote: $0.note ?? ""]
                }
            }
        case .relatedPlans:
            return plan.policies.flatMap { policy in policy.relatedPlans.map { [.policyCode: policy.code, .relatedName: $0.name, .period: $0.period] } }
        case .sdgs:
            return plan.sdgGoals.map { [.goalNo: String($0.no), .goalLabel: $0.label, .goalTitle: $0.title] }
        }
    }

    static func reprintText(_ initiative: SeedInitiative) -> String {
        switch initiative.reprintOf {
        case .initiative(let code)?: return code
        case .outside?: return Text.outside
        case nil: return ""
        }
    }

    // MARK: 説明

    private func writeInstructions(_ sheet: XLSXSheet, _ styles: WorkbookStyles) throws {
        let width = 100.0
        sheet.columnWidth(0, 14)
        sheet.columnWidth(1, width)
        try sheet.text(0, 0, Text.title, styles.title)
        sheet.rowHeight(0, 20)
        var line = 2
        func paragraph(_ text: String) throws {
            try sheet.text(line, 0, text, styles.plain)
            line += 1
        }
        for text in Text.introduction { try paragraph(text) }
        try paragraph(Text.exampleNote)
        line += 1
        try sheet.text(line, 0, Text.rulesTitle, styles.heading)
        line += 1
        for text in Text.rules {
            try sheet.merged(line, columns: 0...1, text, styles.plainWrapped)
            sheet.rowHeight(line, XLSXSheet.rowHeight(lines: XLSXSheet.lines(text, width: width + 14)))
            line += 1
        }
        line += 1
        try sheet.text(line, 0, Text.sheetsTitle, styles.heading)
        line += 1
        try sheet.text(line, 0, Text.sheetsHeader[0], styles.header)
        try sheet.text(line, 1, Text.sheetsHeader[1], styles.header)
        line += 1
        for (name, description) in Text.sheetDescriptions {
            try sheet.text(line, 0, name, styles.text)
            try sheet.text(line, 1, description, styles.wrapped)
            sheet.rowHeight(line, XLSXSheet.rowHeight(lines: XLSXSheet.lines(description, width: width)))
            line += 1
        }
        try sheet.printLayout(header: Text.pageHeader, headerRows: 0)
    }
}

/// Whole-column formats: text (`@`) without borders, so typed cells stay text.
final class PlanWorkbookFormats {
    let column: XLSXSheet.Format
    let columnWrapped: XLSXSheet.Format

    init(_ book: XLSXWorkbook) {
        column = book.format(XLSXStyle(numberFormat: "@", border: false))
        columnWrapped = book.format(XLSXStyle(wrap: true, numberFormat: "@", border: false))
    }
}

extension XLSXSheet {
    /// A drop-down whose items are the cells of `range` (a formula such as `='課'!$A$3:$A$1002`).
    func listFromRange(_ firstRow: Int, _ lastRow: Int, _ column: Int, _ range: String, errorMessage: String) throws {
        guard lastRow >= firstRow else { return }
        let formula = strdup(range), title = strdup(PlanWorkbookText.listErrorTitle), message = strdup(errorMessage)
        defer {
            free(formula)
            free(title)
            free(message)
        }
        var validation = lxw_data_validation()
        validation.validate = UInt8(LXW_VALIDATION_TYPE_LIST_FORMULA.rawValue)
        validation.value_formula = formula
        validation.error_title = title
        validation.error_message = message
        try Self.check(
            worksheet_data_validation_range(sheet, lxw_row_t(firstRow), lxw_col_t(column), lxw_row_t(lastRow), lxw_col_t(column), &validation),
            .workbookPartList(column))
    }
}
