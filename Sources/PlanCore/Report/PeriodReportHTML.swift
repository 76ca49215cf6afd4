import Foundation

/// The period report as one self-contained XHTML file, built the way SnapshotHTML builds the
/// yearly one: inline CSS and SVG, no script, no network, A4 print layout, and every text from
/// the database through `SnapshotHTML.escape`.
struct PeriodReportHTML {
    let report: PeriodReport
    let language: Language

    func e(_ text: String?) -> String { SnapshotHTML.escape(text ?? "") }
    func t(_ message: Message) -> String { e(message.text(language)) }

    static let css = SnapshotHTML.css + """

        @page { size: A4 landscape; margin: 12mm 10mm; }
        body { max-width: 277mm; }
        table.years { font-size: 8pt; }
        table.years td, table.years th { padding: 0.8mm 1.2mm; }
        .live { color: #8a4500; font-weight: bold; }
        .changed { background: #fff4e5; }
        .mark { color: #8a4500; }
        td.item { width: 58mm; }
        section.summary ul { margin: 1mm 0 3mm; padding-left: 5mm; font-size: 9pt; }
        """

    func render() -> String {
        let lang = language == .ja ? "ja" : "en"
        var out = "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"\(lang)\" xml:lang=\"\(lang)\">\n<head>\n<meta charset=\"utf-8\"/>\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
        out += "<title>\(e(report.title(language)))</title>\n<style>\n\(Self.css)\n</style>\n</head>\n<body>\n"
        out += "<header>\n<h1>\(t(.reportTitle))</h1>\n"
        out += "<p><strong>\(e(report.plan.municipality)) \(e(report.plan.name))</strong> — \(t(.reportPeriod(FiscalYear.label(report.from), FiscalYear.label(report.to))))</p>\n</header>\n"
        out += sources() + summary()
        for policy in report.policies { out += section(policy) }
        out += "</body>\n</html>\n"
        return out
    }

    func yearHeader(_ year: Int) -> String {
        let mark = report.source(year)?.snapshot == nil ? "<br/><span class=\"live\">\(t(.reportLiveMark))</span>" : "<br/><small>\(e(report.sourceLabel(year, language)))</small>"
        return "<th>\(e(FiscalYear.label(year)))\(mark)</th>"
    }

    func sources() -> String {
        var out = "<section class=\"sources\">\n<h2>\(t(.reportSources))</h2>\n<p class=\"note\">\(t(.reportSourcesNote))</p>\n<table>\n"
        out += "<thead><tr><th>\(t(.reportYear))</th><th>\(t(.reportVersion))</th><th>\(t(.reportFrozenAt))</th><th>SHA-256</th></tr></thead>\n<tbody>\n"
        for source in report.sources {
            if let snapshot = source.snapshot {
                out += "<tr><td>\(e(FiscalYear.label(source.year)))</td><td>v\(snapshot.version)</td><td>\(e(JapanTime.day(snapshot.createdAt)))</td><td class=\"stamp\">\(e(snapshot.sha256))</td></tr>\n"
            } else {
                out += "<tr><td>\(e(FiscalYear.label(source.year)))</td><td colspan=\"3\" class=\"live\">\(t(.reportLive))</td></tr>\n"
            }
        }
        return out + "</tbody>\n</table>\n</section>\n"
    }

    func summary() -> String {
        let summary = report.summary
        var out = "<section class=\"summary\">\n<h2>\(t(.reportSummary))</h2>\n<p>\(t(.reportSummaryBasis(FiscalYear.label(report.to))))</p>\n<table>\n<tbody>\n"
        let groups: [(Message, [PeriodReport.Indicator], String)] = [
            (.reportAchieved, summary.achieved, "ok"), (.reportNotAchieved, summary.notAchieved, "ng"),
            (.reportAtRisk, summary.atRisk, "ng"), (.reportNoActual, summary.noActual, "none"),
        ]
        for (label, list, style) in groups {
            out += "<tr><th class=\"\(style)\">\(t(label))</th><td class=\"num\">\(list.count)</td><td>\(list.map { e($0.code) }.joined(separator: "、"))</td></tr>\n"
        }
        out += "</tbody>\n</table>\n"
        if !summary.atRisk.isEmpty {
            out += "<h3>\(t(.reportAtRisk))</h3>\n<ul>\n" + summary.atRisk.map {
                "<li>\(e($0.code)) \(e($0.name))：\(e(PeriodReport.outlookLabel($0, language)))</li>\n"
            }.joined() + "</ul>\n"
        }
        return out + "</section>\n"
    }

    func grade(_ grade: String?) -> String {
        guard let grade else { return "<span class=\"none\">—</span>" }
        return "<span class=\"grade grade-\(e(grade))\">\(e(grade))</span>"
    }

