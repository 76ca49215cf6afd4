import Foundation

/// A frozen year as a workbook for the committee and the council: a summary sheet and one
/// sheet per policy, with the same content as the HTML 評価結果報告書. Printed values are text
/// cells, exactly as frozen; every sheet prints on A4 landscape, one page wide.
extension SnapshotDocument {
    /// Writes the workbook to `path`.
    public func writeWorkbook(to path: String) throws {
        let book = try XLSXWorkbook(path: path)
        let styles = WorkbookStyles(book)
        book.setTitle(title)

        let summary = try book.addSheet(WorkbookText.summarySheet)
        var line = try heading(summary, styles)
        for (column, width) in [36.0, 12, 10, 22, 9, 9].enumerated() { summary.columnWidth(column, width) }
        try row(summary, line, WorkbookText.summaryHeaders, styles.header)
        line += 1
        for policy in policies {
            let figures = PolicySummary(policy)
            try row(summary, line, [policy.code + " " + policy.title, policy.leadDept, figures.achievedLabel, figures.gradeLabel,
                                    policy.firstGrade ?? WorkbookText.none, policy.secondGrade ?? WorkbookText.none], styles.text)
            line += 1
        }
        try summary.printLayout(header: WorkbookText.reportHeader(title), headerRows: 0)

        for policy in policies {
            try writePolicy(policy, book.addSheet(policy.code), styles)
        }
        try book.close()
    }

    /// Title, stamp and note at the top of a sheet; returns the next free row.
    private func heading(_ sheet: XLSXSheet, _ styles: WorkbookStyles) throws -> Int {
        try sheet.text(0, 0, title, styles.title)
        try sheet.text(1, 0, stamp, styles.plain)
        var line = 2
        if let note = info.note { try sheet.text(line, 0, note, styles.plain); line += 1 }
        if info.missing > 0 { try sheet.text(line, 0, WorkbookText.missingNote(info.missing), styles.plain); line += 1 }
        return line + 1
    }

    private func row(_ sheet: XLSXSheet, _ line: Int, _ values: [String], _ style: XLSXSheet.Format, widths: [Double]? = nil) throws {
        for (column, value) in values.enumerated() { try sheet.text(line, column, value, style) }
        if let widths {
            let lines = zip(values, widths).map { XLSXSheet.lines($0, width: $1) }.max() ?? 1
            if lines > 1 { sheet.rowHeight(line, XLSXSheet.rowHeight(lines: lines)) }
        }
    }

    private func writePolicy(_ policy: Policy, _ sheet: XLSXSheet, _ styles: WorkbookStyles) throws {
        let widths: [Double] = [11, 24, 30, 14, 12, 30, 30]
        for (column, width) in widths.enumerated() { sheet.columnWidth(column, width) }
        try sheet.text(0, 0, "\(policy.code) \(policy.title)", styles.title)
        try sheet.text(1, 0, "\(WorkbookText.leadLabel)：\(policy.leadDept)", styles.plain)
        let vision = "\(WorkbookText.visionLabel)：\(policy.vision)"
        try sheet.merged(2, columns: 0...(widths.count - 1), vision, styles.plainWrapped)
        sheet.rowHeight(2, XLSXSheet.rowHeight(lines: XLSXSheet.lines(vision, width: widths.reduce(0, +))))
        var line = 4
        /// A table: its heading, its header row, one row per item, and an empty row after.
        func table<Item>(_ heading: String, _ headers: [String], _ items: [Item], _ cells: (Item) -> [String]) throws {
            try sheet.text(line, 0, heading, styles.heading)
            try row(sheet, line + 1, headers, styles.header)
            line += 2
            for item in items {
                try row(sheet, line, cells(item), styles.wrapped, widths: widths)
                line += 1
            }
            line += 1
        }
        try table(WorkbookText.indicatorSection, WorkbookText.indicatorHeaders, policy.indicators) { indicator in [
                indicator.code, indicator.name, "\(indicator.baselineText)（\(indicator.baselineYear)）", Self.targetLabel(indicator),
                indicator.valueText.map { $0 + indicator.unit } ?? WorkbookText.notEntered,
                indicator.achieved.map { $0 ? WorkbookText.achieved : WorkbookText.notAchieved } ?? WorkbookText.none,
                indicator.progress.map { CellText.realText($0) + "%" } ?? WorkbookText.none,
            ]
        }
        try table(WorkbookText.initiativeSection, WorkbookText.initiativeHeaders, policy.initiatives) { initiative in [
                initiative.code, initiative.directionTitle + (initiative.isPriority ? WorkbookText.priority : ""),
                initiative.title + (initiative.isReprint ? WorkbookText.reprint : ""), initiative.grade ?? WorkbookText.none,
                initiative.nextDirection ?? WorkbookText.none, initiative.result ?? "", initiative.challenge ?? "",
            ]
        }
        try sheet.text(line, 0, WorkbookText.reviewSection, styles.heading)
        line += 1
        for (label, grade, comment) in [
            (WorkbookText.firstReview(policy.leadDept), policy.firstGrade, policy.firstComment),
            (WorkbookText.secondReview(plan.coordinator), policy.secondGrade, policy.secondComment),
        ] {
            try row(sheet, line, [label, grade ?? WorkbookText.none, comment ?? ""], styles.wrapped, widths: [11, 24, 30])
            line += 1
        }
        try sheet.printLayout(header: WorkbookText.reportHeader(title), headerRows: 0)
    }
}
