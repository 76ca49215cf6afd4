import Foundation
import HTTPTypes
import HummingbirdTesting
@testable import PlanCore
@testable import PlanServer
import TestSupport
import Testing

/// The API with the next plan loaded beside the current one: a year of each plan, with the same
/// codes meaning different items (DESIGN.md, "Several plans in one file").
@Suite struct SeveralPlansRouteTests {
    /// The fixture's file with 香取市's next plan (2028–2032) loaded, and an account of 税務課.
    static func fixture() throws -> ServerFixture {
        let fixture = try ServerFixture()
        let store = try PlanDatabase.open(path: fixture.path, access: .write)
        _ = try SeedImporter(store).importPlan(try SeedSource.folder(try NextPlanFixture.write(into: fixture.folder)).plan())
        _ = try Accounts(store).add("kato", dept: "税務課", password: ServerFixture.password, actor: "test", cost: 4)
        return fixture
    }

    @Test func eachYearsItemsAndEntriesAreThoseOfItsPlan() async throws {
        let fixture = try Self.fixture()
        try await fixture.test { client in
            let kato = try await client.signIn("kato")
            let old = try await client.execute(uri: "/api/v1/items?year=2027", method: .get, headers: kato.cookieOnly).jsonArray()
            let new = try await client.execute(uri: "/api/v1/items?year=2028", method: .get, headers: kato.cookieOnly).jsonArray()
            #expect(old.map { $0["code"] as? String } == ["6-7-I1"] && new.map { $0["code"] as? String } == ["6-7-I1"])
            #expect(old.first?["target"] as? String != new.first?["target"] as? String)
            for (year, value) in [(2027, "95.30"), (2028, "95.45")] {
                let body = #"{"kind": "indicator", "code": "6-7-I1", "year": \#(year), "value": "\#(value)"}"#
                #expect(try await client.post("/api/v1/entries", body, headers: kato.headers).status == .ok)
            }
            let plans = try await client.execute(uri: "/api/v1/items?year=2030&plan=katori-2-kouki", method: .get, headers: kato.cookieOnly)
            #expect(plans.status == .unprocessableContent)
        }
        let results = try fixture.withStore { store, _ in
            try store.connection.rows("SELECT plan_code, fiscal_year, value_text, recorded_by FROM v_indicator_results ORDER BY fiscal_year").map(\.values)
        }
        #expect(results == [["katori-2-kouki", 2027, "95.30", "税務課"], ["katori-3-zenki", 2028, "95.45", "税務課"]])
    }

    @Test func theCoordinatorOfEachYearsPlanSeesItsStatus() async throws {
        try await Self.fixture().test { client in
            let tanaka = try await client.signIn("tanaka")
            let old = try await client.execute(uri: "/api/v1/status?year=2027", method: .get, headers: tanaka.cookieOnly).jsonArray()
            let new = try await client.execute(uri: "/api/v1/status?year=2028", method: .get, headers: tanaka.cookieOnly).jsonArray()
            // The old plan has 9 reporting departments; the new one 総務課, 財政課 and 税務課, of which two have duties.
            #expect(old.count > new.count)
            #expect(Set(new.compactMap { $0["dept"] as? String }).isSubset(of: ["総務課", "財政課", "税務課"]))
        }
    }

    @Test func aYearOfTwoPlansLetsTheClerkChooseThePage() async throws {
        let fixture = try Self.fixture()
        // A third plan whose period (2026–2030) overlaps both: 2028 now belongs to two plans.
        let other = NextPlanFixture.plan.replacingOccurrences(of: "code: katori-3-zenki", with: "code: sample-town")
            .replacingOccurrences(of: "start_year: 2028", with: "start_year: 2026").replacingOccurrences(of: "end_year: 2032", with: "end_year: 2030")
            .replacingOccurrences(of: "name: 第3次総合計画 前期基本計画", with: "name: 試験町総合計画")
        let policy = NextPlanFixture.policy.replacingOccurrences(of: "year: 2030", with: "year: 2029").replacingOccurrences(of: "year: 2032", with: "year: 2030")
        try fixture.folder.write(other, to: "other/plan.yaml")
        try fixture.folder.write(NextPlanFixture.vocabularies, to: "other/vocabularies.yaml")
        try fixture.folder.write(policy, to: "other/policies/6-7.yaml")
        let store = try PlanDatabase.open(path: fixture.path, access: .write)
        _ = try SeedImporter(store).importPlan(try SeedSource.folder(fixture.folder.path("other")).plan())
        try await fixture.test { client in
            let kato = try await PageRouteTests.signIn(client, "kato")
            let choose = try await client.execute(uri: "/years/2028", method: .get, headers: [.cookie: kato.cookie])
            #expect(choose.status == .ok)
            // The header names the town, not one of the two plans the clerk is asked to choose between.
            #expect(choose.text.contains("<title>計画の選択 - 香取市</title>") && choose.text.contains("<strong>香取市</strong>"))
            #expect(choose.text.contains("<a href=\"/years/2028?plan=katori-3-zenki\">第3次総合計画 前期基本計画（katori-3-zenki、2028–2032年度）</a>"))
            #expect(choose.text.contains("<a href=\"/years/2028?plan=sample-town\">試験町総合計画（sample-town、2026–2030年度）</a>"))
            let chosen = try await client.execute(uri: "/years/2028?plan=sample-town", method: .get, headers: [.cookie: kato.cookie])
            #expect(chosen.text.contains("<strong>試験町総合計画</strong>") && chosen.text.contains("action=\"/years/2028/entries?plan=sample-town\""))
            let api = try await client.execute(uri: "/api/v1/items?year=2028", method: .get, headers: [.cookie: kato.cookie])
            #expect(api.status == .unprocessableContent)
            let named = try await client.execute(uri: "/api/v1/items?year=2028&plan=sample-town", method: .get, headers: [.cookie: kato.cookie])
            #expect(named.status == .ok)
        }
    }
}
