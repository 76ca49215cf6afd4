import Foundation
import HTTPTypes
import HummingbirdTesting
@testable import PlanCore
@testable import PlanServer
import TestSupport
import Testing

/// GET /healthz, GET /openapi.json and POST/DELETE /api/v1/session, answer by answer.
@Suite struct SessionRouteTests {
    @Test func healthAndTheOpenAPIDocument() async throws {
        try await ServerFixture().test { client in
            let health = try await client.execute(uri: "/healthz", method: .get)
            #expect(health.status == .ok && health.text == "ok\n")
            let document = try await client.execute(uri: "/openapi.json", method: .get)
            #expect(document.status == .ok && document.headers[.contentType] == "application/json; charset=utf-8")
            let json = try document.json()
            #expect(json["openapi"] as? String == "3.0.3")
            let paths = try #require(json["paths"] as? [String: Any])
            #expect(Set(paths.keys) == ["/healthz", "/api/v1/session", "/api/v1/items", "/api/v1/entries", "/api/v1/status",
                                        "/api/v1/submissions", "/api/v1/returns", "/api/v1/projects", "/api/v1/projects/{code}/years/{year}",
                                        "/openapi.json", "/api/v1/workbook", "/api/v1/snapshots", "/api/v1/reopenings", "/api/v1/reports/{year}",
                                        "/api/v1/period-report"])
        }
    }

    /// The document lists every answer the routes give (schemathesis holds the routes to it, in
    /// Tests/realclients/schemathesis.sh) and `?plan=` wherever a route reads it.
    @Test func theOpenAPIDocumentListsEveryAnswerAndThePlanParameter() async throws {
        try await ServerFixture().test { client in
            let json = try await client.execute(uri: "/openapi.json", method: .get).json()
            let paths = try #require(json["paths"] as? [String: [String: [String: Any]]])
            func answers(_ path: String, _ method: String) -> Set<String> {
                Set((paths[path]?[method]?["responses"] as? [String: Any] ?? [:]).keys)
            }
            func parameters(_ path: String, _ method: String) -> [String] {
                (paths[path]?[method]?["parameters"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String }
            }
            #expect(answers("/api/v1/session", "post") == ["200", "400", "401", "403", "413", "415", "429", "503"])
            #expect(answers("/api/v1/session", "delete") == ["204", "401", "403"])
            for path in ["/api/v1/items", "/api/v1/status"] {
                #expect(answers(path, "get") == ["200", "400", "401", "422", "503"], "\(path)")
                #expect(parameters(path, "get") == ["year", "plan"], "\(path)")
            }
            for path in ["/api/v1/entries", "/api/v1/submissions", "/api/v1/returns"] {
                #expect(answers(path, "post") == ["200", "400", "401", "403", "409", "413", "415", "422", "503"], "\(path)")
                #expect(parameters(path, "post") == ["X-CSRF-Token", "plan"], "\(path)")
            }
            // What may be null says so (OpenAPI 3.0: nullable).
            let schemas = try #require((json["components"] as? [String: Any])?["schemas"] as? [String: [String: Any]])
            let outcome = try #require(schemas["Outcome"]?["properties"] as? [String: [String: Any]])
            #expect(outcome["previous"]?["nullable"] as? Bool == true && outcome["current"]?["nullable"] == nil)
        }
    }

    @Test func signingInSetsAStrictHttpOnlyCookieAndGivesTheCSRFToken() async throws {
        try await ServerFixture().test { client in
            let response = try await client.post("/api/v1/session", #"{"user": "sato", "password": "correct horse"}"#)
            #expect(response.status == .ok)
            let json = try response.json()
            #expect(json["user"] as? String == "sato" && json["dept"] as? String == "企画政策課")
            #expect((json["csrf_token"] as? String)?.count == 43)
            let cookie = try #require(response.headers[.setCookie])
            #expect(cookie.hasPrefix("plandb_session=") && cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict") && cookie.contains("Path=/"))
            #expect(!cookie.contains("Secure"))
            #expect(!response.text.contains("correct horse"))
        }
    }

    @Test func behindATLSProxyTheCookieIsSecure() async throws {
        try await ServerFixture(behindTLSProxy: true).test { client in
            let response = try await client.post("/api/v1/session", #"{"user": "sato", "password": "correct horse"}"#)
            #expect(try #require(response.headers[.setCookie]).contains("Secure"))
        }
    }

    @Test func anUnknownNameAndAWrongPasswordGetTheSameAnswer() async throws {
        try await ServerFixture().test { client in
            let unknown = try await client.post("/api/v1/session", #"{"user": "nobody", "password": "correct horse"}"#)
            let wrong = try await client.post("/api/v1/session", #"{"user": "sato", "password": "wrong horse"}"#)
            #expect(unknown.status == .unauthorized && wrong.status == .unauthorized)
            #expect(unknown.text == wrong.text)
            #expect(unknown.error == "アカウント名またはパスワードが違います。")
            #expect(unknown.headers[.setCookie] == nil && wrong.headers[.setCookie] == nil)
        }
    }

    @Test func repeatedFailuresLockTheNameEvenWithTheRightPassword() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client in
            for name in ["sato", "nobody"] {
                for _ in 1...2 {
                    #expect(try await client.post("/api/v1/session", #"{"user": "\#(name)", "password": "wrong horse"}"#).status == .unauthorized)
                }
                let third = try await client.post("/api/v1/session", #"{"user": "\#(name)", "password": "wrong horse"}"#)
                #expect(third.status == .tooManyRequests)
                #expect(third.error == "サインインの失敗が続いたため、しばらくの間ロックしています。")
            }
            let locked = try await client.post("/api/v1/session", #"{"user": "sato", "password": "correct horse"}"#)
            #expect(locked.status == .tooManyRequests && locked.headers[.setCookie] == nil)
            // Another account is not affected.
            _ = try await client.signIn("tanaka")
        }
        // The server writes the lock for `user list` without making the sign-in wait for it.
        var locked = false
        for _ in 1...50 where !locked {
            locked = try fixture.withStore { store, _ in try Accounts(store).find("sato")?.locked } == true
            if !locked { try await Task.sleep(for: .milliseconds(100)) }
        }
        #expect(locked)
    }

    @Test func signingOutEndsTheSessionAndItsCSRFToken() async throws {
        try await ServerFixture().test { client in
            let session = try await client.signIn("sato")
            let noToken = try await client.execute(uri: "/api/v1/session", method: .delete, headers: session.cookieOnly)
            #expect(noToken.status == .forbidden && noToken.error == "CSRF トークンがないか、正しくありません。何も変更していません。")
            let out = try await client.execute(uri: "/api/v1/session", method: .delete, headers: session.headers)
            #expect(out.status == .noContent)
            #expect(try #require(out.headers[.setCookie]).contains("Max-Age=0"))
            // The same cookie and token again: the session is gone.
            let replay = try await client.post("/api/v1/entries", #"{"kind": "indicator", "code": "6-7-I2", "year": 2024, "value": "1"}"#, headers: session.headers)
            #expect(replay.status == .unauthorized && replay.error == Message.notSignedIn.text(.ja))
            #expect(try await client.execute(uri: "/api/v1/session", method: .delete, headers: session.headers).status == .unauthorized)
        }
    }

    @Test func aCookieFromAnotherRunOfTheServerIsRefused() async throws {
        let fixture = try ServerFixture()
        let earlier = LockedBox<SignedIn?>(nil)
        try await fixture.test { client in earlier.value = try await client.signIn("sato") }
        let session = try #require(earlier.value)
        try await fixture.test { client in
            let response = try await client.execute(uri: "/api/v1/items?year=2024", method: .get, headers: session.cookieOnly)
            #expect(response.status == .unauthorized)
        }
    }

    @Test func disablingTheAccountOrChangingItsPasswordEndsItsSessions() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client in
            let sato = try await client.signIn("sato")
            let tanaka = try await client.signIn("tanaka")
            #expect(try await client.execute(uri: "/api/v1/items?year=2024", method: .get, headers: sato.cookieOnly).status == .ok)
            _ = try fixture.withStore { store, _ in try Accounts(store).setDisabled("sato", true) }
            _ = try fixture.withStore { store, _ in try Accounts(store).setPassword("tanaka", password: "battery staple", cost: 4) }
            #expect(try await client.execute(uri: "/api/v1/items?year=2024", method: .get, headers: sato.cookieOnly).status == .unauthorized)
            #expect(try await client.execute(uri: "/api/v1/items?year=2024", method: .get, headers: tanaka.cookieOnly).status == .unauthorized)
            #expect(try await client.post("/api/v1/session", #"{"user": "sato", "password": "correct horse"}"#).status == .unauthorized)
            _ = try await client.signIn("tanaka", password: "battery staple")
        }
    }
}

extension SessionRouteTests {
    @Test func anIdleSessionEndsAndALockEndsWithItsTime() async throws {
        var fixture = try ServerFixture()
        fixture.options.idleTimeout = .seconds(5)  // a margin for the whole suite running at once on two cores
        fixture.options.signInPolicy = SignInPolicy(maxFailures: 2, lockSeconds: 3)
        try await fixture.test { client in
            let sato = try await client.signIn("sato")
            #expect(try await client.execute(uri: "/api/v1/items?year=2024", method: .get, headers: sato.cookieOnly).status == .ok)
            try await Task.sleep(for: .milliseconds(5500))
            #expect(try await client.execute(uri: "/api/v1/items?year=2024", method: .get, headers: sato.cookieOnly).status == .unauthorized)

            for _ in 1...2 { _ = try await client.post("/api/v1/session", #"{"user": "tanaka", "password": "wrong horse"}"#) }
            #expect(try await client.post("/api/v1/session", #"{"user": "tanaka", "password": "correct horse"}"#).status == .tooManyRequests)
            try await Task.sleep(for: .milliseconds(3100))
            _ = try await client.signIn("tanaka")
        }
    }
}

/// A value tests set inside one closure and read after it.
final class LockedBox<T: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: T
    init(_ value: T) { stored = value }
    var value: T {
        get { lock.withLock { stored } }
        set { lock.withLock { stored = newValue } }
    }
}
