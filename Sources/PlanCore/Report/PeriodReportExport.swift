import Foundation
import SQLiteDB

extension PeriodReport {
    /// The report in one of the published forms, its words in `language`.
    public func export(_ format: SnapshotExportFormat, language: Language = .current) throws -> String {
        switch format {
        case .html: return PeriodReportHTML(report: self, language: language).render()
        case .markdown: return markdown(language)
        case .csv:
            let table = rows()
            return RowWriter.render(format: .csv, columns: table.columns, rows: table.rows, options: OutputOptions(byteOrderMark: true, neutralizeFormulas: true))
        case .json: return json()
        case .xlsx: throw PlanError(.workbookToStandardOutput, advice: .workbookToStandardOutputAdvice("plandb report --format xlsx --out 期間評価.xlsx"))
        case .opendata: throw PlanError(.openDataYearOnly, advice: .openDataYearOnlyAdvice)
        }
    }

    func title(_ language: Language) -> String {
        "\(plan.municipality) \(plan.name) \(Message.reportTitle.text(language))（\(Message.reportPeriod(FiscalYear.label(from), FiscalYear.label(to)).text(language))）"
    }

    /// "v2 (SHA-256 …)" or the live mark, for a year's column.
    func sourceLabel(_ year: Int, _ language: Language) -> String {
        guard let snapshot = source(year)?.snapshot else { return Message.reportLive.text(language) }
        return "v\(snapshot.version)"
    }

    static func targetLabel(_ item: IndicatorYear, unit: String, _ language: Language) -> String {
        switch item.targetBasis {
        case "printed": return item.targetText ?? ""
        case "interpolated": return item.targetValue.map { FigureText.computed($0) + unit + Message.reportInterpolated.text(language) } ?? ""
        default: return Message.reportNoTarget.text(language)
        }
    }

    static func achievedLabel(_ achieved: Bool?, _ language: Language) -> String {
        achieved.map { ($0 ? Message.reportAchieved : Message.reportNotAchieved).text(language) } ?? "—"
    }

    static func outlookLabel(_ indicator: Indicator, _ language: Language) -> String {
        guard let outlook = indicator.outlook, let judgement = indicator.judgement else { return "—" }
        var text = "\(Message.reportForecast.text(language)) \(FigureText.computed(outlook.forecast))\(indicator.unit)（\(outlook.finalYear)）"
        switch judgement.onTrack {
        case true?: text += " " + Message.reportOnTrack.text(language)
        case false?:
            text += " " + Message.reportWillMiss.text(language)
            if let gap = judgement.gap { text += "、\(Message.reportGap.text(language)) \(FigureText.computed(gap))\(indicator.unit)" + (judgement.gapPct.map { "（\(CellText.realText($0))%）" } ?? "") }
        case nil: text += " " + Message.reportNoFinalTarget.text(language)
        }
        return text
    }

    // MARK: Markdown

