/// The bad cells of an imported table, gathered so that one refusal names every one of them
/// (the first `limit`, and how many rows in all): a clerk corrects the file once, not once per
/// attempt.
struct TableProblems {
    static let limit = 50

    private(set) var messages: [Message] = []
    private var lines: Set<Int> = []

    var isEmpty: Bool { lines.isEmpty }

    mutating func add(_ row: TableFile.Row, _ column: String?, code: String?, _ error: PlanError) {
        add(line: row.line, place: column.map(row.place), code: code, error)
    }

    /// A problem of the row at `line`, at `place` (the whole row when nil).
    mutating func add(line: Int, place: Message?, code: String?, _ error: PlanError) {
        lines.insert(line)
        guard messages.count < Self.limit else { return }
        messages.append(.tableRowProblem(place ?? .tableLinePlace(line), code: code, error))
    }

    /// Throws the refusal when any row was bad: nothing of the file is written.
    func check(_ file: String) throws {
        guard !isEmpty else { return }
        throw PlanError(.entryRowsRefused(file, messages, count: lines.count), advice: .entryRowsRefusedAdvice)
    }
}
