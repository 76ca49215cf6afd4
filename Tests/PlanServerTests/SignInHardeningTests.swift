import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
@testable import PlanCore
@testable import PlanServer
import TestSupport
import Testing

/// Issue 24, sign-in and sessions: cross-site sign-in, control characters in passwords, the
/// lockout that tells nothing, bcrypt off the request path, and the sessions' lifetime.
@Suite struct SignInHardeningTests {
    static let signInBody = #"{"user": "sato", "password": "correct horse"}"#

    // MARK: Login CSRF

    @Test func theSignInFormNeedsItsOwnTokenAndCookie() async throws {
        try await ServerFixture().test { client in
            let fields = PageRouteTests.encode([("user", "sato"), ("password", ServerFixture.password)])
            // Another site's page posts the form: it has neither the form's cookie nor its token.
            let forged = try await client.post("/signin", fields, headers: PageRouteTests.form)
            #expect(forged.status == .forbidden && forged.text.contains(Message.signInCrossSite.text(.ja)))
            #expect(forged.headers[.setCookie] == nil)
            // A token without its cookie, or a cookie with another token, is refused the same way.
            let (headers, token) = try await PageRouteTests.signInForm(client)
            let noCookie = try await client.post("/signin", "signin_token=\(token)&" + fields, headers: PageRouteTests.form)
            #expect(noCookie.status == .forbidden && noCookie.headers[.setCookie] == nil)
            let otherToken = try await client.post("/signin", "signin_token=x\(token.dropFirst())&" + fields, headers: headers)
            #expect(otherToken.status == .forbidden && otherToken.headers[.setCookie] == nil)
            // The browser says the form came from another site: refused even with both.
            var crossSite = headers
            crossSite[HTTPField.Name("Sec-Fetch-Site")!] = "cross-site"
            let fetchSite = try await client.post("/signin", "signin_token=\(token)&" + fields, headers: crossSite)
            #expect(fetchSite.status == .forbidden && fetchSite.headers[.setCookie] == nil)
            var otherOrigin = headers
            otherOrigin[.origin] = "http://attacker.example"
            #expect(try await client.post("/signin", "signin_token=\(token)&" + fields, headers: otherOrigin).status == .forbidden)
            // From the page itself: signed in.
            var sameOrigin = headers
            sameOrigin[.origin] = "http://localhost"  // the test client's authority
            sameOrigin[HTTPField.Name("Sec-Fetch-Site")!] = "same-origin"
            let signedIn = try await client.post("/signin", "signin_token=\(token)&" + fields, headers: sameOrigin)
            #expect(signedIn.status == .seeOther && signedIn.headers[.setCookie]?.hasPrefix("plandb_session=") == true)
        }
    }