    func markdown(_ language: Language) -> String {
        func cell(_ text: String?) -> String { TableLayout.markdownCell(text ?? "") }
        func t(_ message: Message) -> String { message.text(language) }
        let years = sources.map(\.year)
        var out = "# \(cell(title(language)))\n\n## \(t(.reportSources))\n\n\(t(.reportSourcesNote))\n\n"
        out += "| \(t(.reportYear)) | \(t(.reportVersion)) | \(t(.reportFrozenAt)) | SHA-256 |\n| --- | --- | --- | --- |\n"
        for source in sources {
            if let snapshot = source.snapshot {
                out += "| \(FiscalYear.label(source.year)) | v\(snapshot.version) | \(JapanTime.day(snapshot.createdAt)) | `\(snapshot.sha256)` |\n"
            } else {
                out += "| \(FiscalYear.label(source.year)) | \(t(.reportLive)) | — | — |\n"
            }
        }
        let summary = self.summary
        out += "\n## \(t(.reportSummary))\n\n\(t(.reportSummaryBasis(FiscalYear.label(to))))\n\n| | \(t(.reportCount)) |\n| --- | --- |\n"
        for (label, list) in [(Message.reportAchieved, summary.achieved), (.reportNotAchieved, summary.notAchieved), (.reportAtRisk, summary.atRisk), (.reportNoActual, summary.noActual)] {
            out += "| \(t(label)) | \(list.count) |\n"
        }
        if !summary.atRisk.isEmpty {
            out += "\n**\(t(.reportAtRisk))**\n\n" + summary.atRisk.map { "- \($0.code) \(cell($0.name)): \(cell(Self.outlookLabel($0, language)))\n" }.joined()
        }
        let header = years.map { "\(FiscalYear.label($0)) \(sourceLabel($0, language))" }
        for policy in policies {
            out += "\n## \(cell(policy.code)) \(cell(policy.title))\n\n\(t(.reportLeadDept)): \(cell(policy.leadDept))\n\n### \(t(.reportIndicators))\n\n"
            out += "| \(t(.reportIndicator)) | \(t(.reportBaseline)) | " + header.joined(separator: " | ") + " | \(t(.outlookReportHeading)) |\n"
            out += "|" + Array(repeating: " --- |", count: years.count + 3).joined() + "\n"
            for indicator in policy.indicators {
                let cells = indicator.years.map { item in
                    "\(t(.reportTarget)) \(cell(Self.targetLabel(item, unit: indicator.unit, language))) / \(t(.reportActual)) "
                        + cell(FigureText.recorded(item.valueText, unit: indicator.unit) ?? t(.reportNotEntered)) + " \(Self.achievedLabel(item.achieved, language))"
                }
                out += "| \(indicator.code) \(cell(indicator.name)) | \(cell(indicator.baselineText))（\(indicator.baselineYear)） | " + cells.joined(separator: " | ")
                    + " | \(cell(Self.outlookLabel(indicator, language))) |\n"
            }
            out += "\n### \(t(.reportInitiatives))\n\n| \(t(.reportInitiative)) | " + header.joined(separator: " | ") + " |\n|" + Array(repeating: " --- |", count: years.count + 1).joined() + "\n"
            for initiative in policy.initiatives {
                let cells = initiative.years.map { item in
                    (item.changed ? "◆ " : "") + [item.grade, item.nextDirection].compactMap { $0 }.joined(separator: " ")
                }
                out += "| \(initiative.code) \(cell(initiative.title))\(initiative.isReprint ? t(.reportReprint) : "") | " + cells.map { cell($0.isEmpty ? "—" : $0) }.joined(separator: " | ") + " |\n"
            }
            out += "\n\(t(.reportChangedNote))\n\n### \(t(.reportPolicies))\n\n| | " + header.joined(separator: " | ") + " |\n|" + Array(repeating: " --- |", count: years.count + 1).joined() + "\n"
            out += "| \(t(.reportFirstReview)) | " + policy.years.map { cell($0.firstGrade ?? "—") }.joined(separator: " | ") + " |\n"
            out += "| \(t(.reportSecondReview)) | " + policy.years.map { cell($0.secondGrade ?? "—") }.joined(separator: " | ") + " |\n"
            if policy.years.contains(where: { $0.cost != nil }) {
                out += "| \(t(.reportFullCost)) | " + policy.years.map { $0.cost.map { SnapshotProjects.amount($0.fullCost) } ?? "—" }.joined(separator: " | ") + " |\n"
                out += "| \(t(.reportGeneralRevenue)) | " + policy.years.map { $0.cost.map { SnapshotProjects.amount($0.generalRevenue) } ?? "—" }.joined(separator: " | ") + " |\n"
            }
        }
        return out
    }

    // MARK: CSV

