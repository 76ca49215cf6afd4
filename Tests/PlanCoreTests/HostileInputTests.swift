import Foundation
@testable import PlanCore
import SQLiteDB
import TestSupport
import Testing

/// What a hostile user can type reaches the database only as values, and the report only as text.
@Suite struct HostileInputTests {
    let folder: TemporaryFolder
    let store: PlanDatabase
    let plan: PlanRef

    init() throws {
        folder = try TemporaryFolder()
        store = try PlanDatabase.open(path: try embeddedPlanDatabase(in: folder), access: .write)
        plan = try PlanRef.current(store)
    }

    static let injections = [
        "'); DROP TABLE indicators; --", "\" OR 1=1 --", "1; DELETE FROM grades", "=cmd|'/c calc'!A1", "<script>alert(1)</script>",
        "Robert'); DROP TABLE snapshots;--", "\u{0}", "%00", "${PATH}", "$(rm -rf /)",
    ]

    @Test func sqlInTextFieldsIsStoredAsText() throws {
        let recorder = Recorder(store, plan: plan)
        // A NUL is refused like every control character (controlCharactersAndLongTextsAreRefused).
        for (offset, text) in Self.injections.filter({ $0 != "\u{0}" }).enumerated() {
            let outcome = try recorder.recordInitiative(
                "6-7-1-1-1", year: 2023, grade: "B", next: nil, result: text, challenge: text + "\(offset)", as: "財政課")
            #expect(outcome.result == .recorded)
            #expect(try store.connection.scalar("SELECT result_text FROM v_initiative_evaluations WHERE initiative_code = '6-7-1-1-1'") == .text(text))
        }
        _ = try recorder.recordIndicator("6-7-I1", year: 2023, value: "95.1", as: "税務課", note: Self.injections[0])
        #expect(try store.connection.scalar("SELECT count(*) FROM indicators") == .integer(23))
        #expect(try store.connection.scalar("SELECT count(*) FROM grades") == .integer(4))
    }

