import Foundation

/// A frozen year as a workbook for the committee and the council: a summary sheet and one
/// sheet per policy, with the same content as the HTML 評価結果報告書. Printed values are text
/// cells, exactly as frozen; every sheet prints on A4 landscape, one page wide. The workbook is
/// made in libxlsxwriter's constant-memory mode and every sheet is written top to bottom as its
/// items are read, so a snapshot of any size needs the same memory.
final class SnapshotWorkbook<Source: SnapshotSource>: SnapshotVisitor {
    let source: Source
    let book: XLSXWorkbook
    let styles: WorkbookStyles
    static var widths: [Double] { [11, 24, 30, 14, 12, 30, 30] }
    private var sheet: XLSXSheet?
    private var line = 0

    init(source: Source, path: String) throws {
        self.source = source
        book = try XLSXWorkbook(path: path, constantMemory: true)
        styles = WorkbookStyles(book)
    }

    func write() throws {
        book.setTitle(source.title)
        let summary = try book.addSheet(WorkbookText.summarySheet)
        line = try heading(summary)
        for (column, width) in [36.0, 12, 10, 22, 9, 9].enumerated() { summary.columnWidth(column, width) }
        try row(summary, line, WorkbookText.summaryHeaders, styles.header)
        line += 1
        for (policy, figures) in try source.summaries() {
            try row(summary, line, [policy.code + " " + policy.title, policy.leadDept, figures.achievedLabel, figures.gradeLabel(source.plan),
                                    policy.firstGrade ?? WorkbookText.none, policy.secondGrade ?? WorkbookText.none], styles.text)
            line += 1
        }
        try summary.printLayout(header: WorkbookText.reportHeader(source.title), headerRows: 0)
        try source.walk(self)
        try writeProjects(try source.projects())
        try book.close()
    }

    /// 事業とコスト, after the policies when the year froze any projects: each policy's cost, then
    /// every project with its figures as number cells (千円) and its evaluation.
    private func writeProjects(_ section: SnapshotProjects) throws {
        guard !section.isEmpty else { return }
        let sheet = try book.addSheet(WorkbookText.costSheet)
        line = try heading(sheet)
        for (column, width) in [10.0, 24, 11, 22, 10, 10, 10, 10, 10, 10, 8, 18, 6, 10, 24, 24].enumerated() { sheet.columnWidth(column, width) }
        let amount = book.format(XLSXStyle(numberFormat: "#,##0"))
        func figures(_ values: [Int64?], from column: Int) throws {
            for (offset, value) in values.enumerated() {
                if let value { try sheet.number(line, column + offset, Double(value), amount) } else { try sheet.text(line, column + offset, WorkbookText.none, styles.text) }
            }
        }
        try table(sheet, WorkbookText.policyCostSection, WorkbookText.policyCostHeaders)
        for cost in section.costs where cost.level == "policy" {
            try sheet.text(line, 0, cost.code, styles.text)
            try figures([cost.budget, cost.settled, cost.personnelCost, cost.fullCost, cost.generalRevenue, Int64(cost.projects)], from: 1)
            line += 1
        }
        line += 1
        try table(sheet, WorkbookText.projectSection, WorkbookText.projectHeaders)
        for project in section.projects {
            for (column, text) in [project.code, project.name, project.dept, project.linksLabel].enumerated() { try sheet.text(line, column, text, styles.wrapped) }
            try figures([project.budget, project.settled, project.specificRevenue, project.personnelCost, project.fullCost, project.generalRevenue], from: 4)
            for (offset, text) in [project.basisLabel ?? WorkbookText.none, project.staffLabel, project.grade ?? WorkbookText.none,
                                   project.nextDirection ?? WorkbookText.none, project.result ?? "", project.challenge ?? ""].enumerated() {
                try sheet.text(line, 10 + offset, text, styles.wrapped)
            }
            line += 1
        }
        try sheet.printLayout(header: WorkbookText.reportHeader(source.title), headerRows: 0)
    }

