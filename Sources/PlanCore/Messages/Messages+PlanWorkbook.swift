// The catalog: the plan workbook (施策体系ワークブック): the problems found in it, each said at its
// sheet and cell (`指標!F12`), and what `plan template` and `plan export` did.
extension Message {
    // MARK: The file and its sheets

    static func planbookNotWorkbook(_ file: String) -> Message {
        Message("planbook.file.not_xlsx",
            en: "\(file) is neither a seed folder nor an .xlsx workbook; give the plan workbook (`plandb plan template --out FILE.xlsx` makes an empty one) or a folder of YAML seeds",
            ja: "\(file) はシードのフォルダでも .xlsx のブックでもありません。施策体系ワークブック（空のものは `plandb plan template --out FILE.xlsx` で作れます）か、YAML のシードのフォルダを指定してください。")
    }
    static func planbookSheetMissing(_ sheet: String) -> Message {
        Message("planbook.sheet.missing",
            en: "the sheet 「\(sheet)」 is missing; add it with its header row (`plandb plan template` shows every sheet)",
            ja: "シート「\(sheet)」がありません。見出し行とともに追加してください（`plandb plan template` ですべてのシートを確認できます）。")
    }
    static func planbookSheetUnknown(_ sheet: String, known: String) -> Message {
        Message("planbook.sheet.unknown",
            en: "the sheet 「\(sheet)」 is not a sheet of the plan workbook; rename it to one of \(known), or delete it",
            ja: "シート「\(sheet)」は施策体系ワークブックのシートではありません。\(known) のどれかに名前を変えるか、削除してください。")
    }
    static func planbookSheetTwice(_ sheet: String) -> Message {
        Message("planbook.sheet.twice",
            en: "two sheets are named 「\(sheet)」; keep one",
            ja: "「\(sheet)」という名前のシートが2つあります。1つにしてください。")
    }
    static func planbookNoHeader(_ sheet: String, column: String) -> Message {
        Message("planbook.sheet.no_header",
            en: "the sheet 「\(sheet)」 has no header row: no row holds 「\(column)」; keep the header row as the template writes it",
            ja: "シート「\(sheet)」に見出し行がありません（「\(column)」のある行が見つかりません）。テンプレートのとおりの見出し行を残してください。")
    }
    static func planbookColumnMissing(_ column: String, sheet: String) -> Message {
        Message("planbook.column.missing",
            en: "the header row of 「\(sheet)」 has no column 「\(column)」; add it",
            ja: "シート「\(sheet)」の見出し行に「\(column)」の列がありません。追加してください。")
    }
    static func planbookColumnTwice(_ column: String) -> Message {
        Message("planbook.column.twice",
            en: "the column 「\(column)」 appears twice in the header row; keep one",
            ja: "見出し行に「\(column)」の列が2つあります。1つにしてください。")
    }

    // MARK: Cells

