import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
@testable import PlanCore
@testable import PlanServer
import TestSupport
import Testing

/// The pages: sign in by form, the department's year, saving with errors beside the field,
/// submit, the coordinator's dashboard and return, history; escaping everywhere.
@Suite struct PageRouteTests {
    static let form: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]

    static func encode(_ fields: [(String, String)]) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._*")
        return fields.map { "\($0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")" }.joined(separator: "&")
    }

    /// Opens the sign-in page: the headers to send the form with (its cookie) and the form's token.
    static func signInForm(_ client: some TestClientProtocol) async throws -> (headers: HTTPFields, token: String) {
        let page = try await client.execute(uri: "/signin", method: .get)
        let cookie = String(try #require(page.headers[.setCookie]).split(separator: ";")[0])
        let token = try #require(page.text.firstMatch(of: /name="signin_token" value="([^"]+)"/)?.output.1)
        var headers = form
        headers[.cookie] = cookie
        return (headers, String(token))
    }

    /// Signs in through the form and returns the cookie and the page's CSRF token.
    static func signIn(_ client: some TestClientProtocol, _ user: String) async throws -> SignedIn {
        let (headers, token) = try await signInForm(client)
        let response = try await client.post("/signin", encode([("signin_token", token), ("user", user), ("password", ServerFixture.password)]), headers: headers)
        #expect(response.status == .seeOther && response.headers[.location]?.hasPrefix("/years/20") == true)
        let cookie = String(try #require(response.headers[.setCookie]).split(separator: ";")[0])
        let page = try await client.execute(uri: "/years/2024", method: .get, headers: [.cookie: cookie])
        let csrf = try #require(page.text.firstMatch(of: /name="csrf_token" value="([^"]+)"/)?.output.1)
        return SignedIn(cookie: cookie, csrf: String(csrf))
    }

    static func post(_ client: some TestClientProtocol, _ uri: String, _ session: SignedIn, _ fields: [(String, String)], csrf: Bool = true) async throws -> TestResponse {
        var headers = form
        headers[.cookie] = session.cookie
        return try await client.post(uri, encode((csrf ? [("csrf_token", session.csrf)] : []) + fields), headers: headers)
    }

    @Test func theTemplatesNeverSkipEscaping() {
        for (name, text) in PageTemplates.all {
            #expect(!text.contains("{{{") && !text.contains("{{&"), "\(name)")
        }
    }

    @Test func withoutASessionEveryPageGoesToSignIn() async throws {
        try await ServerFixture().test { client in
            for uri in ["/", "/years/2024", "/years/2024/dashboard", "/items/6-7-I2/history"] {
                let response = try await client.execute(uri: uri, method: .get)
                #expect(response.status == .seeOther && response.headers[.location] == "/signin", "\(uri)")
            }
            let page = try await client.execute(uri: "/signin", method: .get)
            #expect(page.status == .ok && page.text.contains("<html lang=\"ja\">") && page.text.contains("サインイン"))
            #expect(page.headers[.contentSecurityPolicy]?.contains("script-src 'none'") == true)
            let (headers, token) = try await Self.signInForm(client)
            let wrong = try await client.post("/signin", Self.encode([("signin_token", token), ("user", "<b>sato</b>"), ("password", "x")]), headers: headers)
            #expect(wrong.status == .unauthorized && wrong.text.contains("アカウント名またはパスワードが違います。"))
            #expect(wrong.text.contains("value=\"&lt;b&gt;sato&lt;/b&gt;\"") && !wrong.text.contains("<b>sato"))
        }
    }

    @Test func theDepartmentPageListsItsItemsWithTheirForms() async throws {
        try await ServerFixture().test { client in
            let sato = try await Self.signIn(client, "sato")
            let page = try await client.execute(uri: "/years/2024", method: .get, headers: sato.cookieOnly)
            #expect(page.status == .ok && page.text.contains("<h1>企画政策課 2024（令和6）年度の評価入力</h1>"))
            #expect(page.text.contains("id=\"item-6-7-I2\"") && page.text.contains("ふるさと納税受入額（千円）"))
            #expect(page.text.contains("<option value=\"継続\">継続</option>") && page.text.contains("<option value=\"A\">A："))
            #expect(page.text.contains("id=\"state\">未提出</span>") && page.text.contains("全 18 件"))
            #expect(!page.text.contains("id=\"item-6-1-I1\""))
        }
    }

    /// Last year's value is printed as every report prints a recorded value (issue 23): grouped,
    /// with its unit; the form's own input keeps the value as stored.
    @Test func lastYearsValueIsPrintedAsTheReportsPrintIt() async throws {
        let fixture = try ServerFixture()
        _ = try fixture.withStore { store, plan in
            try Recorder(store, plan: plan).recordIndicator("6-7-I2", year: 2023, value: "512345", as: "企画政策課")
        }
        try await fixture.test { client in
            let sato = try await Self.signIn(client, "sato")
            let page = try await client.execute(uri: "/years/2024", method: .get, headers: sato.cookieOnly)
            #expect(page.text.contains("<td data-label=\"現状値\">375,284千円（2021）</td>") && page.text.contains("<td data-label=\"前年度\">512,345千円</td>"))
            let previous = try await client.execute(uri: "/years/2023", method: .get, headers: sato.cookieOnly)
            #expect(previous.text.contains("name=\"value\" value=\"512345\""))
        }
    }

    @Test func savingShowsErrorsBesideTheFieldAndKeepsCommentsAsText() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client in
            let sato = try await Self.signIn(client, "sato")
            let bad = try await Self.post(client, "/years/2024/entries", sato, [("kind", "indicator"), ("code", "6-7-I2"), ("value", "たくさん"), ("note", "<script>alert(1)</script>")])
            #expect(bad.status == .unprocessableContent)
            let row = try #require(bad.text.firstMatch(of: /<tr id="item-6-7-I2">(?s:.*?)<\/tr>/)?.output)
            #expect(row.contains("class=\"error\">6-7-I2 ふるさと納税受入額：") && row.contains("value=\"たくさん\""))
            #expect(!bad.text.contains("<script>") && row.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))

            let saved = try await Self.post(client, "/years/2024/entries", sato, [
                ("kind", "initiative"), ("code", "6-2-1-1-1"), ("grade", "B"), ("next", "継続"), ("result", "<script>alert(\"x\")</script> を実施"), ("challenge", ""),
            ])
            #expect(saved.status == .seeOther && saved.headers[.location] == "/years/2024?saved=6-2-1-1-1#item-6-2-1-1-1")
            let page = try await client.execute(uri: "/years/2024?saved=6-2-1-1-1", method: .get, headers: sato.cookieOnly)
            let row2 = try #require(page.text.firstMatch(of: /<tr id="item-6-2-1-1-1">(?s:.*?)<\/tr>/)?.output)
            #expect(row2.contains("保存しました") && row2.contains("<option value=\"継続\" selected>") && row2.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; を実施"))
            #expect(!page.text.contains("<script>"))

            let history = try await client.execute(uri: "/items/6-2-1-1-1/history", method: .get, headers: sato.cookieOnly)
            #expect(history.text.contains("<td>評価</td><td></td><td>B</td>") && !history.text.contains("<script>"))
        }
    }

    @Test func formsNeedTheCSRFToken() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client in
            let sato = try await Self.signIn(client, "sato")
            for uri in ["/years/2024/entries", "/years/2024/submit", "/signout"] {
                let response = try await Self.post(client, uri, sato, [("kind", "indicator"), ("code", "6-7-I2"), ("value", "1")], csrf: false)
                #expect(response.status == .forbidden && response.text.contains("CSRF トークンがないか、正しくありません。"), "\(uri)")
            }
        }
        #expect(try fixture.withStore { store, _ in try store.connection.scalar("SELECT count(*) FROM indicator_actuals").int } == 0)
        #expect(try fixture.withStore { store, _ in try store.connection.scalar("SELECT count(*) FROM submission_events").int } == 0)
    }

    @Test func submitThenTheCoordinatorSeesItAndReturnsIt() async throws {
        try await ServerFixture().test { client in
            let sato = try await Self.signIn(client, "sato")
            let submitted = try await Self.post(client, "/years/2024/submit", sato, [])
            #expect(submitted.status == .seeOther && submitted.headers[.location] == "/years/2024?done=submitted")
            let page = try await client.execute(uri: "/years/2024?done=submitted", method: .get, headers: sato.cookieOnly)
            #expect(page.text.contains("id=\"notice\">提出しました。") && page.text.contains("id=\"state\">提出済</span>"))
            let forbidden = try await client.execute(uri: "/years/2024/dashboard", method: .get, headers: sato.cookieOnly)
            #expect(forbidden.status == .forbidden && forbidden.text.contains("このページは取りまとめ課だけが見られます。"))

            let tanaka = try await Self.signIn(client, "tanaka")
            let dashboard = try await client.execute(uri: "/years/2024/dashboard", method: .get, headers: tanaka.cookieOnly)
            let row = try #require(dashboard.text.firstMatch(of: /<tr id="dept-企画政策課">(?s:.*?)<\/tr>/)?.output)
            #expect(row.contains("<td class=\"num\">18</td><td class=\"num\">0</td><td class=\"num\">18</td>") && row.contains(">提出済</span>") && row.contains("差し戻す"))
            #expect(!dashboard.text.contains("id=\"report\""))
            let returned = try await Self.post(client, "/years/2024/returns", tanaka, [("dept", "企画政策課"), ("reason", "<i>6-7-I2</i> を入力")])
            #expect(returned.status == .seeOther && returned.headers[.location] == "/years/2024/dashboard?done=returned")
            let after = try await client.execute(uri: "/years/2024/dashboard?done=returned", method: .get, headers: tanaka.cookieOnly)
            #expect(after.text.contains("id=\"notice\">差し戻しました。") && after.text.contains("理由: &lt;i&gt;6-7-I2&lt;/i&gt; を入力"))
            let again = try await Self.post(client, "/years/2024/returns", tanaka, [("dept", "企画政策課"), ("reason", "x")])
            #expect(again.status == .conflict && again.text.contains("id=\"alert\">企画政策課 は 2024（令和6）年度 を提出していません"))
            let report = try await client.execute(uri: "/years/2024/report", method: .get, headers: tanaka.cookieOnly)
            #expect(report.status == .notFound && report.text.contains("この年度の報告書はまだ確定していません。"))
        }
    }

    @Test func theFrozenYearsReportIsOnTheDashboard() async throws {
        let fixture = try ServerFixture()
        _ = try fixture.withStore { store, plan in try Snapshots(store, plan: plan).create(year: 2023, as: "総務課", note: nil, allowIncomplete: true) }
        try await fixture.test { client in
            let tanaka = try await Self.signIn(client, "tanaka")
            let dashboard = try await client.execute(uri: "/years/2023/dashboard", method: .get, headers: tanaka.cookieOnly)
            #expect(dashboard.text.contains("<a href=\"/years/2023/report\" id=\"report\">"))
            let report = try await client.execute(uri: "/years/2023/report", method: .get, headers: tanaka.cookieOnly)
            #expect(report.status == .ok && report.headers[.contentType] == "text/html; charset=utf-8" && report.text.contains("評価結果報告書"))
            let page = try await client.execute(uri: "/years/2023", method: .get, headers: tanaka.cookieOnly)
            #expect(page.text.contains("この年度はスナップショットで確定しています。"))
        }
    }
}
