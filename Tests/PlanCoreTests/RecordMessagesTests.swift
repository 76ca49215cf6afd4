import Foundation
import PlanCore
import SQLiteDB
import TestSupport
import Testing

/// The refusals of `record` and of reading an entry file that the other tests do not reach,
/// in both languages.
extension RecordingTests {
    @Test func unknownItemsAndDepartmentsAreRefusedInBothLanguages() throws {
        let indicator = planError { _ = try recorder.recordIndicator("9-9-I9", year: 2023, value: "1", as: "総務課") }
        #expect(indicator?.text(.en) == "no indicator 9-9-I9\n`plandb show` lists the indicators")
        #expect(indicator?.text(.ja) == "指標 9-9-I9 はありません。\n`plandb show` で指標を一覧できます。")
        let initiative = planError { _ = try recorder.recordInitiative("9-9-9-9-9", year: 2023, grade: "A", next: nil, result: nil, challenge: nil, as: "総務課") }
        #expect(initiative?.text(.en) == "no initiative 9-9-9-9-9\n`plandb show POLICY` lists a policy's initiatives")
        #expect(initiative?.text(.ja) == "主な取組 9-9-9-9-9 はありません。\n`plandb show POLICY`（施策のコード）で、その施策の主な取組を一覧できます。")
        let policy = planError { _ = try recorder.recordPolicy("9-9", year: 2023, grade: "A", comment: nil, stage: .first, as: "総務課") }
        #expect(policy?.text(.en) == "no policy 9-9\n`plandb show` lists the policies")
        #expect(policy?.text(.ja) == "施策 9-9 はありません。\n`plandb show` で施策を一覧できます。")
        let initiativeOwner = planError {
            _ = try recorder.recordInitiative("6-7-1-1-1", year: 2023, grade: "A", next: nil, result: nil, challenge: nil, as: "総務課")
        }
        #expect(initiativeOwner?.text(.en) == "総務課 cannot record the evaluation of 6-7-1-1-1 \(try initiativeTitle("6-7-1-1-1")): policy 6-7 is led by 財政課 (主担当課), so only 財政課 may; nothing was recorded\nrun it with --as 財政課, or ask 財政課 to enter it")
        #expect(initiativeOwner?.text(.ja) == "総務課は 6-7-1-1-1 \(try initiativeTitle("6-7-1-1-1")) の評価を記録できません。施策 6-7 の主担当課が財政課であるため、記録できるのは財政課だけです。何も記録していません。\n`--as 財政課` を付けて実行するか、財政課に入力を依頼してください。")
    }

    func initiativeTitle(_ code: String) throws -> String {
        try store.connection.scalar("SELECT title FROM v_initiatives WHERE initiative_code = ?", [code]).string ?? ""
    }

    @Test func emptyAndUnitlessValuesAreRefusedInBothLanguages() throws {
        let empty = planError { _ = try ValueParser.parse(" ", unit: "人") }
        #expect(empty?.text(.en) == "the value is empty\nwrite it like 95.10 or 1,000,000 (the unit 人 may follow)")
        #expect(empty?.text(.ja) == "値が空です。\n95.10 や 1,000,000 のように書いてください（後ろに単位 人 を付けても構いません）。")
        let unitless = planError { _ = try ValueParser.parse("abc", unit: "") }
        #expect(unitless?.text(.en) == "`abc` is not a number\nwrite it like 95.10 or 1,000,000")
        #expect(unitless?.text(.ja) == "`abc` は数値として読めません。\n95.10 や 1,000,000 のように書いてください。")
    }

    @Test func brokenQuotesInACSVFileAreRefusedInBothLanguages() throws {
        let unclosed = planError { _ = try CSVReader.records("a,b\n\"c,d\n") }
        #expect(unclosed?.text(.en) == "line 2: a quoted cell is never closed\ncheck the cell that starts on that line, or save the file again from Excel")
        #expect(unclosed?.text(.ja) == "2 行目：引用符（\"）で始まるセルが閉じられていません。\nその行から始まるセルを確認するか、Excel で保存し直してください。")
        let after = planError { _ = try CSVReader.records("a,\"b\"c\n") }
        #expect(after?.text(.en) == "line 1: text after a closing quote\na quoted cell must end with its quote; save the file again from Excel")
        #expect(after?.text(.ja) == "1 行目：閉じる引用符の後に文字があります。\n引用符で囲んだセルは引用符で終わる必要があります。Excel で保存し直してください。")
        // InputStream opens any path; a missing file fails at the first read.
        let missing = planError { _ = try TextDecoding.forEachChunk(ofFile: folder.path("nowhere.csv")) { _ in } }
        #expect(missing?.text(.en) == "cannot read \(folder.path("nowhere.csv"))\ncheck that it is a readable file")
        #expect(missing?.text(.ja) == "\(folder.path("nowhere.csv")) を読み込めません。\n読み込めるファイルかどうか確認してください。")
    }
}