    func section(_ policy: PeriodReport.Policy) -> String {
        let years = report.sources.map(\.year)
        let headers = years.map(yearHeader).joined()
        var out = "<section class=\"policy\" id=\"p\(e(policy.code))\">\n<h2>\(e(policy.code)) \(e(policy.title))</h2>\n"
        out += "<p>\(t(.reportLeadDept))：\(e(policy.leadDept))</p>\n"
        out += "<h3>\(t(.reportIndicators))</h3>\n<p class=\"stamp\">\(t(.reportLegend))</p>\n<table class=\"years\">\n"
        out += "<thead><tr><th>\(t(.reportIndicator))</th><th>\(t(.reportBaseline))</th>\(headers)<th>\(t(.outlookReportHeading))</th></tr></thead>\n<tbody>\n"
        for indicator in policy.indicators {
            out += "<tr><td class=\"item\">\(e(indicator.name))\(indicator.isKPI ? " <small>[KPI]</small>" : "")<br/><small>\(e(indicator.code))・\(e(indicator.sourceDept))</small><br/>"
            out += PeriodChart(indicator: indicator, finalYear: report.plan.endYear, language: language).svg() + "</td>"
            out += "<td class=\"num\">\(e(indicator.baselineText))<br/><small>（\(indicator.baselineYear)）</small></td>"
            for item in indicator.years {
                let achieved: String
                switch item.achieved {
                case true?: achieved = "<span class=\"ok\">\(t(.reportAchieved))</span>"
                case false?: achieved = "<span class=\"ng\">\(t(.reportNotAchieved))</span>"
                case nil: achieved = ""
                }
                let actual = FigureText.recorded(item.valueText, unit: indicator.unit).map { e($0) } ?? "<span class=\"none\">\(t(.reportNotEntered))</span>"
                out += "<td class=\"num\"><small>\(t(.reportTarget)) \(e(PeriodReport.targetLabel(item, unit: indicator.unit, language)))</small><br/>\(actual)<br/>\(achieved)</td>"
            }
            out += "<td>\(outlook(indicator))</td></tr>\n"
        }
        out += "</tbody>\n</table>\n"
        out += "<h3>\(t(.reportInitiatives))</h3>\n<p class=\"stamp\">\(t(.reportChangedNote))</p>\n<table class=\"years\">\n<thead><tr><th>\(t(.reportInitiative))</th>\(headers)</tr></thead>\n<tbody>\n"
        for initiative in policy.initiatives {
            out += "<tr><td class=\"item\">\(e(initiative.title))\(initiative.isReprint ? t(.reportReprint) : "")<br/><small>\(e(initiative.code))</small></td>"
            for item in initiative.years {
                let mark = item.changed ? "<span class=\"mark\" title=\"\(t(.reportChanged))\">◆</span> " : ""
                out += "<td\(item.changed ? " class=\"changed\"" : "")>\(mark)\(grade(item.grade)) \(e(item.nextDirection))</td>"
            }
            out += "</tr>\n"
        }
        out += "</tbody>\n</table>\n<h3>\(t(.reportPolicies))</h3>\n<table class=\"years\">\n<thead><tr><th></th>\(headers)</tr></thead>\n<tbody>\n"
        out += "<tr><th>\(t(.reportFirstReview))（\(e(policy.leadDept))）</th>" + policy.years.map { "<td>\(grade($0.firstGrade)) <small>\(e($0.firstComment))</small></td>" }.joined() + "</tr>\n"
        out += "<tr><th>\(t(.reportSecondReview))（\(e(report.plan.coordinator))）</th>" + policy.years.map { "<td>\(grade($0.secondGrade)) <small>\(e($0.secondComment))</small></td>" }.joined() + "</tr>\n"
        if policy.years.contains(where: { $0.cost != nil }) {
            out += "<tr><th>\(t(.reportFullCost))</th>" + policy.years.map { "<td class=\"num\">\(e($0.cost.map { SnapshotProjects.amount($0.fullCost) } ?? "—"))</td>" }.joined() + "</tr>\n"
            out += "<tr><th>\(t(.reportGeneralRevenue))</th>" + policy.years.map { "<td class=\"num\">\(e($0.cost.map { SnapshotProjects.amount($0.generalRevenue) } ?? "—"))</td>" }.joined() + "</tr>\n"
        }
        return out + "</tbody>\n</table>\n</section>\n"
    }

    func outlook(_ indicator: PeriodReport.Indicator) -> String {
        guard let fit = indicator.outlook, let judgement = indicator.judgement else { return "<span class=\"none\">—</span>" }
        var out = "\(t(.reportForecast)) <strong>\(e(FigureText.computed(fit.forecast) + indicator.unit))</strong>（\(fit.finalYear)）<br/>"
        if let target = indicator.finalTarget {
            out += "<small>\(t(.reportFinalTarget)) \(e(target.text))（\(target.year)）</small><br/>"
        }
        switch judgement.onTrack {
        case true?: out += "<span class=\"ok\">\(t(.reportOnTrack))</span>"
        case false?:
            out += "<span class=\"ng\">\(t(.reportWillMiss))</span>"
            if let gap = judgement.gap {
                out += "<br/><small>\(t(.reportGap)) \(e(FigureText.computed(gap) + indicator.unit))" + (judgement.gapPct.map { "（\(e(CellText.realText($0)))%）" } ?? "") + "</small>"
            }
        case nil: out += "<span class=\"none\">\(t(.reportNoFinalTarget))</span>"
        }
        return out + "<br/><small class=\"none\">\(e(fit.basisMessage.text(language)))</small>"
    }
}

