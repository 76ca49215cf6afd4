// The catalog: `--help` of `plandb snapshot` and its subcommands. The year takes the shared
// `help.record.year`, --out the report's `report.help.out`.
extension Message {
    public static let helpSnapshot = Message("help.snapshot.abstract",
        en: "Freeze a fiscal year's evaluation, compare years, publish the report.",
        ja: "年度の評価を確定し、年度どうしを比べ、評価結果報告書を公表します。")
    public static let helpSnapshotAs = Message("help.snapshot.as",
        en: "The coordinating department.",
        ja: "取りまとめ課。")
    public static let helpSnapshotVersion = Message("help.snapshot.version",
        en: "A version other than the latest.",
        ja: "最新以外の版を指定します。")

    public static let helpSnapshotCreate = Message("help.snapshot.create.abstract",
        en: "Freeze a fiscal year (coordinator only): copy its evaluation, hash it, lock the year.",
        ja: "年度を確定します（取りまとめ課のみ）。評価を写し取り、ハッシュ値を付け、その年度をロックします。")
    public static let helpSnapshotNote = Message("help.snapshot.create.note",
        en: "A note kept with the snapshot.",
        ja: "スナップショットと一緒に残すメモ。")
    public static let helpSnapshotAllowIncomplete = Message("help.snapshot.create.allow_incomplete",
        en: "Freeze even though entries are missing.",
        ja: "未入力の項目があっても確定します。")

    public static let helpSnapshotList = Message("help.snapshot.list.abstract",
        en: "Every snapshot with its version and hash.",
        ja: "すべてのスナップショットを、版とハッシュ値とともに一覧します。")
    public static let helpSnapshotShow = Message("help.snapshot.show.abstract",
        en: "A snapshot's content: each policy, indicator and initiative.",
        ja: "スナップショットの内容：施策・指標・主な取組のそれぞれ。")

    public static let helpSnapshotDiff = Message("help.snapshot.diff.abstract",
        en: "What changed between two snapshots: two years (2023 2024) or two versions (2023:1 2023:2).",
        ja: "2つのスナップショットの違い：2つの年度（2023 2024）か、同じ年度の2つの版（2023:1 2023:2）。")
    public static let helpSnapshotDiffFirst = Message("help.snapshot.diff.first",
        en: "The earlier snapshot: YEAR or YEAR:VERSION.",
        ja: "前のスナップショット：YEAR か YEAR:VERSION。")
    public static let helpSnapshotDiffSecond = Message("help.snapshot.diff.second",
        en: "The later snapshot.",
        ja: "後のスナップショット。")

    public static let helpSnapshotExport = Message("help.snapshot.export.abstract",
        en: "Publish a snapshot: html (the 評価結果報告書), markdown, csv, json or xlsx (a workbook).",
        ja: "スナップショットを公表用に書き出します：html（評価結果報告書）、markdown、csv、json、xlsx（ブック）。")
    public static let helpSnapshotExportFormat = Message("help.snapshot.export.format",
        en: "html, markdown, csv, json, xlsx (needs --out) or opendata (a folder of CSV files, needs --out).",
        ja: "html、markdown、csv、json、xlsx（--out が必要）、opendata（CSV ファイルのフォルダ。--out が必要）のいずれか。")

    public static let helpSnapshotReopen = Message("help.snapshot.reopen.abstract",
        en: "Unlock a frozen year for corrections (coordinator only); the next create makes a new version.",
        ja: "確定した年度のロックを、訂正のために解除します（取りまとめ課のみ）。次に確定すると新しい版ができます。")
    public static let helpSnapshotReason = Message("help.snapshot.reopen.reason",
        en: "Why the year is reopened (kept in the record).",
        ja: "確定を解除する理由（記録に残ります）。")
}
