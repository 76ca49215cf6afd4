/// One problem found in the seeds, with where it is and what to write instead: a YAML file's
/// line and column, or a cell of the plan workbook (`指標!F12`).
public struct SeedIssue: Sendable, Equatable, CustomStringConvertible {
    public let file: String
    public let line: Int
    public let column: Int
    public let cell: String?
    public let message: Message

    public init(file: String, line: Int, column: Int, cell: String? = nil, message: Message) {
        self.file = file
        self.line = line
        self.column = column
        self.cell = cell
        self.message = message
    }

    public init(_ origin: SeedOrigin, _ message: Message) {
        self.init(file: origin.file, line: origin.line, column: origin.column, cell: origin.cell, message: message)
    }

    /// Where it is: `指標!F12` for a workbook cell, `file:line:column` (the form editors jump to) for YAML.
    public var place: String { SeedOrigin(file: file, line: line, column: column, cell: cell).place }

    /// `place: message`, in `language`.
    public func text(_ language: Language = .current) -> String { "\(place): \(message.text(language))" }

    public var description: String { text() }
}

/// Collects every problem of a run, so the user sees all of them at once, not only the first.
final class SeedIssues {
    private(set) var all: [SeedIssue] = []

    func add(_ file: String, _ line: Int, _ column: Int, _ message: Message) {
        all.append(SeedIssue(file: file, line: line, column: column, message: message))
    }

    func add(_ origin: SeedOrigin, _ message: Message) {
        all.append(SeedIssue(origin, message))
    }

    /// In reading order (file or sheet, then line or row, then column), so a reader can walk them from the top.
    var sorted: [SeedIssue] {
        all.enumerated().sorted { a, b in
            (a.element.file, a.element.line, a.element.column, a.offset) < (b.element.file, b.element.line, b.element.column, b.offset)
        }.map(\.element)
    }

    var isEmpty: Bool { all.isEmpty }
}

/// Thrown when a seed folder has problems; nothing was written.
public struct SeedValidationError: Error, Sendable, CustomStringConvertible {
    public let issues: [SeedIssue]

    public var description: String { planError.description }

    /// The same, as an error for the command line.
    public var planError: PlanError {
        PlanError(.seedProblems(issues), advice: .seedProblemsAdvice)
    }
}
