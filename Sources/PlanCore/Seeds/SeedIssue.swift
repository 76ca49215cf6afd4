/// One problem found in a seed file, with where it is and what to write instead.
public struct SeedIssue: Sendable, Equatable, CustomStringConvertible {
    public let file: String
    public let line: Int
    public let column: Int
    public let message: Message

    public init(file: String, line: Int, column: Int, message: Message) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    /// `file:line:column: message`, the form editors jump to, in `language`.
    public func text(_ language: Language = .current) -> String { "\(file):\(line):\(column): \(message.text(language))" }

    public var description: String { text() }
}

/// Collects every problem of a run, so the user sees all of them at once, not only the first.
final class SeedIssues {
    private(set) var all: [SeedIssue] = []

    func add(_ file: String, _ line: Int, _ column: Int, _ message: Message) {
        all.append(SeedIssue(file: file, line: line, column: column, message: message))
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
