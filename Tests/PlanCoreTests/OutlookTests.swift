import Foundation
import PlanCore
import SQLiteDB
import TestSupport
import Testing

/// Recorded series whose least-squares line is known exactly (worked by hand in the comments,
/// with x = year − 2027), one per direction, plus one point, no baseline and no final target.
@Suite struct OutlookTests {
    static let policy = """
        code: "9-3"
        title: 見通しの試験
        lead_dept: 財政課
        vision: 見通しが分かります。
        measures:
          - code: "9-3-1"
            title: 試験
        indicators:
          - {code: "9-3-I1", measure: "9-3-1", name: 増やす指標, description: 増加, source_dept: 財政課, kpi: false, unit: 件, direction: increase,
             baseline: {year: 2022, text: 100件, value: "100"}, targets: [{year: 2027, text: 150件, value: "150"}]}
          - {code: "9-3-I2", measure: "9-3-1", name: 減らす指標, description: 減少, source_dept: 財政課, kpi: false, unit: 人, direction: decrease,
             baseline: {year: 2022, text: 559人, value: "559"}, targets: [{year: 2025, text: 542人, value: "542"}, {year: 2027, text: "－"}]}
          - {code: "9-3-I3", measure: "9-3-1", name: 保つ指標, description: 維持, source_dept: 財政課, kpi: false, unit: "%", direction: maintain,
             baseline: {year: 2021, text: 73.0%, value: "73.0"}, targets: [{year: 2027, text: 73.0%, value: "73.0"}]}
          - {code: "9-3-I4", measure: "9-3-1", name: 上限のある指標, description: 上限, source_dept: 財政課, kpi: false, unit: "%", direction: at_most,
             baseline: {year: 2021, text: 19%, value: "19"}, targets: [{year: 2027, text: 30％以内, value: "30"}]}
          - {code: "9-3-I5", measure: "9-3-1", name: 現状値のない指標, description: 新規, source_dept: 財政課, kpi: false, unit: 回, direction: increase,
             baseline: {year: 2022, text: "－"}, targets: [{year: 2027, text: 10回, value: "10"}]}
          - {code: "9-3-I6", measure: "9-3-1", name: 一点だけの指標, description: 一点, source_dept: 財政課, kpi: false, unit: 回, direction: increase,
             baseline: {year: 2022, text: "－"}, targets: [{year: 2027, text: 12回, value: "12"}]}
          - {code: "9-3-I7", measure: "9-3-1", name: 目標のない指標, description: 目標なし, source_dept: 財政課, kpi: false, unit: 回, direction: increase,
             baseline: {year: 2022, text: 5回, value: "5"}, targets: [{year: 2027, text: "－"}]}

        """

    /// (indicator, year, value) as recorded.
    static let series: [(String, Int, String)] = [
        // increase: (−5,100) (−4,112) (−3,118): slope (3·−1302 − −12·330) / (3·50 − 144) = 54/6 = 9; forecast (330 + 108)/3 = 146.
        ("9-3-I1", 2023, "112"), ("9-3-I1", 2024, "118"),
        // decrease: (−5,559) (−4,550) (−3,548) (−2,540): slope −118/20 = −5.9; forecast (2197 − 82.6)/4 = 528.6.
        ("9-3-I2", 2023, "550"), ("9-3-I2", 2024, "548"), ("9-3-I2", 2025, "540"),
        // maintain: (−6,73) (−4,72.5) (−3,72): slope −4.5/14; forecast (217.5 − 13·4.5/14)/3 = 71.107142857…
        ("9-3-I3", 2023, "72.5"), ("9-3-I3", 2024, "72.0"),
        // at_most: (−6,19) (−4,20) (−3,22): slope 13/14; forecast (61 + 13·13/14)/3 = 24.357142857…
        ("9-3-I4", 2023, "20"), ("9-3-I4", 2024, "22"),
        // no baseline: (−4,2) (−3,5) (−2,6): slope 12/6 = 2; forecast (13 + 18)/3 = 10.333333…
        ("9-3-I5", 2023, "2"), ("9-3-I5", 2024, "5"), ("9-3-I5", 2025, "6"),
        // one point: 7 in 2024, nothing else.
        ("9-3-I6", 2024, "7"),
        ("9-3-I7", 2023, "6"),
    ]

    let folder: TemporaryFolder
    let store: PlanDatabase
    let plan: PlanRef

    /// The seed fixture's plan with policy 9-3 added, nothing recorded.
    static func database(in folder: TemporaryFolder) throws -> (PlanDatabase, PlanRef) {
        let seeds = try SeedFixture.write(into: folder, policies: ["9-1": SeedFixture.policy1, "9-2": SeedFixture.policy2, "9-3": policy])
        _ = try Maintenance.initialize(path: folder.path("plan.db"), seeds: .folder(seeds))
        let store = try PlanDatabase.open(path: folder.path("plan.db"), access: .write)
        return (store, try PlanRef.current(store))
    }

