/// Every text printed in the entry workbook, in one place so that the message catalog can take
/// it over. The workbook is always Japanese: it is what a clerk fills in and what is printed for
/// approval. Grade and 今後の方向性 meanings are not here: they come from the seeds' vocabularies.
enum WorkbookText {
    // Sheet names. The reader finds sheets by these names.
    static let instructionSheet = "記入方法"
    static let indicatorSheet = "指標"
    static let initiativeSheet = "取組"
    static let reviewSheet = "施策評価"
    static let projectSheet = "事業"
    /// Holds the plan, department and year the workbook was made for; hidden.
    static let metadataSheet = "plandb"

    // Column headers of the entry sheets.
    static let code = "コード"
    static let indicatorName = "指標名"
    static let unit = "単位"
    static let baseline = "現状値（年度）"
    static func target(_ year: Int) -> String { "目標値（\(year)年度）" }
    static func previousActual(_ year: Int) -> String { "前年度実績（\(year - 1)年度）" }
    static let value = "実績値"
    static let note = "備考"
    static let initiativeName = "主な取組"
    static let grade = "評価"
    static let next = "今後の方向性"
    static let result = "実績"
    static let challenge = "課題"
    static let kind = "区分"
    static let policyName = "施策名"
    static let comment = "コメント"
    static let projectName = "事業名"
    /// A 人工 column of the 事業 sheet, one per staff kind: the reader takes the kind from it.
    static func staff(_ kind: String) -> String { "人工（\(kind)）" }
    static let staffPrefix = "人工（", staffSuffix = "）"

    // The metadata sheet's labels (column A), read back by import.
    static let metaPlanCode = "計画コード"
    static let metaPlanName = "計画名"
    static let metaDept = "部署"
    static let metaYear = "年度"
    static let metaFormat = "様式"
    /// The entry sheets the workbook was written with, joined by 、: each must come back.
    static let metaSheets = "シート"
    static let formatName = "plandb 評価シート 1"

    // The instruction sheet.
    static func title(year: Int, dept: String) -> String { "\(FiscalYear.label(year)) 評価シート　\(dept)" }
    static let planLabel = "計画"
    static let deptLabel = "部署"
    static let yearLabel = "対象年度"
    static let deadlineLabel = "提出期限"
    static func deadlineHint(coordinator: String) -> String { "（\(coordinator)が記入）" }
    static let howToTitle = "記入のしかた"
    static func howTo(coordinator: String) -> [String] {
        [
            "1. 黄色のセルだけに記入してください。それ以外のセルは保護されています（パスワードはありません。誤って消さないための保護です）。",
            "2. 「指標」シート：実績値を数値で記入します（単位は不要です）。表示どおりの桁（例：95.10）で取り込まれます。補足があれば備考に記入します。",
            "3. 「取組」シート：評価と今後の方向性を一覧から選び、実績と課題を文章で記入します。",
            "4. 「施策評価」シート：一次評価は主担当課が、二次評価は\(coordinator)が記入します。",
            "5. 「事業」シート（担当する事務事業がある課のみ）：職員区分ごとの人工（1 人が 1 年従事して 1.00、小数第 2 位まで）と事務事業評価を記入します。人件費は\(coordinator)が決めた単価で計算されます。",
            "6. コード・名称・目標値などは変更しないでください。シートの追加や行の並べ替えも不要です。",
            "7. 記入後はこのファイルのまま（.xlsx 形式で）保存し、\(coordinator)へ提出してください。CSV に変換する必要はありません。",
        ]
    }
    static let gradeTitle = "評価の基準"
    static let nextTitle = "今後の方向性の意味"
    static let meaningHeader = "意味"

    // Drop-down list errors.
    static let listErrorTitle = "一覧から選んでください"
    static func listErrorMessage(_ items: [String]) -> String { "次のいずれかを選んでください：" + items.joined(separator: "・") }

    /// The page header: department and year on every printed page.
    static func pageHeader(sheet: String, year: Int, dept: String) -> String {
        "&L\(FiscalYear.label(year))　\(sheet)&R\(dept)"
    }
    static func documentTitle(year: Int, dept: String) -> String { "評価シート \(dept) \(year)" }

