import SQLiteDB

/// The whole report as one CSV sheet (RowWriter: byte order mark, formulas neutralised): a row
/// for the report, then per policy its row, its two evaluations, its indicators and its
/// initiatives, with every text the HTML report shows. Each row is written as it is read.
final class SnapshotCSV<Source: SnapshotSource>: SnapshotVisitor {
    /// The sheet's columns, in order; their names are the header.
    enum Column: Int, CaseIterable {
        case 区分, コード, 名称, 担当, 目指す姿, 単位, 現状値, 目標値, 計画の目標, 実績値, 達成, 進捗率, 取組方針, 評価, 今後の方向性, 実績・コメント, 課題, 備考
    }

    let source: Source
    let writer: RowWriter

    init(source: Source, write: @escaping (String) -> Void) {
        self.source = source
        writer = RowWriter(format: .csv, columns: Column.allCases.map { "\($0)" }, options: OutputOptions(byteOrderMark: true, neutralizeFormulas: true), write: write)
    }

    /// One row's cells, set by column; the others stay empty (NULL). Placed by position: a
    /// dictionary keyed by the Japanese names cost a third of a large export in hashing.
    struct Cells {
        var values = [Value](repeating: .null, count: Column.allCases.count)
        subscript(column: Column) -> Value {
            get { values[column.rawValue] }
            set { values[column.rawValue] = newValue }
        }

        mutating func clear() {
            for index in values.indices { values[index] = .null }
        }
    }

    /// Kept from row to row, emptied after each: an array per row was an allocation for nothing.
    private var cells = Cells()

    func row(_ fill: (inout Cells) -> Void) {
        fill(&cells)
        writer.add(cells.values)
        cells.clear()
    }

    func text(_ value: String?) -> Value { value.map(Value.text) ?? .null }

    func render() throws {
        row { cells in
            cells[.区分] = .text("報告書")
            cells[.名称] = .text(source.title)
            cells[.担当] = .text(source.info.createdBy)
            cells[.備考] = text(source.info.note)
            cells[.実績・コメント] = .text(source.stamp)
        }
        try source.walk(self)
        try projectRows()
        writer.finish()
    }

    func policy(_ policy: SnapshotDocument.Policy) {
        leadDept = policy.leadDept
        row { cells in
            cells[.区分] = .text("施策")
            cells[.コード] = .text(policy.code)
            cells[.名称] = .text(policy.title)
            cells[.担当] = .text(policy.leadDept)
            cells[.目指す姿] = .text(policy.vision)
        }
        row { cells in
            cells[.区分] = .text("一次評価")
            cells[.コード] = .text(policy.code)
            cells[.担当] = .text(policy.leadDept)
            cells[.評価] = text(policy.firstGrade)
            cells[.実績・コメント] = text(policy.firstComment)
        }
        row { cells in
            cells[.区分] = .text("二次評価")
            cells[.コード] = .text(policy.code)
            cells[.担当] = .text(source.plan.coordinator)
            cells[.評価] = text(policy.secondGrade)
            cells[.実績・コメント] = text(policy.secondComment)
        }
    }

    func indicator(_ indicator: SnapshotDocument.Indicator) {
        row { cells in
            cells[.区分] = .text(indicator.isKPI ? "指標（KPI）" : "指標")
            cells[.コード] = .text(indicator.code)
            cells[.名称] = .text(indicator.name)
            cells[.担当] = .text(indicator.sourceDept)
            cells[.単位] = .text(indicator.unit)
            cells[.現状値] = .text("\(indicator.baselineText)（\(indicator.baselineYear)）")
            cells[.目標値] = .text(SnapshotDocument.targetLabel(indicator))
            cells[.計画の目標] = .text(SnapshotDocument.targetsText(indicator))
            cells[.実績値] = text(indicator.valueText)
            cells[.達成] = text(indicator.achievedLabel)
            cells[.進捗率] = indicator.progress.map(Value.real) ?? .null
        }
    }

    func initiatives(of policy: SnapshotDocument.Policy) {}

    func initiative(_ initiative: SnapshotDocument.Initiative) {
        // The initiative's 担当 is its policy's lead department; the policy row was written just before.
        row { cells in
            cells[.区分] = .text("取組")
            cells[.コード] = .text(initiative.code)
            cells[.名称] = .text(initiative.title + initiative.reprintMark)
            cells[.担当] = .text(leadDept)
            cells[.取組方針] = .text(initiative.directionTitle + (initiative.isPriority ? "【重点】" : ""))
            cells[.評価] = text(initiative.grade)
            cells[.今後の方向性] = text(initiative.nextDirection)
            cells[.実績・コメント] = text(initiative.result)
            cells[.課題] = text(initiative.challenge)
        }
    }

    func endPolicy(_ policy: SnapshotDocument.Policy) {}

    private var leadDept = ""
}

extension SnapshotCSV {
    /// After the policies: a row per policy cost (区分 施策の費用) and per project (区分 事業),
    /// the figures in 備考 as the text reports print them.
    func projectRows() throws {
        let section = try source.projects()
        for cost in section.costs where cost.level == "policy" {
            row { cells in
                cells[.区分] = .text(source.policyCostKind)
                cells[.コード] = .text(cost.code)
                cells[.備考] = text(source.costLine(cost))
            }
        }
        for project in section.projects {
            row { cells in
                cells[.区分] = .text(source.projectKind)
                cells[.コード] = .text(project.code)
                cells[.名称] = .text(project.name)
                cells[.担当] = .text(project.dept)
                cells[.取組方針] = .text(project.linksLabel)
                cells[.評価] = text(project.grade)
                cells[.今後の方向性] = text(project.nextDirection)
                cells[.実績・コメント] = text(project.result)
                cells[.課題] = text(project.challenge)
                cells[.備考] = .text(source.figuresAndStaffLine(project))
            }
        }
    }
}
