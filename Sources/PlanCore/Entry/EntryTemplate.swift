import SQLiteDB

/// The entry sheet a department fills in Excel: one row per item it must report for the year,
/// with what it needs to know (unit, baseline, the year's target) and the fill-in columns,
/// pre-filled with what is already recorded so that an untouched sheet imports as no change.
public struct EntryTemplate {
    let store: PlanDatabase
    let plan: PlanRef

    public init(_ store: PlanDatabase, plan: PlanRef) {
        self.store = store
        self.plan = plan
    }

    /// The columns, in order. The first six are for reading; the rest are filled in.
    public enum Column: String, CaseIterable, Sendable {
        case year = "年度"
        case kind = "区分"
        case code = "コード"
        case name = "名称"
        case unit = "単位"
        case baseline = "現状値"
        case target = "目標値"
        case value = "実績値"
        case grade = "評価"
        case next = "今後の方向性"
        case comment = "実績・コメント"
        case challenge = "課題"
        case note = "備考"
        /// A project's 人工 per staff kind, `正職員=1.10、会計年度任用職員=0.50`: only in the
        /// sheet of a department that carries out projects that year.
        case staff = "人工"
    }

    public func rows(dept: String, year: Int) throws -> (columns: [String], rows: [[Value]]) {
        try Recorder.checkYear(year, plan: plan, locked: false)
        let db = store.connection
        let parameters: [String: ValueConvertible?] = ["plan": plan.code, "year": year]
        let indicators = Dictionary(uniqueKeysWithValues: try db.rows("""
            SELECT i.indicator_code, i.unit, i.baseline_text, i.baseline_year, t.target_value, t.target_basis, t.target_text,
                   r.value_text, r.note
            FROM v_indicators i
            JOIN v_indicator_year_targets t ON t.indicator_code = i.indicator_code AND t.plan_code = i.plan_code AND t.fiscal_year = :year
            LEFT JOIN v_indicator_results r ON r.indicator_code = i.indicator_code AND r.plan_code = i.plan_code AND r.fiscal_year = :year
            WHERE i.plan_code = :plan
            """, named: parameters).map { ($0.string("indicator_code") ?? "", $0) })
        let initiatives = Dictionary(uniqueKeysWithValues: try db.rows(
            "SELECT * FROM v_initiative_evaluations WHERE plan_code = :plan AND fiscal_year = :year", named: parameters
        ).map { ($0.string("initiative_code") ?? "", $0) })
        let reviews = Dictionary(uniqueKeysWithValues: try db.rows(
            "SELECT * FROM v_policy_evaluations WHERE plan_code = :plan AND fiscal_year = :year", named: parameters
        ).map { (($0.string("stage") ?? "") + " " + ($0.string("policy_code") ?? ""), $0) })

        var rows: [[Value]] = []
        let departments = Departments(store, plan: plan)
        let projectDuties = try departments.projectDuties(of: dept, year: year)
        let projects = Dictionary(uniqueKeysWithValues: try Projects(store, plan: plan).entries(year: year, dept: dept).map { ($0.code, $0) })
        // The 人工 column only for a department with projects that year: the others' sheets stay as they were.
        let columns = Column.allCases.filter { $0 != .staff || !projectDuties.isEmpty }
        for duty in try departments.duties(of: dept) + projectDuties {
            var cells = [String: String]()
            cells[Column.year.rawValue] = String(year)
            cells[Column.kind.rawValue] = duty.kind.rawValue
            cells[Column.code.rawValue] = duty.code
            cells[Column.name.rawValue] = duty.name
            switch duty.kind {
            case .actual:
                let row = indicators[duty.code]
                cells[Column.unit.rawValue] = row?.string("unit")
                cells[Column.baseline.rawValue] = row.map { "\($0.string("baseline_text") ?? "")（\($0.int("baseline_year") ?? 0)）" }
                cells[Column.target.rawValue] = row.map(Self.targetText)
                cells[Column.value.rawValue] = row?.string("value_text")
                cells[Column.note.rawValue] = row?.string("note")
            case .initiative:
                let row = initiatives[duty.code]
                cells[Column.grade.rawValue] = row?.string("grade")
                cells[Column.next.rawValue] = row?.string("next_direction")
                cells[Column.comment.rawValue] = row?.string("result_text")
                cells[Column.challenge.rawValue] = row?.string("challenge_text")
            case .firstReview, .secondReview:
                let stage = duty.kind == .firstReview ? "一次" : "二次"
                let row = reviews[stage + " " + duty.code]
                cells[Column.grade.rawValue] = row?.string("grade")
                cells[Column.comment.rawValue] = row?.string("comment")
            case .project:
                let entry = projects[duty.code]
                cells[Column.grade.rawValue] = entry?.grade
                cells[Column.next.rawValue] = entry?.nextDirection
                cells[Column.comment.rawValue] = entry?.result
                cells[Column.challenge.rawValue] = entry?.challenge
                cells[Column.staff.rawValue] = entry.map { $0.staff.map { "\($0.kind)=\($0.personYears)" }.joined(separator: "、") }
            }
            rows.append(columns.map { column in cells[column.rawValue].map { Value.text($0) } ?? .text("") })
        }
        return (columns.map(\.rawValue), rows)
    }

    /// The 人工 column's text as entries: `正職員=1.10、会計年度任用職員=0.5` (、 , ; or a line break between).
    static func staffEntries(_ text: String) throws -> [ProjectRecorder.StaffEntry] {
        try text.split(whereSeparator: { "、,;，；\n".contains($0) }).map { String($0).trimmed }.filter { !$0.isEmpty }
            .map(ProjectRecorder.StaffEntry.parse)
    }

    /// The year's target as a reader needs it: printed text, an interpolated number marked as
    /// such, or なし.
    static func targetText(_ row: Row) -> String {
        switch row.string("target_basis") {
        case "printed": return row.string("target_text") ?? ""
        case "interpolated": return "\(row.double("target_value").map(FigureText.computed) ?? "")（補間）"
        default: return "なし"
        }
    }

    /// The sheet as CSV for Japanese Excel: UTF-8 with BOM, CRLF, formula-like cells neutralised.
    public func csv(dept: String, year: Int) throws -> String {
        let sheet = try rows(dept: dept, year: year)
        return RowWriter.render(format: .csv, columns: sheet.columns, rows: sheet.rows, options: OutputOptions(byteOrderMark: true, neutralizeFormulas: true))
    }
}
