import Foundation
import PlanCore
import SQLiteDB
import TestSupport
import Testing

/// A （再掲） initiative on the embedded plan: evaluated once, where it is first printed.
/// 6-6-1-2-1 reprints 6-3-1-1-1 (企画政策課); 6-3 and 6-4 each hold one reprint of an initiative
/// printed in another 大綱.
extension RecordingTests {
    @Test func everyReprintSaysWhatItReprints() throws {
        #expect(try store.connection.rows("SELECT initiative_code, policy_code, title, lead_dept, reprint_of FROM v_initiatives WHERE is_reprint = 1 ORDER BY initiative_code").map(\.values) == [
            ["6-3-2-1-5", "6-3", "婚活や結婚新生活に係る支援措置の展開", "企画政策課", nil],
            ["6-4-2-1-5", "6-4", "中学校国際交流事業の実施", "市民協働課", nil],
            ["6-6-1-2-1", "6-6", "過疎計画の進行管理と評価", "総務課", "6-3-1-1-1"],
        ])
        #expect(try store.connection.scalar("SELECT count(*) FROM v_initiatives WHERE is_reprint = 0 AND reprint_of IS NOT NULL") == .integer(0))
    }

    @Test func aReprintIsNobodysDuty() throws {
        let duties = try Departments(store, plan: plan).duties(of: "総務課")
        #expect(!duties.contains { $0.code == "6-6-1-2-1" })
        #expect(duties.filter { $0.kind == .initiative }.count == 27)
        #expect(try Departments(store, plan: plan).duties(of: "企画政策課").contains { $0.code == "6-3-1-1-1" })
        let codes = Set(try Completion(store, plan: plan).status(year: 2023).map(\.duty.code))
        #expect(codes.isDisjoint(with: ["6-3-2-1-5", "6-4-2-1-5", "6-6-1-2-1"]))
        let sheet = try EntryTemplate(store, plan: plan).rows(dept: "総務課", year: 2023)
        #expect(!sheet.rows.contains { $0[2] == .text("6-6-1-2-1") })
        let query = try QueryLibrary.load(userFolder: nil).query("missing_entries")
        let missing = try store.connection.rows(query.sql, named: ["year": 2023, "dept": "総務課"]).compactMap { $0.string("code") }
        #expect(missing.count == duties.count)
        #expect(!missing.contains("6-6-1-2-1"))
    }

    @Test func recordingOnAReprintIsRefusedNamingTheOriginal() throws {
        let reprint = planError { try recorder.recordInitiative("6-6-1-2-1", year: 2023, grade: "A", next: "継続", result: nil, challenge: nil, as: "総務課") }
        #expect(reprint?.text(.en) == "6-6-1-2-1 過疎計画の進行管理と評価 is a reprint （再掲） of 6-3-1-1-1, which 企画政策課 evaluates where it is first printed; nothing was recorded\nrecord the evaluation on 6-3-1-1-1 with --as 企画政策課; the reprint shows it")
        #expect(reprint?.text(.ja) == "6-6-1-2-1 過疎計画の進行管理と評価 は 6-3-1-1-1 の再掲（再掲）です。評価は初出の 6-3-1-1-1 で企画政策課が行うため、何も記録していません。\n評価は 6-3-1-1-1 に `--as 企画政策課` で記録してください。再掲にはその評価が表示されます。")
        let outside = planError { try recorder.recordInitiative("6-4-2-1-5", year: 2023, grade: "A", next: nil, result: nil, challenge: nil, as: "市民協働課") }
        #expect(outside?.text(.en) == "6-4-2-1-5 中学校国際交流事業の実施 is a reprint （再掲） of an initiative printed outside this plan; it is evaluated where it is first printed, outside this plan, so nothing was recorded\nrecord its evaluation in the plan that first prints it; here it needs no entry")
        #expect(outside?.text(.ja) == "6-4-2-1-5 中学校国際交流事業の実施 は、この計画の外で初めて掲載された主な取組の再掲（再掲）です。評価は初出の箇所で行うため、何も記録していません。\n評価は初めて掲載した計画で記録してください。ここでの入力は不要です。")
        #expect(try store.connection.scalar("SELECT count(*) FROM initiative_evaluations") == .integer(0))
    }

    @Test func theReprintShowsItsOriginalsEvaluation() throws {
        _ = try recorder.recordInitiative("6-3-1-1-1", year: 2023, grade: "B", next: "継続", result: "進行管理を実施", challenge: nil, as: "企画政策課")
        #expect(try store.connection.rows("""
            SELECT initiative_code, fiscal_year, grade, next_direction, recorded_by, is_reprint, evaluated_code
            FROM v_initiative_evaluations_with_reprints ORDER BY initiative_code
            """).map(\.values) == [
            ["6-3-1-1-1", 2023, "B", "継続", "企画政策課", 0, "6-3-1-1-1"],
            ["6-6-1-2-1", 2023, "B", "継続", "企画政策課", 1, "6-3-1-1-1"],
        ])
        #expect(try store.connection.scalar("SELECT count(*) FROM v_initiative_evaluations") == .integer(1))
    }

    @Test func everyExportShowsTheOriginalsGradeOnTheReprint() throws {
        _ = try recorder.recordInitiative("6-3-1-1-1", year: 2023, grade: "B", next: "継続", result: "進行管理を実施", challenge: nil, as: "企画政策課")
        let info = try Snapshots(store, plan: plan).create(year: 2023, as: "総務課", note: nil, allowIncomplete: true)
        let document = try SnapshotDocument.load(store, plan: plan, snapshot: info)

        let markdown = try document.export(.markdown)
        let section66 = try #require(markdown.components(separatedBy: "\n## 6-6 ").last?.components(separatedBy: "\n## 6-7 ").first)
        let reprintLine = try #require(section66.components(separatedBy: "\n").first { $0.hasPrefix("| 6-6-1-2-1 |") })
        #expect(reprintLine.contains(" 過疎計画の進行管理と評価（再掲：評価は 6-3-1-1-1・企画政策課） | B | 継続 |"))
        let section64 = try #require(markdown.components(separatedBy: "\n## 6-4 ").last?.components(separatedBy: "\n## 6-5 ").first)
        #expect(section64.contains(" 中学校国際交流事業の実施（再掲：本計画外の初出箇所で評価） | — | — |"))

        // The CSV's cells of each reprint's row (none of these texts holds a comma or a quote).
        let csv = try document.export(.csv).components(separatedBy: "\r\n").map { $0.components(separatedBy: ",") }
        let csvReprint = try #require(csv.first { $0.contains("6-6-1-2-1") })
        #expect(csvReprint.contains("過疎計画の進行管理と評価（再掲：評価は 6-3-1-1-1・企画政策課）") && csvReprint.contains("B") && csvReprint.contains("継続"))
        let csvOutside = try #require(csv.first { $0.contains("6-4-2-1-5") })
        #expect(csvOutside.contains("中学校国際交流事業の実施（再掲：本計画外の初出箇所で評価）") && !csvOutside.contains("B"))

        let html = try document.export(.html)
        let htmlSection = try #require(html.components(separatedBy: "<section class=\"policy\" id=\"p6-6\">").last?.components(separatedBy: "</section>").first)
        #expect(htmlSection.contains("<td>過疎計画の進行管理と評価（再掲：評価は 6-3-1-1-1・企画政策課）<br/><small>6-6-1-2-1</small></td><td><span class=\"grade grade-B\">B</span></td><td>継続</td><td>進行管理を実施</td>"))

        let json = try #require(JSONSerialization.jsonObject(with: Data(document.export(.json).utf8)) as? [String: Any])
        let policies = try #require(json["policies"] as? [[String: Any]])
        let initiatives = try #require(policies.first { $0["code"] as? String == "6-6" }?["initiatives"] as? [[String: Any]])
        let reprint = try #require(initiatives.first { $0["code"] as? String == "6-6-1-2-1" })
        #expect(reprint["grade"] as? String == "B")
        #expect(reprint["next_direction"] as? String == "継続")
        #expect(reprint["reprint"] as? Bool == true)
        let origin = try #require(reprint["reprint_of"] as? [String: Any])
        #expect(origin["code"] as? String == "6-3-1-1-1")
        #expect(origin["dept"] as? String == "企画政策課")
        #expect(origin["outside_plan"] as? Bool == false)
        let outside = try #require(policies.first { $0["code"] as? String == "6-4" }?["initiatives"] as? [[String: Any]])
        #expect((outside.first { $0["code"] as? String == "6-4-2-1-5" }?["reprint_of"] as? [String: Any])?["outside_plan"] as? Bool == true)

        // Counted once, where first printed: the grade summary of 6-3 has it, 6-6's leaves the reprint out.
        let summary = markdown.components(separatedBy: "\n").filter { $0.hasPrefix("| 6-3 ") || $0.hasPrefix("| 6-6 ") }.map { $0.components(separatedBy: " | ")[3] }
        #expect(summary == ["0/1/0/0/4", "0/0/0/0/27"])
        #expect(try Maintenance.check(store, migrator: try Migrator.embedded()).filter { $0.check == "snapshot" }.map(\.status) == [.ok])
    }
}
