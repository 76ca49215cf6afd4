import Foundation
import SQLiteDB
import TestSupport
import Testing

@Suite struct ConnectionTests {
    let folder: TemporaryFolder

    init() throws { folder = try TemporaryFolder() }

    func parentChild(_ name: String = "fk.db") throws -> Database {
        let db = try Database(path: folder.path(name))
        try db.execute("""
            CREATE TABLE parent (id INTEGER PRIMARY KEY) STRICT;
            CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id INTEGER NOT NULL REFERENCES parent (id)) STRICT;
            INSERT INTO parent (id) VALUES (1);
            """)
        return db
    }

    @Test func readWriteConnectionsAreSetUp() throws {
        let db = try Database(path: folder.path("setup.db"))
        #expect(try db.scalar("PRAGMA journal_mode") == .text("wal"))
        #expect(try db.scalar("PRAGMA foreign_keys") == .integer(1))
        #expect(try db.scalar("PRAGMA busy_timeout") == .integer(Int64(Database.defaultBusyTimeout)))
    }

    @Test func featuresNoConnectionUsesAreOff() throws {
        let db = try Database(path: folder.path("features.db"))
        // fts3_tokenizer('simple') hands out a function pointer when the switch is on.
        #expect(try db.scalar("SELECT fts3_tokenizer('simple')") == .null)
        #expect(try db.scalar("PRAGMA trusted_schema") == .integer(0))
        #expect(throws: SQLiteError(extendedCode: 1, message: "no such column: titel", sql: "SELECT \"titel\"")) { try db.execute("SELECT \"titel\"") }
        try db.execute("CREATE TABLE t (x); CREATE VIEW v AS SELECT x FROM t; CREATE TRIGGER tr AFTER INSERT ON t BEGIN SELECT 1; END; INSERT INTO t VALUES (1)")
        #expect(try db.scalar("SELECT x FROM v") == .integer(1))
    }

    @Test func aValueOverTheLengthLimitIsTooBig() throws {
        let db = try Database(path: folder.path("limit.db"))
        db.limitValueLength(to: 1_000)
        #expect(try db.scalar("SELECT length(zeroblob(1000))") == .integer(1000))
        #expect(throws: SQLiteError(extendedCode: 18, message: "string or blob too big", sql: "SELECT zeroblob(1001)")) { try db.execute("SELECT zeroblob(1001)") }
    }

    @Test func foreignKeyViolationIsExtendedCode787() throws {
        let db = try parentChild()
        let sql = "INSERT INTO child (id, parent_id) VALUES (1, 99)"
        #expect(throws: SQLiteError(extendedCode: 787, message: "FOREIGN KEY constraint failed", sql: sql)) {
            try db.execute(sql, [])
        }
        do {
            try db.execute(sql, [])
        } catch let error as SQLiteError {
            #expect(error.primaryCode == 19)
            #expect(error.isConstraintViolation)
            #expect(error.description == "SQLite error 787: FOREIGN KEY constraint failed - while executing `\(sql)`")
        }
    }

    @Test func transactionRollsBackOnThrow() throws {
        let db = try parentChild()
        struct Boom: Error {}
        #expect(throws: Boom.self) {
            try db.transaction {
                try db.execute("INSERT INTO parent (id) VALUES (2)")
                throw Boom()
            }
        }
        #expect(try db.scalar("SELECT count(*) FROM parent") == .integer(1))
        #expect(!db.isInTransaction)
    }

    @Test func nestedTransactionUsesSavepoint() throws {
        let db = try parentChild()
        struct Boom: Error {}
        try db.transaction {
            try db.execute("INSERT INTO parent (id) VALUES (2)")
            _ = try? db.transaction {
                try db.execute("INSERT INTO parent (id) VALUES (3)")
                throw Boom()
            }
            try db.transaction { try db.execute("INSERT INTO parent (id) VALUES (4)") }
        }
        #expect(try db.rows("SELECT id FROM parent ORDER BY id").map { $0[0] } == [1, 2, 4])
    }

    @Test func aTransactionThatDoesNotCommitReturnsItsResultAndLeavesNoTrace() throws {
        let db = try parentChild("dry.db")
        let seen = try db.transaction(commit: false) { () -> Int64 in
            try db.execute("INSERT INTO parent (id) VALUES (2), (3)")
            return try db.scalar("SELECT count(*) FROM parent").int64 ?? -1
        }
        #expect(seen == 3)
        #expect(try db.scalar("SELECT count(*) FROM parent") == .integer(1))
        #expect(!db.isInTransaction)
        #expect(try db.transaction(commit: true) { try db.execute("INSERT INTO parent (id) VALUES (4)"); return 1 } == 1)
        #expect(try db.scalar("SELECT count(*) FROM parent") == .integer(2))
    }

    @Test func readOnlyConnectionCannotWrite() throws {
        _ = try parentChild("ro.db")
        let reader = try Database(path: folder.path("ro.db"), mode: .readOnly)
        do {
            try reader.execute("INSERT INTO parent (id) VALUES (5)")
            Issue.record("a read-only connection wrote")
        } catch let error as SQLiteError {
            #expect(error.extendedCode == 8)  // SQLITE_READONLY
        }
        #expect(try reader.scalar("SELECT count(*) FROM parent") == .integer(1))
    }

    @Test func notADatabaseIsRefusedAtOpen() throws {
        let path = try folder.write("this is a spreadsheet, not a database\n", to: "notes.db")
        do {
            _ = try Database(path: path, mode: .readWrite)
            Issue.record("opened a text file as a database")
        } catch let error as SQLiteError {
            #expect(error.extendedCode == 26)
            #expect(error.message == "file is not a database")
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "this is a spreadsheet, not a database\n")
    }

    @Test func authorizerCanRefuseAStatement() throws {
        let db = try parentChild("auth.db")
        db.setAuthorizer { request in
            request.action == 18 /* SQLITE_INSERT */ ? .deny : .allow
        }
        do {
            try db.execute("INSERT INTO parent (id) VALUES (9)")
            Issue.record("authorizer did not refuse")
        } catch let error as SQLiteError {
            #expect(error.extendedCode == 23)  // SQLITE_AUTH
            #expect(error.message == "not authorized")
        }
        db.setAuthorizer(nil)
        try db.execute("INSERT INTO parent (id) VALUES (9)")
        #expect(try db.scalar("SELECT count(*) FROM parent") == .integer(2))
    }

    @Test func progressHandlerInterruptsALongQuery() throws {
        let db = try Database(path: folder.path("progress.db"))
        let started = Date()
        db.setProgressHandler(every: 1000) { Date().timeIntervalSince(started) > 0.2 }
        do {
            _ = try db.scalar("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT count(*) FROM n")
            Issue.record("an endless query finished")
        } catch let error as SQLiteError {
            #expect(error.extendedCode == 9)  // SQLITE_INTERRUPT
            #expect(error.isInterrupted)
        }
        #expect(Date().timeIntervalSince(started) < 5)
    }
}
