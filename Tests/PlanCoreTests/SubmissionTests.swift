import Foundation
@testable import PlanCore
import SQLiteDB
import TestSupport
import Testing

/// Submission (提出) and return (差し戻し) on the embedded 香取市 plan (coordinator 総務課).
@Suite struct SubmissionTests {
    let folder: TemporaryFolder
    let store: PlanDatabase
    let plan: PlanRef
    let submissions: Submissions

    init() throws {
        folder = try TemporaryFolder()
        store = try PlanDatabase.open(path: try embeddedPlanDatabase(in: folder), access: .write)
        plan = try PlanRef.current(store)
        submissions = Submissions(store, plan: plan)
    }

    func view(_ dept: String, _ year: Int) throws -> [Value] {
        try #require(try store.connection.row(
            "SELECT fiscal_year, dept, state, actor, reason FROM v_submissions WHERE dept = ? AND fiscal_year = ?", [dept, year])).values
    }

    @Test func everyDepartmentStartsUnsubmitted() throws {
        #expect(try view("財政課", 2024) == [.integer(2024), .text("財政課"), .text("未提出"), .null, .null])
        // Every year of the plan, every department but a group such as 全課等.
        let counts = try store.connection.row("""
            SELECT count(DISTINCT fiscal_year) AS years, count(DISTINCT dept) AS depts, sum(dept = '全課等') AS groups FROM v_submissions
            """)
        #expect(counts?.int("years") == 5 && counts?.int("groups") == 0)
        #expect(counts?.int("depts") == (try store.connection.scalar("SELECT count(*) FROM departments WHERE kind = 'department'").int))
    }

    @Test func submitThenReturnThenSubmitAgain() throws {
        let submitted = try submissions.submit(year: 2024, dept: "財政課", actor: "suzuki")
        #expect(submitted == .submitted("財政課", "2024（令和6）年度", 0, 33, "総務課"))
        #expect(try view("財政課", 2024) == [.integer(2024), .text("財政課"), .text("提出済"), .text("suzuki"), .null])
        #expect(try view("財政課", 2025)[2] == .text("未提出"))

        let returned = try submissions.returnYear(2024, to: "財政課", reason: "6-5-I1 を確認してください", by: "総務課", actor: "tanaka")
        #expect(returned == .returned("財政課", "2024（令和6）年度", "6-5-I1 を確認してください"))
        #expect(try view("財政課", 2024) == [.integer(2024), .text("財政課"), .text("差し戻し"), .text("tanaka"), .text("6-5-I1 を確認してください")])

        _ = try submissions.submit(year: 2024, dept: "財政課", actor: "suzuki")
        #expect(try view("財政課", 2024)[2] == .text("提出済"))
        let history = try store.connection.rows("SELECT action, by_dept, actor, reason FROM v_submission_history ORDER BY event_id").map(\.values)
        #expect(history == [
            [.text("提出"), .text("財政課"), .text("suzuki"), .null],
            [.text("差し戻し"), .text("総務課"), .text("tanaka"), .text("6-5-I1 を確認してください")],
            [.text("提出"), .text("財政課"), .text("suzuki"), .null],
        ])
    }

    @Test func refusalsChangeNothing() throws {
        let at = try store.connection.scalar("SELECT count(*) FROM submission_events").int
        #expect(at == 0)
        // Nothing to return yet.
        #expect(throws: PlanError(.notSubmitted("財政課", "2024（令和6）年度", "未提出"), advice: .notSubmittedAdvice("財政課"))) {
            try submissions.returnYear(2024, to: "財政課", reason: "x", by: "総務課", actor: "tanaka")
        }
        _ = try submissions.submit(year: 2024, dept: "財政課", actor: "suzuki")
        let state = try submissions.state(of: "財政課", year: 2024)
        do {
            _ = try submissions.submit(year: 2024, dept: "財政課", actor: "suzuki")
            Issue.record("a second submit was accepted")
        } catch let error as PlanError {
            #expect(error == PlanError(.alreadySubmitted("財政課", "2024（令和6）年度", JapanTime.display(state.at ?? ""), "suzuki"), advice: .returnAdvice("財政課", 2024, "総務課")))
            #expect(error.kind == .conflict)
        }
        do {
            _ = try submissions.returnYear(2024, to: "財政課", reason: "x", by: "企画政策課", actor: "sato")
            Issue.record("a return by a department other than the coordinator was accepted")
        } catch let error as PlanError {
            #expect(error == PlanError(.returnNotCoordinator("企画政策課", "総務課"), advice: .returnNotCoordinatorAdvice("総務課")))
            #expect(error.kind == .forbidden)
        }
        #expect(throws: PlanError(.returnReasonMissing, advice: .returnReasonAdvice)) {
            try submissions.returnYear(2024, to: "財政課", reason: "  \n", by: "総務課", actor: "tanaka")
        }
        #expect(throws: PlanError.self) { try submissions.submit(year: 2030, dept: "財政課", actor: "suzuki") }
        #expect(throws: PlanError.self) { try submissions.submit(year: 2024, dept: "全課等", actor: "suzuki") }
        #expect(try store.connection.scalar("SELECT count(*) FROM submission_events").int == 1)
    }

    @Test func theEventsAreAppendOnly() throws {
        _ = try submissions.submit(year: 2024, dept: "財政課", actor: "suzuki")
        #expect(throws: SQLiteError.self) { try store.connection.execute("UPDATE submission_events SET actor = 'someone else'") }
        #expect(throws: SQLiteError.self) { try store.connection.execute("DELETE FROM submission_events") }
        #expect(throws: SQLiteError.self) {
            try store.connection.execute("INSERT INTO submission_events (plan_id, fiscal_year, dept_id, action, by_dept_id, actor, at) SELECT plan_id, 2024, 1, 'return', 1, 'x', 'now' FROM plans")
        }
    }

    @Test func statusShowsEachDepartmentsState() throws {
        _ = try submissions.submit(year: 2024, dept: "財政課", actor: "suzuki")
        let completion = Completion(store, plan: plan)
        let progress = try completion.progress(try completion.status(year: 2024), year: 2024)
        let finance = try #require(progress.first { $0.dept == "財政課" })
        #expect(finance.required == 33 && finance.entered == 0 && finance.missing == 33 && finance.submission.state == .submitted)
        #expect(progress.first { $0.dept == "総務課" }?.submission.state == .notSubmitted)
        let summary = Completion.summary(progress)
        #expect(summary.columns == ["dept", "required", "entered", "missing", "state", "since"])
    }
}

