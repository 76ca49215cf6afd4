import Foundation

/// The 評価結果報告書 as one self-contained HTML file: inline CSS and SVG, no script, no
/// network, A4 print layout, Japanese fonts with fallbacks. Every text from the database goes
/// through `escape`. Written piece by piece as the items are read.
enum SnapshotHTML {
    static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }

    static let css = """
        @page { size: A4; margin: 14mm 12mm; }
        * { box-sizing: border-box; }
        body { font-family: "Hiragino Kaku Gothic ProN", "Hiragino Sans", "Yu Gothic", "YuGothic", "Meiryo", "Noto Sans CJK JP", "Noto Sans JP", "IPAexGothic", sans-serif;
               color: #1a1a1a; font-size: 10.5pt; line-height: 1.6; margin: 0 auto; max-width: 186mm; padding: 8mm 0; }
        h1 { font-size: 18pt; margin: 0 0 2mm; border-bottom: 3px solid #1f4e79; }
        h2 { font-size: 14pt; color: #1f4e79; border-left: 6px solid #1f4e79; padding-left: 3mm; margin: 6mm 0 3mm; }
        h3 { font-size: 11.5pt; margin: 4mm 0 2mm; }
        .stamp { color: #555; font-size: 8.5pt; word-break: break-all; }
        .note { background: #f3f6fa; padding: 2mm 3mm; }
        .warning { background: #fff4e5; border: 1px solid #e0a040; padding: 2mm 3mm; }
        table { border-collapse: collapse; width: 100%; margin: 2mm 0 4mm; font-size: 9pt; }
        th, td { border: 1px solid #9aa7b4; padding: 1mm 1.5mm; vertical-align: top; }
        th { background: #e4ecf4; font-weight: bold; text-align: left; }
        td.num { text-align: right; white-space: nowrap; }
        .ok { color: #1b6e20; font-weight: bold; }
        .ng { color: #b3261e; font-weight: bold; }
        .none { color: #666; }
        table.figures { width: auto; }
        caption { text-align: left; font-size: 9pt; color: #444; white-space: nowrap; }
        .grade { display: inline-block; min-width: 1.6em; text-align: center; border-radius: 3px; font-weight: bold; }
        .grade-S { background: #c9e4f2; } .grade-A { background: #d7ecd9; } .grade-B { background: #e6f0c8; } .grade-C { background: #fbe7c2; } .grade-D { background: #f6d0cc; }
        .priority { color: #b3261e; font-size: 8pt; font-weight: bold; }
        .vision { border-left: 3px solid #9aa7b4; padding-left: 3mm; color: #333; }
        section.policy { break-before: page; }
        svg { display: block; }
        @media print { body { padding: 0; } a { color: inherit; text-decoration: none; } }
        """
}

/// The report itself, over SnapshotHTML's escaping and style sheet.
final class SnapshotHTMLWriter<Source: SnapshotSource>: SnapshotVisitor {
    let source: Source
    let write: (String) -> Void

    init(source: Source, write: @escaping (String) -> Void) {
        self.source = source
        self.write = write
    }

    func e(_ text: String?) -> String { SnapshotHTML.escape(text ?? "") }

    /// The year's projects and costs, read before the policies are walked.
    private var projects = SnapshotProjects()
    /// The 主な取組 of the policy being written (originals only: a （再掲） is counted where first printed).
    private var initiativeCodes: [String] = []

    func render() throws {
        var out = "<!DOCTYPE html>\n<html lang=\"ja\">\n<head>\n<meta charset=\"utf-8\"/>\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
        out += "<title>\(e(source.title))</title>\n<style>\n\(SnapshotHTML.css)\n</style>\n</head>\n<body>\n"
        out += "<header>\n<h1>評価結果報告書</h1>\n"
        out += "<p><strong>\(e(source.plan.municipality)) \(e(source.plan.name))</strong> — \(e(FiscalYear.label(source.info.fiscalYear)))</p>\n"
        out += "<p class=\"stamp\">\(e(source.stamp))</p>\n"
        if let note = source.info.note { out += "<p class=\"note\">\(e(note))</p>\n" }
        if source.info.missing > 0 {
            out += "<p class=\"warning\">この報告書は未入力 \(source.info.missing) 件を含んだまま確定されています。</p>\n"
        }
        out += "</header>\n"
        projects = try source.projects()
        write(out + (try summary()))
        try source.walk(self)
        write("</body>\n</html>\n")
    }

