import CSQLite
import Foundation
import SQLiteDB

/// Ad hoc SQL that cannot change the database by any route. Four locks, each enough alone for
/// most routes: the connection is opened SQLITE_OPEN_READONLY; `PRAGMA query_only` is on; an
/// authorizer refuses every write, ATTACH/DETACH, temp objects, transactions and any pragma
/// that is not a plain read; and a statement SQLite itself calls not read-only (VACUUM INTO,
/// which works even on read-only files) is refused before it runs. Extension loading is off.
public struct ReadOnlySQL {
    public let connection: Database
    let path: String

    /// Pragmas that only read, allowed with or without an argument.
    static let readPragmas: Set<String> = [
        "table_info", "table_xinfo", "table_list", "index_list", "index_info", "index_xinfo", "foreign_key_list",
        "foreign_key_check", "integrity_check", "quick_check", "collation_list", "function_list", "pragma_list",
        "compile_options", "database_list", "module_list",
    ]
    /// Pragmas that read when given no argument (with one they would set something).
    static let readWithoutArgument: Set<String> = [
        "user_version", "schema_version", "data_version", "freelist_count", "page_count", "page_size", "encoding",
        "journal_mode", "foreign_keys", "application_id", "auto_vacuum", "cache_size", "query_only",
    ]

    public init(path: String) throws {
        let store = try PlanDatabase.open(path: path, access: .read)
        connection = store.connection
        self.path = path
        try connection.execute("PRAGMA query_only = ON")
        connection.setAuthorizer(Self.authorize)
    }

    static func authorize(_ request: AuthorizerRequest) -> AuthorizerDecision {
        switch request.action {
        case SQLITE_SELECT, SQLITE_READ, SQLITE_FUNCTION, SQLITE_RECURSIVE:
            return .allow
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
    static let writeAdvice = "`plandb sql` only reads; to change data use `plandb record …`, `plandb entry import` or `plandb seed import`"

    /// Prepares one statement, binds the parameters and checks it can only read.
    public func prepare(_ sql: String, parameters: [String: Value]) throws -> Statement {
        let statement: Statement
        do {
            statement = try connection.prepare(sql)
        } catch let error as SQLiteError where error.isAuthorizationDenied {
            throw PlanError("refused: this command is read-only, and the SQL asks to change something (\(error.message))", advice: Self.writeAdvice)
        } catch let error as SQLiteError {
            throw PlanError("the SQL does not run: \(error.message)", advice: "check the SQL; `plandb sql \"SELECT name FROM sqlite_schema WHERE type = 'view'\"` lists the views")
        }
        guard statement.isReadOnly else {
            throw PlanError("refused: this command is read-only, and the SQL would write", advice: Self.writeAdvice)
        }
        var missing: [String] = []
        for (offset, name) in statement.parameterNames.enumerated() {
            guard let name else {
                throw PlanError("`?` parameters have no name", advice: "write :name in the SQL and give -p name VALUE")
            }
            let bare = String(name.dropFirst())
            if let value = parameters[bare] {
                try statement.bind(value, at: offset + 1)
            } else {
                missing.append(bare)
            }
        }
        if !missing.isEmpty {
            throw PlanError(
                "the SQL uses parameter\(missing.count > 1 ? "s" : "") " + missing.map { ":" + $0 }.joined(separator: ", ") + " but no value was given",
                advice: missing.map { "-p \($0) VALUE" }.joined(separator: " "))
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
        defer { connection.setProgressHandler(every: 0, nil) }
        do {
            try statement.forEachRow(body)
        } catch let error as SQLiteError where error.isAuthorizationDenied || error.message == "not authorized" {
            // load_extension() answers SQLITE_ERROR "not authorized" when extension loading is off.
            throw PlanError("refused: this command is read-only, and the SQL asks for something it does not allow (\(error.message))", advice: Self.writeAdvice)
        } catch let error as SQLiteError where error.isInterrupted {
            throw PlanError(
                "the query ran longer than \(Self.seconds(timeout)) and was stopped",
                advice: "narrow it (a WHERE on fiscal_year or a code), or allow more time with --timeout SECONDS")
        } catch let error as SQLiteError {
            throw PlanError("the query failed: \(error.message)", advice: "check the SQL")
        }
    }

    static func seconds(_ value: Double) -> String {
        value == value.rounded() ? "\(Int(value)) s" : "\(value) s"
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
