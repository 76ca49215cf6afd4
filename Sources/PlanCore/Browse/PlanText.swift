import SQLiteDB

/// The plan as text, laid out the way the document is: what `plandb show` prints. Built from
/// the reporting views only.
public struct PlanText {
    let db: Database
    let plan: PlanRef

    public init(_ store: PlanDatabase, plan: PlanRef) {
        self.db = store.connection
        self.plan = plan
    }

    func rows(_ sql: String, _ parameters: [String: ValueConvertible?] = [:]) throws -> [Row] {
        var all = parameters
        all["plan"] = plan.code
        let statement = try db.prepare(sql)
        for (name, value) in all where statement.parameterNames.contains(":" + name) {
            try statement.bind(value, named: name)
        }
        return try statement.allRows()
    }

    // MARK: The whole plan

    /// Outline → policies → measures → directions → initiatives, with each policy's indicators.
    public func tree() throws -> String {
        var out = "\(plan.municipality) \(plan.name)（\(FiscalYear.label(plan.startYear))～\(FiscalYear.label(plan.endYear))）\n"
        let outlines = try rows("SELECT o.code, o.section, o.title FROM outlines o JOIN plans p USING (plan_id) WHERE p.code = :plan ORDER BY CAST(o.code AS INTEGER)")
        let initiatives = Dictionary(grouping: try rows("SELECT direction_code, initiative_code, title, is_reprint FROM v_initiatives WHERE plan_code = :plan ORDER BY position"), by: { $0.string("direction_code") ?? "" })
        let directions = Dictionary(grouping: try rows("SELECT measure_code, direction_code, title, is_priority FROM v_directions WHERE plan_code = :plan ORDER BY no"), by: { $0.string("measure_code") ?? "" })
        let measures = Dictionary(grouping: try rows("SELECT policy_code, measure_code, title FROM v_measures WHERE plan_code = :plan ORDER BY no"), by: { $0.string("policy_code") ?? "" })
        let indicators = Dictionary(grouping: try rows("SELECT policy_code, indicator_code, name, is_kpi FROM v_indicators WHERE plan_code = :plan ORDER BY position"), by: { $0.string("policy_code") ?? "" })
        for outline in outlines {
            out += "\n大綱\(outline.string("code") ?? "") \(outline.string("title") ?? "")\n"
            for policy in try rows("SELECT policy_code, title, lead_dept FROM v_policies WHERE plan_code = :plan AND outline_code = :outline ORDER BY sort_key", ["outline": outline.string("code")]) {
                let code = policy.string("policy_code") ?? ""
                out += "  \(code) \(policy.string("title") ?? "")（主担当課 \(policy.string("lead_dept") ?? "")）\n"
                for measure in measures[code] ?? [] {
                    let measureCode = measure.string("measure_code") ?? ""
                    out += "    \(measureCode) \(measure.string("title") ?? "")\n"
                    for direction in directions[measureCode] ?? [] {
                        let directionCode = direction.string("direction_code") ?? ""
                        let mark = direction.bool("is_priority") == true ? "【重点】" : ""
                        out += "      \(directionCode) \(mark)\(direction.string("title") ?? "")\n"
                        for initiative in initiatives[directionCode] ?? [] {
                            let reprint = initiative.bool("is_reprint") == true ? "（再掲）" : ""
                            out += "        \(initiative.string("initiative_code") ?? "") \(initiative.string("title") ?? "")\(reprint)\n"
                        }
                    }
                }
                for indicator in indicators[code] ?? [] {
                    let kpi = indicator.bool("is_kpi") == true ? "［KPI］" : ""
                    out += "    \(indicator.string("indicator_code") ?? "") 指標 \(indicator.string("name") ?? "")\(kpi)\n"
                }
            }
        }
        return out
    }

    // MARK: One item

    public func detail(_ item: PlanItem) throws -> String {
        switch item.kind {
        case .policy: return try policy(item.code)
        case .measure: return try measure(item.code)
        case .direction: return try direction(item.code, indent: "", heading: true)
        case .initiative: return try initiative(item.code, indent: "", heading: true)
        case .indicator: return try indicator(item.code)
        }
    }