    init() throws {
        folder = try TemporaryFolder()
        (store, plan) = try Self.database(in: folder)
        let recorder = Recorder(store, plan: plan)
        for (code, year, value) in Self.series { _ = try recorder.recordIndicator(code, year: year, value: value, as: "財政課") }
    }

    func view(_ code: String) throws -> Row? {
        try store.connection.row("SELECT * FROM v_indicator_outlook WHERE indicator_code = ?", [code])
    }

    @Test func eachDirectionMeetsItsKnownLine() throws {
        let increase = try #require(try view("9-3-I1"))
        #expect(increase.double("forecast_value") == 146)
        #expect(increase.double("slope") == 9)
        #expect(increase.bool("on_track") == false)
        #expect(increase.double("gap") == 4)
        #expect(increase.double("gap_pct") == 8)
        #expect(increase.string("basis") == "least squares: baseline 2022 and 2 actuals 2023-2024")
        #expect(increase.int("latest_year") == 2024)
        #expect(increase.double("latest_value") == 118)
        #expect(increase.int("final_year") == 2027)
        #expect(increase.double("final_target") == 150)

        // The final target is the last printed number (542 in 2025; 2027 prints －).
        let decrease = try #require(try view("9-3-I2"))
        #expect(decrease.double("forecast_value") == 528.6)
        #expect(decrease.double("slope") == -5.9)
        #expect(decrease.double("final_target") == 542)
        #expect(decrease.int("final_target_year") == 2025)
        #expect(decrease.bool("on_track") == true)
        #expect(decrease.double("gap") == -13.4)
        #expect(decrease.double("gap_pct") == -78.8)

        // maintain: falling below the level is a miss; the distance to the target is 0, so no share.
        let maintain = try #require(try view("9-3-I3"))
        #expect(maintain.double("forecast_value") == 71.107143)
        #expect(maintain.bool("on_track") == false)
        #expect(maintain.double("gap") == 1.892857)
        #expect(maintain.double("gap_pct") == nil)

        // at_most: a ceiling stays a ceiling: rising but under 30 is on track.
        let ceiling = try #require(try view("9-3-I4"))
        #expect(ceiling.double("forecast_value") == 24.357143)
        #expect(ceiling.bool("on_track") == true)
        #expect(ceiling.double("gap") == -5.642857)
        #expect(ceiling.double("gap_pct") == -51.3)
    }

    @Test func noBaselineOnePointAndNoFinalTarget() throws {
        let fresh = try #require(try view("9-3-I5"))
        #expect(fresh.double("forecast_value") == 10.333333)
        #expect(fresh.double("slope") == 2)
        #expect(fresh.bool("on_track") == true)
        #expect(fresh.string("basis") == "least squares: 3 actuals 2023-2025 (no baseline)")
        // The distance counts from 0, as progress_pct does.
        #expect(fresh.double("gap_pct") == -3.3)

        let single = try #require(try view("9-3-I6"))
        #expect(single.double("forecast_value") == 7)
        #expect(single.double("slope") == nil)
        #expect(single.string("basis") == "one point: no trend")
        #expect(single.bool("on_track") == false)
        #expect(single.double("gap") == 5)
        #expect(single.double("gap_pct") == 41.7)

        let untargeted = try #require(try view("9-3-I7"))
        // (−5,5) (−4,6): slope 1; forecast 6 + 4 = 10, with nothing to meet.
        #expect(untargeted.double("forecast_value") == 10)
        #expect(untargeted.bool("on_track") == nil)
        #expect(untargeted.double("gap") == nil)

        // No actual, no outlook.
        #expect(try view("9-1-I1") == nil)
    }

    @Test func asOfAYearUsesOnlyTheActualsUpToIt() throws {
        let outlook = Outlook(store, plan: plan)
        // 2023: the one-point indicator has no actual yet; the increase has one actual.
        let in2023 = try outlook.indicators(asOf: 2023)
        #expect(!in2023.contains { $0.code == "9-3-I6" })
        let increase2023 = try #require(in2023.first { $0.code == "9-3-I1" })
        // (−5,100) (−4,112): slope 12; forecast 112 + 4·12 = 160.
        #expect(increase2023.forecast == 160)
        #expect(increase2023.onTrack == true)
        #expect(increase2023.basis == "least squares: baseline 2022 and 1 actual 2023")
        // 2025 has no actual of the increase: its latest year stays 2024 and the line is the final one.
        let increase2025 = try #require(try outlook.indicators(asOf: 2025).first { $0.code == "9-3-I1" })
        #expect(increase2025.latestYear == 2024)
        #expect(increase2025.forecast == 146)
        // The misses come first, the largest share of the distance first.
        #expect(try outlook.indicators().filter { $0.onTrack == false }.map(\.code) == ["9-3-I6", "9-3-I1", "9-3-I3"])
        let error = planError { _ = try outlook.indicators(asOf: 2030) }
        #expect(error?.text(.en) == "2030（令和12）年度 is outside the plan's period 2023-2027\ngive a year from 2023 to 2027, e.g. `plandb outlook --year 2023`")
        #expect(error?.text(.ja) == "2030（令和12）年度は計画期間（2023～2027年度）の外です。\n2023～2027の年度を指定してください（例：`plandb outlook --year 2023`）。")
    }

