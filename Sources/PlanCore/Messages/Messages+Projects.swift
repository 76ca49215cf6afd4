// The catalog: 事務事業 and their cost (`plandb project`, `budget`, `rate`, `record project`), and
// the tables other systems export.
extension Message {
    // MARK: Tables from other systems

    static func tableEmpty(_ file: String) -> Message {
        Message("table.empty", en: "\(file) has no rows to import", ja: "\(file) には取り込む行がありません。")
    }
    static let tableEmptyAdvice = Message("table.empty.advice",
        en: "export the table again from the finance system: a header row, then one row per project",
        ja: "財務会計システムから表を出力し直してください（1 行目に見出し、2 行目から事業ごとの行）。")
    static func tableTooLong(_ file: String, limit: Int) -> Message {
        Message("table.too_long", en: "\(file) has more than \(limit) rows", ja: "\(file) の行数が \(limit) 行を超えています。")
    }
    static func tableFormulaWithoutValue(_ place: String) -> Message {
        Message("table.formula_without_value",
            en: "\(place) holds a formula saved without its value",
            ja: "\(place) の数式に値が保存されていません。")
    }
    static func tableCSVPlace(_ line: Int, _ column: String) -> Message {
        Message("table.csv_place", en: "line \(line), column \(column)", ja: "\(line) 行目の「\(column)」")
    }
    static func tableLinePlace(_ line: Int) -> Message {
        Message("table.line_place", en: "line \(line)", ja: "\(line) 行目")
    }
    static func tableCellPlace(_ reference: String) -> Message {
        Message("table.cell_place", en: "cell \(reference)", ja: "セル \(reference)")
    }
    static func tableRowProblem(_ place: Message, code: String?, _ error: PlanError) -> Message {
        let item = code.map { "（\($0)）" } ?? ""
        let problem = error.message
        let advice = (en: error.advice.map { " — " + $0.en } ?? "", ja: error.advice?.ja ?? "")
        return Message("table.row_problem",
            en: "\(place.en)\(item): \(problem.en)\(advice.en)",
            ja: "\(place.ja)\(item)：\(problem.ja)\(advice.ja)")
    }
    static func tableDuplicateColumn(_ file: String, _ column: String, _ places: String) -> Message {
        Message("table.duplicate_column",
            en: "\(file) has the column 「\(column)」 more than once (\(places))",
            ja: "\(file) に「\(column)」の列が複数あります（\(places)）。")
    }
    static let tableDuplicateColumnAdvice = Message("table.duplicate_column.advice",
        en: "keep one of them and import the file again",
        ja: "どれか一つを残して、もう一度取り込んでください。")
    static func tableMissingColumns(_ file: String, _ columns: String) -> Message {
        Message("table.missing_columns",
            en: "\(file) has no column 「\(columns)」 in its header row",
            ja: "\(file) の見出し行に「\(columns)」の列がありません。")
    }
    static func tableMissingColumnsAdvice(_ expected: String) -> Message {
        Message("table.missing_columns.advice",
            en: "the header row names the columns, in any order: \(expected)",
            ja: "見出し行に列名を書いてください（順序は問いません）：\(expected)")
    }

    // MARK: The project list

