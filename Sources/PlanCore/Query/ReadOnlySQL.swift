import CSQLite
import Foundation
import SQLiteDB

/// Ad hoc SQL that cannot change the database by any route. Four locks, each enough alone for
/// most routes: the connection is opened SQLITE_OPEN_READONLY; `PRAGMA query_only` is on; an
/// authorizer refuses every write, ATTACH/DETACH, temp objects, transactions and any pragma
/// that is not a plain read; and a statement SQLite itself calls not read-only (VACUUM INTO,
/// which works even on read-only files) is refused before it runs. Extension loading is off.
/// Besides time (`timeout`), memory is bounded: no value may grow past `maxValueBytes`, and
/// SQLite may hold no more than `maxHeapBytes` while the statement runs.
public struct ReadOnlySQL {
    public let connection: Database
    let path: String

    /// Pragmas that only read, allowed with or without an argument.
    static let readPragmas: Set<String> = [
        "table_info", "table_xinfo", "table_list", "index_list", "index_info", "index_xinfo", "foreign_key_list",
        "foreign_key_check", "integrity_check", "quick_check", "collation_list", "function_list", "pragma_list",
        "compile_options", "database_list", "module_list",
    ]
    /// Functions that hand out or take raw pointers or load code: off on every connection
    /// (sqlite3_db_config), and refused here as well so that the SQL fails with a reason.
    static let refusedFunctions: Set<String> = ["fts3_tokenizer", "load_extension"]

    /// Pragmas that read when given no argument (with one they would set something).
    /// `journal_mode` is not among them: SQLite counts it as a write even without an argument.
    static let readWithoutArgument: Set<String> = [
        "user_version", "schema_version", "data_version", "freelist_count", "page_count", "page_size", "encoding",
        "foreign_keys", "application_id", "auto_vacuum", "cache_size", "query_only",
    ]

    /// The longest string or blob a query may build (a plan's longest text is a few kB).
    public static let maxValueBytes: Int32 = 64 << 20
    /// All the memory SQLite may use while a query runs; sorts larger than the page cache
    /// spill to temporary files, so only a runaway query comes near it.
    public static let maxHeapBytes: Int64 = 512 << 20

    public init(path: String) throws {
        let store = try PlanDatabase.open(path: path, access: .read)
        connection = store.connection
        self.path = path
        try connection.execute("PRAGMA query_only = ON")
        connection.limitValueLength(to: Self.maxValueBytes)
        connection.setAuthorizer(Self.authorize)
    }

    static func authorize(_ request: AuthorizerRequest) -> AuthorizerDecision {
        switch request.action {
        case SQLITE_SELECT, SQLITE_READ, SQLITE_RECURSIVE:
            return .allow
        case SQLITE_FUNCTION:
            return refusedFunctions.contains((request.second ?? "").lowercased()) ? .deny : .allow
        case SQLITE_PRAGMA:
            let name = (request.first ?? "").lowercased()
            if readPragmas.contains(name) { return .allow }
            if readWithoutArgument.contains(name), request.second == nil { return .allow }
            return .deny
        default:
            // INSERT, UPDATE, DELETE, CREATE_*, DROP_*, ALTER_TABLE, ATTACH, DETACH, TRANSACTION,
            // SAVEPOINT, ANALYZE, REINDEX, CREATE_VTABLE … : all refused.
            return .deny
        }
    }

    /// Where to turn for writes, said in every refusal.
    static let writeAdvice = Message.sqlWriteAdvice

