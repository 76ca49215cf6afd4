// The catalog: errors reading and writing .xlsx workbooks (`plandb entry template`, `entry
// import`, the snapshot workbook). The workbook's own text is Japanese always and stays in
// Workbook/WorkbookText.swift, the one place the workbook's words are kept.
extension Message {
    // MARK: Reading a workbook

    static func workbookZipDamaged(_ file: String) -> Message {
        Message("workbook.zip_damaged",
            en: "\(file) is not a readable .xlsx workbook (its zip is damaged)",
            ja: "\(file) は読み込める .xlsx ブックではありません（zip が壊れています）。")
    }
    static func workbookDamaged(_ file: String, _ what: Message) -> Message {
        Message("workbook.damaged",
            en: "\(file) is not a readable .xlsx workbook: \(what.en)",
            ja: "\(file) は読み込める .xlsx ブックではありません：\(what.ja)。")
    }
    static let workbookSaveAgainAdvice = Message("workbook.damaged.advice",
        en: "save it again from Excel or LibreOffice as .xlsx",
        ja: "Excel か LibreOffice で .xlsx として保存し直してください。")
    static func workbookSheetNoPart(_ sheet: String) -> Message {
        Message("workbook.part.sheet_missing", en: "the sheet 「\(sheet)」 has no part", ja: "シート「\(sheet)」の本体がありません")
    }
    static func workbookPartMissing(_ part: String) -> Message {
        Message("workbook.part.missing", en: "the part \(part) is missing", ja: "パーツ \(part) がありません")
    }
    static func workbookPartUnextractable(_ part: String) -> Message {
        Message("workbook.part.unextractable", en: "the part \(part) cannot be extracted", ja: "パーツ \(part) を取り出せません")
    }
    static func workbookPartDTD(_ part: String) -> Message {
        Message("workbook.part.dtd",
            en: "the part \(part) declares a DOCTYPE or entities, which no spreadsheet program writes",
            ja: "パーツ \(part) に DOCTYPE かエンティティの宣言があります（表計算ソフトが書くことはありません）")
    }
    static func workbookPartMalformed(_ part: String) -> Message {
        Message("workbook.part.malformed", en: "the part \(part) is not well-formed XML", ja: "パーツ \(part) の XML が正しくありません")
    }
    static func workbookSheetProblem(_ sheet: String, _ problem: Message) -> Message {
        Message("workbook.sheet.problem", en: "the sheet 「\(sheet)」: \(problem.en)", ja: "シート「\(sheet)」：\(problem.ja)")
    }
    static func workbookPartProblem(_ part: String, _ problem: Message) -> Message {
        Message("workbook.part.problem", en: "the part \(part): \(problem.en)", ja: "パーツ \(part)：\(problem.ja)")
    }
    static func workbookRowOutside(_ row: String) -> Message {
        Message("workbook.cell.row_outside", en: "row \(row) is outside any sheet", ja: "行 \(row) はシートの範囲外です")
    }
    static func workbookCellOutside(_ reference: String) -> Message {
        Message("workbook.cell.outside", en: "the cell reference \(reference) is outside any sheet", ja: "セル参照 \(reference) はシートの範囲外です")
    }
    static func workbookSharedStringMissing(_ index: String) -> Message {
        Message("workbook.cell.shared_string",
            en: "a cell refers to shared string \(index), which does not exist",
            ja: "セルが存在しない共有文字列 \(index) を参照しています")
    }
    static func workbookNumberCell(_ value: String) -> Message {
        Message("workbook.cell.number", en: "a number cell holds `\(value)`", ja: "数値のセルに `\(value)` が入っています")
    }
    static func workbookTooLarge(_ file: String, part: String, partMB: Int, totalMB: Int) -> Message {
        Message("workbook.too_large",
            en: "\(file) expands to more than a workbook can hold (\(part) alone is over \(partMB) MB, or all parts together over \(totalMB) MB); it was not read",
            ja: "\(file) は展開するとブックとしては大きすぎます（\(part) だけで \(partMB) MB 超、またはパーツの合計が \(totalMB) MB 超）。読み込んでいません。")
    }
    static let workbookTooLargeAdvice = Message("workbook.too_large.advice",
        en: "it is not an entry workbook: make one with `plandb entry template --year Y --as DEPT --out FILE.xlsx`",
        ja: "評価シートではありません。`plandb entry template --year Y --as DEPT --out FILE.xlsx` で作成してください。")

