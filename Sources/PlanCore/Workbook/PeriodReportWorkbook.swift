import Foundation

/// The period report as a workbook a person can read on paper: a sheet of sources (each year's
/// snapshot version and SHA-256, or 未確定 for a year read from live data), then one sheet per
/// kind of row — 指標, 見通し, 施策, 主な取組 — one row per item and year as in the CSV export, each
/// with the year's 版 so every figure can be traced to its snapshot on the 出典 sheet. One sheet
/// per kind keeps each sheet to the few columns that kind has (the CSV's 20 columns on one sheet
/// printed at about 5 pt): every sheet prints on A4 landscape, one page wide, at full size, its
/// header row repeated on every page, long names wrapped.
extension PeriodReport {
    /// Writes the workbook to `path` (OutputFile's temporary file).
    public func writeWorkbook(to path: String) throws {
        let book = try XLSXWorkbook(path: path)
        let styles = WorkbookStyles(book)
        let title = self.title(.ja)
        book.setTitle(title)
        let header = WorkbookText.reportHeader(title)

        let sources = try book.addSheet(WorkbookText.periodSourcesSheet)
        try sources.text(0, 0, title, styles.title)
        for (column, width) in [18.0, 6, 12, 68].enumerated() { sources.columnWidth(column, width) }
        for (column, text) in WorkbookText.periodSourcesHeaders.enumerated() { try sources.text(2, column, text, styles.header) }
        for (offset, source) in self.sources.enumerated() {
            let cells = source.snapshot.map { [FiscalYear.label(source.year), "v\($0.version)", JapanTime.day($0.createdAt), $0.sha256] }
                ?? [FiscalYear.label(source.year), WorkbookText.periodLive, "", ""]
            for (column, cell) in cells.enumerated() { try sources.text(3 + offset, column, cell, styles.text) }
        }
        try sources.printLayout(header: header, headerRows: 0)

        let table = PeriodTable(book: book, styles: styles, header: header)
        try table.write(WorkbookText.periodIndicatorSheet, WorkbookText.periodIndicatorColumns, indicatorRows(styles))
        try table.write(WorkbookText.periodOutlookSheet, WorkbookText.periodOutlookColumns, outlookRows(styles))
        let costs = policies.contains { $0.years.contains { $0.cost != nil } }
        try table.write(WorkbookText.periodPolicySheet, WorkbookText.periodPolicyColumns + (costs ? WorkbookText.periodPolicyCostColumns : []),
                        policyRows(styles, costs: costs))
        try table.write(WorkbookText.periodInitiativeSheet, WorkbookText.periodInitiativeColumns, initiativeRows())
        try book.close()
    }

    /// The year's 版: v2, or 未確定 for live data.
    func versionLabel(_ year: Int) -> PeriodTable.Cell {
        .text(source(year)?.snapshot.map { "v\($0.version)" } ?? WorkbookText.periodUnfrozen)
    }

    /// 目標値 and 実績値 are number cells whose format shows the unit and the printed decimals (as in
    /// the snapshot workbook); a target that is not one number and a missing actual are text.
    func indicatorRows(_ styles: WorkbookStyles) -> [[PeriodTable.Cell]] {
        indicators.flatMap { indicator in
            let printed = EntryWorkbook.precision(of: [indicator.baselineText] + indicator.targets.map(\.text))
            return indicator.years.map { item in
                let target = TargetFigure.of(
                    text: item.targetText, value: item.targetValue, basis: item.targetBasis, unit: indicator.unit, printed: printed)
                var actual = PeriodTable.Cell.text(WorkbookText.notEntered)
                if let value = item.value, let text = item.valueText {
                    actual = .number(value, styles.figure(unit: indicator.unit, decimals: EntryWorkbook.decimals(text)))
                }
                return [
                    .text(indicator.code), .wrapped(indicator.name), .year(item.year), versionLabel(item.year),
                    target.map { .number($0.value, styles.figure(unit: $0.unit, decimals: $0.decimals)) }
                        ?? .wrapped(Self.targetLabel(item, unit: indicator.unit, .ja)),
                    actual,
                    .text(item.achieved.map { $0 ? WorkbookText.achieved : WorkbookText.notAchieved } ?? WorkbookText.none),
                    item.progress.map { .number($0, styles.figure(unit: "%", decimals: 1)) } ?? .text(WorkbookText.none),
                ]
            }
        }
    }