    func summary() throws -> String {
        var out = "<section class=\"summary\">\n<h2>概要</h2>\n"
        out += "<table>\n<thead><tr><th>施策</th><th>主担当課</th><th>指標の達成</th><th>取組の評価</th><th>一次評価</th><th>二次評価</th></tr></thead>\n<tbody>\n"
        var totals: [String: Int] = [:]
        var unrated = 0
        for (policy, summary) in try source.summaries() {
            for (grade, count) in summary.grades { totals[grade, default: 0] += count }
            unrated += summary.unrated
            out += "<tr><td><a href=\"#p\(e(policy.code))\">\(e(policy.code)) \(e(policy.title))</a></td><td>\(e(policy.leadDept))</td>"
            out += "<td class=\"num\">\(e(summary.achievedLabel))</td><td>\(gradeCounts(summary.grades, unrated: summary.unrated))</td>"
            out += "<td>\(grade(policy.firstGrade))</td><td>\(grade(policy.secondGrade))</td></tr>\n"
        }
        out += "</tbody>\n</table>\n<h3>取組の評価の分布</h3>\n" + distributionChart(totals, unrated: unrated) + "</section>\n"
        return out
    }

    func gradeCounts(_ grades: [String: Int], unrated: Int) -> String {
        source.plan.gradeOrder(grades).map { "<span class=\"grade grade-\(e($0))\">\(e($0))</span> \(grades[$0] ?? 0)" }.joined(separator: " ")
            + (unrated > 0 ? " <span class=\"none\">未評価 \(unrated)</span>" : "")
    }

    func grade(_ grade: String?) -> String {
        guard let grade else { return "<span class=\"none\">—</span>" }
        return "<span class=\"grade grade-\(e(grade))\">\(e(grade))</span>"
    }

    /// A horizontal bar per grade, and its figures as a table for those who do not see the chart.
    func distributionChart(_ totals: [String: Int], unrated: Int) -> String {
        let items = source.plan.gradeOrder(totals).map { ($0, totals[$0] ?? 0) } + [("未評価", unrated)]
        let most = max(1, items.map(\.1).max() ?? 1)
        // Best to worst in the plan's order: green to red, then further grades; 未評価 grey.
        let palette = ["#5aa55f", "#a3c25a", "#e5a93a", "#d2665c", "#a0522d", "#7d5a99"]
        var colors = ["未評価": "#b8bec6"]
        for (index, item) in items.dropLast().enumerated() { colors[item.0] = palette[min(index, palette.count - 1)] }
        var svg = "<svg width=\"420\" height=\"\(items.count * 22 + 4)\" viewBox=\"0 0 420 \(items.count * 22 + 4)\" role=\"img\" aria-label=\"取組の評価の分布\">\n"
        for (index, item) in items.enumerated() {
            let y = index * 22 + 2
            let width = Int(Double(item.1) / Double(most) * 300)
            svg += "<text x=\"0\" y=\"\(y + 14)\" font-size=\"11\">\(e(item.0))</text>"
            svg += "<rect x=\"60\" y=\"\(y + 2)\" width=\"\(width)\" height=\"16\" fill=\"\(colors[item.0] ?? "#888")\"/>"
            svg += "<text x=\"\(66 + width)\" y=\"\(y + 14)\" font-size=\"11\">\(item.1)</text>\n"
        }
        svg += "</svg>\n"
        let rows = items.map { "<tr><th scope=\"row\">\(e($0.0))</th><td class=\"num\">\($0.1)</td></tr>\n" }.joined()
        return svg + "<table class=\"figures\">\n<caption>取組の評価の分布（件数）</caption>\n<thead><tr><th scope=\"col\">評価</th><th scope=\"col\">件数</th></tr></thead>\n<tbody>\n" + rows + "</tbody>\n</table>\n"
    }