    /// Title, stamp and note at the top of a sheet; returns the next free row.
    private func heading(_ sheet: XLSXSheet) throws -> Int {
        try sheet.text(0, 0, source.title, styles.title)
        try sheet.text(1, 0, source.stamp, styles.plain)
        var line = 2
        if let note = source.info.note { try sheet.text(line, 0, note, styles.plain); line += 1 }
        if source.info.missing > 0 { try sheet.text(line, 0, WorkbookText.missingNote(source.info.missing), styles.plain); line += 1 }
        return line + 1
    }

    private func row(_ sheet: XLSXSheet, _ line: Int, _ values: [String], _ style: XLSXSheet.Format, widths: [Double]? = nil) throws {
        for (column, value) in values.enumerated() { try sheet.text(line, column, value, style) }
        if let widths {
            let lines = zip(values, widths).map { XLSXSheet.lines($0, width: $1) }.max() ?? 1
            if lines > 1 { sheet.rowHeight(line, XLSXSheet.rowHeight(lines: lines)) }
        }
    }

    /// A table's heading and header row; its items follow, one row each, then an empty row.
    private func table(_ sheet: XLSXSheet, _ heading: String, _ headers: [String]) throws {
        try sheet.text(line, 0, heading, styles.heading)
        try row(sheet, line + 1, headers, styles.header)
        line += 2
    }

    private func item(_ cells: [String]) throws {
        guard let sheet else { return }
        try row(sheet, line, cells, styles.wrapped, widths: Self.widths)
        line += 1
    }

    func policy(_ policy: SnapshotDocument.Policy) throws {
        let sheet = try book.addSheet(policy.code)
        self.sheet = sheet
        let widths = Self.widths
        for (column, width) in widths.enumerated() { sheet.columnWidth(column, width) }
        try sheet.text(0, 0, "\(policy.code) \(policy.title)", styles.title)
        try sheet.text(1, 0, "\(WorkbookText.leadLabel)：\(policy.leadDept)", styles.plain)
        let vision = "\(source.plan.visionLabel)：\(policy.vision)"
        try sheet.merged(2, columns: 0...(widths.count - 1), vision, styles.plainWrapped)
        sheet.rowHeight(2, XLSXSheet.rowHeight(lines: XLSXSheet.lines(vision, width: widths.reduce(0, +))))
        line = 4
        try table(sheet, WorkbookText.indicatorSection, WorkbookText.indicatorHeaders)
    }

    /// An indicator's row. 目標値, 実績値 and 進捗率 are number cells whose format shows the
    /// unit and the printed decimals (95.10 in a `#,##0.00"%"` cell shows 95.10%), so that the
    /// council's staff can sum and chart them; a target that is not one number (「30％以内」
    /// printed as such, 目標値なし) and a missing actual stay text.
    func indicator(_ indicator: SnapshotDocument.Indicator) throws {
        guard let sheet else { return }
        let texts = [
            indicator.code, indicator.name, "\(indicator.baselineText)（\(indicator.baselineYear)）", SnapshotDocument.targetLabel(indicator),
            FigureText.recorded(indicator.valueText, unit: indicator.unit) ?? WorkbookText.notEntered,
            indicator.achieved.map { $0 ? WorkbookText.achieved : WorkbookText.notAchieved } ?? WorkbookText.none,
            indicator.progress.map { CellText.realText($0) + "%" } ?? WorkbookText.none,
        ]
        var figures: [Int: (value: Double, format: XLSXSheet.Format)] = [:]
        let printed = EntryWorkbook.precision(of: [indicator.baselineText] + indicator.targets.map(\.text))
        if let target = TargetFigure.of(
            text: indicator.targetText, value: indicator.targetValue, basis: indicator.targetBasis, unit: indicator.unit, printed: printed) {
            figures[3] = (target.value, styles.figure(unit: target.unit, decimals: target.decimals))
        }
        if let value = indicator.value, let text = indicator.valueText {
            figures[4] = (value, styles.figure(unit: indicator.unit, decimals: EntryWorkbook.decimals(text)))
        }
        if let progress = indicator.progress {
            figures[6] = (progress, styles.figure(unit: "%", decimals: 1))
        }
        for (column, text) in texts.enumerated() {
            if let figure = figures[column] {
                try sheet.number(line, column, figure.value, figure.format)
            } else {
                try sheet.text(line, column, text, styles.wrapped)
            }
        }
        let lines = zip(texts, Self.widths).map { XLSXSheet.lines($0, width: $1) }.max() ?? 1
        if lines > 1 { sheet.rowHeight(line, XLSXSheet.rowHeight(lines: lines)) }
        line += 1
    }