    /// One row per item and year, each with the snapshot it comes from, and one outlook row per indicator.
    public func rows() -> (columns: [String], rows: [[Value]]) {
        func text(_ value: String?) -> Value { value.map(Value.text) ?? .null }
        func number(_ value: Double?) -> Value { value.map(Value.real) ?? .null }
        func flag(_ value: Bool?) -> Value { value.map { .integer($0 ? 1 : 0) } ?? .null }
        func origin(_ year: Int) -> [Value] {
            guard let snapshot = source(year)?.snapshot else { return [.text("live"), .null, .null] }
            return [.text("snapshot"), .integer(Int64(snapshot.version)), .text(snapshot.sha256)]
        }
        let columns = ["kind", "code", "name", "fiscal_year", "source", "source_version", "source_sha256", "target", "actual", "achieved",
                       "progress_pct", "grade", "next_direction", "changed", "forecast", "final_target", "on_track", "gap", "gap_pct", "basis"]
        let none = Array(repeating: Value.null, count: 6)
        var rows: [[Value]] = []
        for policy in policies {
            for item in policy.years {
                rows.append([.text("policy"), .text(policy.code), .text(policy.title), .integer(Int64(item.year))] + origin(item.year)
                    + [.null, .null, .null, .null, text(item.firstGrade), text(item.secondGrade), .null] + none)
            }
            // What the policy cost each year, in 千円: full cost under `actual`, the basis of its projects' cost under `basis`.
            for item in policy.years {
                guard let cost = item.cost else { continue }
                rows.append([.text("policy_cost"), .text(policy.code), .text(policy.title), .integer(Int64(item.year))] + origin(item.year)
                    + [.null, cost.fullCost.map { .integer($0) } ?? .null, .null, .null, .null, .null, .null] + none)
            }
            for indicator in policy.indicators {
                for item in indicator.years {
                    rows.append([.text("indicator"), .text(indicator.code), .text(indicator.name), .integer(Int64(item.year))] + origin(item.year)
                        + [number(item.targetValue), text(item.valueText), flag(item.achieved), number(item.progress), .null, .null, .null] + none)
                }
                if let outlook = indicator.outlook, let judgement = indicator.judgement {
                    rows.append([.text("outlook"), .text(indicator.code), .text(indicator.name), .integer(Int64(outlook.finalYear)), .text("trend to \(to)"), .null, .null,
                                 .null, .null, .null, .null, .null, .null, .null, .real(outlook.forecast), number(indicator.finalTarget?.value),
                                 flag(judgement.onTrack), number(judgement.gap), number(judgement.gapPct), .text(outlook.basisCode)])
                }
            }
            for initiative in policy.initiatives {
                for item in initiative.years {
                    rows.append([.text("initiative"), .text(initiative.code), .text(initiative.title), .integer(Int64(item.year))] + origin(item.year)
                        + [.null, .null, .null, .null, text(item.grade), text(item.nextDirection), .integer(item.changed ? 1 : 0)] + none)
                }
            }
        }
        return (columns, rows)
    }

    // MARK: JSON

