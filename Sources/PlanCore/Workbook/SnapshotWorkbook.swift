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
        try book.close()
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
        let vision = "\(WorkbookText.visionLabel)：\(policy.vision)"
        try sheet.merged(2, columns: 0...(widths.count - 1), vision, styles.plainWrapped)
        sheet.rowHeight(2, XLSXSheet.rowHeight(lines: XLSXSheet.lines(vision, width: widths.reduce(0, +))))
        line = 4
        try table(sheet, WorkbookText.indicatorSection, WorkbookText.indicatorHeaders)
    }

    func indicator(_ indicator: SnapshotDocument.Indicator) throws {
        try item([
            indicator.code, indicator.name, "\(indicator.baselineText)（\(indicator.baselineYear)）", SnapshotDocument.targetLabel(indicator),
            indicator.valueText.map { $0 + indicator.unit } ?? WorkbookText.notEntered,
            indicator.achieved.map { $0 ? WorkbookText.achieved : WorkbookText.notAchieved } ?? WorkbookText.none,
            indicator.progress.map { CellText.realText($0) + "%" } ?? WorkbookText.none,
        ])
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