    /// The view, the named query and OutlookFit (the Swift the period report uses) agree for
    /// every indicator as of every year.
    @Test func theViewTheQueryAndTheSwiftFormulaAgree() throws {
        let db = store.connection
        let current = try db.rows("SELECT * FROM v_indicator_outlook ORDER BY indicator_code")
        let final = try db.rows("SELECT \(current.first!.columns.joined(separator: ", ")) FROM v_indicator_outlook_by_year WHERE as_of_year = 2027 ORDER BY indicator_code")
        #expect(current == final)
        #expect(Set(try Outlook(store, plan: plan).indicators().map(\.code)) == Set(current.compactMap { $0.string("indicator_code") }))
        var compared = 0
        for year in 2023...2027 {
            for outlook in try Outlook(store, plan: plan).indicators(asOf: year) {
                let indicator = try #require(try db.row("SELECT * FROM v_indicators WHERE indicator_code = ?", [outlook.code]))
                let actuals = try db.rows("SELECT fiscal_year, value FROM v_indicator_results WHERE indicator_code = ? AND fiscal_year <= ?", [outlook.code, year])
                    .map { (year: $0.int("fiscal_year")!, value: $0.double("value")!) }
                let baseline = indicator.double("baseline_value").map { (year: indicator.int("baseline_year")!, value: $0) }
                let fit = try #require(OutlookFit(baseline: baseline, actuals: actuals, finalYear: 2027))
                let judgement = OutlookJudgement(direction: outlook.direction, forecast: fit.forecast, finalTarget: outlook.finalTarget, baseline: baseline?.value)
                #expect(fit.forecast == outlook.forecast, "\(outlook.code) as of \(year)")
                #expect(fit.basisCode == outlook.basis, "\(outlook.code) as of \(year)")
                #expect(fit.latestYear == outlook.latestYear)
                #expect(judgement.onTrack == outlook.onTrack)
                #expect(judgement.gap == outlook.gap)
                #expect(judgement.gapPct == outlook.gapPct)
                compared += 1
            }
        }
        // Six indicators from 2023, seven from 2024.
        #expect(compared == 6 + 7 * 4)
    }

    @Test func aLinePerPolicy() throws {
        let lines = try Outlook(store, plan: plan).policyLines(asOf: 2027)
        #expect(lines.map { $0.text(.en) } == [
            "outlook per policy (actuals up to 2027（令和9）年度):", "9-1 no outlook yet", "9-2 no outlook yet", "9-3 3 of 6 indicators on track",
        ])
        #expect(lines.last?.text(.ja) == "9-3 6指標のうち3指標が最終目標に届く見込み")
    }

    /// The lines are counted in Swift in one pass (issue #14); for every year they say what the
    /// view says.
    @Test func theLinesCountWhatTheViewSays() throws {
        var differing: [String] = []
        for year in 2023...2027 {
            let fromView = try store.connection.rows("""
                SELECT policy_code, count(*) AS judged, sum(on_track) AS on_track FROM v_indicator_outlook_by_year
                WHERE as_of_year = ? AND on_track IS NOT NULL GROUP BY policy_code
                """, [year])
            let expected = try store.connection.rows("SELECT policy_code FROM v_policies ORDER BY sort_key").map { policy -> String in
                let code = policy.string("policy_code")!
                guard let row = fromView.first(where: { $0.string("policy_code") == code }) else { return Message.outlookPolicyNone(code).text(.en) }
                return Message.outlookPolicyLine(code, onTrack: row.int("on_track")!, judged: row.int("judged")!).text(.en)
            }
            let lines = try Outlook(store, plan: plan).policyLines(asOf: year).dropFirst().map { $0.text(.en) }
            if lines != expected { differing.append("\(year): \(lines) ≠ \(expected)") }
        }
        #expect(differing == [])
        // The years differ from each other, so the comparison covers more than one answer.
        let first = try Outlook(store, plan: plan).policyLines(asOf: 2023).last?.text(.en)
        #expect(first == "9-3 3 of 5 indicators on track")
    }
}