    /// One row per indicator with an outlook: the trend's value in the final year against the
    /// final target, in the indicator's unit and to its printed decimals.
    func outlookRows(_ styles: WorkbookStyles) -> [[PeriodTable.Cell]] {
        indicators.compactMap { indicator in
            guard let fit = indicator.outlook, let judgement = indicator.judgement else { return nil }
            let figure = styles.figure(unit: indicator.unit, decimals: EntryWorkbook.precision(of: [indicator.baselineText] + indicator.targets.map(\.text)))
            let onTrack: Message = judgement.onTrack.map { $0 ? .reportOnTrack : .reportWillMiss } ?? .reportNoFinalTarget
            return [
                .text(indicator.code), .wrapped(indicator.name), .year(fit.finalYear), .number(fit.forecast, figure),
                indicator.finalTarget.map { .number($0.value, styles.figure(unit: indicator.unit, decimals: EntryWorkbook.decimals($0.text))) }
                    ?? .text(WorkbookText.none),
                .text(onTrack.text(.ja)), judgement.gap.map { .number($0, figure) } ?? .text(WorkbookText.none),
                judgement.gapPct.map { .number($0, styles.figure(unit: "%", decimals: 1)) } ?? .text(WorkbookText.none),
                .wrapped(fit.basisMessage.text(.ja)),
            ]
        }
    }

    /// A policy's year: its two reviews, and with `costs` its full cost and general revenue in 千円.
    func policyRows(_ styles: WorkbookStyles, costs: Bool) -> [[PeriodTable.Cell]] {
        func amount(_ value: Int64?) -> PeriodTable.Cell {
            value.map { .number(Double($0), styles.figure(unit: "", decimals: 0)) } ?? .text(WorkbookText.none)
        }
        return policies.flatMap { policy in
            policy.years.map { item in
                [.text(policy.code), .wrapped(policy.title), .text(policy.leadDept), .year(item.year), versionLabel(item.year),
                 .text(item.firstGrade ?? WorkbookText.none), .wrapped(item.firstComment ?? ""),
                 .text(item.secondGrade ?? WorkbookText.none), .wrapped(item.secondComment ?? "")]
                    + (costs ? [amount(item.cost?.fullCost), amount(item.cost?.generalRevenue)] : [])
            }
        }
    }

    func initiativeRows() -> [[PeriodTable.Cell]] {
        policies.flatMap(\.initiatives).flatMap { initiative in
            initiative.years.map { item in
                [.text(initiative.code), .wrapped(initiative.title + (initiative.isReprint ? WorkbookText.reprint : "")), .year(item.year),
                 versionLabel(item.year), .text(item.grade ?? WorkbookText.none), .text(item.nextDirection ?? WorkbookText.none),
                 .text(item.changed ? WorkbookText.periodChangedMark : "")]
            }
        }
    }
}

/// One sheet of the period-report workbook: a header row, then rows, every column with its width.
struct PeriodTable {
    enum Cell {
        case text(String)
        /// A text that may be longer than its column: wrapped, and its row made tall enough.
        case wrapped(String)
        case number(Double, XLSXSheet.Format)
        /// A fiscal year, as a number cell.
        case year(Int)
    }

    let book: XLSXWorkbook
    let styles: WorkbookStyles
    let header: String

    func write(_ name: String, _ columns: [(header: String, width: Double)], _ rows: [[Cell]]) throws {
        let sheet = try book.addSheet(name)
        for (column, spec) in columns.enumerated() {
            sheet.columnWidth(column, spec.width)
            try sheet.text(0, column, spec.header, styles.header)
        }
        let headerLines = zip(columns.map(\.header), columns.map(\.width)).map { XLSXSheet.lines($0, width: $1) }.max() ?? 1
        sheet.rowHeight(0, XLSXSheet.rowHeight(lines: headerLines))
        for (offset, cells) in rows.enumerated() {
            var lines = 1
            for (column, cell) in cells.enumerated() {
                switch cell {
                case .text(let text): try sheet.text(offset + 1, column, text, styles.text)
                case .wrapped(let text):
                    try sheet.text(offset + 1, column, text, styles.wrapped)
                    lines = max(lines, XLSXSheet.lines(text, width: columns[column].width))
                case .number(let value, let format): try sheet.number(offset + 1, column, value, format)
                case .year(let year): try sheet.number(offset + 1, column, Double(year), styles.plainNumber)
                }
            }
            if lines > 1 { sheet.rowHeight(offset + 1, XLSXSheet.rowHeight(lines: lines)) }
        }
        sheet.freezeRows(1)
        try sheet.printLayout(header: header, headerRows: 1)
    }
}
