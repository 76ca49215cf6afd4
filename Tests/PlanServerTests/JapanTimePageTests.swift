import Foundation
import HTTPTypes
import HummingbirdTesting
@testable import PlanCore
@testable import PlanServer
import TestSupport
import Testing

/// The pages show stored instants in Japan's time and form (issue 27); what is stored, and what
/// the JSON API answers, stays ISO 8601 in UTC. The instants are fixed UTC evenings that are the
/// next day in Japan.
@Suite struct JapanTimePageTests {
    /// 31 March 15:30 UTC: already 1 April (and the next fiscal year) in Japan.
    static let submittedAt = "2025-03-31T15:30:00.000Z"
    /// The instant: 29 November 20:06 UTC is 30 November 05:06 in Japan.
    static let recordedAt = "2026-11-29T20:06:12.188Z"

    /// 企画政策課's 2024 submitted, and an actual of 6-7-I2 recorded, at the fixed instants (rows
    /// written as the recorder writes them, with the instant given instead of SQLite's now).
    static func fixture() throws -> ServerFixture {
        let fixture = try ServerFixture()
        try fixture.withStore { store, plan in
            let dept = "(SELECT dept_id FROM departments WHERE name = '企画政策課')"
            try store.connection.execute("""
                INSERT INTO submission_events (plan_id, fiscal_year, dept_id, action, reason, by_dept_id, actor, at)
                VALUES ((SELECT plan_id FROM plans WHERE code = :plan), 2024, \(dept), 'submit', NULL, \(dept), 'sato', :at)
                """, named: ["plan": plan.code, "at": submittedAt])
            try store.connection.execute("""
                INSERT INTO indicator_actuals (indicator_id, fiscal_year, value_text, value, note, recorded_by, recorded_at, source, actor)
                SELECT i.indicator_id, 2024, '512345', 512345, NULL, \(dept), :at, 'web', 'sato'
                FROM indicators i JOIN policies p ON p.policy_id = i.policy_id JOIN plans pl ON pl.plan_id = p.plan_id
                WHERE i.code = '6-7-I2' AND pl.code = :plan
                """, named: ["plan": plan.code, "at": recordedAt])
        }
        return fixture
    }

    @Test func theDepartmentPageAndTheDashboardShowJapansTime() async throws {
        try await Self.fixture().testLive { client in
            let sato = try await PageRouteTests.signIn(client, "sato")
            let page = try await client.execute(uri: "/years/2024", method: .get, headers: sato.cookieOnly)
            #expect(page.text.contains("id=\"state\">提出済</span> <span class=\"muted\">2025年4月1日 00:30 sato</span>"))
            let again = try await PageRouteTests.post(client, "/years/2024/submit", sato, [])
            #expect(again.status == .conflict && again.text.contains("企画政策課 は 2024（令和6）年度 をすでに提出しています（2025年4月1日 00:30、sato）。"))

            let tanaka = try await PageRouteTests.signIn(client, "tanaka")
            let dashboard = try await client.execute(uri: "/years/2024/dashboard", method: .get, headers: tanaka.cookieOnly)
            let row = try #require(dashboard.text.firstMatch(of: /<tr id="dept-企画政策課">(?s:.*?)<\/tr>/)?.output)
            #expect(row.contains("<span class=\"muted\">2025年4月1日 00:30 sato</span>"))
            #expect(!dashboard.text.contains("2025-03-31T") && !page.text.contains("2025-03-31T"))
        }
    }

    @Test func theHistoryShowsJapansTime() async throws {
        try await Self.fixture().testLive { client in
            let sato = try await PageRouteTests.signIn(client, "sato")
            let history = try await client.execute(uri: "/items/6-7-I2/history?year=2024", method: .get, headers: sato.cookieOnly)
            #expect(history.text.contains("<tr><td>2026年11月30日 05:06</td><td class=\"num\">2024</td><td>企画政策課</td><td>sato</td>"))
            #expect(!history.text.contains("2026-11-29T"))
        }
    }

    @Test func theJSONAPIKeepsTheStoredInstant() async throws {
        try await Self.fixture().testLive { client in
            let sato = try await client.signIn("sato")
            let status = try await client.execute(uri: "/api/v1/status?year=2024", method: .get, headers: sato.cookieOnly)
            #expect(try status.jsonArray().first?["at"] as? String == Self.submittedAt)
        }
    }
}