/// After a submit, the department's entries for the year are refused by every write path
/// until the coordinator returns it; every record names its actor.
@Suite struct SubmittedYearTests {
    let folder: TemporaryFolder
    let store: PlanDatabase
    let plan: PlanRef

    init() throws {
        folder = try TemporaryFolder()
        store = try PlanDatabase.open(path: try embeddedPlanDatabase(in: folder), access: .write)
        plan = try PlanRef.current(store)
    }

    func refusal(_ body: () throws -> Void) -> PlanError? {
        do {
            try body()
            return nil
        } catch let error as PlanError {
            return error
        } catch {
            return nil
        }
    }

    @Test func aSubmittedYearRefusesTheDepartmentsEntriesUntilReturned() throws {
        let recorder = Recorder(store, plan: plan, actor: "suzuki")
        let submissions = Submissions(store, plan: plan)
        _ = try submissions.submit(year: 2024, dept: "財政課", actor: "suzuki")
        let at = try #require(try submissions.state(of: "財政課", year: 2024).at)
        // When it was submitted, in Japan's time and form.
        let expected = PlanError(.entriesRefusedSubmitted("財政課", "2024（令和6）年度", JapanTime.display(at)), advice: .returnAdvice("財政課", 2024, "総務課"))
        for attempt in [
            { _ = try recorder.recordIndicator("6-7-I3", year: 2024, value: "18.0", as: "財政課") },
            { _ = try recorder.recordInitiative("6-7-1-1-1", year: 2024, grade: "B", next: nil, result: nil, challenge: nil, as: "財政課") },
            { _ = try recorder.recordPolicy("6-7", year: 2024, grade: "B", comment: nil, stage: .first, as: "財政課") },
        ] as [() throws -> Void] {
            let error = refusal(attempt)
            #expect(error == expected && error?.kind == .conflict)
        }
        // Another year, and another department, are not affected.
        #expect(try recorder.recordIndicator("6-7-I3", year: 2025, value: "18.0", as: "財政課").result == .recorded)
        #expect(try recorder.recordIndicator("6-7-I2", year: 2024, value: "500,000", as: "企画政策課").result == .recorded)

        let sheet = folder.path("sheet.csv")
        try "年度,区分,コード,名称,単位,現状値,目標値,実績値\n2024,実績値,6-7-I3,実質公債費比率,%,,,18.0\n".write(toFile: sheet, atomically: true, encoding: .utf8)
        let imported = refusal { _ = try EntryImport(store, plan: plan).run(file: sheet, dept: "財政課", dryRun: false) }
        #expect(imported?.text(.en).contains("財政課 submitted 2024（令和6）年度") == true)

        _ = try submissions.returnYear(2024, to: "財政課", reason: "修正", by: "総務課", actor: "tanaka")
        #expect(try recorder.recordIndicator("6-7-I3", year: 2024, value: "18.0", as: "財政課").result == .recorded)
        #expect(try store.connection.scalar("SELECT count(*) FROM indicator_actuals WHERE fiscal_year = 2024 AND indicator_id = (SELECT indicator_id FROM indicators WHERE code = '6-7-I3')").int == 1)
    }

