// The catalog: `plandb status`, what each department must report and what is missing. The
// column keys of csv/json (dept, required, entered, missing; duty, code, name, state) and the
// state values `entered`/`missing` stay English there, for scripts.
extension Message {
    /// Above the per-department counts.
    public static let statusSummaryHeadings = [
        Message("status.heading.dept", en: "dept", ja: "課"),
        Message("status.heading.required", en: "required", ja: "報告項目数"),
        Message("status.heading.entered", en: "entered", ja: "入力済"),
        Message("status.heading.missing", en: "missing", ja: "未入力"),
    ]

    /// Above one department's items.
    public static let statusDutyHeadings = [
        Message("status.heading.duty", en: "duty", ja: "区分"),
        Message("status.heading.code", en: "code", ja: "コード"),
        Message("status.heading.name", en: "name", ja: "名称"),
        Message("status.heading.state", en: "state", ja: "状況"),
    ]

    /// An item's state in a table for people.
    public static func statusState(entered: Bool) -> Message {
        entered
            ? Message("status.state.entered", en: "entered", ja: "入力済")
            : Message("status.state.missing", en: "missing", ja: "未入力")
    }

    /// `2023（令和5）年度: 30 of 38 entered, 8 missing`.
    public static func statusTotals(_ year: Int, entered: Int, total: Int) -> Message {
        let (label, missing) = (FiscalYear.label(year), total - entered)
        return Message("status.totals",
            en: "\(label): \(entered) of \(total) entered, \(missing) missing",
            ja: "\(label)：\(total) 件中 \(entered) 件が入力済み、\(missing) 件が未入力です。")
    }
}
