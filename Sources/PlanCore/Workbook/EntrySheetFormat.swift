/// Which form `entry template` writes: the workbook or the CSV. `--format` wins; otherwise
/// the extension of `--out` decides, and standard output gets CSV (a workbook is binary).
public enum EntrySheetFormat: String, Sendable, CaseIterable {
    case xlsx, csv

    public static func choose(format: String?, out: String?) throws -> EntrySheetFormat {
        let chosen: EntrySheetFormat
        if let format {
            guard let known = EntrySheetFormat(rawValue: format.lowercased()) else {
                throw PlanError(.entryFormatUnknown(format), advice: .entryFormatUnknownAdvice)
            }
            chosen = known
        } else {
            chosen = out.map { $0.lowercased().hasSuffix(".xlsx") ? .xlsx : .csv } ?? .csv
        }
        if chosen == .xlsx, out == nil {
            throw PlanError(.workbookToStandardOutput, advice: .workbookToStandardOutputAdvice("plandb entry template --year Y --as DEPT --out 評価シート.xlsx"))
        }
        return chosen
    }
}
