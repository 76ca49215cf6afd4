import Foundation
import SQLiteDB
import TestSupport
import Testing

/// `bind(values:)`, used once per row of a large import, stores what `bind(_:)` stores.
@Suite struct BindValuesTests {
    @Test func everyKindOfValueIsStoredAsTheBoxedBindStoresIt() throws {
        let folder = try TemporaryFolder()
        let db = try Database(path: folder.path("bind.db"))
        try db.execute("CREATE TABLE t (a ANY, b ANY, c ANY, d ANY, e ANY, f ANY) STRICT")
        let insert = try db.prepare("INSERT INTO t VALUES (?, ?, ?, ?, ?, ?)")
        let row: [Value] = [.null, .integer(-7), .real(95.1), .text("前\u{0}後"), .blob(Data()), .blob(Data([0, 1]))]
        try insert.bind(values: row)
        try insert.run()
        // Bound again after a run: the statement starts over, as with bind(_:).
        try insert.bind(values: [.text("実績値"), .integer(2023), .null, .null, .null, .null])
        try insert.run()
        try insert.bind(row)
        try insert.run()
        let stored = try db.rows("SELECT a, b, c, d, e, f FROM t ORDER BY rowid").map(\.values)
        #expect(stored == [row, [.text("実績値"), .integer(2023), .null, .null, .null, .null], row])
    }
}