    // MARK: The entry workbook

    static func workbookNoHeader(_ file: String, sheet: String, code: String) -> Message {
        Message("workbook.entry.no_header",
            en: "\(file): the sheet 「\(sheet)」 has no header row with 「\(code)」",
            ja: "\(file)：シート「\(sheet)」に「\(code)」のある見出し行がありません。")
    }
    static let workbookKeepHeaderAdvice = Message("workbook.entry.no_header.advice",
        en: "keep the header row of the workbook made by `plandb entry template`",
        ja: "`plandb entry template` で作ったブックの見出し行を変えないでください。")
    static func workbookNoSheets(_ file: String, sheets: String) -> Message {
        Message("workbook.entry.no_sheets", en: "\(file) has none of the sheets \(sheets)", ja: "\(file) にはシート \(sheets) のどれもありません。")
    }
    static let workbookKeepSheetsAdvice = Message("workbook.entry.no_sheets.advice",
        en: "keep the sheets of the workbook made by `plandb entry template`",
        ja: "`plandb entry template` で作ったブックのシートを残してください。")
    static func workbookNotEntry(_ file: String, sheet: String) -> Message {
        Message("workbook.entry.not_entry",
            en: "\(file) is a workbook, but not an entry workbook made by plandb (it has no sheet 「\(sheet)」)",
            ja: "\(file) はブックですが、plandb が作った評価シートではありません（シート「\(sheet)」がありません）。")
    }
    static func workbookNotEntryAdvice(_ dept: String) -> Message {
        Message("workbook.entry.not_entry.advice",
            en: "make the department's workbook with `plandb entry template --year Y --as \(dept) --out FILE.xlsx` and fill in that one",
            ja: "`plandb entry template --year Y --as \(dept) --out FILE.xlsx` で課の評価シートを作り、そちらに記入してください。")
    }
    static func workbookOtherPlan(_ file: String, planCode: String, planName: String, ours: String, oursName: String) -> Message {
        Message("workbook.entry.other_plan",
            en: "\(file) was made for the plan \(planCode)（\(planName)）, not for \(ours)（\(oursName)） in this database",
            ja: "\(file) は計画 \(planCode)（\(planName)）のために作られたものです。このデータベースの計画 \(ours)（\(oursName)）のものではありません。")
    }
    static func workbookOtherPlanAdvice(_ dept: String) -> Message {
        Message("workbook.entry.other_plan.advice",
            en: "import it into the database of that plan, or make a workbook with `plandb entry template --year Y --as \(dept) --out FILE.xlsx`",
            ja: "その計画のデータベースに取り込むか、`plandb entry template --year Y --as \(dept) --out FILE.xlsx` でブックを作成してください。")
    }
    static func workbookOtherDept(_ file: String, owner: String, dept: String) -> Message {
        Message("workbook.entry.other_dept",
            en: "\(file) is the entry workbook of \(owner), not of \(dept)",
            ja: "\(file) は\(owner)の評価シートです。\(dept)のものではありません。")
    }
    static func workbookOtherDeptAdvice(owner: String, dept: String) -> Message {
        Message("workbook.entry.other_dept.advice",
            en: "import it with `--as \(owner)`, or make \(dept)'s with `plandb entry template --year Y --as \(dept) --out FILE.xlsx`",
            ja: "`--as \(owner)` を付けて取り込むか、`plandb entry template --year Y --as \(dept) --out FILE.xlsx` で\(dept)の評価シートを作成してください。")
    }
    static func workbookNoYear(_ file: String) -> Message {
        Message("workbook.entry.no_year", en: "\(file) does not say which year it is for", ja: "\(file) には、どの年度のものかが書かれていません。")
    }
    static func workbookMakeAgainAdvice(_ dept: String) -> Message {
        Message("workbook.entry.no_year.advice",
            en: "make it again with `plandb entry template --year Y --as \(dept) --out FILE.xlsx`",
            ja: "`plandb entry template --year Y --as \(dept) --out FILE.xlsx` で作り直してください。")
    }
    static func workbookYearRefused(_ file: String, year: String, _ problem: Message) -> Message {
        Message("workbook.entry.year_refused",
            en: "\(file) is the entry workbook for \(year): \(problem.en)",
            ja: "\(file) は\(year)の評価シートです：\(problem.ja)")
    }
    public static func entryWorkbookWritten(_ file: String, items: Int, dept: String) -> Message {
        Message("entry.template.workbook_written",
            en: "wrote \(file): \(items) item(s) for \(dept). Fill in the yellow cells, then run `plandb entry import \(file) --as \(dept)`",
            ja: "\(file) を書き出しました（\(dept)、\(items) 件）。黄色のセルに記入してから `plandb entry import \(file) --as \(dept)` を実行してください。")
    }

