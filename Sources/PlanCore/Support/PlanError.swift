import SQLiteDB

/// An error a user can act on: what went wrong, and what to do next, both from the message
/// catalog. The CLI prints it as `error: <message>` followed by the advice, and exits non-zero;
/// the server sends it as JSON.
public struct PlanError: Error, CustomStringConvertible, Equatable, Sendable {
    public let message: Message
    public let advice: Message?
    public let kind: Kind
    /// The cells (or rows) of an entry file that were refused, each with its own error, when the
    /// refusal is about a file's rows: a program shows them one by one (the server's findings).
    public var cells: [EntryCellProblem] = []
    /// The entered text a refusal is about (`note`, `result`, `challenge`, `comment`, …), when it
    /// is about one: a form ties the error to that field without reading the message's words.
    public let field: String?

    /// Why the command was refused, for callers that answer other programs (the server's status
    /// codes): the input was wrong, the department may not do it, or the year's state forbids it.
    public enum Kind: Sendable, Equatable {
        case invalid
        case forbidden
        case conflict
    }

    public init(_ message: Message, advice: Message? = nil, kind: Kind = .invalid, field: String? = nil) {
        self.message = message
        self.advice = advice
        self.kind = kind
        self.field = field
    }

    /// The message and its advice on two lines, in `language`.
    public func text(_ language: Language = .current) -> String {
        advice.map { "\(message.text(language))\n\($0.text(language))" } ?? message.text(language)
    }

    public var description: String { text() }

    /// The same words are the same error: `kind` only sorts errors for status codes.
    public static func == (a: PlanError, b: PlanError) -> Bool {
        a.message == b.message && a.advice == b.advice
    }
}

/// One refused cell of an entry file: `指標!G5` in a workbook (nil in a CSV, which has only its
/// row), the row fed to the import, the item's code as written, and why.
public struct EntryCellProblem: Sendable {
    public let cell: String?
    public let line: Int
    public let code: String?
    public let error: PlanError
}

extension PlanError {
    /// What a SQLite failure that reaches the user means for them. The transaction it happened
    /// in was rolled back, so each message can say that nothing was changed.
    public init(sqlite error: SQLiteError) {
        switch error.primaryCode {
        case 8:  // SQLITE_READONLY
            self.init(.sqliteReadOnly(error.message), advice: .sqliteReadOnlyAdvice)
        case 13:  // SQLITE_FULL
            self.init(.sqliteFull(error.message), advice: .sqliteFullAdvice)
        case 10:  // SQLITE_IOERR
            self.init(.sqliteIO(error.message), advice: .sqliteIOAdvice)
        case 5, 6:  // SQLITE_BUSY, SQLITE_LOCKED
            self.init(.sqliteBusy(error.message), advice: .sqliteBusyAdvice)
        case 11, 26:  // SQLITE_CORRUPT, SQLITE_NOTADB
            self.init(.sqliteCorrupt(error.message), advice: .sqliteCorruptAdvice)
        default:
            self.init(.sqliteOther(error.description), advice: .sqliteOtherAdvice)
        }
    }
}
