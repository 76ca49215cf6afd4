import PlanCore
import SQLiteDB
import TestSupport
import Testing

/// Every refusal of freezing, reopening and finding a snapshot, read in English and in Japanese.
@Suite struct SnapshotMessagesTests {
    let folder: TemporaryFolder
    let store: PlanDatabase
    let plan: PlanRef

    init() throws {
        folder = try TemporaryFolder()
        store = try PlanDatabase.open(path: try embeddedPlanDatabase(in: folder), access: .write)
        plan = try PlanRef.current(store)
    }

    var snapshots: Snapshots { Snapshots(store, plan: plan) }

    @Test func onlyTheCoordinatorFreezesAndReopens() throws {
        let freeze = planError { _ = try snapshots.create(year: 2023, as: "財政課", note: nil, allowIncomplete: true) }
        #expect(freeze?.text(.en) == "財政課 cannot freeze 2023（令和5）年度: only the coordinating department, 総務課, may; nothing was changed\nrun it with --as 総務課")
        #expect(freeze?.text(.ja) == "財政課は2023（令和5）年度を確定できません。これができるのは取りまとめ課の総務課だけです。何も変更していません。\n`--as 総務課` を付けて実行してください。")
        let reopen = planError { _ = try snapshots.reopen(year: 2023, reason: "訂正", as: "税務課") }
        #expect(reopen?.text(.en) == "税務課 cannot reopen 2023（令和5）年度: only the coordinating department, 総務課, may; nothing was changed\nrun it with --as 総務課")
        #expect(reopen?.text(.ja) == "税務課は2023（令和5）年度の確定を解除できません。これができるのは取りまとめ課の総務課だけです。何も変更していません。\n`--as 総務課` を付けて実行してください。")
        #expect(try store.connection.scalar("SELECT count(*) FROM snapshots") == .integer(0))
    }

    @Test func aYearOutsideThePlanIsRefused() throws {
        let outside = planError { _ = try snapshots.create(year: 2030, as: "総務課", note: nil, allowIncomplete: true) }
        #expect(outside?.text(.en) == "2030（令和12）年度 is outside the plan's period (2023（令和5）年度～2027（令和9）年度)\ngive a year from 2023 to 2027")
        #expect(outside?.text(.ja) == "2030（令和12）年度は計画期間（2023（令和5）年度～2027（令和9）年度）の外です。\n2023 から 2027 までの年度を指定してください。")
    }

    @Test func aFrozenYearIsNotFrozenTwiceAndReopeningNeedsAReason() throws {
        _ = try snapshots.create(year: 2023, as: "総務課", note: nil, allowIncomplete: true)
        let twice = planError { _ = try snapshots.create(year: 2023, as: "総務課", note: nil, allowIncomplete: true) }
        #expect(twice?.text(.en) == "2023（令和5）年度 is already frozen as version 1\nto change it, `plandb snapshot reopen 2023 --reason TEXT --as 総務課`, record the corrections, then create again")
        #expect(twice?.text(.ja) == "2023（令和5）年度は第1版として確定済みです。\n変えるには `plandb snapshot reopen 2023 --reason TEXT --as 総務課` で確定を解除し、訂正を記録してから、もう一度確定してください。")
        let noReason = planError { _ = try snapshots.reopen(year: 2023, reason: "  ", as: "総務課") }
        #expect(noReason?.text(.en) == "a reason is required to reopen a year\nsay why with --reason TEXT")
        #expect(noReason?.text(.ja) == "年度の確定を解除するには理由が必要です。\n`--reason TEXT` で理由を書いてください。")
        let notFrozen = planError { _ = try snapshots.reopen(year: 2024, reason: "訂正", as: "総務課") }
        #expect(notFrozen?.text(.en) == "2024（令和6）年度 is not frozen\n`plandb snapshot list` shows the frozen years")
        #expect(notFrozen?.text(.ja) == "2024（令和6）年度は確定されていません。\n`plandb snapshot list` で確定済みの年度を一覧できます。")
    }