    static let projectWhatList = Message("project.what.list", en: "the project list (事務事業)", ja: "事務事業の一覧")
    static func projectCellBlank(_ column: String) -> Message {
        Message("project.cell_blank", en: "「\(column)」 is blank", ja: "「\(column)」が空欄です。")
    }
    static func projectCodeInvalid(_ code: String) -> Message {
        Message("project.code_invalid",
            en: "「\(code)」 is not a project code (at most 40 characters, no spaces)",
            ja: "「\(code)」は事業コードになりません（40 文字以内、空白なし）。")
    }
    static func projectTextInvalid(_ column: String) -> Message {
        Message("project.text_invalid", en: "「\(column)」 holds control characters", ja: "「\(column)」に制御文字があります。")
    }
    static func projectUnknownDept(_ name: String) -> Message {
        Message("project.unknown_dept", en: "no department is called 「\(name)」", ja: "「\(name)」という課はありません。")
    }
    static func projectUnknownInitiative(_ code: String, _ plan: String) -> Message {
        Message("project.unknown_initiative",
            en: "\(plan) has no 主な取組 \(code)",
            ja: "計画 \(plan) に主な取組 \(code) はありません。")
    }
    static func projectLinkToReprint(_ code: String, original: String) -> Message {
        Message("project.link_to_reprint",
            en: "\(code) is a （再掲）: link the project to \(original), where the 主な取組 is first printed, so its cost is counted once",
            ja: "\(code) は（再掲）です。費用を一度だけ数えるため、初出の \(original) に結び付けてください。")
    }
    static func projectShareInvalid(_ text: String) -> Message {
        Message("project.share_invalid",
            en: "「\(text)」 is not a share: a percentage above 0 and at most 100, with at most two decimals",
            ja: "「\(text)」は按分になりません（0 より大きく 100 以下の百分率、小数第 2 位まで）。")
    }
    static func projectYearInvalid(_ text: String) -> Message {
        Message("project.year_invalid", en: "「\(text)」 is not a fiscal year (2026, 令和8)", ja: "「\(text)」は年度になりません（2026、令和8 など）。")
    }
    static func projectYearsReversed(_ start: Int, _ end: Int) -> Message {
        Message("project.years_reversed",
            en: "the end year \(end) comes before the start year \(start)",
            ja: "終了年度 \(end) が開始年度 \(start) より前です。")
    }
    static func projectRowsDisagree(_ code: String, _ column: String, first: Message) -> Message {
        Message("project.rows_disagree",
            en: "project \(code) has another 「\(column)」 on its first row (\(first.en)); each row of a project says the same of it",
            ja: "事業 \(code) の「\(column)」が最初の行（\(first.ja)）と違います。同じ事業の行は同じ内容にしてください。")
    }
    static func projectLinkTwice(_ code: String, _ initiative: String, first: Int) -> Message {
        Message("project.link_twice",
            en: "project \(code) is linked to \(initiative) already on row \(first)",
            ja: "事業 \(code) と \(initiative) の組は \(first) 行目にもあります。")
    }
    static func projectSharesNotWhole(_ code: String, _ total: String) -> Message {
        Message("project.shares_not_whole",
            en: "the shares (按分) of project \(code) add up to \(total) %, not 100 %",
            ja: "事業 \(code) の按分の合計が 100% ではなく \(total)% です。")
    }
    public static func projectListImported(_ report: ProjectListReport) -> Message {
        let lead = (en: report.dryRun ? "dry run, nothing written: would import" : "imported", ja: report.dryRun ? "試行のため書き込んでいません。取り込むと" : "取り込みました。")
        let (added, changed, removed, kept) = (report.added.count, report.changed.count, report.removed.count, report.kept.count)
        let keptList = report.kept.joined(separator: "、")
        let keptText = (en: kept > 0 ? "; kept \(kept) not in the file because they have recorded figures (\(keptList)): end them with 終了年度" : "",
                        ja: kept > 0 ? "。ファイルにない \(kept) 件は記録があるため残しました（\(keptList)）。終わった事業は終了年度で終えてください" : "")
        return Message("project.imported",
            en: "\(lead.en) the project list: \(added) added, \(changed) changed, \(report.unchanged) unchanged, \(removed) removed\(keptText.en)",
            ja: "\(lead.ja)事務事業：追加 \(added) 件、変更 \(changed) 件、変更なし \(report.unchanged) 件、削除 \(removed) 件\(keptText.ja)。")
    }

    // MARK: Budget figures

    static func budgetNoBudgetDept(_ plan: String) -> Message {
        Message("budget.no_budget_dept",
            en: "plan \(plan) names no budget department (予算担当課)",
            ja: "計画 \(plan) に予算担当課が決められていません。")
    }
    static let budgetNoBudgetDeptAdvice = Message("budget.no_budget_dept.advice",
        en: "give it in the plan workbook's 計画 sheet (予算担当課) or the seeds (budget_dept) and import the plan again",
        ja: "計画ブックの「計画」シート（予算担当課）またはシード（budget_dept）に書き、計画をもう一度取り込んでください。")
    static func budgetWhat(_ year: String) -> Message {
        Message("budget.what", en: "the budget figures of \(year)", ja: "\(year)の予算・決算額")
    }
    static func budgetBecauseBudgetDept(_ dept: String) -> Message {
        Message("budget.because", en: "\(dept) is the plan's budget department (予算担当課)", ja: "この計画の予算担当課が\(dept)であるため")
    }
    static func budgetUnknownProject(_ code: String, _ plan: String) -> Message {
        Message("budget.unknown_project", en: "\(plan) has no project \(code)", ja: "計画 \(plan) に事業 \(code) はありません。")
    }
    static func budgetUnknownProjectAdvice(_ coordinator: String) -> Message {
        Message("budget.unknown_project.advice",
            en: "\(coordinator) adds it to the project list (`plandb project import`) first",
            ja: "先に\(coordinator)が事務事業の一覧に加えてください（`plandb project import`）。")
    }
    static func budgetProjectTwice(_ code: String, first: Int) -> Message {
        Message("budget.project_twice", en: "project \(code) is on row \(first) already", ja: "事業 \(code) は \(first) 行目にもあります。")
    }
    static func budgetAmountInvalid(_ column: String, _ text: String) -> Message {
        Message("budget.amount_invalid", en: "「\(column)」 「\(text)」 is not an amount", ja: "「\(column)」の「\(text)」は金額になりません。")
    }
    static let budgetAmountAdvice = Message("budget.amount.advice",
        en: "write whole 千円 (thousand yen), not negative: 12345 or 12,345",
        ja: "千円単位の 0 以上の整数で書いてください（12345 または 12,345）。")
    public static func budgetImported(_ report: BudgetImportReport) -> Message {
        let year = FiscalYear.label(report.fiscalYear)
        let lead = (en: report.dryRun ? "dry run, nothing written: would record" : "recorded", ja: report.dryRun ? "試行のため書き込んでいません。取り込むと" : "")
        return Message("budget.imported",
            en: "\(lead.en) the figures of \(year): \(report.changed) project(s) changed, \(report.unchanged) unchanged",
            ja: "\(lead.ja)\(year)の予算・決算額：変更 \(report.changed) 件、変更なし \(report.unchanged) 件。")
    }