    func policy(_ policy: SnapshotDocument.Policy) {
        var out = "<section class=\"policy\" id=\"p\(e(policy.code))\">\n<h2>\(e(policy.code)) \(e(policy.title))</h2>\n"
        out += "<p>主担当課：\(e(policy.leadDept))</p>\n<h3>\(e(source.plan.visionLabel))</h3>\n<p class=\"vision\">\(e(policy.vision))</p>\n"
        out += "<h3>業績評価指標</h3>\n<table>\n<thead><tr><th>指標</th><th>現状値</th><th>目標値</th><th>実績値</th><th>達成</th><th>進捗率</th><th>推移</th></tr></thead>\n<tbody>\n"
        write(out)
    }

    func indicator(_ indicator: SnapshotDocument.Indicator) {
        var out = ""
        let achieved: String
        switch indicator.achieved {
        case true?: achieved = "<span class=\"ok\">達成</span>"
        case false?: achieved = "<span class=\"ng\">未達成</span>"
        case nil: achieved = "<span class=\"none\">—</span>"
        }
        out += "<tr><td>\(e(indicator.name))\(indicator.isKPI ? " <small>[KPI]</small>" : "")<br/><small>\(e(indicator.code))・\(e(indicator.sourceDept))調べ</small></td>"
        out += "<td class=\"num\">\(e(indicator.baselineText))<br/><small>（\(indicator.baselineYear)）</small></td>"
        out += "<td class=\"num\">\(e(SnapshotDocument.targetLabel(indicator)))</td>"
        out += "<td class=\"num\">\(FigureText.recorded(indicator.valueText, unit: indicator.unit).map { e($0) } ?? "<span class=\"none\">未入力</span>")</td>"
        out += "<td>\(achieved)</td><td class=\"num\">\(indicator.progress.map { e(CellText.realText($0)) + "%" } ?? "—")</td>"
        out += "<td>\(IndicatorChart(indicator: indicator, year: source.info.fiscalYear, endYear: source.plan.endYear).svg())</td></tr>\n"
        write(out)
    }

    func initiatives(of policy: SnapshotDocument.Policy) {
        var out = "</tbody>\n</table>\n"
        if let outlook = source.outlook[policy.code] { out += "<p class=\"note\">\(e(Message.outlookReportHeading.text(.ja)))：\(e(outlook.text(.ja)))</p>\n" }
        out += "<h3>主な取組</h3>\n<table>\n<thead><tr><th>取組方針</th><th>主な取組</th><th>評価</th><th>今後の方向性</th><th>実績・課題</th></tr></thead>\n<tbody>\n"
        write(out)
    }

    func initiative(_ initiative: SnapshotDocument.Initiative) {
        if !initiative.isReprint { initiativeCodes.append(initiative.code) }
        var out = "<tr><td>\(e(initiative.directionTitle))\(initiative.isPriority ? " <span class=\"priority\">重点</span>" : "")</td>"
        out += "<td>\(e(initiative.title + initiative.reprintMark))<br/><small>\(e(initiative.code))</small></td>"
        out += "<td>\(grade(initiative.grade))</td><td>\(e(initiative.nextDirection ?? "—"))</td>"
        out += "<td>\(e(initiative.result))\(initiative.challenge.map { "<br/><small>課題：\(e($0))</small>" } ?? "")</td></tr>\n"
        write(out)
    }

    func endPolicy(_ policy: SnapshotDocument.Policy) {
        var out = "</tbody>\n</table>\n" + projectsSection(policy)
        out += "<h3>施策評価</h3>\n<table>\n<tbody>\n"
        out += "<tr><th>一次評価（\(e(policy.leadDept))）</th><td>\(grade(policy.firstGrade))</td><td>\(e(policy.firstComment))</td></tr>\n"
        out += "<tr><th>二次評価（\(e(source.plan.coordinator))）</th><td>\(grade(policy.secondGrade))</td><td>\(e(policy.secondComment))</td></tr>\n"
        write(out + "</tbody>\n</table>\n</section>\n")
    }
}

