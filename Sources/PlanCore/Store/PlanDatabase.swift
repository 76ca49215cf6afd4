import Foundation
import CSQLite
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
    /// A file that is there is first opened read-only and refused, untouched, when it is not
    /// one this binary may change (another program's database, a newer plandb's): a read-write
    /// open alone already switches the file to WAL.
    public static func open(path: String, access: Access) throws -> PlanDatabase {
        let status = FileStatus(path)
        if let status, status.kind != .regular { throw PlanError.notAFile(path, status.kind) }
        if access != .create, status == nil {
            throw PlanError(.storeNoDatabase(path), advice: .storeNoDatabaseAdvice)
        }
        do {
            switch access {
            case .read:
                return PlanDatabase(connection: try openForReading(path), path: path)
            case .create, .write:
                if status != nil {
                    try PlanDatabase(connection: try Database(path: path, mode: .readOnly), path: path).refuseIfNotOurs(try Migrator.embedded())
                }
                return PlanDatabase(connection: try Database(path: path, mode: access == .create ? .readWriteCreate : .readWrite), path: path)
            }
        } catch let error as SQLiteError {
            throw describeOpenFailure(error, path: path)
        }
    }

    /// SQLITE_OPEN_READONLY; a WAL file on read-only media (no -wal beside it, and no -shm can
    /// be made) is opened immutable, which is safe because nobody can be writing it: a writer
    /// would need to create the -wal file in that same folder.
    static func openForReading(_ path: String) throws -> Database {
        SideFileTidy.noteReading(path)
        do {
            return try Database(path: path, mode: .readOnly)
        } catch let error as SQLiteError where error.primaryCode == SQLITE_CANTOPEN && FileStatus(path + "-wal") == nil {
            return try Database(path: path, mode: .readOnlyImmutable)
        }
    }

    /// True when the file at `path` is a SQLite database that plandb made.
    static func isPlandbFile(_ path: String) throws -> Bool {
        try openForReading(path).tableExists("schema_migrations")
    }

    static func describeOpenFailure(_ error: SQLiteError, path: String) -> PlanError {
        if error.isNotADatabase {
            return PlanError(.storeNotSQLite(path, error.message), advice: .storeNotSQLiteAdvice)
        }
        if error.isReadOnly || error.isBusy {
            return PlanError(sqlite: error)
        }
        return PlanError(.storeCannotOpen(path, error.message, code: error.extendedCode), advice: .storeCannotOpenAdvice)
    }

    /// True when the file has tables but is not one plandb made.
    func isForeignDatabase() throws -> Bool {
        let tables = try connection.scalar("SELECT count(*) FROM sqlite_schema WHERE type = 'table'").int64 ?? 0
        return try tables > 0 && !connection.tableExists("schema_migrations")
    }

    /// Refuses files this binary must not change: another program's database, or a file made
    /// by a newer plandb (or with a migration changed after it was applied).
    func refuseIfNotOurs(_ migrator: Migrator) throws {
        if try isForeignDatabase() {
            throw PlanError(.storeForeignDatabase(path), advice: .storeForeignDatabaseAdvice)
        }
        try migrator.verify(connection)
    }

    /// Refuses files this binary must not read or write: another program's database, a file
    /// made by a newer plandb, or a file whose migrations are behind (with the command to run).
    public func requireCurrentSchema(_ migrator: Migrator) throws {
        try refuseIfNotOurs(migrator)
        let pending = try migrator.status(connection).filter { $0.state == .pending }
        if !pending.isEmpty {
            throw PlanError(.storePendingMigrations(path, count: pending.count), advice: .storePendingMigrationsAdvice)
        }
    }
}

extension Database {
    /// True when the database has a table `name` (an older file may lack one a check reads).
    func tableExists(_ name: String) throws -> Bool {
        try scalar("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = ?", [name]).int64 == 1
    }
}