    // MARK: Entry files and formats

    static func workbookCodeIsDate(_ text: String) -> Message {
        Message("entry.code_is_date",
            en: "「コード」 `\(text)` is a date: a spreadsheet program changed the code when the CSV was saved",
            ja: "「コード」の `\(text)` が日付になっています。CSV を保存したときに表計算ソフトがコードを変えました。")
    }
    static let workbookCodeIsDateAdvice = Message("entry.code_is_date.advice",
        en: "type the code back as `plandb entry template` wrote it, or use the workbook, which keeps codes as text: `plandb entry template --year Y --as DEPT --out FILE.xlsx`",
        ja: "`plandb entry template` が書いたとおりにコードを入力し直すか、コードを文字列のまま保つブック（`plandb entry template --year Y --as DEPT --out FILE.xlsx`）を使ってください。")
    static func entryFormatUnknown(_ format: String) -> Message {
        Message("entry.format.unknown", en: "`--format \(format)` is unknown", ja: "`--format \(format)` という形式はありません。")
    }
    static let entryFormatUnknownAdvice = Message("entry.format.unknown.advice",
        en: "use `--format xlsx` (the workbook) or `--format csv`",
        ja: "`--format xlsx`（ブック）か `--format csv` を指定してください。")
    /// Every command that writes a workbook (entry template, snapshot export, report) refuses
    /// standard output the same way; the advice shows that command with --out.
    static let workbookToStandardOutput = Message("workbook.stdout",
        en: "a workbook is not written to standard output",
        ja: "ブック（xlsx）は標準出力には書き出せません。")
    static func workbookToStandardOutputAdvice(_ example: String) -> Message {
        Message("workbook.stdout.advice",
            en: "give a file name, e.g. `\(example)`",
            ja: "ファイル名を指定してください（例：`\(example)`）。")
    }

    // MARK: Writing a workbook

    static func workbookCannotCreate(_ path: String) -> Message {
        Message("workbook.write.create", en: "cannot create the workbook \(path)", ja: "ブック \(path) を作成できません。")
    }
    static let workbookFolderAdvice = Message("workbook.write.folder.advice",
        en: "check the folder exists and is writable",
        ja: "フォルダがあり、書き込めることを確認してください。")
    static func workbookCannotAddSheet(_ name: String, _ path: String) -> Message {
        Message("workbook.write.sheet", en: "cannot add the sheet \(name) to \(path)", ja: "\(path) にシート \(name) を追加できません。")
    }
    static let workbookBugAdvice = Message("workbook.write.bug.advice",
        en: "this is a bug in plandb; please report it",
        ja: "plandb の不具合です。報告してください。")
    static func workbookCannotWrite(_ what: Message, _ reason: String) -> Message {
        Message("workbook.write.failed", en: "cannot write \(what.en): \(reason)", ja: "\(what.ja) を書き込めません：\(reason)。")
    }
    static func workbookPartList(_ column: Int) -> Message {
        Message("workbook.write.part.list", en: "the list in column \(column)", ja: "列 \(column) のリスト")
    }
    static func workbookPartCell(_ row: Int, _ column: Int) -> Message {
        Message("workbook.write.part.cell", en: "cell \(row):\(column)", ja: "セル \(row):\(column)")
    }
    static func workbookPartCells(_ row: Int, _ first: Int, _ last: Int) -> Message {
        Message("workbook.write.part.cells", en: "cells \(row):\(first)...\(last)", ja: "セル \(row):\(first)...\(last)")
    }
    static let workbookPartHeader = Message("workbook.write.part.header", en: "the page header", ja: "ページのヘッダー")
    static let workbookPartFooter = Message("workbook.write.part.footer", en: "the page footer", ja: "ページのフッター")
    static let workbookPartPrintTitles = Message("workbook.write.part.print_titles", en: "the print titles", ja: "印刷タイトル")
}
