import Foundation
import HTTPTypes
import HummingbirdTesting
@testable import PlanCore
@testable import PlanServer
import TestSupport
import Testing

/// 事務事業 in the browser and the API, on a real server on 127.0.0.1: the department records
/// its project's 人工 and 事務事業評価 by the same ownership, lock and submission rules as every
/// other entry. 00123 is 市民協働課's (suzuki), 00456 総務課's (tanaka, the coordinator), 00789
/// 財政課's; 2024 rates 正職員 8,400 and 会計年度任用職員 2,500 千円 per person-year.
@Suite struct ProjectRouteTests {
    static let projectList = """
        事業コード,事業名,担当課,主な取組コード,按分,開始年度,終了年度
        00123,協働のまちづくり推進事業,市民協働課,6-1-1-1-1,60,2023,
        00123,協働のまちづくり推進事業,市民協働課,6-4-1-1-1,40,2023,
        00456,行政評価推進事業,総務課,6-6-1-1-1,,,
        00789,財政運営事業,財政課,6-7-1-1-1,100,2023,2027

        """

    static let budget2024 = """
        事業コード,予算額,決算額,国庫支出金,県支出金,地方債,その他特定財源
        00123,"12,345",11000,2000,500,0,0

        """

    /// The server's database with the projects, 2024's budget for 00123 and (unless `rated` is
    /// false) 2024's rates.
    static func fixture(rated: Bool = true) throws -> ServerFixture {
        let fixture = try ServerFixture()
        try fixture.withStore { store, _ in
            let plan = try PlanRef.choose(store, year: 2024)
            _ = try ProjectListImport(store, plan: plan, actor: "test")
                .run(file: try fixture.folder.write(projectList, to: "projects.csv"), as: "総務課", dryRun: false)
            _ = try BudgetImport(store, plan: plan, actor: "test")
                .run(file: try fixture.folder.write(budget2024, to: "budget.csv"), year: 2024, as: "財政課", dryRun: false)
            if rated {
                let rates = StaffRates(store, plan: plan, actor: "test")
                _ = try rates.set(year: 2024, kind: "正職員", amount: "8400", as: "総務課")
                _ = try rates.set(year: 2024, kind: "会計年度任用職員", amount: "2500", as: "総務課")
            }
        }
        return fixture
    }

