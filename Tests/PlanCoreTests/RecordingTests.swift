import Foundation
import PlanCore
import SQLiteDB
import TestSupport
import Testing

/// Recording on the embedded 香取市 plan: ownership, values, achievement and history.
@Suite struct RecordingTests {
    let folder: TemporaryFolder
    let store: PlanDatabase
    let plan: PlanRef
    let recorder: Recorder

    init() throws {
        folder = try TemporaryFolder()
        store = try PlanDatabase.open(path: try embeddedPlanDatabase(in: folder), access: .write)
        plan = try PlanRef.current(store)
        recorder = Recorder(store, plan: plan)
    }

    func code(_ name: String, _ kind: PlanItem.Kind) throws -> String {
        try PlanLookup(store, plan: plan).find(name, kinds: [kind]).code
    }

    func result(_ code: String, _ year: Int) throws -> Row? {
        try store.connection.row("SELECT * FROM v_indicator_results WHERE indicator_code = ? AND fiscal_year = ?", [code, year])
    }

    @Test func indicatorOwnershipFollowsTheSurveyingDepartment() throws {
        let furusato = try code("ふるさと納税受入額", .indicator)
        #expect(furusato == "6-7-I2")
        let refused = planError { try recorder.recordIndicator(furusato, year: 2023, value: "500,000", as: "財政課") }
        #expect(refused?.text(.en) == "財政課 cannot record the actual of 6-7-I2 ふるさと納税受入額: it is surveyed by 企画政策課 (「企画政策課調べ」), so only 企画政策課 may; nothing was recorded\nrun it with --as 企画政策課, or ask 企画政策課 to enter it")
        #expect(refused?.text(.ja) == "財政課は 6-7-I2 ふるさと納税受入額 の実績値を記録できません。この指標は企画政策課が調べる（「企画政策課調べ」）ため、記録できるのは企画政策課だけです。何も記録していません。\n`--as 企画政策課` を付けて実行するか、企画政策課に入力を依頼してください。")
        let outcome = try recorder.recordIndicator(furusato, year: 2023, value: "500,000千円", as: "企画政策課")
        #expect(outcome == RecordOutcome(result: .recorded, code: "6-7-I2", name: "ふるさと納税受入額", fiscalYear: 2023, previous: nil, current: "500000"))
    }