extension SnapshotHTMLWriter {
    /// 事務事業とコスト of one policy: its cost in one line, and each 主な取組's projects.
    func projectsSection(_ policy: SnapshotDocument.Policy) -> String {
        defer { initiativeCodes = [] }
        guard !projects.isEmpty else { return "" }
        var out = "<h3>事務事業とコスト</h3>\n"
        out += "<p>\(e(source.costLine(projects.cost(policy: policy.code)) ?? "この施策に結び付く事務事業はありません。"))</p>\n"
        let rows = initiativeCodes.flatMap { code in projects.projects(serving: code).map { (code, $0) } }
        guard !rows.isEmpty else { return out }
        out += "<table>\n<thead><tr><th>主な取組</th><th>事務事業</th><th>按分</th><th>フルコスト（千円）</th><th>内訳</th><th>評価</th><th>今後の方向性</th></tr></thead>\n<tbody>\n"
        let amount = SnapshotProjects.amount
        for (code, project) in rows {
            let share = project.links.first { $0.initiative == code }.map { FixedPoint.percentText($0.shareBP) + "%" } ?? ""
            out += "<tr><td>\(e(code))</td><td>\(e(project.name))<br/><small>\(e(project.code))・\(e(project.dept))</small></td><td class=\"num\">\(e(share))</td>"
            out += "<td class=\"num\">\(e(amount(project.fullCost)))</td><td><small>\(e(source.figuresLine(project)))\(project.staff.isEmpty ? "" : "<br/>人工：" + e(project.staffLabel))</small></td>"
            out += "<td>\(grade(project.grade))</td><td>\(e(project.nextDirection ?? "—"))</td></tr>\n"
        }
        return out + "</tbody>\n</table>\n"
    }
}

/// A small line chart: the path from the baseline through the printed targets (dashed), and
/// the year's actual as a dot, green when achieved and red when not.
struct IndicatorChart {
    let indicator: SnapshotDocument.Indicator
    let year: Int
    let endYear: Int

    func svg() -> String {
        let width = 150.0, height = 46.0, pad = 5.0
        var points: [(Int, Double)] = []
        if let baseline = indicator.baselineValue { points.append((indicator.baselineYear, baseline)) }
        points += indicator.targets.compactMap { target in target.value.map { (target.year, $0) } }
        let actual = indicator.value.map { (year, $0) }
        let all = points + (actual.map { [$0] } ?? [])
        guard all.count >= 1 else { return "<span class=\"none\">—</span>" }
        let firstYear = all.map(\.0).min() ?? year
        let lastYear = max(all.map(\.0).max() ?? endYear, endYear)
        var low = all.map(\.1).min() ?? 0
        var high = all.map(\.1).max() ?? 1
        if high - low < 1e-9 { low -= 1; high += 1 }
        func x(_ y: Int) -> Double { pad + Double(y - firstYear) / Double(max(1, lastYear - firstYear)) * (width - 2 * pad) }
        func y(_ v: Double) -> Double { height - pad - (v - low) / (high - low) * (height - 2 * pad) }
        func f(_ value: Double) -> String { String(format: "%.1f", value) }
        let label = SnapshotHTML.escape("\(indicator.name): 現状値 \(indicator.baselineText)、目標 " + indicator.targets.map { "\($0.year) \($0.text)" }.joined(separator: "、") + (FigureText.recorded(indicator.valueText, unit: indicator.unit).map { "、実績 " + $0 } ?? ""))
        var svg = "<svg width=\"\(Int(width))\" height=\"\(Int(height))\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" aria-label=\"\(label)\"><title>\(label)</title>"
        svg += "<line x1=\"\(f(pad))\" y1=\"\(f(height - pad))\" x2=\"\(f(width - pad))\" y2=\"\(f(height - pad))\" stroke=\"#c8cfd6\" stroke-width=\"1\"/>"
        if points.count >= 2 {
            let path = points.sorted { $0.0 < $1.0 }.map { "\(f(x($0.0))),\(f(y($0.1)))" }.joined(separator: " ")
            svg += "<polyline points=\"\(path)\" fill=\"none\" stroke=\"#1f4e79\" stroke-width=\"1.5\" stroke-dasharray=\"4 2\"/>"
        }
        for point in points {
            svg += "<circle cx=\"\(f(x(point.0)))\" cy=\"\(f(y(point.1)))\" r=\"2\" fill=\"#1f4e79\"/>"
        }
        if let actual {
            let color = indicator.achieved == false ? "#b3261e" : (indicator.achieved == true ? "#1b6e20" : "#555")
            svg += "<circle cx=\"\(f(x(actual.0)))\" cy=\"\(f(y(actual.1)))\" r=\"4\" fill=\"\(color)\"/>"
        }
        return svg + "</svg>"
    }
}
