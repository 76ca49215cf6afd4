import SQLiteDB

/// The published forms of a snapshot.
public enum SnapshotExportFormat: String, CaseIterable, Sendable {
    case html, markdown, csv, json, xlsx
}

extension SnapshotDocument {
    /// The snapshot as text; the workbook is written to a file with `writeWorkbook(to:)`.
    public func export(_ format: SnapshotExportFormat) throws -> String {
        switch format {
        case .html: return SnapshotHTML(document: self).render()
        case .markdown: return markdown()
        case .csv:
            let table = exportRows()
            return RowWriter.render(format: .csv, columns: table.columns, rows: table.rows, options: OutputOptions(byteOrderMark: true, neutralizeFormulas: true))
        case .json: return json()
        case .xlsx:
            throw PlanError(.workbookToStandardOutput, advice: .workbookToStandardOutputAdvice("plandb snapshot export \(info.fiscalYear) --format xlsx --out 評価結果報告書.xlsx"))
        }
    }

    var title: String {
        "\(plan.municipality) \(plan.name) \(FiscalYear.label(info.fiscalYear)) 評価結果報告書"
    }

    var stamp: String {
        "第\(info.version)版・\(info.createdAt.prefix(10)) 作成（\(info.createdBy)）・SHA-256 \(info.sha256)"
    }

    // MARK: Markdown

