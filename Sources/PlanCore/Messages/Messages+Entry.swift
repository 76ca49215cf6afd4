// The catalog: the entry sheet (`plandb entry template` and `plandb entry import`), reading CSV
// files as Excel saves them. The sheet's column headers are Japanese in both languages
// (EntryTemplate.Column), so a sheet imports whatever language made it.
extension Message {
    // MARK: Reading the file

    static let entryNotText = Message("entry.file.not_text",
        en: "the file is neither UTF-8 nor Shift_JIS (CP932) text",
        ja: "ファイルが UTF-8 のテキストでも Shift_JIS（CP932）のテキストでもありません。")
    static let entryNotTextAdvice = Message("entry.file.not_text.advice",
        en: "in Excel, save it as 「CSV UTF-8 (コンマ区切り)」 or 「CSV (コンマ区切り)」",
        ja: "Excel で「CSV UTF-8 (コンマ区切り)」か「CSV (コンマ区切り)」の形式で保存してください。")

    static func entryCannotRead(_ path: String) -> Message {
        Message("entry.file.unreadable", en: "cannot read \(path)", ja: "\(path) を読み込めません。")
    }
    static let entryCannotOpenAdvice = Message("entry.file.unreadable.advice",
        en: "check the file name and that the file exists",
        ja: "ファイル名と、そのファイルがあることを確認してください。")
    static let entryCannotReadAdvice = Message("entry.file.read_failed.advice",
        en: "check that it is a readable file",
        ja: "読み込めるファイルかどうか確認してください。")

    public static func entryCannotWrite(_ path: String, _ detail: String) -> Message {
        Message("entry.file.unwritable", en: "cannot write \(path): \(detail)", ja: "\(path) に書き込めません（\(detail)）。")
    }
    public static let entryCannotWriteAdvice = Message("entry.file.unwritable.advice",
        en: "check the folder exists and is writable",
        ja: "フォルダがあり、書き込めることを確認してください。")

    static func entryUnclosedQuote(line: Int) -> Message {
        Message("entry.csv.unclosed_quote",
            en: "line \(line): a quoted cell is never closed",
            ja: "\(line) 行目：引用符（\"）で始まるセルが閉じられていません。")
    }
    static let entryUnclosedQuoteAdvice = Message("entry.csv.unclosed_quote.advice",
        en: "check the cell that starts on that line, or save the file again from Excel",
        ja: "その行から始まるセルを確認するか、Excel で保存し直してください。")

    static func entryTextAfterQuote(line: Int) -> Message {
        Message("entry.csv.text_after_quote",
            en: "line \(line): text after a closing quote",
            ja: "\(line) 行目：閉じる引用符の後に文字があります。")
    }
    static let entryTextAfterQuoteAdvice = Message("entry.csv.text_after_quote.advice",
        en: "a quoted cell must end with its quote; save the file again from Excel",
        ja: "引用符で囲んだセルは引用符で終わる必要があります。Excel で保存し直してください。")

    // MARK: The sheet as a whole

    static func entryFileEmpty(_ file: String) -> Message {
        Message("entry.file.empty", en: "\(file) is empty", ja: "\(file) は空です。")
    }
    static func entryFileEmptyAdvice(_ dept: String) -> Message {
        Message("entry.file.empty.advice",
            en: "start from `plandb entry template --year Y --as \(dept) --out FILE`",
            ja: "`plandb entry template --year Y --as \(dept) --out FILE` で作った入力シートから始めてください。")
    }

    static func entryMissingColumns(_ file: String, _ columns: String) -> Message {
        Message("entry.header.missing",
            en: "\(file) has no column \(columns) in its first row",
            ja: "\(file) の 1 行目に列 \(columns) がありません。")
    }
    static let entryMissingColumnsAdvice = Message("entry.header.missing.advice",
        en: "keep the header row of the template made by `plandb entry template`",
        ja: "`plandb entry template` で作ったテンプレートの見出し行をそのまま使ってください。")

    /// A row of an entry CSV, where a refusal has no cell to name (the server's findings too).
    public static func entryRowLabel(_ line: Int) -> Message {
        Message("entry.row.label", en: "row \(line)", ja: "\(line) 行目")
    }
    /// One bad row of a sheet: `row 3（6-6-I2）: … — advice`.
    /// One bad row: by its place in a workbook (`指標!H5`), or by its row in a CSV.
    static func entryRowProblem(place: String?, line: Int, code: String?, _ error: PlanError) -> Message {
        let row = entryRowLabel(line)
        let at = (en: place ?? row.en, ja: place ?? row.ja)
        let item = code.map { "（\($0)）" } ?? ""
        let problem = error.message
        let advice = (en: error.advice.map { " — " + $0.en } ?? "", ja: error.advice?.ja ?? "")
        return Message("entry.row.problem",
            en: "\(at.en)\(item): \(problem.en)\(advice.en)",
            ja: "\(at.ja)\(item)：\(problem.ja)\(advice.ja)")
    }