    static func row(_ page: TestResponse, _ code: String) throws -> String {
        String(try #require(page.text.firstMatch(of: try Regex("<tr id=\"project-\(code)\">(?s:.*?)</tr>"))?.output[0].substring))
    }

    static let entry: [(String, String)] = [
        ("code", "00123"), ("staff:正職員", "1.10"), ("staff:会計年度任用職員", "0.5"), ("grade", "B"), ("next", "改善"),
        ("result", "協働事業を 12 件実施"), ("challenge", ""),
    ]

    @Test func theDepartmentRecordsItsProjectAndThePageShowsItWithItsCost() async throws {
        let fixture = try Self.fixture()
        try await fixture.testLive { client in
            let suzuki = try await PageRouteTests.signIn(client, "suzuki")
            let before = try await client.execute(uri: "/years/2024", method: .get, headers: suzuki.cookieOnly)
            // Only its own project; a field per rated kind (sorted by kind), each label tied to its field; budget only so far.
            let empty = try Self.row(before, "00123")
            #expect(!before.text.contains("id=\"project-00456\"") && !before.text.contains("id=\"project-00789\""))
            #expect(empty.contains(#"<label for="project-00123-staff-0">人工（会計年度任用職員）<input type="text" name="staff:会計年度任用職員" id="project-00123-staff-0" value="""#))
            #expect(empty.contains(#"<label for="project-00123-staff-1">人工（正職員）<input type="text" name="staff:正職員" id="project-00123-staff-1" value="""#))
            #expect(empty.contains(#"<td class="num" data-label="予算額">12345</td>"#) && empty.contains(#"<option value="改善">改善</option>"#))
            #expect(before.text.contains("単価のある職員区分：会計年度任用職員、正職員"))

            let saved = try await PageRouteTests.post(client, "/years/2024/projects", suzuki, Self.entry)
            #expect(saved.status == .seeOther && saved.headers[.location] == "/years/2024?project_saved=00123#project-00123")

            let after = try await client.execute(uri: "/years/2024?project_saved=00123", method: .get, headers: suzuki.cookieOnly)
            let row = try Self.row(after, "00123")
            #expect(row.contains(#"id="project-00123-staff-0" value="0.50""#) && row.contains(#"id="project-00123-staff-1" value="1.10""#))
            #expect(row.contains(#"<option value="B" selected>B："#) && row.contains(#"<option value="改善" selected>改善</option>"#))
            #expect(row.contains(">協働事業を 12 件実施</textarea>") && row.contains("保存しました"))
            // 人件費 1.10 × 8,400 + 0.50 × 2,500 = 10,490; フルコスト 決算 11,000 + 10,490 = 21,490;
            // 一般財源 21,490 − (2,000 + 500) = 18,990.
            #expect(row.contains(#"""
                <td class="num" data-label="予算額">12345</td>
                <td class="num" data-label="決算額">11000</td>
                <td class="num" data-label="人件費">10490</td>
                <td class="num" data-label="フルコスト">21490<br><span class="muted">決算ベース</span></td>
                <td class="num" data-label="一般財源">18990</td>
                """#))
            // The project's year is now entered: it counts in the page's totals.
            #expect(after.text.contains("入力済み 1 件"))

            // The API gives the same values.
            let api = try await client.signIn("suzuki")
            let listed = try await client.execute(uri: "/api/v1/projects?year=2024", method: .get, headers: api.cookieOnly).jsonArray()
            #expect(listed.count == 1)
            let project = try #require(listed.first)
            #expect(project["code"] as? String == "00123" && project["dept"] as? String == "市民協働課" && project["grade"] as? String == "B")
            #expect(project["next_direction"] as? String == "改善" && project["result"] as? String == "協働事業を 12 件実施" && project["challenge"] is NSNull)
            #expect(project["staff"] as? [String: String] == ["正職員": "1.10", "会計年度任用職員": "0.50"])
            let cost = try #require(project["cost"] as? [String: Any])
            #expect(cost["personnel_cost"] as? Int == 10490 && cost["full_cost"] as? Int == 21490 && cost["general_revenue"] as? Int == 18990)
            #expect(cost["basis"] as? String == "settled")
        }
        // The history names the account, the source is the web's, like the other entries.
        let history = try fixture.withStore { store, _ in
            try store.connection.rows("""
                SELECT record_kind, field, old_value, new_value, dept, actor FROM v_history
                WHERE item_code = '00123' AND record_kind IN (5, 7) ORDER BY record_kind, field
                """).map(\.values)
        }
        #expect(history == [
            [.integer(5), .text("project grade"), .null, .text("B"), .text("市民協働課"), .text("suzuki")],
            [.integer(5), .text("project next_direction"), .null, .text("改善"), .text("市民協働課"), .text("suzuki")],
            [.integer(5), .text("project result"), .null, .text("協働事業を 12 件実施"), .text("市民協働課"), .text("suzuki")],
            [.integer(7), .text("staff 会計年度任用職員"), .null, .text("0.50"), .text("市民協働課"), .text("suzuki")],
            [.integer(7), .text("staff 正職員"), .null, .text("1.10"), .text("市民協働課"), .text("suzuki")],
        ])
        let sources = try fixture.withStore { store, _ in
            try store.connection.rows("""
                SELECT 'staff', source, count(*) FROM project_staff GROUP BY source
                UNION ALL SELECT 'evaluation', source, count(*) FROM project_evaluations GROUP BY source
                """).map(\.values)
        }
        #expect(sources == [[.text("staff"), .text("web"), .integer(2)], [.text("evaluation"), .text("web"), .integer(1)]])
    }

    @Test func theAPIRecordsAProjectsYearAndTheCoordinatorSeesEveryProject() async throws {
        let fixture = try Self.fixture()
        try await fixture.testLive { client in
            let suzuki = try await client.signIn("suzuki")
            let body = #"{"staff": {"正職員": "1.10"}, "grade": "a", "next_direction": "継続", "result": "実施した"}"#
            let first = try await client.execute(uri: "/api/v1/projects/00123/years/2024", method: .put, headers: suzuki.headers, body: .init(string: body))
            #expect(first.status == .ok)
            let json = try first.json()
            #expect(json["result"] as? String == "recorded" && json["code"] as? String == "00123" && json["current"] as? String == "A / 継続")
            #expect(json["previous"] is NSNull && json["year"] as? Int == 2024)
            let again = try await client.execute(uri: "/api/v1/projects/00123/years/" + PageRoutes.percentEncoded("令和6"), method: .put, headers: suzuki.headers, body: .init(string: body))
            #expect(try again.status == .ok && again.json()["result"] as? String == "unchanged")
            // Only 人工: the evaluation stays.
            let staffOnly = try await client.execute(
                uri: "/api/v1/projects/00123/years/2024", method: .put, headers: suzuki.headers, body: .init(string: #"{"staff": {"会計年度任用職員": "2"}}"#))
            #expect(try staffOnly.status == .ok && staffOnly.json()["current"] as? String == "A / 継続")

            let tanaka = try await client.signIn("tanaka")
            let all = try await client.execute(uri: "/api/v1/projects?year=2024", method: .get, headers: tanaka.cookieOnly).jsonArray()
            #expect(all.map { $0["code"] as? String } == ["00123", "00456", "00789"])
            let own = try await client.execute(uri: "/api/v1/projects?year=2024", method: .get, headers: suzuki.cookieOnly).jsonArray()
            #expect(own.count == 1 && own[0]["staff"] as? [String: String] == ["正職員": "1.10", "会計年度任用職員": "2.00"])
            // 1.10 × 8,400 + 2.00 × 2,500 = 14,240.
            #expect((own[0]["cost"] as? [String: Any])?["personnel_cost"] as? Int == 14240)
        }
    }

    @Test func anotherDepartmentsProjectIs403() async throws {
        let fixture = try Self.fixture()
        try await fixture.testLive { client in
            let sato = try await client.signIn("sato")
            let api = try await client.execute(
                uri: "/api/v1/projects/00123/years/2024", method: .put, headers: sato.headers, body: .init(string: #"{"grade": "A"}"#))
            #expect(api.status == .forbidden)
            #expect(api.error == "企画政策課は 事業 00123 協働のまちづくり推進事業を記録できません。この事業の担当課が市民協働課であるため、記録できるのは市民協働課だけです。何も記録していません。")
            let page = try await PageRouteTests.signIn(client, "sato")
            let form = try await PageRouteTests.post(client, "/years/2024/projects", page, [("code", "00123"), ("grade", "A")])
            #expect(form.status == .forbidden && form.text.contains("企画政策課は 事業 00123 協働のまちづくり推進事業を記録できません。"))
            // Without the form's token nothing is even tried.
            let noToken = try await PageRouteTests.post(client, "/years/2024/projects", page, [("code", "00123"), ("grade", "A")], csrf: false)
            #expect(noToken.status == .forbidden && noToken.text.contains("CSRF トークンがないか、正しくありません。"))
        }
        #expect(try fixture.withStore { store, _ in try store.connection.scalar("SELECT count(*) FROM project_evaluations").int } == 0)
    }

    @Test func aSubmittedYearIs409() async throws {
        let fixture = try Self.fixture()
        try await fixture.testLive { client in
            let suzuki = try await client.signIn("suzuki")
            #expect(try await client.post("/api/v1/submissions", #"{"year": 2024}"#, headers: suzuki.headers).status == .ok)
            let api = try await client.execute(
                uri: "/api/v1/projects/00123/years/2024", method: .put, headers: suzuki.headers, body: .init(string: #"{"grade": "A"}"#))
            #expect(api.status == .conflict && api.error?.hasPrefix("市民協働課 は 2024（令和6）年度 を提出済みです（") == true)
            let page = try await PageRouteTests.signIn(client, "suzuki")
            let form = try await PageRouteTests.post(client, "/years/2024/projects", page, Self.entry)
            #expect(form.status == .conflict && form.text.contains("id=\"alert\">市民協働課 は 2024（令和6）年度 を提出済みです（"))
        }
        #expect(try fixture.withStore { store, _ in try store.connection.scalar("SELECT count(*) FROM project_staff").int } == 0)
    }

    @Test func aBadValueIs422AndItsErrorIsTiedToItsField() async throws {
        let fixture = try Self.fixture()
        try await fixture.testLive { client in
            let suzuki = try await client.signIn("suzuki")
            for body in [
                #"{"staff": {"正職員": "たくさん"}}"#, #"{"staff": {"再任用職員": "1"}}"#, #"{"grade": "Z"}"#, #"{"grade": "A", "next_direction": "様子見"}"#,
                #"{"result": "まだ評価なし"}"#, #"{}"#,
            ] {
                let response = try await client.execute(uri: "/api/v1/projects/00123/years/2024", method: .put, headers: suzuki.headers, body: .init(string: body))
                #expect(response.status == .unprocessableContent && response.error?.isEmpty == false, "\(body)")
            }
            let unknown = try await client.execute(uri: "/api/v1/projects/99999/years/2024", method: .put, headers: suzuki.headers, body: .init(string: #"{"grade": "A"}"#))
            #expect(unknown.status == .unprocessableContent)
            let badShape = try await client.execute(uri: "/api/v1/projects/00123/years/2024", method: .put, headers: suzuki.headers, body: .init(string: #"{"staff": "1.10"}"#))
            #expect(badShape.status == .badRequest && badShape.error == Message.projectStaffNotObject.text(.ja))
            let extra = try await client.execute(uri: "/api/v1/projects/00123/years/2024", method: .put, headers: suzuki.headers, body: .init(string: #"{"next": "継続"}"#))
            #expect(extra.status == .badRequest)

            let page = try await PageRouteTests.signIn(client, "suzuki")
            let bad = try await PageRouteTests.post(client, "/years/2024/projects", page, [
                ("code", "00123"), ("staff:正職員", "たくさん"), ("staff:会計年度任用職員", ""), ("grade", "B"), ("next", "継続"), ("result", "<b>x</b>"), ("challenge", ""),
            ])
            #expect(bad.status == .unprocessableContent)
            let row = try Self.row(bad, "00123")
            // The values sent come back; the error sits beside the 人工 and the fields point to it.
            #expect(row.contains(#"id="project-00123-staff-1" value="たくさん" size="6" inputmode="decimal" aria-invalid="true" aria-describedby="project-00123-staff-error">"#))
            #expect(row.contains(#"<span class="error" id="project-00123-staff-error">「たくさん」は正職員の人工になりません。"#))
            #expect(row.contains(">&lt;b&gt;x&lt;/b&gt;</textarea>") && !bad.text.contains("<b>x</b>"))
            let grade = try await PageRouteTests.post(client, "/years/2024/projects", page, [("code", "00123"), ("grade", ""), ("next", "継続"), ("result", ""), ("challenge", "")])
            #expect(grade.status == .unprocessableContent)
            let gradeRow = try Self.row(grade, "00123")
            #expect(gradeRow.contains(#"<select name="grade" id="project-00123-grade" aria-invalid="true" aria-describedby="project-00123-grade-error">"#))
            #expect(gradeRow.contains(#"<span class="error" id="project-00123-grade-error">"#))
            let long = try await PageRouteTests.post(client, "/years/2024/projects", page, [
                ("code", "00123"), ("grade", "B"), ("next", "継続"), ("result", String(repeating: "x", count: 4001)), ("challenge", ""),
            ])
            let tooLong = Message.entryTextTooLong("result", count: 4001, limit: 4000).text(.ja)
            #expect(long.status == .unprocessableContent)
            #expect(try Self.row(long, "00123").contains(#"<span class="error" id="project-00123-result-error">"# + tooLong))
        }
        #expect(try fixture.withStore { store, _ in try store.connection.scalar("SELECT count(*) FROM project_staff").int } == 0)
    }

    @Test func withoutRatesThePageSaysWhoSetsThem() async throws {
        try await Self.fixture(rated: false).testLive { client in
            let suzuki = try await PageRouteTests.signIn(client, "suzuki")
            let page = try await client.execute(uri: "/years/2024", method: .get, headers: suzuki.cookieOnly)
            #expect(page.text.contains("id=\"no-rates\">2024（令和6）年度の人件費単価がまだありません。単価は取りまとめ課（総務課）が <code>plandb rate set</code> で設定します。"))
            #expect(!(try Self.row(page, "00123")).contains("name=\"staff:"))
            // The evaluation can still be recorded.
            let saved = try await PageRouteTests.post(client, "/years/2024/projects", suzuki, [("code", "00123"), ("grade", "C"), ("next", "縮小"), ("result", ""), ("challenge", "")])
            #expect(saved.status == .seeOther)
        }
    }

    /// The project's code on the department's page opens its history; another department (not the
    /// coordinator) cannot read it.
    @Test func aProjectsHistoryIsLinkedFromItsRow() async throws {
        let fixture = try Self.fixture()
        try await fixture.testLive { client in
            let suzuki = try await PageRouteTests.signIn(client, "suzuki")
            _ = try await PageRouteTests.post(client, "/years/2024/projects", suzuki, Self.entry)
            let page = try await client.execute(uri: "/years/2024", method: .get, headers: suzuki.cookieOnly)
            #expect(try Self.row(page, "00123").contains(#"<td><a href="/projects/00123/history?year=2024">00123</a><br>協働のまちづくり推進事業</td>"#))
            let history = try await client.execute(uri: "/projects/00123/history?year=2024", method: .get, headers: suzuki.cookieOnly)
            #expect(history.status == .ok && history.text.contains("<h1>00123 協働のまちづくり推進事業 の履歴</h1>"))
            #expect(history.text.contains("<td>評価</td><td></td><td>B</td>") && history.text.contains("<td>市民協働課</td><td>suzuki</td>"))
            #expect(history.text.contains("<td>人工（正職員）</td><td></td><td>1.10</td>") && history.text.contains("<td>今後の方向性</td><td></td><td>改善</td>"))
            let sato = try await PageRouteTests.signIn(client, "sato")
            let refused = try await client.execute(uri: "/projects/00123/history?year=2024", method: .get, headers: sato.cookieOnly)
            #expect(refused.status == .forbidden && refused.text.contains("00123 は 企画政策課 が記録する項目ではありません。"))
            let unknown = try await client.execute(uri: "/projects/99999/history?year=2024", method: .get, headers: suzuki.cookieOnly)
            #expect(unknown.status == .unprocessableContent && unknown.text.contains("に事業 99999 はありません。"))
        }
    }
}