    @Test func anIncompleteYearNamesWhatIsMissingByDepartment() throws {
        let incomplete = planError { _ = try snapshots.create(year: 2023, as: "総務課", note: nil, allowIncomplete: false) }
        #expect(incomplete?.text(.en) == """
            2023（令和5）年度 is incomplete: 156 entries are missing (市民協働課 44、企画政策課 18、財政課 33、秘書広報課 22、総務課 38、税務課 1); no snapshot was made
            `plandb status --year 2023` lists them; chase them, or freeze anyway with --allow-incomplete
            """)
        #expect(incomplete?.text(.ja) == """
            2023（令和5）年度は未入力が 156 件あります（市民協働課 44 件、企画政策課 18 件、財政課 33 件、秘書広報課 22 件、総務課 38 件、税務課 1 件）。スナップショットは作成していません。
            `plandb status --year 2023` で未入力の項目を一覧できます。入力を依頼するか、`--allow-incomplete` を付けて未入力のまま確定してください。
            """)
        #expect(try store.connection.scalar("SELECT count(*) FROM snapshots") == .integer(0))
    }

    @Test func oneMissingEntryIsNamedInTheSingular() throws {
        try recordEveryDuty(store, plan: plan, year: 2025, leavingOut: 1)
        let one = planError { _ = try snapshots.create(year: 2025, as: "総務課", note: nil, allowIncomplete: false) }
        #expect(one?.message.text(.en) == "2025（令和7）年度 is incomplete: 1 entry is missing (税務課 1); no snapshot was made")
        #expect(one?.message.text(.ja) == "2025（令和7）年度は未入力が 1 件あります（税務課 1 件）。スナップショットは作成していません。")
    }

    @Test func findingASnapshotThatIsNotThere() throws {
        let none = planError { _ = try snapshots.find(year: 2024) }
        #expect(none?.text(.en) == "2024（令和6）年度 has no snapshot\nthe coordinator makes one with `plandb snapshot create --year 2024 --as 総務課`")
        #expect(none?.text(.ja) == "2024（令和6）年度のスナップショットはありません。\n取りまとめ課が `plandb snapshot create --year 2024 --as 総務課` で作成します。")
        _ = try snapshots.create(year: 2023, as: "総務課", note: nil, allowIncomplete: true)
        _ = try snapshots.reopen(year: 2023, reason: "訂正", as: "総務課")
        _ = try snapshots.create(year: 2023, as: "総務課", note: nil, allowIncomplete: true)
        let noVersion = planError { _ = try snapshots.find(year: 2023, version: 3) }
        #expect(noVersion?.text(.en) == "2023（令和5）年度 has no version 3\nits versions: 1, 2")
        #expect(noVersion?.text(.ja) == "2023（令和5）年度に第3版はありません。\nこの年度の版：1、2")
    }

    @Test func aSnapshotReferenceIsAYearOrAYearAndVersion() throws {
        #expect(try Snapshots.reference("2023") == (2023, nil))
        #expect(try Snapshots.reference("R5:2") == (2023, 2))
        let bad = planError { _ = try Snapshots.reference("2023:x") }
        #expect(bad?.text(.en) == "`2023:x` is not a snapshot\nwrite YEAR or YEAR:VERSION, e.g. 2023 or 2023:2")
        #expect(bad?.text(.ja) == "`2023:x` はスナップショットの指定として読めません。\nYEAR か YEAR:VERSION の形で書いてください（例：2023、2023:2）。")
    }

    @Test func aWorkbookIsNotWrittenToStandardOutput() throws {
        let info = try snapshots.create(year: 2023, as: "総務課", note: nil, allowIncomplete: true)
        let refused = planError { _ = try SnapshotDocument.load(store, plan: plan, snapshot: info).export(.xlsx) }
        #expect(refused?.text(.en) == "a workbook is not written to standard output\ngive a file name, e.g. `plandb snapshot export 2023 --format xlsx --out 評価結果報告書.xlsx`")
        #expect(refused?.text(.ja) == "ブック（xlsx）は標準出力には書き出せません。\nファイル名を指定してください（例：`plandb snapshot export 2023 --format xlsx --out 評価結果報告書.xlsx`）。")
    }

    @Test func theDiffSpeaksToPeopleAndKeepsKeysForScripts() throws {
        _ = try Recorder(store, plan: plan).recordIndicator("6-7-I1", year: 2023, value: "95.10", as: "税務課")
        _ = try snapshots.create(year: 2023, as: "総務課", note: nil, allowIncomplete: true)
        _ = try snapshots.reopen(year: 2023, reason: "訂正", as: "総務課")
        _ = try Recorder(store, plan: plan).recordIndicator("6-7-I1", year: 2023, value: "95.20", as: "税務課")
        _ = try snapshots.create(year: 2023, as: "総務課", note: nil, allowIncomplete: true)
        let v1 = try SnapshotDocument.load(store, plan: plan, snapshot: try snapshots.find(year: 2023, version: 1))
        let v2 = try SnapshotDocument.load(store, plan: plan, snapshot: try snapshots.find(year: 2023))
        #expect(SnapshotDiff.rows(v1, v2).rows.map { $0[0] } == [.text("indicator"), .text("indicator")])
        #expect(SnapshotDiff.headings(v1, v2).map { $0.text(.en) } == ["kind", "code", "field", "2023 v1", "2023 v2"])
        #expect(SnapshotDiff.headings(v1, v2).map { $0.text(.ja) } == ["区分", "コード", "項目", "2023年度 第1版", "2023年度 第2版"])
    }
}
