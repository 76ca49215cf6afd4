import Foundation
import SQLiteDB

/// A plandb file: opening it turns SQLite's failures into errors a user can act on, and checks
/// that this binary may work on it.
public final class PlanDatabase {
    public let connection: Database
    public let path: String

    public enum Access: Sendable {
        /// Create the file when missing (init).
        case create
        /// Read and write an existing file.
        case write
        /// SQLITE_OPEN_READONLY on an existing file.
        case read
    }

    init(connection: Database, path: String) {
        self.connection = connection
        self.path = path
    }

    /// Opens the file at `path`. Every access but `.create` needs the file to exist.
    public static func open(path: String, access: Access) throws -> PlanDatabase {
        if access != .create, !FileManager.default.fileExists(atPath: path) {
            throw PlanError(
                "no plan database at \(path)",
                advice: "run `plandb init` to create it here, or point --db (or PLANDB_DB) at an existing file")
        }
        let mode: Database.Mode
        switch access {
        case .create: mode = .readWriteCreate
        case .write: mode = .readWrite
        case .read: mode = .readOnly
        }
        do {
            return PlanDatabase(connection: try Database(path: path, mode: mode), path: path)
        } catch let error as SQLiteError {
            throw describeOpenFailure(error, path: path)
        }
    }

    static func describeOpenFailure(_ error: SQLiteError, path: String) -> PlanError {
        if error.isNotADatabase {
            return PlanError(
                "\(path) is not a SQLite database, or it is damaged (\(error.message))",
                advice: "check the --db path; to recover, restore a copy made with `plandb backup`")
        }
        if error.isReadOnly || error.isBusy {
            return PlanError(sqlite: error)
        }
        return PlanError(
            "cannot open \(path): \(error.message) (SQLite code \(error.extendedCode))",
            advice: "check that the folder exists and that you may write there")
    }

    /// True when the file has tables but is not one plandb made.
    func isForeignDatabase() throws -> Bool {
        let tables = try connection.scalar("SELECT count(*) FROM sqlite_schema WHERE type = 'table'").int64 ?? 0
        let ours = try connection.scalar(
            "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'schema_migrations'").int64 ?? 0
        return tables > 0 && ours == 0
    }

    /// Refuses files this binary must not read or write: another program's database, a file
    /// made by a newer plandb, or a file whose migrations are behind (with the command to run).
    public func requireCurrentSchema(_ migrator: Migrator) throws {
        if try isForeignDatabase() {
            throw PlanError(
                "\(path) is a SQLite database, but not one made by plandb",
                advice: "point --db at a plandb file, or run `plandb init --db NEW.db` to make one")
        }
        try migrator.verify(connection)
        let pending = try migrator.status(connection).filter { $0.state == .pending }
        if !pending.isEmpty {
            throw PlanError(
                "\(path) needs \(pending.count) migration(s) before this command can use it",
                advice: "run `plandb migrate up` (or `plandb init`), then try again")
        }
    }
}
