// The catalog: the whole yearly cycle in the browser (the 評価シート's download and upload, the
// freeze, the reopening and the reports through plandb serve).
extension Message {
    static func entryFileOtherYear(_ file: String, declared: String, year: String) -> Message {
        Message("entry.file.other_year",
            en: "\(file) is for \(declared), not for \(year)",
            ja: "\(file) は\(declared)のものです。\(year)のものではありません。")
    }
    static func entryFileOtherYearAdvice(_ year: Int) -> Message {
        Message("entry.file.other_year.advice",
            en: "upload the entry sheet made for \(year), or open the page of the year the file is for",
            ja: "\(year) 年度用に作成した評価シートを使うか、ファイルの年度のページから取り込んでください。")
    }
    public static let uploadNotSpreadsheetType = Message("server.upload.type",
        en: "send the entry sheet as an .xlsx workbook or a CSV (Content-Type application/vnd.openxmlformats-officedocument.spreadsheetml.sheet, text/csv or application/octet-stream)",
        ja: "評価シートは .xlsx または CSV で送ってください（Content-Type は application/vnd.openxmlformats-officedocument.spreadsheetml.sheet、text/csv、application/octet-stream のいずれか）。")
    public static func uploadTooLarge(_ limit: Int) -> Message {
        Message("server.upload.too_large",
            en: "the file is larger than the upload limit (\(limit) bytes); nothing was recorded",
            ja: "ファイルが大きすぎます（上限 \(limit) バイト）。何も記録していません。")
    }
    public static let uploadTooLargeAdvice = Message("server.upload.too_large.advice",
        en: "upload the entry sheet plandb made for the year, without pictures or added sheets",
        ja: "plandb が作成したその年度の評価シートを、画像やシートを足さずにアップロードしてください。")
    public static let uploadNoFile = Message("server.upload.no_file",
        en: "choose the filled-in entry sheet (.xlsx or CSV) before pressing the button",
        ja: "記入した評価シート（.xlsx または CSV）を選んでから、ボタンを押してください。")
    public static let uploadFormMalformed = Message("server.upload.form_malformed",
        en: "the upload could not be read as a form with a file (multipart/form-data); nothing was recorded",
        ja: "アップロードをファイル付きのフォーム（multipart/form-data）として読めませんでした。何も記録していません。")
    public static let uploadHoldGone = Message("server.upload.hold_gone",
        en: "the checked file is no longer held (it is kept 30 minutes, and only the last one checked); nothing was recorded",
        ja: "確認したファイルはもう保持されていません（保持は 30 分間、最後に確認した 1 件だけです）。何も記録していません。")
    public static let uploadHoldGoneAdvice = Message("server.upload.hold_gone.advice",
        en: "choose the file again and check it",
        ja: "もう一度ファイルを選んで確認してください。")
    public static let reportFormatUnknown = Message("server.report.format",
        en: "format must be html, xlsx, csv, json or opendata (the period report: html, xlsx, csv or json)",
        ja: "format は html、xlsx、csv、json、opendata のいずれかです（期間評価報告書は html、xlsx、csv、json）。")
    public static let periodYearsMissing = Message("server.period.years",
        en: "give the period as ?from=Y1&to=Y2",
        ja: "期間を ?from=Y1&to=Y2 で指定してください。")
    public static func workbookChecked(changed: Int, unchanged: Int, blank: Int) -> Message {
        Message("server.workbook.checked",
            en: "every cell can be recorded: \(changed) change(s), \(unchanged) unchanged, \(blank) blank; nothing is recorded yet",
            ja: "すべてのセルを記録できます：変更 \(changed) 件、変更なし \(unchanged) 件、空欄 \(blank) 件。まだ記録していません。")
    }
    public static func workbookRecorded(changed: Int, unchanged: Int, blank: Int) -> Message {
        Message("server.workbook.recorded",
            en: "the entry sheet was recorded: \(changed) change(s), \(unchanged) unchanged, \(blank) blank",
            ja: "評価シートを記録しました：変更 \(changed) 件、変更なし \(unchanged) 件、空欄 \(blank) 件。")
    }
    public static func snapshotFrozenPage(_ year: String, version: Int) -> Message {
        Message("server.snapshot.frozen",
            en: "\(year) was frozen as version \(version)",
            ja: "\(year)を第 \(version) 版として確定しました。")
    }
    public static func snapshotReopenedPage(_ year: String) -> Message {
        Message("server.snapshot.reopened",
            en: "\(year) was reopened: entries can be corrected, then freeze it again",
            ja: "\(year)の確定を解除しました。入力を修正してから、もう一度確定してください。")
    }

    // MARK: The names the server gives its downloads (the pages are Japanese always: `.ja`)

    public static func downloadEntrySheet(_ dept: String, _ year: Int) -> Message {
        Message("server.download.entry_sheet", en: "entry-sheet_\(dept)_\(year)", ja: "評価シート_\(dept)_\(year)")
    }
    public static let uploadedSheet = Message("server.download.uploaded", en: "entry-sheet", ja: "評価シート")
    public static func downloadReport(_ year: Int) -> Message {
        Message("server.download.report", en: "evaluation-report_\(year)", ja: "評価結果報告書_\(year)")
    }
    public static func downloadOpenData(_ code: String, _ year: Int) -> Message {
        Message("server.download.opendata", en: "\(code)_evaluation-open-data_\(year)", ja: "\(code)_評価結果オープンデータ_\(year)")
    }
    public static func downloadPeriodReport(_ from: Int, _ to: Int) -> Message {
        Message("server.download.period", en: "period-report_\(from)-\(to)", ja: "期間評価報告書_\(from)-\(to)")
    }

    // MARK: The pages

    public static func pageWorkbookRefused(_ count: Int) -> Message {
        Message("server.page.workbook_refused",
            en: "\(count) cell(s) cannot be recorded, so nothing was recorded: correct them in the file and check it again",
            ja: "記録できないセルが \(count) 件あるため、何も記録していません。ファイルを直して、もう一度確認してください。")
    }
    public static let pageOpenDataLabel = Message("server.page.opendata", en: "open data (zip)", ja: "オープンデータ（zip）")
    /// What a refused upload's page advises when the command line's advice names a command: a
    /// clerk in the browser has no shell to run it in.
    public static let pageUploadRefusedAdvice = Message("server.page.upload_refused.advice",
        en: "download this year's 評価シート of your department from this page again and fill that in, or ask the coordinating department",
        ja: "このページから自課のこの年度の評価シートをダウンロードし直して記入するか、取りまとめ課に相談してください。")
    /// The dashboard's advice for an incomplete year: the box, not the command line's flag.
    public static let pageFreezeIncompleteAdvice = Message("server.page.freeze_incomplete.advice",
        en: "ask the departments for the missing entries, or tick 「未入力があっても確定する」 and freeze again",
        ja: "未入力の課に入力を依頼するか、「未入力があっても確定する」にチェックを入れて、もう一度確定してください。")
}