    /// Prepares one statement, binds the parameters and checks it can only read.
    public func prepare(_ sql: String, parameters: [String: Value]) throws -> Statement {
        let statement: Statement
        do {
            statement = try connection.prepare(sql)
        } catch let error as SQLiteError where error.isAuthorizationDenied {
            throw PlanError(.sqlRefusedChange(error.message), advice: Self.writeAdvice)
        } catch let error as SQLiteError where error.message.hasPrefix("not authorized") {
            // A refused function fails with SQLITE_ERROR "not authorized to use function: …".
            throw Self.refusedFeature(error)
        } catch let error as SQLiteError {
            throw PlanError(.sqlDoesNotRun(error.message), advice: .sqlDoesNotRunAdvice)
        }
        guard statement.isReadOnly else {
            throw PlanError(.sqlRefusedWrite, advice: Self.writeAdvice)
        }
        var missing: [String] = []
        for (offset, name) in statement.parameterNames.enumerated() {
            guard let name else {
                throw PlanError(.sqlUnnamedParameter, advice: .sqlUnnamedParameterAdvice)
            }
            let bare = String(name.dropFirst())
            if let value = parameters[bare] {
                try statement.bind(value, at: offset + 1)
            } else {
                missing.append(bare)
            }
        }
        if !missing.isEmpty {
            throw PlanError(.sqlMissingParameters(missing), advice: .sqlMissingParametersAdvice(missing))
        }
        return statement
    }

    /// Runs one read-only statement, giving each row to `body` as it comes (constant memory).
    /// Stops with an error after `timeout` seconds.
    public func run(_ sql: String, parameters: [String: Value] = [:], timeout: Double, columns: ([String]) -> Void, row body: (Row) throws -> Void) throws {
        let statement = try prepare(sql, parameters: parameters)
        columns(statement.columnNames)
        let deadline = Date().addingTimeInterval(timeout)
        connection.setProgressHandler(every: 10_000) { Date() > deadline }
        let earlierHeapLimit = Database.limitHeap(to: Self.maxHeapBytes)
        defer {
            connection.setProgressHandler(every: 0, nil)
            Database.limitHeap(to: earlierHeapLimit)
        }
        do {
            try statement.forEachRow(body)
        } catch let error as SQLiteError where error.isAuthorizationDenied || error.message == "not authorized" {
            // load_extension() answers SQLITE_ERROR "not authorized" when extension loading is off.
            throw Self.refusedFeature(error)
        } catch let error as SQLiteError where error.isInterrupted {
            throw Self.timedOut(timeout)
        } catch let error as SQLiteError where error.isTooBig || error.isOutOfMemory {
            throw PlanError(
                error.isTooBig
                    ? .sqlValueTooBig(megabytes: Int(Self.maxValueBytes >> 20), detail: error.message)
                    : .sqlOutOfMemory(megabytes: Int(Self.maxHeapBytes >> 20), detail: error.message),
                advice: .sqlAskForLessAdvice)
        } catch let error as SQLiteError {
            throw PlanError(.sqlFailed(error.message), advice: .sqlFailedAdvice)
        }
    }

    static func refusedFeature(_ error: SQLiteError) -> PlanError {
        PlanError(.sqlRefusedFeature(error.message), advice: Self.writeAdvice)
    }

    /// The error for a query stopped at its time limit (also said by the CLI's watchdog, which
    /// ends a query that is stuck inside one SQLite function call, where no check is reached).
    public static func timedOut(_ timeout: Double) -> PlanError {
        PlanError(.sqlTimedOut(Self.seconds(timeout)), advice: .sqlTimedOutAdvice)
    }

    static func seconds(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? "\(Int(value))" : "\(value)"
    }

    /// A command-line value as SQL would want it: whole numbers and decimals as numbers
    /// (full-width digits too), anything else as text. Digits with a leading zero (`007`, a
    /// code) stay text: as a number they would lose the zeros.
    public static func typedValue(_ text: String) -> Value {
        let normalized = text.precomposedStringWithCompatibilityMapping
        let digits = normalized.hasPrefix("-") ? normalized.dropFirst() : normalized[...]
        if digits.count > 1, digits.hasPrefix("0"), !digits.hasPrefix("0.") { return .text(text) }
        if normalized.wholeMatch(of: /-?[0-9]{1,18}/) != nil, let integer = Int64(normalized) { return .integer(integer) }
        if normalized.wholeMatch(of: /-?[0-9]+\.[0-9]+/) != nil, let real = Double(normalized) { return .real(real) }
        return .text(text)
    }
}
