import Foundation
import SQLiteDB
import TestSupport
import Testing

@Suite struct ValueRoundTripTests {
    let folder: TemporaryFolder
    let db: Database

    init() throws {
        folder = try TemporaryFolder()
        db = try Database(path: folder.path("values.db"))
        try db.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, v ANY) STRICT")
    }

    func roundTrip(_ value: Value) throws -> Value {
        try db.execute("DELETE FROM t")
        try db.execute("INSERT INTO t (id, v) VALUES (1, ?)", [value])
        return try db.scalar("SELECT v FROM t WHERE id = 1")
    }

    @Test func japaneseTextRoundTrips() throws {
        let text = "市民協働課「住民自治（まちづくり）協議会」７３．０％ 🏯 ｶﾀｶﾅ"
        #expect(try roundTrip(.text(text)) == .text(text))
        #expect(try db.scalar("SELECT length(v) FROM t") == .integer(Int64(text.unicodeScalars.count)))
    }

    @Test func textWithANulCharacterRoundTrips() throws {
        #expect(try roundTrip(.text("前\u{0}後")) == .text("前\u{0}後"))
    }

    @Test func int64ExtremesRoundTrip() throws {
        #expect(try roundTrip(.integer(Int64.max)) == .integer(9_223_372_036_854_775_807))
        #expect(try roundTrip(.integer(Int64.min)) == .integer(-9_223_372_036_854_775_808))
        #expect(try roundTrip(.integer(0)) == .integer(0))
    }

    @Test func doublesRoundTripBitForBit() throws {
        for value in [95.1, 0.1 + 0.2, -0.0, Double.leastNonzeroMagnitude, Double.greatestFiniteMagnitude, -1e-300] {
            let back = try roundTrip(.real(value))
            #expect(back.double?.bitPattern == value.bitPattern)
        }
    }

    @Test func blobsRoundTripIncludingEmpty() throws {
        let bytes = Data([0, 1, 2, 0xFF, 0xFE, 0])
        #expect(try roundTrip(.blob(bytes)) == .blob(bytes))
        #expect(try roundTrip(.blob(Data())) == .blob(Data()))
        #expect(try db.scalar("SELECT typeof(v) FROM t") == .text("blob"))
    }

    @Test func nullRoundTrips() throws {
        #expect(try roundTrip(.null) == .null)
        #expect(try db.scalar("SELECT typeof(v) FROM t") == .text("null"))
    }

    @Test func bindsByNameWithOrWithoutPrefix() throws {
        let statement = try db.prepare("SELECT :a || '-' || @b || '-' || $c")
        try statement.bind("香取", named: "a")
        try statement.bind(2027, named: "@b")
        try statement.bind(nil as String?, named: "c")
        #expect(try statement.step())
        #expect(statement.value(at: 0) == .null)
        try statement.bind("x", named: "c")
        #expect(try statement.allRows().first?[0] == .text("香取-2027-x"))
        // Without its prefix, @b is found after :b is not.
        try statement.bind(2028, named: "b")
        #expect(try statement.allRows().first?[0] == .text("香取-2028-x"))
        #expect(throws: SQLiteError(extendedCode: 25, message: "no parameter named missing", sql: statement.sql)) {
            try statement.bind(1, named: "missing")
        }
    }

    @Test func typedRowAccessors() throws {
        let row = try #require(try db.row("SELECT 1 AS i, 2.5 AS r, '令和5年度' AS s, x'00ff' AS b, NULL AS n"))
        #expect(row.int("i") == 1)
        #expect(row.double("r") == 2.5)
        #expect(row.string("s") == "令和5年度")
        #expect(row.data("b") == Data([0, 0xFF]))
        #expect(row["n"] == .null)
        #expect(row.columns == ["i", "r", "s", "b", "n"])
    }

    @Test func moreThanOneStatementIsRefusedByPrepare() throws {
        #expect(throws: SQLiteError.self) { try db.prepare("SELECT 1; DROP TABLE t") }
        #expect(try db.scalar("SELECT count(*) FROM sqlite_schema WHERE name = 't'") == .integer(1))
    }
}