    // The snapshot workbook (`snapshot export Y --format xlsx`), for the committee and the council.
    static let summarySheet = "概要"
    // The 事務事業 sheet of a frozen year (issue 25).
    static let costSheet = "事業とコスト"
    static let policyCostSection = "施策別の費用（千円）"
    static let policyCostHeaders = ["施策", "予算額", "決算額", "人件費", "フルコスト", "一般財源", "事業数"]
    static let projectSection = "事務事業（千円）"
    static let projectHeaders = ["事業コード", "事業名", "担当課", "主な取組（按分）", "予算額", "決算額", "特定財源", "人件費", "フルコスト", "一般財源",
                                 "事業費の基礎", "人工", "評価", "今後の方向性", "実績", "課題"]
    static let summaryHeaders = ["施策", "主担当課", "指標の達成", "取組の評価（A/B/C/D/未）", "一次評価", "二次評価"]
    static let indicatorSection = "業績評価指標"
    static let indicatorHeaders = ["コード", "指標名", "現状値", "目標値", "実績値", "達成", "進捗率"]
    static let initiativeSection = "主な取組"
    static let initiativeHeaders = ["コード", "取組方針", "主な取組", "評価", "今後の方向性", "実績", "課題"]
    static let reviewSection = "施策評価"
    static let leadLabel = "主担当課"
    static func missingNote(_ count: Int) -> String { "未入力 \(count) 件のまま確定しています。" }
    static let notEntered = "未入力"
    static let achieved = "達成"
    static let notAchieved = "未達成"
    static let none = "—"
    static let priority = "【重点】"
    static let reprint = "（再掲）"
    static func firstReview(_ dept: String) -> String { "一次評価（\(dept)）" }
    static func secondReview(_ dept: String) -> String { "二次評価（\(dept)）" }
    static func reportHeader(_ title: String) -> String { "&L\(title)" }

    // The period report as a workbook.
    static let periodSourcesSheet = "出典"
    static let periodSourcesHeaders = ["年度", "版", "確定日", "SHA-256"]
    static let periodLive = "未確定（現在のデータ）"
    // One sheet per kind of row, each with its columns and their widths: every sheet prints on
    // A4 landscape one page wide at full size (PeriodReportTests checks the widths add up).
    static let periodIndicatorSheet = "指標"
    static let periodIndicatorColumns: [(header: String, width: Double)] = [
        ("コード", 9), ("指標名", 30), ("年度", 6), ("版", 8), ("目標値", 15), ("実績値", 15), ("達成", 7), ("進捗率", 8),
    ]
    static let periodOutlookSheet = "見通し"
    static let periodOutlookColumns: [(header: String, width: Double)] = [
        ("コード", 9), ("指標名", 24), ("最終年度", 6), ("見込値", 13), ("最終目標値", 13), ("見通し", 11), ("差", 11), ("差（%）", 7), ("根拠", 22),
    ]
    static let periodPolicySheet = "施策"
    static let periodPolicyColumns: [(header: String, width: Double)] = [
        ("コード", 6), ("施策名", 18), ("主担当課", 10), ("年度", 6), ("版", 7),
        ("一次評価", 6), ("一次評価コメント", 20), ("二次評価", 6), ("二次評価コメント", 20),
    ]
    /// Added to the 施策 sheet when the plan's projects give a policy a cost (事務事業, #25).
    static let periodPolicyCostColumns: [(header: String, width: Double)] = [("フルコスト（千円）", 11), ("うち一般財源（千円）", 11)]
    static let periodInitiativeSheet = "主な取組"
    static let periodInitiativeColumns: [(header: String, width: Double)] = [
        ("コード", 12), ("主な取組", 50), ("年度", 6), ("版", 8), ("評価", 7), ("今後の方向性", 12), ("変更", 6),
    ]
    /// Marks an initiative year whose grade or 今後の方向性 changed from the year before.
    static let periodChangedMark = "◆"
    /// The 版 of a year read from live data.
    static let periodUnfrozen = "未確定"
}
