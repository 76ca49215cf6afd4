// The catalog: the words around the plan in `show`, `dept`, `history` and `migrate status`.
// `show` prints the plan as the document does, so its labels are the plan's own Japanese terms
// (主担当課, 関係課, 5年後の目指す姿, 業績評価指標 …) in both languages; only the words that were
// English are here. Table headings are for people; csv/json keep the column keys.
extension Message {
    /// The code column of the indicator table under a policy in `show`.
    static let showCodeHeading = Message("show.heading.code", en: "code", ja: "コード")

    /// `dept list` (csv/json keep dept, role, leads, related_to, indicators, initiatives).
    public static let planListHeadings = [
        Message("plan.heading.code", en: "plan", ja: "計画コード"),
        Message("plan.heading.name", en: "name", ja: "計画名"),
        Message("plan.heading.municipality", en: "municipality", ja: "団体名"),
        Message("plan.heading.start", en: "from", ja: "開始年度"),
        Message("plan.heading.end", en: "to", ja: "終了年度"),
        Message("plan.heading.coordinator", en: "coordinator", ja: "取りまとめ課"),
        Message("plan.heading.policies", en: "policies", ja: "施策"),
        Message("plan.heading.initiatives", en: "initiatives", ja: "主な取組"),
        Message("plan.heading.indicators", en: "indicators", ja: "指標"),
    ]
    public static let deptListHeadings = [
        Message("dept.heading.dept", en: "department", ja: "課"),
        Message("dept.heading.role", en: "role", ja: "区分"),
        Message("dept.heading.leads", en: "leads", ja: "主担当の施策"),
        Message("dept.heading.related_to", en: "related to", ja: "関係課の施策"),
        Message("dept.heading.indicators", en: "indicators", ja: "調べる指標"),
        Message("dept.heading.initiatives", en: "initiatives", ja: "主な取組"),
    ]

    /// A department's role in `dept list`, for people (csv/json keep coordinator, department, group).
    public static func deptRole(_ role: String) -> Message? {
        switch role {
        case "coordinator": return Message("dept.role.coordinator", en: "coordinator", ja: "取りまとめ課")
        case "department": return Message("dept.role.department", en: "department", ja: "課")
        case "group": return Message("dept.role.group", en: "group", ja: "課のまとまり")
        default: return nil
        }
    }

    /// `dept show` (csv/json keep duty, code, name).
    public static let deptDutyHeadings = [
        Message("dept.heading.duty", en: "duty", ja: "報告するもの"),
        Message("dept.heading.code", en: "code", ja: "コード"),
        Message("dept.heading.name", en: "name", ja: "名称"),
    ]
    public static func deptDutyCount(_ dept: String, count: Int) -> Message {
        Message("dept.duty_count",
            en: "\(dept): \(count) item(s) to report each fiscal year",
            ja: "\(dept)：毎年度 \(count) 件を報告します。")
    }

    /// `history` (csv/json keep at, dept, item_code, fiscal_year, field, old_value, new_value).
    public static let historyHeadings = [
        Message("history.heading.at", en: "at", ja: "日時"),
        Message("history.heading.dept", en: "department", ja: "課"),
        Message("history.heading.item_code", en: "item", ja: "項目"),
        Message("history.heading.fiscal_year", en: "fiscal year", ja: "年度"),
        Message("history.heading.field", en: "field", ja: "項目名"),
        Message("history.heading.old_value", en: "old value", ja: "変更前"),
        Message("history.heading.new_value", en: "new value", ja: "変更後"),
    ]

    /// `migrate status` (csv/json keep version, name, state, applied_at).
    public static let migrateStatusHeadings = [
        Message("migrate.heading.version", en: "version", ja: "番号"),
        Message("migrate.heading.name", en: "name", ja: "名前"),
        Message("migrate.heading.state", en: "state", ja: "状態"),
        Message("migrate.heading.applied_at", en: "applied at", ja: "適用日時"),
    ]
    /// A migration's state, for people (csv/json keep applied, pending, modified, unknown).
    public static func migrationState(_ state: MigrationStatus.State) -> Message {
        switch state {
        case .applied: return Message("migrate.state.applied", en: "applied", ja: "適用済み")
        case .pending: return Message("migrate.state.pending", en: "pending", ja: "未適用")
        case .modified: return Message("migrate.state.modified", en: "modified", ja: "変更あり")
        case .unknown: return Message("migrate.state.unknown", en: "unknown", ja: "不明")
        }
    }
    public static func migrateUpToDate(_ path: String) -> Message {
        Message("migrate.up_to_date",
            en: "nothing to apply: \(path) is up to date",
            ja: "適用するものはありません。\(path) は最新です。")
    }
    public static func migrateApplied(_ file: String) -> Message {
        Message("migrate.applied",
            en: "applied \(file)",
            ja: "\(file) を適用しました。")
    }
}