    // MARK: Rates and 人工

    static func rateWhat(_ kind: String) -> Message {
        Message("rate.what", en: "the rate of \(kind)", ja: "\(kind)の人件費単価")
    }
    static let rateName = Message("rate.name", en: "personnel rate (千円 per person-year)", ja: "人件費単価（千円／人年）")
    static func rateKindInvalid(_ kind: String) -> Message {
        Message("rate.kind_invalid", en: "「\(kind)」 is not a staff kind", ja: "「\(kind)」は職員区分になりません。")
    }
    static let rateKindAdvice = Message("rate.kind.advice",
        en: "name the kind in at most 40 characters: 正職員, 再任用職員, 会計年度任用職員",
        ja: "職員区分を 40 文字以内で書いてください（正職員、再任用職員、会計年度任用職員 など）。")
    static func rateAmountInvalid(_ text: String) -> Message {
        Message("rate.amount_invalid", en: "「\(text)」 is not an amount", ja: "「\(text)」は金額になりません。")
    }
    static func projectStaffOptionInvalid(_ option: String) -> Message {
        Message("project.staff_option_invalid", en: "「\(option)」 is not KIND=人工", ja: "「\(option)」は 区分=人工 の形ではありません。")
    }
    static let projectStaffOptionAdvice = Message("project.staff_option.advice",
        en: "write --staff 正職員=1.10 (the staff kind, =, the person-years to two decimals)",
        ja: "--staff 正職員=1.10 のように書いてください（職員区分、=、小数第 2 位までの人工）。")
    static func projectStaffInvalid(_ kind: String, _ text: String) -> Message {
        Message("project.staff_invalid", en: "「\(text)」 is not person-years of \(kind)", ja: "「\(text)」は\(kind)の人工になりません。")
    }
    static let projectStaffAdvice = Message("project.staff.advice",
        en: "write person-years, not negative, to two decimals: 1.10 or 0.25",
        ja: "人工を 0 以上、小数第 2 位までで書いてください（1.10、0.25 など）。")
    static func projectNoRate(_ kind: String, _ year: String, _ kinds: String) -> Message {
        Message("project.no_rate",
            en: "\(year) has no rate for 「\(kind)」 (rated kinds: \(kinds))",
            ja: "\(year)の「\(kind)」の人件費単価がありません（単価のある区分：\(kinds)）。")
    }
    static func projectNoRateAdvice(_ coordinator: String, _ year: Int) -> Message {
        Message("project.no_rate.advice",
            en: "use a rated kind, or \(coordinator) sets the rate first: plandb rate set --year \(year) --kind KIND --amount 千円 --as \(coordinator)",
            ja: "単価のある区分を使うか、先に\(coordinator)が単価を決めてください：plandb rate set --year \(year) --kind 区分 --amount 千円 --as \(coordinator)")
    }

    // MARK: Recording a project

    static func projectUnknown(_ code: String, _ plan: String) -> Message {
        Message("project.unknown", en: "\(plan) has no project \(code)", ja: "計画 \(plan) に事業 \(code) はありません。")
    }
    static let projectUnknownAdvice = Message("project.unknown.advice",
        en: "see the projects with `plandb project list`",
        ja: "`plandb project list` で事業を確かめてください。")
    static func projectWhat(_ code: String, _ name: String) -> Message {
        Message("project.what", en: "project \(code) \(name)", ja: "事業 \(code) \(name)")
    }
    static func projectBecauseCarries(_ dept: String) -> Message {
        Message("project.because", en: "\(dept) carries out the project (担当課)", ja: "この事業の担当課が\(dept)であるため")
    }
    static func projectNotRunning(_ code: String, _ year: String) -> Message {
        Message("project.not_running", en: "project \(code) does not run in \(year)", ja: "事業 \(code) は\(year)に実施されていません。")
    }
    static let projectNotRunningAdvice = Message("project.not_running.advice",
        en: "check the year, or the project's 開始年度 and 終了年度 in the project list",
        ja: "年度か、事務事業一覧の開始年度・終了年度を確かめてください。")
    static func projectNothingToRecord(_ code: String) -> Message {
        Message("project.nothing", en: "nothing to record for project \(code)", ja: "事業 \(code) に記録する内容がありません。")
    }
    static let projectNothingToRecordAdvice = Message("project.nothing.advice",
        en: "give --staff KIND=人工, --grade, --next, --result or --challenge",
        ja: "--staff 区分=人工、--grade、--next、--result、--challenge のどれかを指定してください。")
    static func projectGradeNeeded(_ code: String) -> Message {
        Message("project.grade_needed", en: "project \(code) has no evaluation yet to add to", ja: "事業 \(code) にはまだ評価がありません。")
    }
    static let projectGradeNeededAdvice = Message("project.grade_needed.advice",
        en: "give --grade with the first evaluation",
        ja: "最初の評価では --grade を指定してください。")
}
