import SQLiteDB

// The catalog: help for `plandb project`, `budget`, `rate` and `record project`, and the headings
// of their tables.
extension Message {
    public static let helpProject = Message("help.project",
        en: "The 事務事業 (projects) linked to the plan's 主な取組: import the list, list and show them.",
        ja: "計画の主な取組に結び付く事務事業：一覧の取り込み、一覧、1 事業の表示。")
    public static let helpProjectImport = Message("help.project.import",
        en: "Import the project list from the finance system's export (.xlsx or .csv; columns 事業コード, 事業名, 担当課, 主な取組コード, 按分, 会計, 款, 項, 目, 開始年度, 終了年度).",
        ja: "財務会計システムが出力した事務事業の一覧（.xlsx か .csv。列：事業コード、事業名、担当課、主な取組コード、按分、会計、款、項、目、開始年度、終了年度）を取り込みます。")
    public static let helpProjectFile = Message("help.project.file",
        en: "The project list (.xlsx or .csv), one row per project and 主な取組.",
        ja: "事務事業の一覧（.xlsx か .csv）。事業と主な取組の組ごとに 1 行。")
    public static let helpProjectAsCoordinator = Message("help.project.as",
        en: "The department doing it: the plan's coordinator.",
        ja: "作業する課（計画の取りまとめ課）。")
    public static let helpProjectList = Message("help.project.list",
        en: "List the projects with their 主な取組 and shares.",
        ja: "事務事業を、結び付く主な取組と按分とともに一覧します。")
    public static let helpProjectListDept = Message("help.project.list.dept",
        en: "Only the projects of this department.",
        ja: "この課の事業だけを表示します。")
    public static let helpProjectShow = Message("help.project.show",
        en: "Show one project's cost and evaluation, year by year.",
        ja: "1 事業の費用と評価を年度ごとに表示します。")
    public static let helpProjectCode = Message("help.project.code",
        en: "The project's 事業コード.",
        ja: "事業コード。")
    public static let helpBudget = Message("help.budget",
        en: "Budget figures (予算額・決算額・特定財源) of the projects.",
        ja: "事務事業の予算額・決算額・特定財源。")
    public static let helpBudgetImport = Message("help.budget.import",
        en: "Import a year's figures in 千円 (columns 事業コード, 予算額, 決算額, 国庫支出金, 県支出金, 地方債, その他特定財源); all or nothing.",
        ja: "1 年度分の金額（千円。列：事業コード、予算額、決算額、国庫支出金、県支出金、地方債、その他特定財源）を取り込みます。1 行でも誤りがあれば何も取り込みません。")
    public static let helpBudgetFile = Message("help.budget.file",
        en: "The budget file (.xlsx or .csv) from the finance system.",
        ja: "財務会計システムが出力した予算ファイル（.xlsx か .csv）。")
    public static let helpBudgetAs = Message("help.budget.as",
        en: "The department doing it: the plan's budget department (予算担当課).",
        ja: "作業する課（計画の予算担当課）。")
    public static let helpRate = Message("help.rate",
        en: "人件費 per person-year of each staff kind, by year.",
        ja: "職員区分ごと・年度ごとの 1 人年あたり人件費。")
    public static let helpRateSet = Message("help.rate.set",
        en: "Set a staff kind's rate for a year (千円 per person-year).",
        ja: "職員区分の年度の人件費単価（千円／人年）を決めます。")
    public static let helpRateList = Message("help.rate.list",
        en: "List the rates of the plan.",
        ja: "計画の人件費単価を一覧します。")
    public static let helpRateKind = Message("help.rate.kind",
        en: "The staff kind: 正職員, 再任用職員, 会計年度任用職員 …",
        ja: "職員区分（正職員、再任用職員、会計年度任用職員 など）。")
    public static let helpRateAmount = Message("help.rate.amount",
        en: "千円 per person-year, a whole number (8400).",
        ja: "1 人年あたりの千円（整数。8400 など）。")
    public static let helpRecordProject = Message("help.record.project",
        en: "Record a project's 人工 and its 事務事業評価 for a year (by the project's department).",
        ja: "事業の年度の人工と事務事業評価を記録します（事業の担当課が）。")
    public static let helpRecordStaff = Message("help.record.staff",
        en: "人工 of one staff kind, to two decimals: 正職員=1.10 (repeat for each kind).",
        ja: "職員区分ごとの人工（小数第 2 位まで）。正職員=1.10 のように、区分ごとに繰り返します。")

    /// `project list` (csv/json keep the column keys).
    public static let projectListHeadings = [
        Message("project.heading.code", en: "project", ja: "事業コード"),
        Message("project.heading.name", en: "name", ja: "事業名"),
        Message("project.heading.dept", en: "department", ja: "担当課"),
        Message("project.heading.start_year", en: "from", ja: "開始年度"),
        Message("project.heading.end_year", en: "to", ja: "終了年度"),
        Message("project.heading.initiatives", en: "主な取組 (share %)", ja: "主な取組（按分%）"),
    ]
    /// `project show`, one row per year.
    public static let projectYearHeadings = [
        Message("project.heading.fiscal_year", en: "fiscal year", ja: "年度"),
        Message("project.heading.budget", en: "budget", ja: "予算額"),
        Message("project.heading.settled", en: "settled", ja: "決算額"),
        Message("project.heading.specific_revenue", en: "specific revenue", ja: "特定財源"),
        Message("project.heading.personnel_cost", en: "personnel", ja: "人件費"),
        Message("project.heading.full_cost", en: "full cost", ja: "フルコスト"),
        Message("project.heading.general_revenue", en: "general revenue", ja: "一般財源"),
        Message("project.heading.basis", en: "basis", ja: "事業費の基礎"),
        Message("project.heading.grade", en: "grade", ja: "評価"),
        Message("project.heading.next_direction", en: "next", ja: "今後の方向性"),
    ]
    public static func projectShowHeading(_ project: [String: Value]) -> Message {
        let text = { (key: String) in project[key]?.string ?? "" }
        let (code, name, dept) = (text("project_code"), text("name"), text("dept"))
        return Message("project.show.heading",
            en: "project \(code) \(name) (\(dept)), 千円",
            ja: "事業 \(code) \(name)（\(dept)）　単位：千円")
    }
    /// `rate list`.
    public static let rateListHeadings = [
        Message("rate.heading.fiscal_year", en: "fiscal year", ja: "年度"),
        Message("rate.heading.kind", en: "staff kind", ja: "職員区分"),
        Message("rate.heading.amount", en: "千円 per person-year", ja: "単価（千円／人年）"),
        Message("rate.heading.recorded_at", en: "set at", ja: "設定日時"),
    ]
}