    @Test func initiativeAndPolicyOwnership() throws {
        let initiative = try code("ふるさと香取応援寄附金の積極的な活用", .initiative)
        #expect(throws: PlanError.self) {
            try recorder.recordInitiative(initiative, year: 2023, grade: "A", next: "継続", result: nil, challenge: nil, as: "総務課")
        }
        let accepted = try recorder.recordInitiative(initiative, year: 2023, grade: "ｂ", next: "拡充", result: "寄附額が増えた", challenge: nil, as: "財政課")
        #expect(accepted.current == "B / 拡充")
        let firstReview = planError { try recorder.recordPolicy("6-7", year: 2023, grade: "B", comment: nil, stage: .first, as: "総務課") }
        #expect(firstReview?.text(.en) == "総務課 cannot record the 一次評価 of 6-7 財政運営: 財政課 leads the policy (主担当課), so only 財政課 may; nothing was recorded\nrun it with --as 財政課, or ask 財政課 to enter it")
        #expect(firstReview?.text(.ja) == "総務課は 6-7 財政運営 の一次評価を記録できません。この施策の主担当課が財政課であるため、記録できるのは財政課だけです。何も記録していません。\n`--as 財政課` を付けて実行するか、財政課に入力を依頼してください。")
        _ = try recorder.recordPolicy("6-7", year: 2023, grade: "B", comment: "おおむね順調", stage: .first, as: "財政課")
        let secondReview = planError { try recorder.recordPolicy("6-7", year: 2023, grade: "B", comment: nil, stage: .second, as: "財政課") }
        #expect(secondReview?.text(.en) == "財政課 cannot record the 二次評価 of 6-7 財政運営: 総務課 coordinates the evaluation, so only 総務課 may; nothing was recorded\nrun it with --as 総務課, or ask 総務課 to enter it")
        #expect(secondReview?.text(.ja) == "財政課は 6-7 財政運営 の二次評価を記録できません。評価を取りまとめるのが総務課であるため、記録できるのは総務課だけです。何も記録していません。\n`--as 総務課` を付けて実行するか、総務課に入力を依頼してください。")
        _ = try recorder.recordPolicy("6-7", year: 2023, grade: "C", comment: "財源確保の強化が必要", stage: .second, as: "総務課")
        #expect(try store.connection.rows("SELECT stage, grade, comment, recorded_by FROM v_policy_evaluations ORDER BY stage").map(\.values) == [
            ["一次", "B", "おおむね順調", "財政課"], ["二次", "C", "財源確保の強化が必要", "総務課"],
        ])
    }

    @Test func valuesAreParsedAsAClerkTypesThem() throws {
        let rate = try code("一般市税の収納率", .indicator)
        #expect(try recorder.recordIndicator(rate, year: 2023, value: "９５．１０％", as: "税務課").current == "95.10")
        #expect(try result(rate, 2023)?.string("value_text") == "95.10")
        #expect(try result(rate, 2023)?.double("value") == 95.1)
        let comma = planError { try recorder.recordIndicator(rate, year: 2024, value: "95,1", as: "税務課") }
        #expect(comma?.text(.en) == "6-7-I1 一般市税の収納率: `95,1` is not a number in %\nwrite it like 95.10 or 1,000,000 (the unit % may follow)")
        #expect(comma?.text(.ja) == "6-7-I1 一般市税の収納率：`95,1` は単位 % の数値として読めません。\n95.10 や 1,000,000 のように書いてください（後ろに単位 % を付けても構いません）。")
        let formula = planError { try recorder.recordIndicator(rate, year: 2024, value: "=1+1", as: "税務課") }
        #expect(formula?.text(.en) == "6-7-I1 一般市税の収納率: `=1+1` is not a number in %\nwrite it like 95.10 or 1,000,000 (the unit % may follow)")
        #expect(formula?.text(.ja) == "6-7-I1 一般市税の収納率：`=1+1` は単位 % の数値として読めません。\n95.10 や 1,000,000 のように書いてください（後ろに単位 % を付けても構いません）。")
        let outside = planError { try recorder.recordIndicator(rate, year: 2028, value: "95", as: "税務課") }
        #expect(outside?.text(.en) == "2028（令和10）年度 is outside the plan's period (2023（令和5）年度～2027（令和9）年度)\ngive a year from 2023 to 2027")
        #expect(outside?.text(.ja) == "2028（令和10）年度は計画期間（2023（令和5）年度～2027（令和9）年度）の外です。\n2023 から 2027 までの年度を指定してください。")
        #expect(try FiscalYear.parse("令和5年度") == 2023)
        #expect(try FiscalYear.parse("Ｒ７") == 2025)
    }

    @Test func gradesAndNextDirectionsComeFromTheVocabularies() throws {
        let initiative = try code("ふるさと香取応援寄附金の積極的な活用", .initiative)
        let grade = planError { try recorder.recordInitiative(initiative, year: 2023, grade: "S", next: nil, result: nil, challenge: nil, as: "財政課") }
        #expect(grade?.text(.en) == "`S` is not a grade\nuse one of A（順調（計画どおり進んでいる））、B（おおむね順調（一部に遅れがあるが、目標は達成できる見込み））、C（やや遅れている（取組の見直し・強化が必要））、D（遅れている（抜本的な見直しが必要））")
        #expect(grade?.text(.ja) == "`S` は評価の区分にありません。\nA（順調（計画どおり進んでいる））、B（おおむね順調（一部に遅れがあるが、目標は達成できる見込み））、C（やや遅れている（取組の見直し・強化が必要））、D（遅れている（抜本的な見直しが必要）） のいずれかを指定してください。")
        let next = planError { try recorder.recordInitiative(initiative, year: 2023, grade: "A", next: "やめる", result: nil, challenge: nil, as: "財政課") }
        #expect(next?.text(.en) == "`やめる` is not a 今後の方向性\nuse one of 拡充・継続・改善・縮小・休止・廃止・完了")
        #expect(next?.text(.ja) == "`やめる` は今後の方向性の区分にありません。\n拡充・継続・改善・縮小・休止・廃止・完了 のいずれかを指定してください。")
    }

    /// Each direction on both sides of its target.
    @Test(arguments: [
        ("将来負担比率", "財政課", "30", 1), ("将来負担比率", "財政課", "30.1", 0),  // a ceiling: at_most
        ("定員管理職員数", "総務課", "545", 1), ("定員管理職員数", "総務課", "546", 0),  // lower is better
        ("自治会等加入率", "市民協働課", "73.0", 1), ("自治会等加入率", "市民協働課", "72.9", 0),  // hold the level
        ("ふるさと納税受入額", "企画政策課", "500,000", 1), ("ふるさと納税受入額", "企画政策課", "499,999", 0),  // growth
    ])
    func achievedRespectsTheDirection(name: String, dept: String, value: String, achieved: Int64) throws {
        let indicator = try code(name, .indicator)
        _ = try recorder.recordIndicator(indicator, year: 2023, value: value, as: dept)
        let row = try #require(try result(indicator, 2023))
        #expect(row["achieved"] == .integer(achieved), "\(name) = \(value)")
        #expect(row.string("target_basis") == "printed")
    }

    @Test func progressAndInterpolatedTargets() throws {
        let furusato = try code("ふるさと納税受入額", .indicator)
        _ = try recorder.recordIndicator(furusato, year: 2024, value: "687,642", as: "企画政策課")
        let row = try #require(try result(furusato, 2024))
        // 2024 prints no target: halfway between 500,000 (2023) and 750,000 (2025).
        #expect(row["target_value"] == .real(625_000))
        #expect(row.string("target_basis") == "interpolated")
        #expect(row["achieved"] == .integer(1))
        // (687,642 − 375,284) / (1,000,000 − 375,284) = 50.0 %
        #expect(row["progress_pct"] == .real(50.0))
        let staff = try code("定員管理職員数", .indicator)
        _ = try recorder.recordIndicator(staff, year: 2027, value: "540", as: "総務課")
        let last = try #require(try result(staff, 2027))
        #expect(last["target_value"] == .null)  // printed －
        #expect(last["achieved"] == .null)
    }

    @Test func reRecordingKeepsEveryEntryInTheHistory() throws {
        let staff = try code("定員管理職員数", .indicator)
        for value in ["550", "548", "545"] { _ = try recorder.recordIndicator(staff, year: 2023, value: value, as: "総務課") }
        #expect(try recorder.recordIndicator(staff, year: 2023, value: "545", as: "総務課").result == .unchanged)
        let history = try History(store, plan: plan).rows(code: staff, year: 2023)
        #expect(history.rows.map { Array($0[4...6]) } == [["value", nil, "550"], ["value", "550", "548"], ["value", "548", "545"]])
        #expect(try store.connection.scalar("SELECT count(*) FROM indicator_actuals") == .integer(3))
        #expect(try result(staff, 2023)?.string("value_text") == "545")
    }

    @Test func recordsCannotBeChangedOrDeletedBehindTheHistory() throws {
        let staff = try code("定員管理職員数", .indicator)
        _ = try recorder.recordIndicator(staff, year: 2023, value: "550", as: "総務課")
        for sql in ["UPDATE indicator_actuals SET value = 1", "DELETE FROM indicator_actuals"] {
            do {
                try store.connection.execute(sql)
                Issue.record("\(sql) succeeded")
            } catch let error as SQLiteError {
                #expect(error.message == "indicator_actuals is append-only: record a new value instead")
            }
        }
    }

    @Test func aLockedYearRefusesWrites() throws {
        try store.connection.execute("INSERT INTO year_locks (plan_id, fiscal_year, locked_at, locked_by) SELECT ?, 2023, 'now', dept_id FROM departments WHERE name = '総務課'", [plan.id])
        let locked = planError { try recorder.recordIndicator("6-6-I1", year: 2023, value: "540", as: "総務課") }
        #expect(locked?.text(.en) == "2023（令和5）年度 is locked by its evaluation snapshot; nothing was recorded\nthe coordinator (総務課) can unlock it with `plandb snapshot reopen 2023 --reason TEXT --as 総務課`")
        #expect(locked?.text(.ja) == "2023（令和5）年度は評価のスナップショットで確定済み（ロック中）です。何も記録していません。\n取りまとめ課（総務課）が `plandb snapshot reopen 2023 --reason TEXT --as 総務課` でロックを解除できます。")
        #expect(try recorder.recordIndicator("6-6-I1", year: 2024, value: "540", as: "総務課").result == .recorded)
    }

    @Test func statusListsWhatIsMissing() throws {
        _ = try recorder.recordIndicator("6-6-I1", year: 2023, value: "540", as: "総務課")
        let statuses = try Completion(store, plan: plan).status(year: 2023, dept: "総務課")
        let entered = statuses.filter(\.entered).map(\.duty.code)
        #expect(entered == ["6-6-I1"])
        #expect(statuses.contains { $0.duty.kind == .secondReview && $0.duty.code == "6-1" && !$0.entered })
    }
}