    /// Issue 24: texts that would break the 評価シート, the xlsx report or a terminal are refused
    /// on the command line too (Recorder and Submissions are every way in), and nothing is kept.
    @Test func controlCharactersAndLongTextsAreRefused() throws {
        let recorder = Recorder(store, plan: plan)
        for (text, codePoint) in [("\u{0}", "U+0000"), ("a\u{1B}[2J", "U+001B"), ("\u{7}", "U+0007"), ("x\u{8}y", "U+0008"), ("\u{202E}abc", "U+202E"), ("\u{2066}", "U+2066"), ("\u{9B}", "U+009B")] {
            #expect(throws: PlanError(.textControlCharacter("result", codePoint), advice: .textControlCharacterAdvice)) {
                try recorder.recordInitiative("6-7-1-1-1", year: 2023, grade: "B", next: nil, result: text, challenge: nil, as: "財政課")
            }
            #expect(throws: PlanError(.textControlCharacter("note", codePoint), advice: .textControlCharacterAdvice)) {
                try recorder.recordIndicator("6-7-I1", year: 2023, value: "95.1", as: "税務課", note: text)
            }
            #expect(throws: PlanError(.textControlCharacter("comment", codePoint), advice: .textControlCharacterAdvice)) {
                try recorder.recordPolicy("6-7", year: 2023, grade: "B", comment: text, stage: .first, as: "財政課")
            }
        }
        let long = String(repeating: "課", count: 4001)
        #expect(throws: PlanError(.entryTextTooLong("challenge", count: 4001, limit: 4000), advice: .entryTextTooLongAdvice(4000))) {
            try recorder.recordInitiative("6-7-1-1-1", year: 2023, grade: "B", next: nil, result: nil, challenge: long, as: "財政課")
        }
        #expect(try store.connection.scalar("SELECT count(*) FROM initiative_evaluations") == .integer(0))
        #expect(try store.connection.scalar("SELECT count(*) FROM indicator_actuals") == .integer(0))
        // Tabs and line breaks are text.
        let kept = "一行目\r\n\t二行目" + String(repeating: "x", count: 3990)
        #expect(try recorder.recordInitiative("6-7-1-1-1", year: 2023, grade: "B", next: nil, result: kept, challenge: nil, as: "財政課").result == .recorded)
    }

    @Test func sqlInCodesNamesAndDepartmentsFindsNothing() throws {
        let lookup = PlanLookup(store, plan: plan)
        let departments = Departments(store, plan: plan)
        for text in Self.injections where !text.isEmpty {
            #expect(throws: PlanError.self) { try lookup.find(text) }
            #expect(throws: PlanError.self) { try departments.find(text) }
            #expect(throws: PlanError.self) { try Recorder(store, plan: plan).recordIndicator(text, year: 2023, value: "1", as: "税務課") }
        }
        #expect(try store.connection.scalar("SELECT count(*) FROM sqlite_schema WHERE type = 'table'").int64 ?? 0 > 20)
    }

    @Test func htmlInRecordsIsEscapedInTheReport() throws {
        let recorder = Recorder(store, plan: plan)
        _ = try recorder.recordPolicy("6-7", year: 2023, grade: "B", comment: "<img src=x onerror=alert(1)>&copy;", stage: .first, as: "財政課")
        let info = try Snapshots(store, plan: plan).create(year: 2023, as: "総務課", note: "</title><script>x()</script>", allowIncomplete: true)
        let html = try SnapshotDocument.load(store, plan: plan, snapshot: info).export(.html)
        #expect(!html.contains("<img src=x"))
        #expect(html.contains("&lt;img src=x onerror=alert(1)&gt;&amp;copy;"))
        #expect(!html.contains("<script>"))
        #expect(html.contains("&lt;/title&gt;&lt;script&gt;x()&lt;/script&gt;"))
    }

    /// A bounded, seeded fuzz of the value parser: it never crashes, and whatever it accepts
    /// is a plain decimal whose number is the text's.
    @Test func valueParserFuzz() {
        var generator = SeededGenerator(seed: 20261129)
        let alphabet = Array("0123456789０１２３４５６７８９.,．，-−+%％千円人 \t'\"=@eE①漢")
        var accepted = 0
        for _ in 0..<20_000 {
            let length = Int.random(in: 0...12, using: &generator)
            let input = String((0..<length).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &generator)] })
            guard let number = try? ValueParser.parse(input, unit: "千円") else { continue }
            accepted += 1
            #expect(number.text.allSatisfy { "0123456789.-".contains($0) }, "\(input) → \(number.text)")
            #expect(Double(number.text) == number.value, "\(input) → \(number.text)")
        }
        #expect(accepted > 100)
    }
}

/// A small deterministic generator (SplitMix64), so a failing case can be replayed.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

@Suite struct SQLiteFailureMessageTests {
    @Test func failuresThatReachTheUserSayWhatToDo() {
        let readOnly = PlanError(sqlite: SQLiteError(extendedCode: 8, message: "attempt to write a readonly database", sql: "INSERT …"))
        #expect(readOnly.text(.en) == "the database file cannot be written (attempt to write a readonly database); nothing was changed\ncheck the permissions of the file and its folder (and that the file is not marked immutable), or work on a writable copy")
        #expect(readOnly.text(.ja) == "データベースファイルに書き込めません（attempt to write a readonly database）。何も変更していません。\nファイルとフォルダの権限（変更禁止の属性が付いていないかも）を確認するか、書き込めるコピーで作業してください。")
        let full = PlanError(sqlite: SQLiteError(extendedCode: 13, message: "database or disk is full"))
        #expect(full.message.en == "the disk is full (database or disk is full); nothing was changed")
        #expect(full.message.ja == "ディスクがいっぱいです（database or disk is full）。何も変更していません。")
        let busy = PlanError(sqlite: SQLiteError(extendedCode: 517, message: "database is locked"))  // SQLITE_BUSY_SNAPSHOT
        #expect(busy.advice?.en == "run the command again when the other one has finished")
        #expect(busy.advice?.ja == "もう一方のコマンドが終わってから、もう一度実行してください。")
    }
}
