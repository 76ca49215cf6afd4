// The catalog: help of `plandb record`, `plandb entry` and `plandb status` (abstracts and option
// help; swift-argument-parser's own words, such as USAGE and OPTIONS, stay English).
extension Message {
    // MARK: Shared by the three commands

    public static let helpRecordYear = Message("help.record.year",
        en: "The fiscal year: 2023, 令和5 or R5.",
        ja: "年度：2023、令和5、R5 のように指定します。")

    // MARK: record

    public static let helpRecord = Message("help.record.abstract",
        en: "Record one evaluation entry for a fiscal year (the earlier value stays in the history).",
        ja: "年度の評価を一件記録します（前の値は履歴に残ります）。")
    public static let helpRecordAs = Message("help.record.as",
        en: "The department making the entry (a unique part of its name will do).",
        ja: "入力する課（名前の一部でも、一つに決まれば構いません）。")
    public static let helpRecordIndicator = Message("help.record.indicator.abstract",
        en: "Record an indicator's actual value (実績値).",
        ja: "指標の実績値を記録します。")
    public static let helpRecordIndicatorItem = Message("help.record.indicator.item",
        en: "Indicator code (6-7-I2) or a unique part of its name.",
        ja: "指標のコード（6-7-I2）か、一つに決まる名前の一部。")
    public static let helpRecordValue = Message("help.record.indicator.value",
        en: "The value as printed: 95.10, 1,000,000, ９５．１０, 73.0%, -0.5.",
        ja: "値（書き方の例：95.10、1,000,000、９５．１０、73.0%、-0.5）。")
    public static let helpRecordNote = Message("help.record.indicator.note",
        en: "A note kept with the value (left out: keep the current note; \"\": clear it).",
        ja: "値と一緒に残す備考（省略すると今の備考のまま、\"\" で消去）。")
    public static let helpRecordConfirm = Message("help.record.indicator.confirm",
        en: "Record a value that looks like a typo (far off the plan's figures).",
        ja: "入力の誤りに見える値（計画の数値から大きく離れた値）も記録します。")
    public static let helpRecordInitiative = Message("help.record.initiative.abstract",
        en: "Record an initiative's progress (主な取組の評価).",
        ja: "主な取組の評価を記録します。")
    public static let helpRecordInitiativeItem = Message("help.record.initiative.item",
        en: "Initiative code (6-1-1-2-1) or a unique part of its title.",
        ja: "主な取組のコード（6-1-1-2-1）か、一つに決まる名前の一部。")
    public static let helpRecordGrade = Message("help.record.grade",
        en: "The grade: A, B, C or D.",
        ja: "評価：A、B、C、D のいずれか。")
    public static let helpRecordNext = Message("help.record.initiative.next",
        en: "今後の方向性: 拡充・継続・改善・縮小・休止・廃止・完了 (left out: keep; \"\": clear).",
        ja: "今後の方向性：拡充・継続・改善・縮小・休止・廃止・完了（省略すると今のまま、\"\" で消去）。")
    public static let helpRecordResult = Message("help.record.initiative.result",
        en: "実績: what was done this year (left out: keep; \"\": clear).",
        ja: "実績：この年度に行ったこと（省略すると今のまま、\"\" で消去）。")
    public static let helpRecordChallenge = Message("help.record.initiative.challenge",
        en: "課題: what remains (left out: keep; \"\": clear).",
        ja: "課題：残っていること（省略すると今のまま、\"\" で消去）。")
    public static let helpRecordPolicy = Message("help.record.policy.abstract",
        en: "Record a policy's evaluation: 一次 by its lead department, 二次 by the coordinator.",
        ja: "施策の評価を記録します。一次評価は主担当課が、二次評価は取りまとめ課が行います。")
    public static let helpRecordPolicyItem = Message("help.record.policy.item",
        en: "Policy code (6-1) or a unique part of its title.",
        ja: "施策のコード（6-1）か、一つに決まる名前の一部。")
    public static let helpRecordComment = Message("help.record.policy.comment",
        en: "The evaluation's comment (left out: keep; \"\": clear).",
        ja: "評価のコメント（省略すると今のまま、\"\" で消去）。")
    public static let helpRecordStage = Message("help.record.policy.stage",
        en: "一次 (default) or 二次.",
        ja: "一次（既定）か二次。")

    // MARK: entry

    public static let helpEntry = Message("help.entry.abstract",
        en: "The Excel round-trip: a department's entry sheet out, the filled-in sheet back in.",
        ja: "Excel でのやり取り：課の入力シートを書き出し、入力済みのシートを取り込みます。")
    public static let helpEntryTemplate = Message("help.entry.template.abstract",
        en: "Write the department's entry sheet for a year: an Excel workbook (.xlsx) or CSV (UTF-8 with BOM).",
        ja: "課の年度の入力シートを、Excel ブック（.xlsx）か CSV（BOM 付き UTF-8）で書き出します。")
    public static let helpEntryDept = Message("help.entry.as",
        en: "The department.",
        ja: "課。")
    public static let helpEntryOut = Message("help.entry.template.out",
        en: "Write to FILE instead of standard output; FILE.xlsx writes the workbook.",
        ja: "標準出力ではなく FILE に書き出します。FILE.xlsx ならブックを書き出します。")
    public static let helpEntryFormat = Message("help.entry.template.format",
        en: "xlsx (the workbook) or csv; by default the extension of --out decides.",
        ja: "xlsx（ブック）か csv。指定しなければ --out の拡張子で決まります。")
    public static let helpEntryImport = Message("help.entry.import.abstract",
        en: "Import a filled-in entry sheet (the .xlsx workbook, or UTF-8 or Shift_JIS CSV): all rows or none.",
        ja: "入力済みのシート（.xlsx のブック、または UTF-8 か Shift_JIS の CSV）を取り込みます。全部の行を取り込むか、一行も取り込まないかのどちらかです。")
    public static let helpEntryFile = Message("help.entry.import.file",
        en: "The workbook or CSV file, as saved by Excel or LibreOffice (told apart by content).",
        ja: "Excel か LibreOffice で保存したブックまたは CSV ファイル（形式は中身で見分けます）。")
    public static let helpEntryDryRun = Message("help.entry.import.dry_run",
        en: "Check every row and show what would change; change nothing.",
        ja: "すべての行を確かめて、変わる内容を表示します。何も変更しません。")
    public static let helpEntryConfirm = Message("help.entry.import.confirm",
        en: "Record values that look like typos (far off the plan's figures).",
        ja: "入力の誤りに見える値（計画の数値から大きく離れた値）も記録します。")

    // MARK: status

    public static let helpStatus = Message("help.status.abstract",
        en: "What each department must report for a year, what is entered and what is missing.",
        ja: "年度ごとに、各課が報告する項目と、入力済み・未入力の項目を示します。")
    public static let helpStatusDept = Message("help.status.as",
        en: "Only this department, with every item and its state.",
        ja: "この課だけを、項目ごとの状況とともに示します。")
}