/// Targets against actuals across the plan: the printed targets from the baseline (dashed), the
/// actuals (solid, with dots), the least-squares trend to the final year (dotted) and the
/// forecast (a ring, green on track, red when it misses).
struct PeriodChart {
    let indicator: PeriodReport.Indicator
    let finalYear: Int
    let language: Language

    func svg() -> String {
        let width = 200.0, height = 64.0, pad = 6.0
        var targets: [(Int, Double)] = []
        if let baseline = indicator.baselineValue { targets.append((indicator.baselineYear, baseline)) }
        targets += indicator.targets.compactMap { target in target.value.map { (target.year, $0) } }
        let actuals = indicator.years.compactMap { item in item.value.map { (item.year, $0) } }
        let forecast = indicator.outlook.map { (finalYear, $0.forecast) }
        let all = targets + actuals + (forecast.map { [$0] } ?? [])
        guard !all.isEmpty else { return "" }
        let firstYear = all.map(\.0).min() ?? finalYear
        let lastYear = max(all.map(\.0).max() ?? finalYear, finalYear)
        var low = all.map(\.1).min() ?? 0
        var high = all.map(\.1).max() ?? 1
        if high - low < 1e-9 { low -= 1; high += 1 }
        func x(_ year: Int) -> Double { pad + Double(year - firstYear) / Double(max(1, lastYear - firstYear)) * (width - 2 * pad) }
        func y(_ value: Double) -> Double { height - pad - (value - low) / (high - low) * (height - 2 * pad) }
        func f(_ value: Double) -> String { String(format: "%.1f", value) }
        func line(_ points: [(Int, Double)], _ style: String) -> String {
            "<polyline points=\"" + points.sorted { $0.0 < $1.0 }.map { "\(f(x($0.0))),\(f(y($0.1)))" }.joined(separator: " ") + "\" fill=\"none\" \(style)/>"
        }
        let label = SnapshotHTML.escape("\(indicator.name)：\(Message.reportChart.text(language))")
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Int(width))\" height=\"\(Int(height))\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" aria-label=\"\(label)\"><title>\(label)</title>"
        svg += "<line x1=\"\(f(pad))\" y1=\"\(f(height - pad))\" x2=\"\(f(width - pad))\" y2=\"\(f(height - pad))\" stroke=\"#c8cfd6\" stroke-width=\"1\"/>"
        for year in firstYear...lastYear {
            svg += "<line x1=\"\(f(x(year)))\" y1=\"\(f(height - pad))\" x2=\"\(f(x(year)))\" y2=\"\(f(height - pad + 3))\" stroke=\"#c8cfd6\" stroke-width=\"1\"/>"
        }
        if targets.count >= 2 { svg += line(targets, "stroke=\"#1f4e79\" stroke-width=\"1.2\" stroke-dasharray=\"4 2\"") }
        for point in targets { svg += "<circle cx=\"\(f(x(point.0)))\" cy=\"\(f(y(point.1)))\" r=\"1.8\" fill=\"#1f4e79\"/>" }
        if let fit = indicator.outlook, let slope = fit.slope, let start = actuals.map(\.0).min() {
            let from = min(start, indicator.baselineValue == nil ? start : indicator.baselineYear)
            svg += line([(from, fit.forecast + slope * Double(from - finalYear)), (finalYear, fit.forecast)], "stroke=\"#888\" stroke-width=\"1\" stroke-dasharray=\"1 2\"")
        }
        if actuals.count >= 2 { svg += line(actuals, "stroke=\"#c05000\" stroke-width=\"1.6\"") }
        for point in actuals { svg += "<circle cx=\"\(f(x(point.0)))\" cy=\"\(f(y(point.1)))\" r=\"2.6\" fill=\"#c05000\"/>" }
        if let forecast {
            let color = indicator.judgement?.onTrack == false ? "#b3261e" : (indicator.judgement?.onTrack == true ? "#1b6e20" : "#555")
            svg += "<circle cx=\"\(f(x(forecast.0)))\" cy=\"\(f(y(forecast.1)))\" r=\"3.5\" fill=\"none\" stroke=\"\(color)\" stroke-width=\"1.5\"/>"
        }
        return svg + "</svg>"
    }
}