    static func planbookBlank(_ column: String) -> Message {
        Message("planbook.cell.blank",
            en: "「\(column)」 is blank; fill it in",
            ja: "「\(column)」が空欄です。記入してください。")
    }
    static func planbookNotYear(_ column: String, text: String) -> Message {
        Message("planbook.cell.year",
            en: "「\(column)」 must be a year such as 2027, not 「\(text)」",
            ja: "「\(column)」は 2027 のような西暦の年度にしてください（「\(text)」ではなく）。")
    }
    static func planbookNotWhole(_ column: String, text: String) -> Message {
        Message("planbook.cell.whole",
            en: "「\(column)」 must be a whole number such as 1, not 「\(text)」",
            ja: "「\(column)」は 1 のような整数にしてください（「\(text)」ではなく）。")
    }
    static func planbookNotNumber(_ column: String, text: String) -> Message {
        Message("planbook.cell.number",
            en: "「\(column)」 must be the number alone, with half-width digits and no separators or unit (e.g. 95.10), not 「\(text)」",
            ja: "「\(column)」には数値だけを半角で、桁区切りや単位なしで書いてください（例：95.10）。「\(text)」ではなく。")
    }
    static func planbookFlag(_ column: String, text: String, mark: String) -> Message {
        Message("planbook.cell.flag",
            en: "「\(column)」 takes \(mark) or nothing, not 「\(text)」",
            ja: "「\(column)」は \(mark) か空欄にしてください（「\(text)」ではなく）。")
    }
    static func planbookCodeIsDate(_ column: String, text: String) -> Message {
        Message("planbook.cell.date",
            en: "「\(column)」 was turned into a date (\(text)) by the spreadsheet program; format the cell as text (文字列) and type the code again",
            ja: "「\(column)」が表計算ソフトによって日付（\(text)）に変わっています。セルの書式を文字列にして、コードを入力し直してください。")
    }
    static func planbookDirection(_ text: String, allowed: String) -> Message {
        Message("planbook.cell.direction",
            en: "方向 must be one of \(allowed), not 「\(text)」",
            ja: "方向は \(allowed) のどれかにしてください（「\(text)」ではなく）。")
    }
    static func planbookVocabularyKind(_ text: String, kinds: String) -> Message {
        Message("planbook.vocabulary.kind",
            en: "種類 must be one of \(kinds), not 「\(text)」",
            ja: "種類は \(kinds) のどれかにしてください（「\(text)」ではなく）。")
    }
    static func planbookVocabularyTwice(_ value: String, kind: String, first: String) -> Message {
        Message("planbook.vocabulary.twice",
            en: "\(kind) 「\(value)」 is already listed at \(first); keep one",
            ja: "\(kind)「\(value)」は \(first) にもあります。1つにしてください。")
    }
    static func planbookVocabularyMissing(_ kind: String) -> Message {
        Message("planbook.vocabulary.missing",
            en: "no row of 種類 「\(kind)」: list this plan's values of \(kind), one a row",
            ja: "種類「\(kind)」の行がありません。この計画の\(kind)の値を1行に1つずつ書いてください。")
    }
    static func planbookDepartmentKind(_ text: String, group: String) -> Message {
        Message("planbook.department.kind",
            en: "種別 is blank for a department, or \(group) for a name such as 全課等 that is not one department; not 「\(text)」",
            ja: "種別は、課なら空欄、全課等のように1つの課ではない名前なら \(group) にしてください（「\(text)」ではなく）。")
    }

    // MARK: The 計画 sheet

    static func planbookItemUnknown(_ label: String, known: String) -> Message {
        Message("planbook.plan.item_unknown",
            en: "「\(label)」 is not an item of the plan sheet; items are \(known)",
            ja: "「\(label)」は計画シートの項目ではありません。項目は \(known) です。")
    }
    static func planbookItemMissing(_ label: String) -> Message {
        Message("planbook.plan.item_missing",
            en: "the plan sheet has no row 「\(label)」; add it with its value",
            ja: "計画シートに「\(label)」の行がありません。値とともに追加してください。")
    }
    static func planbookItemTwice(_ label: String, first: String) -> Message {
        Message("planbook.plan.item_twice",
            en: "「\(label)」 is already given at \(first); keep one",
            ja: "「\(label)」は \(first) にもあります。1つにしてください。")
    }

    // MARK: Rows that refer to others

    static func planbookParentUnknown(_ column: String, code: String, sheet: String) -> Message {
        Message("planbook.parent.unknown",
            en: "\(column) \(code) is not on the sheet 「\(sheet)」; write a code listed there",
            ja: "\(column) \(code) はシート「\(sheet)」にありません。そのシートにあるコードを書いてください。")
    }
    static func planbookPhaseUnknown(_ phase: String, phases: String) -> Message {
        Message("planbook.phase.unknown",
            en: "段階 「\(phase)」 is not one of this plan's phases (\(phases)); use one of them, or add it to 評価区分 as 段階",
            ja: "段階「\(phase)」はこの計画の段階（\(phases)）にありません。そのどれかにするか、評価区分シートに種類「段階」として追加してください。")
    }
    static func planbookReprintUnknown(_ code: String, outside: String) -> Message {
        Message("planbook.reprint.unknown",
            en: "再掲元 \(code) is not a 主な取組 of this workbook; write the code of the 主な取組 where it is first printed, or \(outside) when that is outside this plan",
            ja: "再掲元 \(code) はこのブックの主な取組にありません。初出の主な取組のコードを書くか、初出がこの計画の外にあるときは「\(outside)」と書いてください。")
    }

    // MARK: plan template / plan export

