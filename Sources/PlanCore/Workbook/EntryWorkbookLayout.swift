/// The entry workbook's sheets and columns, shared by the writer and the reader: one sheet per
/// kind of row, each column tied to the CSV template's column it carries (nil for columns only
/// shown to the clerk, such as last year's actual).
struct EntrySheetLayout {
    struct Column {
        let header: String
        let width: Double
        let field: EntryTemplate.Column?
        var input = false
        var wrap = false
        /// A 人工 column of the 事業 sheet: the staff kind it holds (field `.staff`).
        var staffKind: String? = nil
    }

    let name: String
    let kinds: [Duty.Kind]
    let columns: [Column]

    func position(of field: EntryTemplate.Column) -> Int? { columns.firstIndex { $0.field == field } }

    typealias Field = EntryTemplate.Column

    static func indicators(year: Int) -> EntrySheetLayout {
        EntrySheetLayout(name: WorkbookText.indicatorSheet, kinds: [.actual], columns: [
            Column(header: WorkbookText.code, width: 10, field: .code),
            Column(header: WorkbookText.indicatorName, width: 34, field: .name, wrap: true),
            Column(header: WorkbookText.unit, width: 7, field: .unit),
            Column(header: WorkbookText.baseline, width: 16, field: .baseline, wrap: true),
            Column(header: WorkbookText.target(year), width: 14, field: .target, wrap: true),
            Column(header: WorkbookText.previousActual(year), width: 13, field: nil, wrap: true),
            Column(header: WorkbookText.value, width: 14, field: .value, input: true),
            Column(header: WorkbookText.note, width: 34, field: .note, input: true, wrap: true),
        ])
    }

    static let initiatives = EntrySheetLayout(name: WorkbookText.initiativeSheet, kinds: [.initiative], columns: [
        Column(header: WorkbookText.code, width: 11, field: .code),
        Column(header: WorkbookText.initiativeName, width: 34, field: .name, wrap: true),
        Column(header: WorkbookText.grade, width: 7, field: .grade, input: true),
        Column(header: WorkbookText.next, width: 13, field: .next, input: true),
        Column(header: WorkbookText.result, width: 40, field: .comment, input: true, wrap: true),
        Column(header: WorkbookText.challenge, width: 40, field: .challenge, input: true, wrap: true),
    ])

    static let reviews = EntrySheetLayout(name: WorkbookText.reviewSheet, kinds: [.firstReview, .secondReview], columns: [
        Column(header: WorkbookText.kind, width: 10, field: .kind),
        Column(header: WorkbookText.code, width: 7, field: .code),
        Column(header: WorkbookText.policyName, width: 28, field: .name, wrap: true),
        Column(header: WorkbookText.grade, width: 7, field: .grade, input: true),
        Column(header: WorkbookText.comment, width: 80, field: .comment, input: true, wrap: true),
    ])

    /// The 事業 sheet: a 人工 column per staff kind (those rated for the year, and any already recorded).
    static func projects(staffKinds: [String]) -> EntrySheetLayout {
        EntrySheetLayout(name: WorkbookText.projectSheet, kinds: [.project], columns: [
            Column(header: WorkbookText.code, width: 10, field: .code),
            Column(header: WorkbookText.projectName, width: 28, field: .name, wrap: true),
        ] + staffKinds.map { Column(header: WorkbookText.staff($0), width: 10, field: .staff, input: true, staffKind: $0) } + [
            Column(header: WorkbookText.grade, width: 7, field: .grade, input: true),
            Column(header: WorkbookText.next, width: 13, field: .next, input: true),
            Column(header: WorkbookText.result, width: 34, field: .comment, input: true, wrap: true),
            Column(header: WorkbookText.challenge, width: 34, field: .challenge, input: true, wrap: true),
        ])
    }

    static func all(year: Int, staffKinds: [String] = []) -> [EntrySheetLayout] {
        [indicators(year: year), initiatives, reviews, projects(staffKinds: staffKinds)]
    }

    /// Column letters as a spreadsheet names them: 0 → A, 25 → Z, 26 → AA.
    static func letters(_ column: Int) -> String {
        var name = "", rest = column + 1
        while rest > 0 {
            let digit = (rest - 1) % 26
            name = String(UnicodeScalar(UInt8(65 + digit))) + name
            rest = (rest - 1) / 26
        }
        return name
    }
}