    func policy(_ code: String) throws -> String {
        guard let policy = try rows("SELECT * FROM v_policies WHERE plan_code = :plan AND policy_code = :code", ["code": code]).first else { return "" }
        let related = try rows("SELECT dept FROM v_policy_related_depts WHERE plan_code = :plan AND policy_code = :code ORDER BY seq", ["code": code]).compactMap { $0.string("dept") }
        let measures = try rows("SELECT measure_code, no, title FROM v_measures WHERE plan_code = :plan AND policy_code = :code ORDER BY no", ["code": code])
        var out = "施策 \(code) \(policy.string("title") ?? "")\n"
        out += "■ 主担当課 \(policy.string("lead_dept") ?? "")  ■ 関係課 \(related.joined(separator: "・"))\n"
        out += "小施策: " + measures.map { "\($0.int("no") ?? 0) \($0.string("title") ?? "")" }.joined(separator: " / ") + "\n"
        out += "\n\(plan.visionLabel)\n" + indented(policy.string("vision") ?? "", "  ") + "\n"
        out += "\n業績評価指標\n" + (try indicatorTable(policyCode: code))
        let plans = try rows("SELECT name, period FROM v_related_plans WHERE plan_code = :plan AND policy_code = :code ORDER BY seq", ["code": code])
        if !plans.isEmpty {
            out += "\n関連する個別計画\n"
            for related in plans {
                let period = related.string("period") ?? ""
                out += "  ・\(related.string("name") ?? "")" + (period.isEmpty ? "" : "（\(period)）") + "\n"
            }
        }
        for measure in measures {
            out += "\n" + (try self.measure(measure.string("measure_code") ?? ""))
        }
        return out
    }

    func measure(_ code: String) throws -> String {
        guard let measure = try rows("SELECT * FROM v_measures WHERE plan_code = :plan AND measure_code = :code", ["code": code]).first else { return "" }
        var out = "小施策 \(code) \(measure.string("title") ?? "")\n"
        let challenges = try rows("SELECT no, text FROM v_challenges WHERE plan_code = :plan AND measure_code = :code ORDER BY no", ["code": code])
        if !challenges.isEmpty {
            out += "  現状と課題\n"
            for challenge in challenges {
                out += "    \(challenge.int("no") ?? 0) " + indented(challenge.string("text") ?? "", "      ").dropFirst(6) + "\n"
            }
        }
        let directions = try rows("SELECT direction_code FROM v_directions WHERE plan_code = :plan AND measure_code = :code ORDER BY no", ["code": code])
        if !directions.isEmpty {
            out += "  取組方針\n"
            for direction in directions {
                out += try self.direction(direction.string("direction_code") ?? "", indent: "    ", heading: false)
            }
        }
        return out
    }

    static let circled = ["①", "②", "③", "④", "⑤", "⑥", "⑦", "⑧", "⑨", "⑩", "⑪", "⑫", "⑬", "⑭", "⑮"]

    func direction(_ code: String, indent: String, heading: Bool) throws -> String {
        guard let direction = try rows("SELECT * FROM v_directions WHERE plan_code = :plan AND direction_code = :code", ["code": code]).first else { return "" }
        let no = direction.int("no") ?? 0
        let number = no >= 1 && no <= Self.circled.count ? Self.circled[no - 1] : "(\(no))"
        var out = heading ? "取組方針 \(code)（小施策 \(direction.string("measure_code") ?? "")）\n" : ""
        out += "\(indent)\(number) \(direction.string("title") ?? "")" + (direction.bool("is_priority") == true ? " 【重点】" : "") + "  [\(code)]\n"
        out += indented(direction.string("text") ?? "", indent + "   ") + "\n"
        let initiatives = try rows("SELECT initiative_code FROM v_initiatives WHERE plan_code = :plan AND direction_code = :code ORDER BY position", ["code": code])
        if !initiatives.isEmpty {
            out += "\(indent)   主な取組\n"
            for initiative in initiatives {
                out += try self.initiative(initiative.string("initiative_code") ?? "", indent: indent + "     ", heading: false)
            }
        }
        return out
    }

    func initiative(_ code: String, indent: String, heading: Bool) throws -> String {
        guard let initiative = try rows("SELECT * FROM v_initiatives WHERE plan_code = :plan AND initiative_code = :code", ["code": code]).first else { return "" }
        var out = ""
        if heading {
            out += "主な取組 \(code)（取組方針 \(initiative.string("direction_code") ?? "")、施策 \(initiative.string("policy_code") ?? "")、主担当課 \(initiative.string("lead_dept") ?? "")）\n"
        }
        out += "\(indent)\(code) \(initiative.string("title") ?? "")" + (initiative.bool("is_reprint") == true ? "（再掲）" : "") + "\n"
        if initiative.bool("is_reprint") == true { out += "\(indent)  " + (try reprintNote(initiative)) + "\n" }
        let actions = try rows("SELECT phase, text FROM v_initiative_actions WHERE plan_code = :plan AND initiative_code = :code ORDER BY phase_order, seq", ["code": code])
        var lastPhase = ""
        for action in actions {
            let phase = action.string("phase") ?? ""
            let label = phase == lastPhase ? String(repeating: " ", count: DisplayWidth.of(phase)) : phase
            out += "\(indent)  \(DisplayWidth.pad(label, to: 6)) ・\(action.string("text") ?? "")\n"
            lastPhase = phase
        }
        return out
    }

