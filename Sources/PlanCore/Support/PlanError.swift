import SQLiteDB

/// An error a user can act on: what went wrong, and what to do next. The CLI prints it as
/// `error: <message>` followed by the advice, and exits non-zero.
public struct PlanError: Error, CustomStringConvertible, Equatable, Sendable {
    public let message: String
    public let advice: String?

    public init(_ message: String, advice: String? = nil) {
        self.message = message
        self.advice = advice
    }

    /// What a SQLite failure that reaches the user means for them. The transaction it happened
    /// in was rolled back, so each message can say that nothing was changed.
    public init(sqlite error: SQLiteError) {
        switch error.primaryCode {
        case 8:  // SQLITE_READONLY
            self.init(
                "the database file cannot be written (\(error.message)); nothing was changed",
                advice: "check the permissions of the file and its folder (and that the file is not marked immutable), or work on a writable copy")
        case 13:  // SQLITE_FULL
            self.init("the disk is full (\(error.message)); nothing was changed", advice: "free some space and run the command again")
        case 10:  // SQLITE_IOERR
            self.init("the database file could not be read or written (\(error.message)); nothing was changed", advice: "check the disk, then run `plandb check`")
        case 5, 6:  // SQLITE_BUSY, SQLITE_LOCKED
            self.init("the database stayed locked by another command (\(error.message)); nothing was changed", advice: "run the command again when the other one has finished")
        case 11, 26:  // SQLITE_CORRUPT, SQLITE_NOTADB
            self.init("the database file is damaged (\(error.message))", advice: "run `plandb check`, and restore a copy made with `plandb backup`")
        default:
            self.init("\(error.description); nothing was changed", advice: "run `plandb check` to see whether the database is sound")
        }
    }

    public var description: String {
        advice.map { "\(message)\n\($0)" } ?? message
    }
}