    /// Text made inert for Markdown: HTML is escaped (a renderer would run `<script>`), the
    /// characters of Markdown syntax (links, emphasis, code, tables) are backslash-escaped and
    /// line breaks become `<br>`, so that a text stays inside its table cell or line.
    public static func markdownText(_ text: String) -> String {
        var out = ""
        var previousWasCR = false
        for character in text.unicodeScalars {
            defer { previousWasCR = character == "\r" }
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\n" where previousWasCR: continue
            case "\r", "\n", "\u{2028}", "\u{2029}": out += "<br>"
            case "\\", "`", "*", "_", "[", "]", "|", "#", "~", "!": out += "\\" + String(character)
            default: out.unicodeScalars.append(character)
            }
        }
        return out
    }

    /// Every printed target of an indicator, as the plan prints them: `2025 550、2027 540`.
    static func targetsText(_ indicator: Indicator) -> String {
        indicator.targets.map { "\($0.year) \($0.text)" }.joined(separator: "、")
    }

    func markdown() -> String {
        func cell(_ text: String?) -> String { Self.markdownText(text ?? "") }
        var out = "# \(cell(title))\n\n\(cell(stamp))\n"
        if let note = info.note { out += "\n> \(cell(note))\n" }
        if info.missing > 0 { out += "\n未入力 \(info.missing) 件のまま確定しています。\n" }
        out += "\n## 概要\n\n| 施策 | 主担当課 | 指標の達成 | 取組の評価 (A/B/C/D/未) | 一次評価 | 二次評価 |\n| --- | --- | --- | --- | --- | --- |\n"
        for policy in policies {
            let summary = PolicySummary(policy)
            out += "| \(cell(policy.code + " " + policy.title)) | \(cell(policy.leadDept)) | \(summary.achievedLabel) | \(summary.gradeLabel) | \(cell(policy.firstGrade ?? "—")) | \(cell(policy.secondGrade ?? "—")) |\n"
        }
        for policy in policies {
            out += "\n## \(cell(policy.code)) \(cell(policy.title))\n\n主担当課: \(cell(policy.leadDept))\n\n**5年後の目指す姿** \(cell(policy.vision))\n\n"
            out += "### 業績評価指標\n\n| コード | 指標名 | 調べ | 現状値 | 目標値 | 計画の目標 | 実績値 | 達成 | 進捗率 |\n| --- | --- | --- | --- | --- | --- | --- | --- | --- |\n"
            for indicator in policy.indicators {
                out += "| \(cell(indicator.code)) | \(cell(indicator.name))\(indicator.isKPI ? " [KPI]" : "") | \(cell(indicator.sourceDept)) | \(cell(indicator.baselineText))（\(indicator.baselineYear)） "
                    + "| \(cell(Self.targetLabel(indicator))) | \(cell(Self.targetsText(indicator))) | \(cell(indicator.valueText.map { $0 + indicator.unit } ?? "未入力")) "
                    + "| \(indicator.achieved.map { $0 ? "達成" : "未達成" } ?? "—") | \(indicator.progress.map { CellText.realText($0) + "%" } ?? "—") |\n"
            }
            out += "\n### 主な取組\n\n| コード | 取組方針 | 主な取組 | 評価 | 今後の方向性 | 実績 | 課題 |\n| --- | --- | --- | --- | --- | --- | --- |\n"
            for initiative in policy.initiatives {
                out += "| \(cell(initiative.code)) | \(cell(initiative.directionTitle))\(initiative.isPriority ? "【重点】" : "") | \(cell(initiative.title + initiative.reprintMark)) "
                    + "| \(cell(initiative.grade ?? "—")) | \(cell(initiative.nextDirection ?? "—")) | \(cell(initiative.result)) | \(cell(initiative.challenge)) |\n"
            }
            out += "\n### 施策評価\n\n- 一次評価（\(cell(policy.leadDept))）: \(cell(policy.firstGrade ?? "—")) \(cell(policy.firstComment ?? ""))\n"
            out += "- 二次評価（\(cell(plan.coordinator))）: \(cell(policy.secondGrade ?? "—")) \(cell(policy.secondComment ?? ""))\n"
        }
        return out
    }

    // MARK: CSV

    /// The whole report as one sheet: a row for the report, then per policy its row, its two
    /// evaluations, its indicators and its initiatives, with every text the HTML report shows.
    func exportRows() -> (columns: [String], rows: [[Value]]) {
        let columns = [
            "区分", "コード", "名称", "担当", "目指す姿", "単位", "現状値", "目標値", "計画の目標", "実績値", "達成", "進捗率",
            "取組方針", "評価", "今後の方向性", "実績・コメント", "課題", "備考",
        ]
        func row(_ cells: [String: Value]) -> [Value] { columns.map { cells[$0] ?? .null } }
        func text(_ value: String?) -> Value { value.map(Value.text) ?? .null }
        var rows = [row(["区分": .text("報告書"), "名称": .text(title), "担当": .text(info.createdBy), "備考": text(info.note), "実績・コメント": .text(stamp)])]
        for policy in policies {
            rows.append(row(["区分": .text("施策"), "コード": .text(policy.code), "名称": .text(policy.title), "担当": .text(policy.leadDept), "目指す姿": .text(policy.vision)]))
            rows.append(row(["区分": .text("一次評価"), "コード": .text(policy.code), "担当": .text(policy.leadDept), "評価": text(policy.firstGrade), "実績・コメント": text(policy.firstComment)]))
            rows.append(row(["区分": .text("二次評価"), "コード": .text(policy.code), "担当": .text(plan.coordinator), "評価": text(policy.secondGrade), "実績・コメント": text(policy.secondComment)]))
            for indicator in policy.indicators {
                rows.append(row([
                    "区分": .text(indicator.isKPI ? "指標（KPI）" : "指標"), "コード": .text(indicator.code), "名称": .text(indicator.name),
                    "担当": .text(indicator.sourceDept), "単位": .text(indicator.unit), "現状値": .text("\(indicator.baselineText)（\(indicator.baselineYear)）"),
                    "目標値": .text(Self.targetLabel(indicator)), "計画の目標": .text(Self.targetsText(indicator)), "実績値": text(indicator.valueText),
                    "達成": text(indicator.achieved.map { $0 ? "達成" : "未達成" }), "進捗率": indicator.progress.map(Value.real) ?? .null,
                ]))
            }
            for initiative in policy.initiatives {
                rows.append(row([
                    "区分": .text("取組"), "コード": .text(initiative.code), "名称": .text(initiative.title + initiative.reprintMark),
                    "担当": .text(policy.leadDept), "取組方針": .text(initiative.directionTitle + (initiative.isPriority ? "【重点】" : "")),
                    "評価": text(initiative.grade), "今後の方向性": text(initiative.nextDirection), "実績・コメント": text(initiative.result), "課題": text(initiative.challenge),
                ]))
            }
        }
        return (columns, rows)
    }

    // MARK: JSON

    func json() -> String {
        func string(_ text: String?) -> String { text.map(CellText.jsonString) ?? "null" }
        func number(_ value: Double?) -> String { value.map { CellText.json(.real($0)) } ?? "null" }
        func bool(_ value: Bool?) -> String { value.map { $0 ? "true" : "false" } ?? "null" }
        func reprintOf(_ initiative: Initiative) -> String {
            switch initiative.reprintOrigin {
            case .original(let code, let dept)?: return "{\"code\": \(string(code)), \"dept\": \(string(dept)), \"outside_plan\": false, \"note\": \(string(initiative.reprintMark))}"
            case .outsidePlan?: return "{\"code\": null, \"dept\": null, \"outside_plan\": true, \"note\": \(string(initiative.reprintMark))}"
            case nil: return "null"
            }
        }
        var out = "{\n"
        out += "  \"plan\": {\"code\": \(string(plan.code)), \"name\": \(string(plan.name)), \"municipality\": \(string(plan.municipality))},\n"
        out += "  \"fiscal_year\": \(info.fiscalYear), \"version\": \(info.version), \"created_at\": \(string(info.createdAt)), \"created_by\": \(string(info.createdBy)),\n"
        out += "  \"note\": \(string(info.note)), \"missing\": \(info.missing), \"sha256\": \(string(info.sha256)),\n"
        out += "  \"policies\": [\n"
        out += policies.map { policy in
            var text = "    {\"code\": \(string(policy.code)), \"title\": \(string(policy.title)), \"lead_dept\": \(string(policy.leadDept)), \"vision\": \(string(policy.vision)),\n"
            text += "     \"first_review\": {\"grade\": \(string(policy.firstGrade)), \"comment\": \(string(policy.firstComment))},\n"
            text += "     \"second_review\": {\"grade\": \(string(policy.secondGrade)), \"comment\": \(string(policy.secondComment))},\n"
            text += "     \"indicators\": [\n" + policy.indicators.map { indicator in
                let targets = indicator.targets.map { "{\"year\": \($0.year), \"text\": \(string($0.text)), \"value\": \(number($0.value))}" }.joined(separator: ", ")
                return "       {\"code\": \(string(indicator.code)), \"name\": \(string(indicator.name)), \"unit\": \(string(indicator.unit)), \"source_dept\": \(string(indicator.sourceDept)), \"kpi\": \(bool(indicator.isKPI)), \"direction\": \(string(indicator.direction)), "
                    + "\"baseline\": {\"year\": \(indicator.baselineYear), \"text\": \(string(indicator.baselineText)), \"value\": \(number(indicator.baselineValue))}, \"targets\": [\(targets)], "
                    + "\"target\": {\"basis\": \(string(indicator.targetBasis)), \"text\": \(string(indicator.targetText)), \"value\": \(number(indicator.targetValue))}, "
                    + "\"actual\": {\"text\": \(string(indicator.valueText)), \"value\": \(number(indicator.value))}, \"achieved\": \(bool(indicator.achieved)), \"progress_pct\": \(number(indicator.progress))}"
            }.joined(separator: ",\n") + "\n     ],\n"
            text += "     \"initiatives\": [\n" + policy.initiatives.map { initiative in
                "       {\"code\": \(string(initiative.code)), \"direction\": \(string(initiative.directionTitle)), \"priority\": \(bool(initiative.isPriority)), \"title\": \(string(initiative.title)), \"reprint\": \(bool(initiative.isReprint)), \"reprint_of\": \(reprintOf(initiative)), "
                    + "\"grade\": \(string(initiative.grade)), \"next_direction\": \(string(initiative.nextDirection)), \"result\": \(string(initiative.result)), \"challenge\": \(string(initiative.challenge))}"
            }.joined(separator: ",\n") + "\n     ]}"
            return text
        }.joined(separator: ",\n")
        out += "\n  ]\n}\n"
        return out
    }
}

/// A policy's figures for the summary page.
struct PolicySummary {
    let achieved: Int
    let measured: Int
    let grades: [String: Int]
    let unrated: Int

    init(_ policy: SnapshotDocument.Policy) {
        achieved = policy.indicators.filter { $0.achieved == true }.count
        measured = policy.indicators.filter { $0.achieved != nil }.count
        var grades: [String: Int] = [:]
        // A reprint （再掲） is counted where it is first printed, not again here.
        let evaluated = policy.initiatives.filter { !$0.isReprint }
        for initiative in evaluated { if let grade = initiative.grade { grades[grade, default: 0] += 1 } }
        self.grades = grades
        unrated = evaluated.filter { $0.grade == nil }.count
    }

    var achievedLabel: String { measured == 0 ? "—" : "\(achieved)/\(measured)" }
    var gradeLabel: String { ["A", "B", "C", "D"].map { String(grades[$0] ?? 0) }.joined(separator: "/") + "/\(unrated)" }
}
