/// The 評価結果報告書 in Markdown: a summary table, then a section per policy, written as the
/// items are read.
final class SnapshotMarkdown<Source: SnapshotSource>: SnapshotVisitor {
    let source: Source
    let write: (String) -> Void

    init(source: Source, write: @escaping (String) -> Void) {
        self.source = source
        self.write = write
    }

    func cell(_ text: String?) -> String { SnapshotDocument.markdownText(text ?? "") }

    private var projects = SnapshotProjects()
    private var initiativeCodes: [String] = []

    func render() throws {
        var out = "# \(cell(source.title))\n\n\(cell(source.stamp))\n"
        if let note = source.info.note { out += "\n> \(cell(note))\n" }
        if source.info.missing > 0 { out += "\n未入力 \(source.info.missing) 件のまま確定しています。\n" }
        out += "\n## 概要\n\n| 施策 | 主担当課 | 指標の達成 | 取組の評価 (A/B/C/D/未) | 一次評価 | 二次評価 |\n| --- | --- | --- | --- | --- | --- |\n"
        projects = try source.projects()
        write(out)
        for (policy, summary) in try source.summaries() {
            write("| \(cell(policy.code + " " + policy.title)) | \(cell(policy.leadDept)) | \(summary.achievedLabel) | \(summary.gradeLabel(source.plan)) | \(cell(policy.firstGrade ?? "—")) | \(cell(policy.secondGrade ?? "—")) |\n")
        }
        try source.walk(self)
    }

    func policy(_ policy: SnapshotDocument.Policy) {
        write("\n## \(cell(policy.code)) \(cell(policy.title))\n\n主担当課: \(cell(policy.leadDept))\n\n**\(cell(source.plan.visionLabel))** \(cell(policy.vision))\n\n"
            + "### 業績評価指標\n\n| コード | 指標名 | 調べ | 現状値 | 目標値 | 計画の目標 | 実績値 | 達成 | 進捗率 |\n| --- | --- | --- | --- | --- | --- | --- | --- | --- |\n")
    }

    func indicator(_ indicator: SnapshotDocument.Indicator) {
        write("| \(cell(indicator.code)) | \(cell(indicator.name))\(indicator.isKPI ? " [KPI]" : "") | \(cell(indicator.sourceDept)) | \(cell(indicator.baselineText))（\(indicator.baselineYear)） "
            + "| \(cell(SnapshotDocument.targetLabel(indicator))) | \(cell(SnapshotDocument.targetsText(indicator))) | \(cell(FigureText.recorded(indicator.valueText, unit: indicator.unit) ?? "未入力")) "
            + "| \(indicator.achievedLabel ?? "—") | \(indicator.progress.map { CellText.realText($0) + "%" } ?? "—") |\n")
    }

    func initiatives(of policy: SnapshotDocument.Policy) {
        write("\n### 主な取組\n\n| コード | 取組方針 | 主な取組 | 評価 | 今後の方向性 | 実績 | 課題 |\n| --- | --- | --- | --- | --- | --- | --- |\n")
    }

    func initiative(_ initiative: SnapshotDocument.Initiative) {
        if !initiative.isReprint { initiativeCodes.append(initiative.code) }
        write("| \(cell(initiative.code)) | \(cell(initiative.directionTitle))\(initiative.isPriority ? "【重点】" : "") | \(cell(initiative.title + initiative.reprintMark)) "
            + "| \(cell(initiative.grade ?? "—")) | \(cell(initiative.nextDirection ?? "—")) | \(cell(initiative.result)) | \(cell(initiative.challenge)) |\n")
    }

    func endPolicy(_ policy: SnapshotDocument.Policy) {
        writeProjects(policy)
        write("\n### 施策評価\n\n- 一次評価（\(cell(policy.leadDept))）: \(cell(policy.firstGrade ?? "—")) \(cell(policy.firstComment ?? ""))\n"
            + "- 二次評価（\(cell(source.plan.coordinator))）: \(cell(policy.secondGrade ?? "—")) \(cell(policy.secondComment ?? ""))\n")
    }
}

extension SnapshotMarkdown {
    /// 事務事業とコスト of one policy, as the HTML report prints it.
    func writeProjects(_ policy: SnapshotDocument.Policy) {
        defer { initiativeCodes = [] }
        guard !projects.isEmpty else { return }
        var out = "\n### 事務事業とコスト\n\n\(cell(source.costLine(projects.cost(policy: policy.code)) ?? "この施策に結び付く事務事業はありません。"))\n"
        let rows = initiativeCodes.flatMap { code in projects.projects(serving: code).map { (code, $0) } }
        if !rows.isEmpty {
            out += "\n| 主な取組 | 事業コード | 事務事業 | 担当課 | 按分 | フルコスト（千円） | 内訳 | 評価 | 今後の方向性 |\n| --- | --- | --- | --- | --- | --- | --- | --- | --- |\n"
            for (code, project) in rows {
                let share = project.links.first { $0.initiative == code }.map { FixedPoint.percentText($0.shareBP) + "%" } ?? ""
                out += "| \(cell(code)) | \(cell(project.code)) | \(cell(project.name)) | \(cell(project.dept)) | \(share) | \(SnapshotProjects.amount(project.fullCost)) "
                    + "| \(cell(source.figuresLine(project))) | \(cell(project.grade ?? "—")) | \(cell(project.nextDirection ?? "—")) |\n"
            }
        }
        write(out)
    }
}