    func json() -> String {
        func string(_ text: String?) -> String { text.map(CellText.jsonString) ?? "null" }
        func number(_ value: Double?) -> String { value.map { CellText.json(.real($0)) } ?? "null" }
        func bool(_ value: Bool?) -> String { value.map { $0 ? "true" : "false" } ?? "null" }
        func list(_ items: [String], indent: String) -> String { items.isEmpty ? "[]" : "[\n" + items.map { indent + $0 }.joined(separator: ",\n") + "\n\(indent.dropLast(2))]" }
        var out = "{\n  \"plan\": {\"code\": \(string(plan.code)), \"name\": \(string(plan.name)), \"municipality\": \(string(plan.municipality)), \"final_year\": \(plan.endYear)},\n"
        out += "  \"from\": \(from), \"to\": \(to),\n"
        out += "  \"sources\": " + list(sources.map { source in
            guard let snapshot = source.snapshot else { return "{\"year\": \(source.year), \"source\": \"live\"}" }
            return "{\"year\": \(source.year), \"source\": \"snapshot\", \"version\": \(snapshot.version), \"created_at\": \(string(snapshot.createdAt)), \"sha256\": \(string(snapshot.sha256))}"
        }, indent: "    ") + ",\n"
        let summary = self.summary
        out += "  \"summary\": {\"achieved\": [\(summary.achieved.map { string($0.code) }.joined(separator: ", "))], \"not_achieved\": [\(summary.notAchieved.map { string($0.code) }.joined(separator: ", "))], "
            + "\"at_risk\": [\(summary.atRisk.map { string($0.code) }.joined(separator: ", "))], \"no_actual\": [\(summary.noActual.map { string($0.code) }.joined(separator: ", "))]},\n"
        out += "  \"policies\": " + list(policies.map { policy in
            var text = "{\"code\": \(string(policy.code)), \"title\": \(string(policy.title)), \"lead_dept\": \(string(policy.leadDept)),\n"
            text += "     \"evaluations\": [" + policy.years.map {
                "{\"year\": \($0.year), \"first_grade\": \(string($0.firstGrade)), \"first_comment\": \(string($0.firstComment)), \"second_grade\": \(string($0.secondGrade)), \"second_comment\": \(string($0.secondComment))}"
            }.joined(separator: ", ") + "],\n"
            let costs = policy.years.compactMap { year in year.cost.map { (year.year, $0) } }
            if !costs.isEmpty {
                func integer(_ value: Int64?) -> String { value.map { String($0) } ?? "null" }
                text += "     \"costs\": [" + costs.map { year, cost in
                    "{\"year\": \(year), \"budget\": \(integer(cost.budget)), \"settled\": \(integer(cost.settled)), \"personnel_cost\": \(integer(cost.personnelCost)), "
                        + "\"full_cost\": \(integer(cost.fullCost)), \"general_revenue\": \(integer(cost.generalRevenue)), \"projects\": \(cost.projects)}"
                }.joined(separator: ", ") + "],\n"
            }
            text += "     \"indicators\": " + list(policy.indicators.map { indicator in
                let targets = indicator.targets.map { "{\"year\": \($0.year), \"text\": \(string($0.text)), \"value\": \(number($0.value))}" }.joined(separator: ", ")
                let years = indicator.years.map {
                    "{\"year\": \($0.year), \"target_text\": \(string($0.targetText)), \"target_value\": \(number($0.targetValue)), \"target_basis\": \(string($0.targetBasis)), "
                        + "\"actual_text\": \(string($0.valueText)), \"actual\": \(number($0.value)), \"achieved\": \(bool($0.achieved)), \"progress_pct\": \(number($0.progress))}"
                }.joined(separator: ", ")
                let outlook = indicator.outlook.map { fit in
                    "{\"latest_year\": \(fit.latestYear), \"latest_value\": \(number(fit.latestValue)), \"final_year\": \(fit.finalYear), \"forecast\": \(number(fit.forecast)), \"slope\": \(number(fit.slope)), "
                        + "\"final_target\": \(number(indicator.finalTarget?.value)), \"final_target_year\": \(indicator.finalTarget.map { String($0.year) } ?? "null"), "
                        + "\"on_track\": \(bool(indicator.judgement?.onTrack)), \"gap\": \(number(indicator.judgement?.gap)), \"gap_pct\": \(number(indicator.judgement?.gapPct)), \"basis\": \(string(fit.basisCode))}"
                } ?? "null"
                return "{\"code\": \(string(indicator.code)), \"name\": \(string(indicator.name)), \"unit\": \(string(indicator.unit)), \"direction\": \(string(indicator.direction)), \"kpi\": \(bool(indicator.isKPI)), "
                    + "\"baseline\": {\"year\": \(indicator.baselineYear), \"text\": \(string(indicator.baselineText)), \"value\": \(number(indicator.baselineValue))}, \"targets\": [\(targets)], "
                    + "\"years\": [\(years)], \"outlook\": \(outlook)}"
            }, indent: "       ") + ",\n"
            text += "     \"initiatives\": " + list(policy.initiatives.map { initiative in
                "{\"code\": \(string(initiative.code)), \"title\": \(string(initiative.title)), \"reprint\": \(bool(initiative.isReprint)), \"years\": ["
                    + initiative.years.map { "{\"year\": \($0.year), \"grade\": \(string($0.grade)), \"next_direction\": \(string($0.nextDirection)), \"changed\": \(bool($0.changed))}" }.joined(separator: ", ") + "]}"
            }, indent: "       ") + "}"
            return text
        }, indent: "    ") + "\n}\n"
        return out
    }
}
