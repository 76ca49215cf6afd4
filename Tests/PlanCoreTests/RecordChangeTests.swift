import Foundation
import PlanCore
import SQLiteDB
import TestSupport
import Testing

/// A record says what it changed: a note is a change of its own, an option left out keeps the
/// current text, and a value that cannot be right (or is almost certainly a typo) is refused.
extension RecordingTests {
    func history(_ code: String) throws -> [[Value]] {
        try History(store, plan: plan).rows(code: code, year: 2023).rows.map { Array($0.dropFirst(4).dropLast()) }
    }

    @Test func aNoteChangeIsAChangeWithItsOwnHistoryLine() throws {
        _ = try recorder.recordIndicator("6-6-I1", year: 2023, value: "545", as: "総務課", note: "a")
        let changed = try recorder.recordIndicator("6-6-I1", year: 2023, value: "545", as: "総務課", note: "b")
        #expect(changed.result == .recorded)
        #expect(changed.changes == [FieldChange("note", "a", "b")])
        #expect(changed.changeSummary.text(.en) == "note: \"a\" → \"b\"")
        #expect(changed.changeSummary.text(.ja) == "備考：「a」 → 「b」")
        // Left out, the note stays; given empty, it is cleared.
        let kept = try recorder.recordIndicator("6-6-I1", year: 2023, value: "546", as: "総務課")
        #expect(kept.changeSummary.text(.en) == "545 → 546")
        #expect(kept.changeSummary.text(.ja) == "545 → 546")
        let cleared = try recorder.recordIndicator("6-6-I1", year: 2023, value: "546", as: "総務課", note: "")
        #expect(cleared.changeSummary.text(.en) == "note: \"b\" → (none)")
        #expect(cleared.changeSummary.text(.ja) == "備考：「b」 → （なし）")
        #expect(try recorder.recordIndicator("6-6-I1", year: 2023, value: "546", as: "総務課").result == .unchanged)
        #expect(try history("6-6-I1") == [
            [.text("value"), .null, .text("545")], [.text("note"), .null, .text("a")], [.text("note"), .text("a"), .text("b")],
            [.text("value"), .text("545"), .text("546")], [.text("note"), .text("b"), .null],
        ])
    }

    @Test func leftOutEvaluationTextsKeepTheirValues() throws {
        _ = try recorder.recordInitiative("6-6-1-1-1", year: 2023, grade: "B", next: "拡充", result: "r", challenge: "c", as: "総務課")
        let regraded = try recorder.recordInitiative("6-6-1-1-1", year: 2023, grade: "A", next: nil, result: nil, challenge: nil, as: "総務課")
        #expect(regraded.changes == [FieldChange("grade", "B", "A")])
        #expect(regraded.current == "A / 拡充")
        let cleared = try recorder.recordInitiative("6-6-1-1-1", year: 2023, grade: "A", next: "", result: "r2", challenge: nil, as: "総務課")
        #expect(cleared.changeSummary.text(.en) == "next: \"拡充\" → (none), result: \"r\" → \"r2\"")
        #expect(cleared.changeSummary.text(.ja) == "今後の方向性：「拡充」 → （なし）、実績：「r」 → 「r2」")
        #expect(try store.connection.rows(
            "SELECT grade, next_direction, result_text, challenge_text FROM v_initiative_evaluations WHERE initiative_code = '6-6-1-1-1'"
        ).map(\.values) == [[.text("A"), .null, .text("r2"), .text("c")]])

        _ = try recorder.recordPolicy("6-6", year: 2023, grade: "B", comment: "順調", stage: .first, as: "総務課")
        let policy = try recorder.recordPolicy("6-6", year: 2023, grade: "C", comment: nil, stage: .first, as: "総務課")
        #expect(policy.changeSummary.text(.en) == "B → C")
        #expect(try store.connection.scalar("SELECT comment FROM v_policy_evaluations WHERE policy_code = '6-6'") == .text("順調"))
    }

    @Test func negativeValuesWhereTheUnitAllowsThem() throws {
        let none = PlanValues(baseline: nil, targetMin: nil, targetMax: nil, targetSmallest: nil, targetLargest: nil)
        try ValueParser.check(try ValueParser.parse("-0.5", unit: "ポイント"), unit: "ポイント", against: none, confirmed: false)
        try ValueParser.check(try ValueParser.parse("-3", unit: "億円"), unit: "億円",
                              against: PlanValues(baseline: -5, targetMin: 0, targetMax: 2, targetSmallest: 2, targetLargest: 2), confirmed: false)
        let persons = planError { try recorder.recordIndicator("6-6-I1", year: 2023, value: "-1", as: "総務課", confirmed: true) }
        #expect(persons?.text(.en) == "6-6-I1 定員管理職員数: `-1` is negative, and a value in 人 cannot be\ngive a value of 0 or more")
        #expect(persons?.text(.ja) == "6-6-I1 定員管理職員数：`-1` は負の値ですが、単位 人 の値は負になりません。\n0 以上の値を指定してください。")
        let rate = planError { try recorder.recordIndicator("6-6-I2", year: 2023, value: "-0.5", as: "総務課") }
        #expect(rate?.text(.en) == "6-6-I2 男性職員の育児休業取得率: `-0.5` is negative, and a value in % cannot be\ngive a value of 0 or more")
        #expect(rate?.text(.ja) == "6-6-I2 男性職員の育児休業取得率：`-0.5` は負の値ですが、単位 % の値は負になりません。\n0 以上の値を指定してください。")
    }

    @Test func aLikelyTypoNeedsConfirmation() throws {
        let advice = "check the value; if it is right, give --confirm to record it"
        let overHundred = planError { try recorder.recordIndicator("6-6-I2", year: 2023, value: "150", as: "総務課") }
        #expect(overHundred?.text(.en) == "6-6-I2 男性職員の育児休業取得率: `150` is over 100 %, but every value the plan prints for it is 100 or less; it looks like a typo\n\(advice)")
        #expect(overHundred?.text(.ja) == "6-6-I2 男性職員の育児休業取得率：`150` は 100% を超えていますが、計画に載っている数値はすべて 100 以下です。入力の誤りと思われます。\n値を確かめてください。正しければ `--confirm` を付けて記録してください。")
        let hundredTimes = planError { try recorder.recordIndicator("6-6-I1", year: 2023, value: "55900", as: "総務課") }
        #expect(hundredTimes?.text(.en) == "6-6-I1 定員管理職員数: `55900` is a hundred times or more the plan's 559; it looks like a typo\n\(advice)")
        #expect(hundredTimes?.text(.ja) == "6-6-I1 定員管理職員数：`55900` は計画の数値 559 の 100 倍以上です。入力の誤りと思われます。\n値を確かめてください。正しければ `--confirm` を付けて記録してください。")
        let hundredth = planError { try recorder.recordIndicator("6-6-I1", year: 2023, value: "5.42", as: "総務課") }
        #expect(hundredth?.text(.en) == "6-6-I1 定員管理職員数: `5.42` is a hundredth or less of the plan's 542; it looks like a typo\n\(advice)")
        #expect(hundredth?.text(.ja) == "6-6-I1 定員管理職員数：`5.42` は計画の数値 542 の 100 分の 1 以下です。入力の誤りと思われます。\n値を確かめてください。正しければ `--confirm` を付けて記録してください。")
        #expect(try store.connection.scalar("SELECT count(*) FROM indicator_actuals") == .integer(0))
        #expect(try recorder.recordIndicator("6-6-I1", year: 2023, value: "5.42", as: "総務課", confirmed: true).current == "5.42")
        #expect(try recorder.recordIndicator("6-6-I1", year: 2023, value: "5.42", as: "総務課").result == .unchanged)
        // Zero is no typo of scale, and a value just inside the bounds needs nothing.
        #expect(try recorder.recordIndicator("6-6-I1", year: 2024, value: "0", as: "総務課").current == "0")
        #expect(try recorder.recordIndicator("6-6-I2", year: 2023, value: "100", as: "総務課").current == "100")
    }

    @Test func aTextParameterIsBoundAsText() throws {
        let query = try NamedQuery.parse(
            name: "t", text: "-- title: t\n-- param: code text required c\n-- param: n integer 7 n\nSELECT :code AS code, typeof(:code) AS type, :n AS n\n",
            origin: "test")
        let bindings = try query.bindings(["code": "007"])
        #expect(bindings["code"] == .text("007"))
        var rows: [[Value]] = []
        try ReadOnlySQL(path: try embeddedPlanDatabase(in: folder, name: "q.db")).run(query.sql, parameters: bindings, timeout: 5, columns: { _ in }, row: { rows.append($0.values) })
        #expect(rows == [[.text("007"), .text("text"), .integer(7)]])
    }
}

/// `plandb sql -p` has no declared types: a value that would lose its leading zeros as a
/// number stays text.
@Suite struct AdHocParameterTests {
    @Test func leadingZerosKeepAValueText() {
        #expect(ReadOnlySQL.typedValue("007") == .text("007"))
        #expect(ReadOnlySQL.typedValue("-007") == .text("-007"))
        #expect(ReadOnlySQL.typedValue("００７") == .text("００７"))
        #expect(ReadOnlySQL.typedValue("7") == .integer(7))
        #expect(ReadOnlySQL.typedValue("0") == .integer(0))
        #expect(ReadOnlySQL.typedValue("0.5") == .real(0.5))
        #expect(ReadOnlySQL.typedValue("-0.5") == .real(-0.5))
    }
}
