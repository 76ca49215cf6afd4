import SQLiteDB

/// The columns of one snapshot row by name: a copied Row, or the current row of a statement
/// being stepped (SnapshotStream), so that both read an item the same way.
protocol SnapshotFields {
    func value(_ name: String) -> Value
}

extension SnapshotFields {
    func string(_ name: String) -> String? { value(name).string }
    func double(_ name: String) -> Double? { value(name).double }
    func int(_ name: String) -> Int? { value(name).int }
    func bool(_ name: String) -> Bool? { value(name).bool }
}

extension Row: SnapshotFields {
    func value(_ name: String) -> Value { self[name] }
}

/// The current row of a statement, read in place: nothing is copied but the values asked for.
final class StatementFields: SnapshotFields {
    let statement: Statement
    private let names: [String]
    /// For each column, the first column of its name: a name given twice (`SELECT x.*, y.code AS
    /// code`) is read from its first, as a dictionary built from the names read it.
    private let first: [Int]
    /// Where the last name asked for was found. An item's fields are asked for in much the same
    /// order on every row, mostly the table's, so the search starts just after it and usually
    /// ends at once: two short names compare as two machine words, and hashing each name for a
    /// dictionary was a twentieth of a large CSV export.
    private var last = -1

    init(_ statement: Statement) {
        self.statement = statement
        names = statement.columnNames
        first = names.map { name in statement.columnNames.firstIndex(of: name)! }
    }

    func value(_ name: String) -> Value {
        let count = names.count
        for offset in stride(from: 1, through: count, by: 1) {
            let index = (last + offset) % count
            if names[index] == name {
                last = index
                return statement.value(at: first[index])
            }
        }
        return .null
    }
}

extension SnapshotDocument.Policy {
    /// A policy without its items, from a row of snapshot_policies.
    init(fields row: some SnapshotFields) {
        self.init(
            code: row.string("policy_code") ?? "", title: row.string("title") ?? "", leadDept: row.string("lead_dept") ?? "",
            vision: row.string("vision") ?? "", firstGrade: row.string("first_grade"), firstComment: row.string("first_comment"),
            secondGrade: row.string("second_grade"), secondComment: row.string("second_comment"))
    }
}

extension SnapshotDocument.Indicator {
    /// An indicator from a row of snapshot_indicators.
    init(fields row: some SnapshotFields) {
        self.init(
            code: row.string("indicator_code") ?? "", policyCode: row.string("policy_code") ?? "", name: row.string("name") ?? "",
            unit: row.string("unit") ?? "", sourceDept: row.string("source_dept") ?? "", direction: row.string("direction") ?? "",
            baselineText: row.string("baseline_text") ?? "", targetBasis: row.string("target_basis") ?? "none",
            isKPI: row.bool("is_kpi") ?? false, baselineValue: row.double("baseline_value"), baselineYear: row.int("baseline_year") ?? 0,
            targets: SnapshotDocument.parseTargets(row.string("targets") ?? ""), targetText: row.string("target_text"),
            targetValue: row.double("target_value"), valueText: row.string("value_text"), value: row.double("value"),
            achieved: row.bool("achieved"), progress: row.double("progress_pct"))
    }
}

extension SnapshotDocument.Initiative {
    /// An initiative from a row of snapshot_initiatives, with where it is evaluated if a reprint.
    init(fields row: some SnapshotFields, origins: [String: SnapshotDocument.ReprintOrigin]) {
        self.init(
            code: row.string("initiative_code") ?? "", policyCode: row.string("policy_code") ?? "",
            directionCode: row.string("direction_code") ?? "", directionTitle: row.string("direction_title") ?? "",
            title: row.string("title") ?? "", isPriority: row.bool("is_priority") ?? false, isReprint: row.bool("is_reprint") ?? false,
            grade: row.string("grade"), nextDirection: row.string("next_direction"), result: row.string("result_text"),
            challenge: row.string("challenge_text"), reprintOrigin: origins[row.string("initiative_code") ?? ""])
    }
}
