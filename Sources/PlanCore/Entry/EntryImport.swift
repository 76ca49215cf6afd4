import Foundation
import SQLiteDB

/// What an entry file did (or, in a dry run, would do).
public struct EntryImportReport: Sendable, Equatable {
    public let encoding: TextDecoding.Encoding
    public let outcomes: [RecordOutcome]
    public let skipped: Int
    public let dryRun: Bool

    public var recorded: [RecordOutcome] { outcomes.filter { $0.result == .recorded } }
    public var unchanged: Int { outcomes.filter { $0.result == .unchanged }.count }
}

/// Imports a filled-in entry sheet. Every row is checked by the same rules as `record`; all
/// bad rows are reported together by row number and column, and then nothing is imported.
public struct EntryImport {
    let store: PlanDatabase
    let plan: PlanRef

    public init(_ store: PlanDatabase, plan: PlanRef) {
        self.store = store
        self.plan = plan
    }

    typealias Column = EntryTemplate.Column

    public func run(data: Data, fileName: String, dept: String, dryRun: Bool) throws -> EntryImportReport {
        let (text, encoding) = try TextDecoding.decode(data)
        let records = try CSVReader.records(text)
        guard let header = records.first, header.fields.contains(where: { !$0.isEmpty }) else {
            throw PlanError("\(fileName) is empty", advice: "start from `plandb entry template --year Y --as \(dept) --out FILE`")
        }
        let index = try columnIndex(header.fields, fileName: fileName)
        let recorder = Recorder(store, plan: plan, source: "entry:" + (fileName as NSString).lastPathComponent)
        var outcomes: [RecordOutcome] = []
        var problems: [String] = []
        var skipped = 0
        struct Rollback: Error {}
        do {
            try store.connection.transaction {
                for record in records.dropFirst() {
                    let cell = { (column: Column) -> String? in
                        guard let position = index[column], position < record.fields.count else { return nil }
                        let text = Self.cleaned(record.fields[position])
                        return text.isEmpty ? nil : text
                    }
                    if record.fields.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
                    do {
                        if let outcome = try apply(cell, recorder: recorder, dept: dept) {
                            outcomes.append(outcome)
                        } else {
                            skipped += 1
                        }
                    } catch let error as PlanError {
                        let code = cell(.code).map { "（\($0)）" } ?? ""
                        problems.append("row \(record.line)\(code): \(error.message)" + (error.advice.map { " — \($0)" } ?? ""))
                    }
                }
                if !problems.isEmpty || dryRun { throw Rollback() }
            }
        } catch is Rollback {}
        if !problems.isEmpty {
            throw PlanError(
                "\(fileName): \(problems.count) row(s) cannot be imported, so nothing was imported:\n" + problems.map { "  " + $0 }.joined(separator: "\n"),
                advice: "correct those rows and import the file again")
        }
        return EntryImportReport(encoding: encoding, outcomes: outcomes, skipped: skipped, dryRun: dryRun)
    }

    /// Which position each known column has; 区分, コード and 年度 are required.
    func columnIndex(_ header: [String], fileName: String) throws -> [Column: Int] {
        var index: [Column: Int] = [:]
        for (position, name) in header.enumerated() {
            let key = NameKey.normalize(Self.cleaned(name))
            if let column = Column.allCases.first(where: { NameKey.normalize($0.rawValue) == key }), index[column] == nil {
                index[column] = position
            }
        }
        let missing = [Column.year, .kind, .code].filter { index[$0] == nil }
        if !missing.isEmpty {
            throw PlanError(
                "\(fileName) has no column " + missing.map { "「\($0.rawValue)」" }.joined(separator: "、") + " in its first row",
                advice: "keep the header row of the template made by `plandb entry template`")
        }
        return index
    }

    /// Records one row; nil when the row's fill-in cells are empty (not reported yet).
    func apply(_ cell: (Column) -> String?, recorder: Recorder, dept: String) throws -> RecordOutcome? {
        guard let kindText = cell(.kind), let code = cell(.code) else {
            throw PlanError("「区分」 and 「コード」 must not be empty", advice: "keep them as the template wrote them")
        }
        guard let kind = Duty.Kind(rawValue: kindText) else {
            throw PlanError("「区分」 `\(kindText)` is unknown", advice: "it is one of 実績値・取組評価・一次評価・二次評価, as the template wrote it")
        }
        guard let yearText = cell(.year) else { throw PlanError("「年度」 is empty", advice: "write the fiscal year, e.g. 2023") }
        let year = try FiscalYear.parse(yearText)
        switch kind {
        case .actual:
            guard let value = cell(.value) else { return nil }
            return try recorder.recordIndicator(code, year: year, value: value, as: dept, note: cell(.note))
        case .initiative:
            guard let grade = cell(.grade) else {
                if cell(.next) != nil || cell(.comment) != nil || cell(.challenge) != nil {
                    throw PlanError("「評価」 is empty", advice: "give a grade (A–D) with the other cells")
                }
                return nil
            }
            return try recorder.recordInitiative(code, year: year, grade: grade, next: cell(.next), result: cell(.comment), challenge: cell(.challenge), as: dept)
        case .firstReview, .secondReview:
            guard let grade = cell(.grade) else {
                if cell(.comment) != nil { throw PlanError("「評価」 is empty", advice: "give a grade (A–D) with the comment") }
                return nil
            }
            return try recorder.recordPolicy(code, year: year, grade: grade, comment: cell(.comment), stage: kind == .firstReview ? .first : .second, as: dept)
        }
    }

    /// Trims a cell and removes the apostrophe the template put before formula-like text.
    static func cleaned(_ cell: String) -> String {
        let text = cell.trimmingCharacters(in: .whitespacesAndNewlines)
        if text.hasPrefix("'"), let next = text.dropFirst().first, "=+-@".contains(next) { return String(text.dropFirst()) }
        return text
    }
}