    /// Where a reprint （再掲） is evaluated: it shows its original's evaluation and is nobody's duty.
    func reprintNote(_ initiative: Row) throws -> String {
        guard let original = initiative.string("reprint_of"),
            let row = try rows("SELECT lead_dept FROM v_initiatives WHERE plan_code = :plan AND initiative_code = :code", ["code": original]).first
        else { return "再掲: 本計画外の初出箇所で評価します（ここでの入力は不要）" }
        return "再掲: 評価は \(original)（\(row.string("lead_dept") ?? "")）で行います（ここでの入力は不要）"
    }

    func indicatorTable(policyCode: String) throws -> String {
        let indicators = try rows("SELECT * FROM v_indicators WHERE plan_code = :plan AND policy_code = :code ORDER BY position", ["code": policyCode])
        let targets = Dictionary(grouping: try rows("SELECT t.* FROM v_indicator_targets t JOIN v_indicators i USING (indicator_code, plan_code) WHERE t.plan_code = :plan AND i.policy_code = :code", ["code": policyCode]), by: { $0.string("indicator_code") ?? "" })
        let years = Array(Set(targets.values.flatMap { $0.compactMap { $0.int("fiscal_year") } })).sorted()
        let columns = [Message.showCodeHeading.text(), "指標名", "現状値"] + years.map(String.init) + ["方向", "調べ", "KPI"]
        let table: [[Value]] = indicators.map { row in
            let code = row.string("indicator_code") ?? ""
            let byYear = Dictionary(uniqueKeysWithValues: (targets[code] ?? []).map { ($0.int("fiscal_year") ?? 0, $0.string("target_text") ?? "") })
            let baselineYear = row.int("baseline_year") ?? 0
            let baseline = (row.string("baseline_text") ?? "") + (baselineYear == plan.startYear - 1 ? "" : "（\(baselineYear)）")
            return [.text(code), .text(row.string("name") ?? ""), .text(baseline)]
                + years.map { .text(byYear[$0] ?? "") }
                + [.text(Self.directionLabel(row.string("direction") ?? "")), .text(row.string("source_dept") ?? ""), .text(row.bool("is_kpi") == true ? "KPI" : "")]
        }
        return indented(RowWriter.render(format: .table, columns: columns, rows: table).trimmingCharacters(in: .newlines), "  ") + "\n"
    }

    func indicator(_ code: String) throws -> String {
        guard let row = try rows("SELECT * FROM v_indicators WHERE plan_code = :plan AND indicator_code = :code", ["code": code]).first else { return "" }
        var out = "業績評価指標 \(code) \(row.string("name") ?? "")\n"
        out += "  施策 \(row.string("policy_code") ?? "") / 小施策 \(row.string("measure_code") ?? "")\n"
        out += "  説明: \(row.string("description") ?? "")\n"
        out += "  調べ: \(row.string("source_dept") ?? "")" + (row.bool("is_kpi") == true ? "  ［総合戦略 KPI］" : "") + "\n"
        out += "  単位: \(row.string("unit") ?? "")\n"
        out += "  方向: \(row.string("direction") ?? "")（\(Self.directionLabel(row.string("direction") ?? ""))）\n"
        if let note = row.string("note") { out += "  注記: \(note)\n" }
        let baselineNote = row.string("baseline_note").map { "（\($0)）" } ?? ""
        out += "  現状値: \(row.string("baseline_text") ?? "")\(baselineNote)  \(FiscalYear.label(row.int("baseline_year") ?? 0))\n"
        out += "  目標値:\n"
        for target in try rows("SELECT fiscal_year, target_text, target_value FROM v_indicator_targets WHERE plan_code = :plan AND indicator_code = :code ORDER BY fiscal_year", ["code": code]) {
            let none = target["target_value"].isNull ? "（目標値なし）" : ""
            out += "    \(FiscalYear.label(target.int("fiscal_year") ?? 0)): \(target.string("target_text") ?? "")\(none)\n"
        }
        return out
    }

    static func directionLabel(_ direction: String) -> String {
        switch direction {
        case "increase": return "増加が望ましい"
        case "decrease": return "減少が望ましい"
        case "maintain": return "目標値以上を維持"
        case "at_most": return "上限以内"
        default: return direction
        }
    }

    func indented(_ text: String, _ prefix: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { prefix + $0 }.joined(separator: "\n")
    }
}