    static func entryRowsRefused(_ file: String, _ problems: [Message], count: Int) -> Message {
        let list = (en: problems.map { "  " + $0.en }.joined(separator: "\n"), ja: problems.map { "  " + $0.ja }.joined(separator: "\n"))
        let more = count - problems.count
        let tail = (en: more > 0 ? "\n  … and \(more) more" : "", ja: more > 0 ? "\n  …ほか \(more) 行" : "")
        return Message("entry.rows_refused",
            en: "\(file): \(count) row(s) cannot be imported, so nothing was imported:\n\(list.en)\(tail.en)",
            ja: "\(file)：取り込めない行が \(count) 行あるため、何も取り込んでいません。\n\(list.ja)\(tail.ja)")
    }
    static let entryRowsRefusedAdvice = Message("entry.rows_refused.advice",
        en: "correct those rows and import the file again",
        ja: "これらの行を直してから、もう一度取り込んでください。")

    static func entrySemicolonCSV(_ file: String) -> Message {
        Message("entry.csv.semicolon",
            en: "\(file) is a CSV separated by semicolons (;), not by commas",
            ja: "\(file) はセミコロン（;）区切りの CSV で、カンマ区切りではありません。")
    }
    static let entrySemicolonCSVAdvice = Message("entry.csv.semicolon.advice",
        en: "save it again with commas as the field separator (LibreOffice: Save As > Text CSV > Edit filter settings > Field delimiter ,), or fill in the workbook: `plandb entry template --year Y --as DEPT --out FILE.xlsx`",
        ja: "区切り文字をカンマにして保存し直すか（LibreOffice：名前を付けて保存 ＞ テキスト CSV ＞ フィルター設定を編集 ＞ 区切り文字 ,）、ブック（`plandb entry template --year Y --as DEPT --out FILE.xlsx`）に記入してください。")
    static func entryTextTooLong(_ field: String, count: Int, limit: Int) -> Message {
        let name = Message.recordField(field)
        return Message("entry.text.too_long",
            en: "the \(name.en) has \(count) characters, more than the \(limit) a text may have",
            ja: "\(name.ja)が \(count) 文字あり、上限の \(limit) 文字を超えています。")
    }
    static func entryTextTooLongAdvice(_ limit: Int) -> Message {
        Message("entry.text.too_long.advice",
            en: "shorten it to \(limit) characters or fewer",
            ja: "\(limit) 文字以内に短くしてください。")
    }

    // MARK: One row

    static let entryKeepCodeAdvice = Message("entry.row.unknown_code.advice",
        en: "keep 「コード」 as the template wrote it",
        ja: "「コード」はテンプレートが書いたままにしてください。")

    static func entryAlreadyGiven(_ item: String, firstRow: String) -> Message {
        Message("entry.row.duplicate",
            en: "\(item) is already given in row \(firstRow)",
            ja: "\(item) は \(firstRow) 行目ですでに指定されています。")
    }
    static func entryAlreadyGivenInCell(_ item: String, cell: String) -> Message {
        Message("entry.row.duplicate_cell",
            en: "\(item) is already given in \(cell)",
            ja: "\(item) は \(cell) ですでに指定されています。")
    }
    static let entryAlreadyGivenAdvice = Message("entry.row.duplicate.advice",
        en: "keep one row per item and year",
        ja: "項目と年度ごとに 1 行だけにしてください。")

    static let entryKindOrCodeEmpty = Message("entry.row.kind_code_empty",
        en: "「区分」 and 「コード」 must not be empty",
        ja: "「区分」と「コード」は空にできません。")
    static let entryKindOrCodeEmptyAdvice = Message("entry.row.kind_code_empty.advice",
        en: "keep them as the template wrote them",
        ja: "テンプレートが書いたままにしてください。")