    public static func planTemplateWritten(_ path: String) -> Message {
        Message("planbook.template.written",
            en: "wrote the empty plan workbook to \(path): fill it in, then check it with `plandb seed check \(path)`",
            ja: "空の施策体系ワークブックを \(path) に書き出しました。記入したら `plandb seed check \(path)` で確認してください。")
    }
    public static func planExportWritten(_ path: String, plan: String, counts: SeedCounts) -> Message {
        let counts = Message.seedCounts(counts)
        return Message("planbook.export.written",
            en: "wrote plan \(plan) to \(path) (\(counts.en))",
            ja: "計画 \(plan) を \(path) に書き出しました（\(counts.ja)）。")
    }
    public static func planExportEmbedded(_ database: String) -> Message {
        Message("planbook.export.embedded",
            en: "\(database) holds no plan: exporting the plan built into plandb",
            ja: "\(database) には計画がないため、plandb に組み込まれた計画を書き出します。")
    }
    static func planExportUnknownPlan(_ code: String, held: String) -> Message {
        Message("planbook.export.unknown_plan",
            en: "the file holds no plan \(code); it holds \(held)",
            ja: "ファイルに計画 \(code) はありません。あるのは \(held) です。")
    }
    static let planExportUnknownPlanAdvice = Message("planbook.export.unknown_plan.advice",
        en: "give one of them with `--plan CODE` (`plandb plan list` lists them)",
        ja: "そのどれかを `--plan CODE` で指定してください（`plandb plan list` で一覧できます）。")
    static func planExportFormat(_ format: String) -> Message {
        Message("planbook.export.format",
            en: "unknown format `\(format)`",
            ja: "形式 `\(format)` は使えません。")
    }
    static let planExportFormatAdvice = Message("planbook.export.format.advice",
        en: "use `--format xlsx` (the plan workbook) or `--format yaml` (a seed folder)",
        ja: "`--format xlsx`（施策体系ワークブック）か `--format yaml`（シードのフォルダ）を指定してください。")
    static func planExportFolderIsFile(_ path: String) -> Message {
        Message("planbook.export.folder_is_file",
            en: "\(path) is a file; a seed folder is written into a folder",
            ja: "\(path) はファイルです。シードはフォルダに書き出します。")
    }
    static func planExportFolderNotEmpty(_ path: String) -> Message {
        Message("planbook.export.folder_not_empty",
            en: "\(path) holds files that plandb did not write; nothing was written",
            ja: "\(path) には plandb が書き出したものではないファイルがあるため、何も書き出していません。")
    }
    static let planExportFolderAdvice = Message("planbook.export.folder.advice",
        en: "give a new or empty folder, or a folder an earlier `plandb plan export --format yaml` wrote",
        ja: "新しいフォルダか空のフォルダ、または以前に `plandb plan export --format yaml` で書き出したフォルダを指定してください。")
    static func planExportFolderCannotWrite(_ path: String, _ reason: String) -> Message {
        Message("planbook.export.folder_cannot_write",
            en: "cannot write the seed folder \(path): \(reason)",
            ja: "シードのフォルダ \(path) を書き出せません：\(reason)")
    }
    static let planExportFolderCannotWriteAdvice = Message("planbook.export.folder_cannot_write.advice",
        en: "check that the folder above it exists and that you may write there",
        ja: "親フォルダがあり、書き込みできることを確認してください。")

    static func planbookWouldReplace(_ path: String) -> Message {
        Message("planbook.out.would_replace",
            en: "\(path) exists and is not a plan workbook; nothing was written",
            ja: "\(path) はすでにあり、施策体系ワークブックではないため、何も書き出していません。")
    }
    static let planbookWouldReplaceAdvice = Message("planbook.out.would_replace.advice",
        en: "give a new file name, or move that file away first",
        ja: "新しいファイル名を指定するか、そのファイルを別の場所に移してから実行してください。")

    // MARK: Help

    public static let helpPlanTemplateAbstract = Message("help.plan.template.abstract",
        en: "Write an empty plan workbook (施策体系ワークブック): instructions, drop-downs, one example row per sheet.",
        ja: "空の施策体系ワークブックを書き出します（説明、選択リスト、各シートに記入例1行）。")
    public static let helpPlanExportAbstract = Message("help.plan.export.abstract",
        en: "Write the loaded plan (or the built-in one when the file has none) as the plan workbook or as a seed folder.",
        ja: "読み込んだ計画（ファイルに計画がなければ組み込みの計画）を、施策体系ワークブックかシードのフォルダとして書き出します。")
    public static let helpPlanOut = Message("help.plan.out",
        en: "The file to write (.xlsx), or the folder for --format yaml.",
        ja: "書き出すファイル（.xlsx）、--format yaml のときはフォルダ。")
    public static let helpPlanFormat = Message("help.plan.format",
        en: "xlsx (the plan workbook, the default) or yaml (a seed folder).",
        ja: "xlsx（施策体系ワークブック、既定）か yaml（シードのフォルダ）。")
}
