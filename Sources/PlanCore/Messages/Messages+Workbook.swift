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

    static func workbookPartChecksum(_ part: String) -> Message {
        Message("workbook.part.checksum",
            en: "the part \(part) is damaged (its checksum does not match)",
            ja: "パーツ \(part) が壊れています（チェックサムが一致しません）")
    }
    static func workbookPartNotUTF8(_ part: String) -> Message {
        Message("workbook.part.not_utf8", en: "the part \(part) is not UTF-8 text", ja: "パーツ \(part) が UTF-8 のテキストではありません")
    }
    static func workbookMergeTooLarge(_ reference: String, limit: Int) -> Message {
        Message("workbook.cell.merge_too_large",
            en: "the merged cells \(reference) cover more than \(limit) cells",
            ja: "結合セル \(reference) が \(limit) 個を超えるセルにわたっています")
    }
    static func workbookTooManyEntries(_ file: String, count: Int, limit: Int) -> Message {
        let count = count == Int.max ? "65,535+" : String(count)
        return Message("workbook.too_many_entries",
            en: "\(file) is not a readable .xlsx workbook: its zip holds \(count) files, more than the \(limit) a workbook may have",
            ja: "\(file) は読み込める .xlsx ブックではありません：zip に \(count) 個のファイルがあり、ブックに許される \(limit) 個を超えています。")
    }
    static func workbookZipEncrypted(_ file: String) -> Message {
        Message("workbook.zip_encrypted",
            en: "\(file) is an encrypted zip, not a workbook plandb can read",
            ja: "\(file) は暗号化された zip で、plandb が読めるブックではありません。")
    }
    static let workbookZipEncryptedAdvice = Message("workbook.zip_encrypted.advice",
        en: "unpack it with its password and import the .xlsx file inside it",
        ja: "パスワードを使って展開し、中の .xlsx ファイルを取り込んでください。")
    static func workbookIsODS(_ file: String) -> Message {
        Message("workbook.is_ods",
            en: "\(file) is an OpenDocument spreadsheet (.ods), not an .xlsx workbook",
            ja: "\(file) は OpenDocument の表計算ファイル（.ods）で、.xlsx ブックではありません。")
    }
    static func workbookIsXLS(_ file: String) -> Message {
        Message("workbook.is_xls",
            en: "\(file) is an old Excel 97–2003 workbook (.xls), not an .xlsx workbook",
            ja: "\(file) は古い Excel 97–2003 形式のブック（.xls）で、.xlsx ブックではありません。")
    }
    static let workbookSaveAsXLSXAdvice = Message("workbook.save_as_xlsx.advice",
        en: "open it in Excel or LibreOffice and save it as \"Excel workbook (.xlsx)\", then import that file",
        ja: "Excel か LibreOffice で開き、「Excel ブック（.xlsx）」として保存してから、そのファイルを取り込んでください。")
    static func workbookPasswordProtected(_ file: String) -> Message {
        Message("workbook.password",
            en: "\(file) is a password-protected (encrypted) Excel workbook, which plandb cannot read",
            ja: "\(file) はパスワードで保護（暗号化）された Excel ブックで、plandb には読めません。")
    }
    static let workbookPasswordAdvice = Message("workbook.password.advice",
        en: "open it in Excel, remove the password (File > Info > Protect Workbook > Encrypt with Password, empty) and save it as .xlsx",
        ja: "Excel で開いてパスワードを解除し（ファイル ＞ 情報 ＞ ブックの保護 ＞ パスワードを使用して暗号化 を空に）、.xlsx として保存してください。")

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
    static func workbookDuplicateHeader(_ file: String, header: String, first: String, second: String) -> Message {
        Message("workbook.entry.duplicate_header",
            en: "\(file): two columns are headed 「\(header)」 (\(first) and \(second)), so which one to read is unclear",
            ja: "\(file)：見出しが「\(header)」の列が 2 つあり（\(first) と \(second)）、どちらを読むか決められません。")
    }
    static let workbookDuplicateHeaderAdvice = Message("workbook.entry.duplicate_header.advice",
        en: "delete or rename one of the two columns, keeping the one you filled in",
        ja: "記入した方を残し、もう一方の列を削除するか見出しを変えてください。")
    static func workbookUnknownSheet(_ file: String, sheet: String, sheets: String) -> Message {
        Message("workbook.entry.unknown_sheet",
            en: "\(file) has the sheet 「\(sheet)」, which plandb did not write, so its rows would not be read (plandb reads \(sheets))",
            ja: "\(file) には plandb が作っていないシート「\(sheet)」があり、その行は読み込まれません（plandb が読むのは \(sheets) です）。")
    }
    static let workbookUnknownSheetAdvice = Message("workbook.entry.unknown_sheet.advice",
        en: "give the sheet its name back, or copy what you entered on it into the sheet plandb wrote, then delete it",
        ja: "シート名を元に戻すか、そのシートに記入した内容を plandb が作ったシートに写してから、そのシートを削除してください。")
    static func workbookSheetMissing(_ file: String, sheet: String) -> Message {
        Message("workbook.entry.sheet_missing",
            en: "\(file) has no sheet 「\(sheet)」, which it was made with",
            ja: "\(file) には、作成時にあったシート「\(sheet)」がありません。")
    }
    static let workbookSheetMissingAdvice = Message("workbook.entry.sheet_missing.advice",
        en: "give the sheet its name back, or make the workbook again with `plandb entry template`",
        ja: "シート名を元に戻すか、`plandb entry template` でブックを作り直してください。")
    static let workbookFormulaNoValue = Message("workbook.entry.formula_no_value",
        en: "the cell holds a formula saved without its value",
        ja: "セルに値のない数式が入っています")
    static let workbookFormulaNoValueAdvice = Message("workbook.entry.formula_no_value.advice",
        en: "type the value itself, or open the file in Excel or LibreOffice and save it so that the formula is calculated",
        ja: "値そのものを入力するか、Excel か LibreOffice で開いて保存し、数式を計算させてください。")
    static func workbookDateInNumber(_ serial: String) -> Message {
        Message("workbook.entry.date_in_number",
            en: "the cell holds a date (serial number \(serial)), not a number",
            ja: "セルに数値ではなく日付（シリアル値 \(serial)）が入っています")
    }
    static let workbookDateInNumberAdvice = Message("workbook.entry.date_in_number.advice",
        en: "type the actual as a number in a cell shown as a number",
        ja: "実績値は数値の表示形式のセルに数値で入力してください。")
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