    @Test func refusalsCarryTheirKind() throws {
        let recorder = Recorder(store, plan: plan)
        #expect(refusal { _ = try recorder.recordIndicator("6-7-I3", year: 2024, value: "18.0", as: "総務課") }?.kind == .forbidden)
        #expect(refusal { _ = try recorder.recordIndicator("6-7-I3", year: 2024, value: "たくさん", as: "財政課") }?.kind == .invalid)
        _ = try Snapshots(store, plan: plan).create(year: 2024, as: "総務課", note: nil, allowIncomplete: true)
        #expect(refusal { _ = try recorder.recordIndicator("6-7-I3", year: 2024, value: "18.0", as: "財政課") }?.kind == .conflict)
        #expect(refusal { _ = try Submissions(store, plan: plan).submit(year: 2024, dept: "財政課", actor: "x") }?.kind == .conflict)
    }

    @Test func everyRecordNamesItsActor() throws {
        _ = try Recorder(store, plan: plan, source: "web", actor: "suzuki").recordIndicator("6-7-I3", year: 2024, value: "18.0", as: "財政課")
        _ = try Recorder(store, plan: plan).recordInitiative("6-7-1-1-1", year: 2024, grade: "B", next: "継続", result: nil, challenge: nil, as: "財政課")
        let rows = try store.connection.rows("SELECT item_code, field, new_value, actor FROM v_history ORDER BY at, record_kind, record_id, field_seq").map(\.values)
        #expect(rows == [
            [.text("6-7-I3"), .text("value"), .text("18.0"), .text("suzuki")],
            [.text("6-7-1-1-1"), .text("grade"), .text("B"), .text(OSUser.name)],
            [.text("6-7-1-1-1"), .text("next_direction"), .text("継続"), .text(OSUser.name)],
        ])
        let history = try History(store, plan: plan).rows(code: "6-7-I3", year: nil)
        #expect(history.columns.last == "actor" && history.rows.first?.last == .text("suzuki"))
    }
}