    @Test func theAPINeedsJSONAndRefusesBrowsersOfOtherSites() async throws {
        try await ServerFixture().test { client in
            for type in [nil, "text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/jsonx"] {
                let headers: HTTPFields = type.map { [.contentType: $0] } ?? [:]
                let response = try await client.post("/api/v1/session", Self.signInBody, headers: headers)
                #expect(response.status == .unsupportedMediaType, "\(type ?? "none")")
                #expect(response.error == Message.bodyNotJSONType.text(.ja) && response.headers[.setCookie] == nil)
            }
            let crossSite: HTTPFields = [.contentType: "application/json", .origin: "http://attacker.example"]
            let refused = try await client.post("/api/v1/session", Self.signInBody, headers: crossSite)
            #expect(refused.status == .forbidden && refused.error == Message.signInCrossSite.text(.ja) && refused.headers[.setCookie] == nil)
            // A program sends JSON and no Origin: signed in, as before.
            let sato = try await client.signIn("sato", headers: [.contentType: "application/json; charset=utf-8"])
            // Every JSON write needs the type too.
            var plain = sato.headers
            plain[.contentType] = "text/plain"
            let entry = try await client.post("/api/v1/entries", #"{"kind": "indicator", "code": "6-7-I2", "year": 2024, "value": "1"}"#, headers: plain)
            #expect(entry.status == .unsupportedMediaType)
        }
    }

    // MARK: Passwords

    @Test func aPasswordWithAControlCharacterNeverSignsIn() async throws {
        var fixture = try ServerFixture()
        fixture.options.signInPolicy = SignInPolicy(maxFailures: 10, lockSeconds: 600)
        // An account made before passwords were checked for NUL: bcrypt read "\0…" as "".
        try fixture.withStore { store, _ in
            try store.connection.execute("UPDATE users SET password_hash = ? WHERE name = 'suzuki'", [PasswordHash.hash("\u{0}nul-first-pass", cost: 4)])
        }
        try await fixture.test { client in
            for (user, password) in [("sato", #"correct horse\u0000anything"#), ("suzuki", ""), ("suzuki", #"\u0000"#), ("suzuki", #"\u0000nul-first-pass"#)] {
                let response = try await client.post("/api/v1/session", #"{"user": "\#(user)", "password": "\#(password)"}"#)
                #expect(response.status == .unauthorized && response.headers[.setCookie] == nil, "\(user) \(password)")
            }
        }
    }

    // MARK: The lockout

    static func wrong(_ name: String) -> String { #"{"user": "\#(name)", "password": "wrong horse"}"# }

    /// What a client sees of an answer: status, headers (the date aside) and body.
    static func seen(_ response: TestResponse) -> String {
        let headers = response.headers.filter { $0.name != .date }.map { "\($0.name): \($0.value)" }.sorted()
        return "\(response.status.code)\n" + headers.joined(separator: "\n") + "\n\n" + response.text
    }

    @Test func aLockedAccountAndALockedUnknownNameAnswerAlikeAlsoAfterARestart() async throws {
        let fixture = try ServerFixture()
        try await fixture.testLive { client in
            for name in ["sato", "nobody"] {
                for _ in 1...3 { _ = try await client.post("/api/v1/session", Self.wrong(name)) }
                #expect(try await client.post("/api/v1/session", Self.wrong(name)).status == .tooManyRequests)
            }
            // Two failures of a third name: not locked yet.
            for _ in 1...2 { #expect(try await client.post("/api/v1/session", Self.wrong("ＴＡＮＡＫＡ")).status == .unauthorized) }
        }
        // The server stopped; the counts are in the file, for a name with an account and one without alike.
        let kept = try fixture.withStore { store, _ in
            try store.connection.rows("SELECT name, failures, locked_until IS NOT NULL FROM signin_failures ORDER BY name").map { row in
                "\(row[0].string ?? "") \(row[1].int ?? -1) \(row[2].int ?? -1)"
            }
        }
        #expect(kept == ["nobody 3 1", "sato 3 1", "tanaka 2 0"])
        // A new server over the same file: both names are still locked, and answer byte for byte alike,
        // the right password of the account included.
        try await fixture.testLive { client in
            let sato = try await client.post("/api/v1/session", Self.wrong("sato"))
            let nobody = try await client.post("/api/v1/session", Self.wrong("nobody"))
            let right = try await client.post("/api/v1/session", Self.signInBody)
            #expect(sato.status == .tooManyRequests && sato.error == Message.signInLocked.text(.ja))
            #expect(Self.seen(sato) == Self.seen(nobody))
            #expect(Self.seen(right) == Self.seen(nobody))
            // The third failure in a row of tanaka (two before the restart, folded from full width) locks it.
            #expect(try await client.post("/api/v1/session", Self.wrong("tanaka")).status == .tooManyRequests)
            #expect(try await client.post("/api/v1/session", #"{"user": "tanaka", "password": "correct horse"}"#).status == .tooManyRequests)
        }
    }

    @Test func aPasswordCheckThatNeverRanDoesNotStartTheCountAgain() async throws {
        // The throttle of a server whose pool of checks was full for one attempt (503): before,
        // that attempt forgot the name's two failures, and a third failure did not lock.
        let throttle = SignInThrottle(policy: SignInPolicy(maxFailures: 3, lockSeconds: 600), addressLimit: 30)
        func attempt() async throws -> SignInThrottle.Attempt {
            guard case .proceed(let attempt) = await throttle.begin(name: "sato", address: "10.0.0.1", epoch: 0) else {
                throw CancellationError()
            }
            return attempt
        }
        for _ in 1...2 { await throttle.failed(try await attempt()) }
        await throttle.notChecked(try await attempt())
        let third = try await attempt()
        #expect(third.failures == 3 && third.locks)
        await throttle.failed(third)
        guard case .nameLocked = await throttle.begin(name: "ＳＡＴＯ", address: "10.0.0.2", epoch: nil) else {
            Issue.record("sato is not locked")
            return
        }
    }

    @Test func guessesInParallelGetNoMoreTriesThanOneByOne() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client in
            let statuses = try await withThrowingTaskGroup(of: HTTPResponse.Status.self) { group in
                for _ in 1...12 {
                    group.addTask { try await client.post("/api/v1/session", #"{"user": "sato", "password": "wrong horse"}"#).status }
                }
                return try await group.reduce(into: [HTTPResponse.Status]()) { $0.append($1) }
            }
            // Three failures lock (the fixture's policy): two are answered 401, the third locks.
            #expect(statuses.filter { $0 == .unauthorized }.count == 2)
            #expect(statuses.filter { $0 == .tooManyRequests }.count == 10)
        }
    }

    @Test func changingThePasswordLiftsTheLock() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client in
            for _ in 1...3 { _ = try await client.post("/api/v1/session", #"{"user": "sato", "password": "wrong horse"}"#) }
            #expect(try await client.post("/api/v1/session", Self.signInBody).status == .tooManyRequests)
            _ = try fixture.withStore { store, _ in try Accounts(store).setPassword("sato", password: "battery staple", cost: 4) }
            _ = try await client.signIn("sato", password: "battery staple")
        }
    }

    // MARK: bcrypt off the request path, failures per address

    @Test func passwordChecksBeyondThePoolAre503() async throws {
        var fixture = try ServerFixture()
        fixture.options.passwordChecks = 1
        fixture.options.passwordQueue = 1
        fixture.options.busyDelay = .milliseconds(400)
        try await fixture.test { client in
            // Unknown names are checked against a hash of the full cost (2^12 rounds).
            let timed = try await withThrowingTaskGroup(of: (TestResponse, Duration).self) { group in
                for index in 1...6 {
                    group.addTask {
                        let started = ContinuousClock.now
                        let answer = try await client.post("/api/v1/session", #"{"user": "guess\#(index)", "password": "wrong horse"}"#)
                        return (answer, ContinuousClock.now - started)
                    }
                }
                return try await group.reduce(into: [(TestResponse, Duration)]()) { $0.append($1) }
            }
            let answers = timed.map(\.0)
            let busy = answers.filter { $0.status == .serviceUnavailable }
            #expect(answers.filter { $0.status == .unauthorized }.count >= 2)
            #expect(busy.count >= 1 && busy.allSatisfy { $0.error == Message.signInBusy.text(.ja) })
            #expect(answers.allSatisfy { $0.status == .unauthorized || $0.status == .serviceUnavailable })
            // A busy answer waits first, so that a script trying again at once does not loop.
            #expect(timed.filter { $0.0.status == .serviceUnavailable }.allSatisfy { $0.1 >= .milliseconds(400) })
        }
    }

    @Test func failuresAreLimitedPerClientAddress() async throws {
        var fixture = try ServerFixture(behindTLSProxy: true)
        fixture.options.addressFailureLimit = 4
        try await fixture.test { client in
            func attempt(_ name: String, from address: String, password: String = "wrong horse") async throws -> TestResponse {
                try await client.post("/api/v1/session", #"{"user": "\#(name)", "password": "\#(password)"}"#,
                                      headers: [.contentType: "application/json", HTTPField.Name("X-Real-IP")!: address])
            }
            for index in 1...4 { #expect(try await attempt("guess\(index)", from: "10.0.0.1").status == .unauthorized) }
            let limited = try await attempt("guess5", from: "10.0.0.1")
            #expect(limited.status == .tooManyRequests && limited.error == Message.signInAddressLimited.text(.ja))
            #expect(try await attempt("sato", from: "10.0.0.1", password: "correct horse").status == .tooManyRequests)
            // Another address is not affected.
            #expect(try await attempt("sato", from: "10.0.0.2", password: "correct horse").status == .ok)
        }
    }

    @Test func clerksSigningInAtOnceFromOneAddressAreNotTakenForFailures() async throws {
        var fixture = try ServerFixture(behindTLSProxy: true)
        fixture.options.addressFailureLimit = 4
        // Eight clerks at the full cost, so that all eight are under way at once (two checked, six waiting).
        try fixture.withStore { store, _ in
            for index in 1...8 { _ = try Accounts(store).add("clerk\(index)", dept: "企画政策課", password: ServerFixture.password, actor: "test") }
        }
        let fromOneAddress: HTTPFields = [.contentType: "application/json", HTTPField.Name("X-Real-IP")!: "10.0.0.9"]
        try await fixture.test { client in
            let statuses = try await withThrowingTaskGroup(of: HTTPResponse.Status.self) { group in
                for index in 1...8 {
                    group.addTask {
                        try await client.post("/api/v1/session", #"{"user": "clerk\#(index)", "password": "correct horse"}"#, headers: fromOneAddress).status
                    }
                }
                return try await group.reduce(into: [HTTPResponse.Status]()) { $0.append($1) }
            }
            #expect(statuses == Array(repeating: .ok, count: 8))
            // Failures still count: four wrong passwords, and the address is refused.
            for index in 1...4 {
                #expect(try await client.post("/api/v1/session", Self.wrong("guess\(index)"), headers: fromOneAddress).status == .unauthorized)
            }
            let limited = try await client.post("/api/v1/session", Self.wrong("clerk1"), headers: fromOneAddress)
            #expect(limited.status == .tooManyRequests && limited.error == Message.signInAddressLimited.text(.ja))
        }
    }

    // MARK: Sessions

    @Test func signingInAgainEndsTheSessionTheBrowserHad() async throws {
        try await ServerFixture().test { client in
            let first = try await client.signIn("sato")
            let again = try await client.post("/api/v1/session", Self.signInBody, headers: [.contentType: "application/json", .cookie: first.cookie])
            #expect(again.status == .ok)
            let second = String(try #require(again.headers[.setCookie]).split(separator: ";")[0])
            #expect(second != first.cookie)
            #expect(try await client.execute(uri: "/api/v1/items?year=2024", method: .get, headers: first.cookieOnly).status == .unauthorized)
            #expect(try await client.execute(uri: "/api/v1/items?year=2024", method: .get, headers: [.cookie: second]).status == .ok)
        }
    }

    @Test func aSessionEndsAtItsLifetimeHoweverMuchItIsUsed() async throws {
        var fixture = try ServerFixture()
        fixture.options.sessionLifetime = .seconds(6)  // wide margins: the whole suite runs at once on two cores
        try await fixture.test { client in
            let sato = try await client.signIn("sato")
            let started = ContinuousClock.now
            // Used every half second (never idle), until the lifetime is over.
            while ContinuousClock.now - started < .milliseconds(2000) {
                #expect(try await client.execute(uri: "/api/v1/items?year=2024", method: .get, headers: sato.cookieOnly).status == .ok)
                try await Task.sleep(for: .milliseconds(500))
            }
            try await Task.sleep(until: started + .milliseconds(6500))
            #expect(try await client.execute(uri: "/api/v1/items?year=2024", method: .get, headers: sato.cookieOnly).status == .unauthorized)
        }
    }

    @Test func behindATLSProxyTheCookieHasTheHostPrefix() async throws {
        try await ServerFixture(behindTLSProxy: true).test { client in
            let response = try await client.post("/api/v1/session", Self.signInBody)
            let cookie = try #require(response.headers[.setCookie])
            #expect(cookie.hasPrefix("__Host-plandb_session=") && cookie.contains("Secure") && cookie.contains("Path=/") && !cookie.contains("Domain"))
            let pair = String(cookie.split(separator: ";")[0])
            #expect(try await client.execute(uri: "/api/v1/items?year=2024", method: .get, headers: [.cookie: pair]).status == .ok)
            // The name without the prefix is not the session's.
            let unprefixed = pair.replacingOccurrences(of: "__Host-", with: "")
            #expect(try await client.execute(uri: "/api/v1/items?year=2024", method: .get, headers: [.cookie: unprefixed]).status == .unauthorized)
        }
    }
}