    func initiatives(of policy: SnapshotDocument.Policy) throws {
        guard let sheet else { return }
        line += 1
        try table(sheet, WorkbookText.initiativeSection, WorkbookText.initiativeHeaders)
    }

    func initiative(_ initiative: SnapshotDocument.Initiative) throws {
        try item([
            initiative.code, initiative.directionTitle + (initiative.isPriority ? WorkbookText.priority : ""),
            initiative.title + (initiative.isReprint ? WorkbookText.reprint : ""), initiative.grade ?? WorkbookText.none,
            initiative.nextDirection ?? WorkbookText.none, initiative.result ?? "", initiative.challenge ?? "",
        ])
    }

    func endPolicy(_ policy: SnapshotDocument.Policy) throws {
        guard let sheet else { return }
        line += 1
        try sheet.text(line, 0, WorkbookText.reviewSection, styles.heading)
        line += 1
        for (label, grade, comment) in [
            (WorkbookText.firstReview(policy.leadDept), policy.firstGrade, policy.firstComment),
            (WorkbookText.secondReview(source.plan.coordinator), policy.secondGrade, policy.secondComment),
        ] {
            try row(sheet, line, [label, grade ?? WorkbookText.none, comment ?? ""], styles.wrapped, widths: [11, 24, 30])
            line += 1
        }
        try sheet.printLayout(header: WorkbookText.reportHeader(source.title), headerRows: 0)
    }
}

/// A target as a number cell's value, unit and decimals, when its label is just that number: a
/// printed target whose text is its value (with or without the unit), or an interpolated one.
/// Otherwise (「30％以内」, 目標値なし) nil, and the label is written as text.
enum TargetFigure {
    /// `printed`: the most decimals the plan prints for the indicator (EntryWorkbook.precision).
    static func of(text: String?, value: Double?, basis: String, unit: String, printed: Int) -> (value: Double, unit: String, decimals: Int)? {
        guard let value else { return nil }
        switch basis {
        case "printed":
            guard let text else { return nil }
            var bare = text.precomposedStringWithCompatibilityMapping.trimmed
            let folded = unit.precomposedStringWithCompatibilityMapping
            if !folded.isEmpty, bare.hasSuffix(folded) { bare = String(bare.dropLast(folded.count)).trimmed }
            guard let parsed = Double(bare.replacingOccurrences(of: ",", with: "")), parsed == value else { return nil }
            return (value, unit, EntryWorkbook.decimals(bare))
        case "interpolated":
            return (value, unit + "（補間）", interpolatedDecimals(value, printed: printed))
        default:
            return nil
        }
    }

    /// An interpolated target shows the plan's own decimals (73.0% beside the printed 73.0%), and
    /// as many more, up to two, as the value needs (49.5億円 between 37億円 and 62億円); from 1,000
    /// up, as FigureText.computed prints it, no more than the plan's.
    static func interpolatedDecimals(_ value: Double, printed: Int) -> Int {
        guard abs(value) < 1000 else { return printed }
        let needed = value == value.rounded() ? 0 : (value * 10 == (value * 10).rounded() ? 1 : 2)
        return max(printed, needed)
    }
}