    static func entryUnknownKind(_ kind: String) -> Message {
        Message("entry.row.kind_unknown", en: "「区分」 `\(kind)` is unknown", ja: "「区分」の `\(kind)` は使えない区分です。")
    }
    static let entryUnknownKindAdvice = Message("entry.row.kind_unknown.advice",
        en: "it is one of 実績値・取組評価・一次評価・二次評価, as the template wrote it",
        ja: "実績値・取組評価・一次評価・二次評価 のいずれかを、テンプレートが書いたまま使ってください。")

    static let entryYearEmpty = Message("entry.row.year_empty", en: "「年度」 is empty", ja: "「年度」が空です。")
    static let entryYearEmptyAdvice = Message("entry.row.year_empty.advice",
        en: "write the fiscal year, e.g. 2023",
        ja: "2023 のように年度を書いてください。")

    static let entryGradeEmpty = Message("entry.row.grade_empty", en: "「評価」 is empty", ja: "「評価」が空です。")
    static let entryGradeWithCellsAdvice = Message("entry.row.grade_empty.advice",
        en: "give a grade (A–D) with the other cells",
        ja: "ほかのセルと一緒に評価（A～D）を入力してください。")
    static let entryGradeWithCommentAdvice = Message("entry.row.grade_empty_comment.advice",
        en: "give a grade (A–D) with the comment",
        ja: "コメントと一緒に評価（A～D）を入力してください。")

    static let entryByteOrderMarkInside = Message("entry.row.bom_inside",
        en: "the row contains a byte order mark (U+FEFF), the invisible mark that starts a saved file, so two files were joined into one here",
        ja: "この行にバイト順マーク（U+FEFF、保存したファイルの先頭に付く見えない印）があります。ここで二つのファイルが一つにつながっています。")
    static let entryByteOrderMarkInsideAdvice = Message("entry.row.bom_inside.advice",
        en: "save the sheet again as one file",
        ja: "シートを一つのファイルとして保存し直してください。")

    // MARK: What `plandb entry` says

    public static func entryTemplateWritten(_ file: String, items: Int, dept: String) -> Message {
        Message("entry.template.written",
            en: "wrote \(file): \(items) item(s) for \(dept). Fill in 実績値 / 評価 / 今後の方向性 / 実績・コメント / 課題, then run `plandb entry import \(file) --as \(dept)`",
            ja: "\(dept)の入力シート（\(items) 項目）を \(file) に書き出しました。「実績値」「評価」「今後の方向性」「実績・コメント」「課題」を入力してから、`plandb entry import \(file) --as \(dept)` を実行してください。")
    }

    /// One change an import made (or, in a dry run, would make).
    public static func entryImportSample(_ outcome: RecordOutcome, dryRun: Bool) -> Message {
        let (code, name, year) = (outcome.code, outcome.name, FiscalYear.label(outcome.fiscalYear))
        let value = outcome.changes.isEmpty ? (en: outcome.current, ja: outcome.current) : (en: outcome.changeSummary.en, ja: outcome.changeSummary.ja)
        return dryRun
            ? Message("entry.import.would_record", en: "would record \(code) \(name) \(year): \(value.en)", ja: "\(code) \(name) \(year) を記録します：\(value.ja)")
            : Message("entry.import.recorded", en: "recorded \(code) \(name) \(year): \(value.en)", ja: "\(code) \(name) \(year) を記録しました：\(value.ja)")
    }

    public static func entryImportMore(_ count: Int) -> Message {
        Message("entry.import.more", en: "… and \(count) more", ja: "…ほか \(count) 件")
    }

    public static func entryImported(_ file: String, _ report: EntryImportReport) -> Message {
        let (changed, unchanged, skipped) = (report.changed, report.unchanged, report.skipped)
        // What was read: the CSV's encoding, or the workbook.
        let encoding = (en: report.encoding?.rawValue ?? "Excel workbook", ja: report.encoding?.rawValue ?? "Excel ブック")
        return report.dryRun
            ? Message("entry.import.dry_run",
                en: "would import \(file) (\(encoding.en)): \(changed) changed, \(unchanged) unchanged, \(skipped) left blank (dry run: nothing was written)",
                ja: "\(file)（\(encoding.ja)）を確認しました（試しに読んだだけで、何も書き込んでいません）。変更 \(changed) 件、変更なし \(unchanged) 件、空欄 \(skipped) 件です。")
            : Message("entry.import.done",
                en: "imported \(file) (\(encoding.en)): \(changed) changed, \(unchanged) unchanged, \(skipped) left blank",
                ja: "\(file)（\(encoding.ja)）を取り込みました。変更 \(changed) 件、変更なし \(unchanged) 件、空欄 \(skipped) 件です。")
    }
}
