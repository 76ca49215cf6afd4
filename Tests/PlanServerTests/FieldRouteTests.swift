import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
@testable import PlanCore
@testable import PlanServer
import TestSupport
import Testing

/// Issue 24, every field and every way in: the form's limits are the API's, control
/// characters are refused, a form or JSON body that cannot be read exactly is refused whole,
/// redirects and paths carry their text right, unknown paths answer properly, and history is
/// the own department's.
@Suite struct FieldRouteTests {
    static func count(_ fixture: ServerFixture, _ table: String) throws -> Int? {
        try fixture.withStore { store, _ in try store.connection.scalar("SELECT count(*) FROM \(table)").int }
    }

    @Test func theFormHasTheAPIsTextLimit() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client in
            let sato = try await PageRouteTests.signIn(client, "sato")
            let long = String(repeating: "x", count: 4001)  // the fixture's body limit is 16 KB
            let note = try await PageRouteTests.post(client, "/years/2024/entries", sato, [("kind", "indicator"), ("code", "6-7-I2"), ("value", "500000"), ("note", long)])
            #expect(note.status == .unprocessableContent && note.text.contains(Message.entryTextTooLong("note", count: 4001, limit: 4000).text(.ja)))
            let result = try await PageRouteTests.post(client, "/years/2024/entries", sato, [
                ("kind", "initiative"), ("code", "6-2-1-1-1"), ("grade", "B"), ("next", "継続"), ("result", long), ("challenge", ""),
            ])
            #expect(result.status == .unprocessableContent && result.text.contains(Message.entryTextTooLong("result", count: 4001, limit: 4000).text(.ja)))
            let tanaka = try await PageRouteTests.signIn(client, "tanaka")
            _ = try await PageRouteTests.post(client, "/years/2024/submit", sato, [])
            let reason = try await PageRouteTests.post(client, "/years/2024/returns", tanaka, [("dept", "企画政策課"), ("reason", long)])
            #expect(reason.status == .unprocessableContent && reason.text.contains(Message.entryTextTooLong("reason", count: 4001, limit: 4000).text(.ja)))
            // 4,000 characters exactly are fine.
            let most = try await PageRouteTests.post(client, "/years/2024/returns", tanaka, [("dept", "企画政策課"), ("reason", String(long.dropLast()))])
            #expect(most.status == .seeOther)
        }
        #expect(try Self.count(fixture, "indicator_actuals") == 0 && Self.count(fixture, "initiative_evaluations") == 0)
    }

    @Test func controlCharactersAreRefusedTabsAndLineBreaksKept() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client in
            let sato = try await client.signIn("sato")
            for (text, codePoint) in [(#"red \u001b[31m"#, "U+001B"), (#"bell \u0007"#, "U+0007"), (#"nul \u0000"#, "U+0000"), ("\u{202E}txt.exe", "U+202E"), (#"bs \u0008"#, "U+0008")] {
                let response = try await client.post("/api/v1/entries", #"{"kind": "indicator", "code": "6-7-I2", "year": 2024, "value": "500000", "note": "\#(text)"}"#, headers: sato.headers)
                #expect(response.status == .unprocessableContent, "\(codePoint)")
                #expect(response.error == Message.textControlCharacter("note", codePoint).text(.ja))
            }
            let form = try await PageRouteTests.signIn(client, "sato")
            let page = try await PageRouteTests.post(client, "/years/2024/entries", form, [("kind", "indicator"), ("code", "6-7-I2"), ("value", "500000"), ("note", "a\u{1B}b")])
            #expect(page.status == .unprocessableContent && page.text.contains(Message.textControlCharacter("note", "U+001B").text(.ja)))
            // The refusal names its field (PlanError.field): the page marks the 備考 input, not the value's.
            #expect(page.text.contains(#"size="14" aria-invalid="true" aria-describedby="item-6-7-I2-error">"#))
            #expect(!page.text.contains(#"size="10" aria-invalid="true""#))
            let kept = try await client.post("/api/v1/entries", #"{"kind": "indicator", "code": "6-7-I2", "year": 2024, "value": "500000", "note": "一行目\r\n\t二行目"}"#, headers: sato.headers)
            #expect(kept.status == .ok)
        }
        #expect(try fixture.withStore { store, _ in try store.connection.scalar("SELECT note FROM indicator_actuals").string } == "一行目\n\t二行目")
    }

    @Test func aFormThatCannotBeReadExactlyIsRefusedWhole() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client in
            let sato = try await PageRouteTests.signIn(client, "sato")
            var headers = PageRouteTests.form
            headers[.cookie] = sato.cookie
            let prefix = "csrf_token=\(sato.csrf)&kind=indicator&code=6-7-I2&value=500000&note="
            for tail in [Array("%FF%FE".utf8), Array("%E3%81".utf8), Array("%G1".utf8), Array("50%".utf8), [0xFF, 0x41]] {
                let response = try await client.execute(uri: "/years/2024/entries", method: .post, headers: headers, body: ByteBuffer(bytes: Array(prefix.utf8) + tail))
                #expect(response.status == .badRequest && response.text.contains(Message.formMalformed.text(.ja)), "\(tail)")
            }
        }
        #expect(try Self.count(fixture, "indicator_actuals") == 0)
    }

    @Test func theJSONReaderIsStrict() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client in
            let sato = try await client.signIn("sato")
            let cases: [(String, Message)] = [
                (#"{"kind": "indicator", "code": "6-7-I2", "year": 2024, "value": "1",}"#, .bodyNotJSON),
                (#"{"kind": "indicator", "code": "6-7-I2", "year": 2024, "value": "1", "value": "900"}"#, .bodyNotJSON),
                (#"{"kind": "indicator", "code": "6-7-I2", "year": 2024.0, "value": "1"}"#, .fieldNotInteger("year")),
                (#"{"kind": "indicator", "code": "6-7-I2", "year": 2.024e3, "value": "1"}"#, .fieldNotInteger("year")),
                ("{\"kind\": \"indicator\", \"code\": \"6-7-I2\", \"year\": 2024, \"value\": \"1\", \"note\": \"a\u{1}b\"}", .bodyNotJSON),
                (#"{"kind": "indicator", "code": "6-7-I2", "year": 2024, "value": "1", "note": "\ud800"}"#, .bodyNotJSON),
                (#"{"kind": "indicator", "code": "6-7-I2", "year": 2024, "value": "1"} x"#, .bodyNotJSON),
                (#"{"kind": "indicator", "code": "6-7-I2", "year": 02024, "value": "1"}"#, .bodyNotJSON),
                (#"{"kind": "indicator", "code": "6-7-I2", "year": 2024, "value": NaN}"#, .bodyNotJSON),
            ]
            for (body, message) in cases {
                let response = try await client.post("/api/v1/entries", body, headers: sato.headers)
                #expect(response.status == .badRequest && response.error == message.text(.ja), "\(body)")
            }
            let invalidUTF8 = Array(#"{"kind": "indicator", "code": "6-7-I2", "year": 2024, "value": "1", "note": ""#.utf8) + [0xC3, 0x28] + Array(#""}"#.utf8)
            let response = try await client.execute(uri: "/api/v1/entries", method: .post, headers: sato.headers, body: ByteBuffer(bytes: invalidUTF8))
            #expect(response.status == .badRequest && response.error == Message.bodyNotJSON.text(.ja))
            // Escapes and a surrogate pair still read.
            let good = try await client.post("/api/v1/entries", #"{"kind":"indicator","code":"6-7-I2","year":2024,"value":"500000","note":"\u3042\ud83d\ude00\n\"q\""}"#, headers: sato.headers)
            #expect(good.status == .ok)
        }
        #expect(try fixture.withStore { store, _ in try store.connection.scalar("SELECT note FROM indicator_actuals").string } == "あ😀\n\"q\"")
    }

    @Test func theRedirectAfterAFormCarriesTheCodePercentEncoded() async throws {
        try await ServerFixture().test { client in
            let sato = try await PageRouteTests.signIn(client, "sato")
            // The item named by a part of its name: the answer names its code.
            let saved = try await PageRouteTests.post(client, "/years/2024/entries", sato, [("kind", "indicator"), ("code", "ふるさと納税受入額"), ("value", "500000")])
            #expect(saved.status == .seeOther && saved.headers[.location] == "/years/2024?saved=6-7-I2#item-6-7-I2")
        }
    }

    @Test func pathParametersArePercentDecoded() async throws {
        try await ServerFixture().test { client in
            let sato = try await PageRouteTests.signIn(client, "sato")
            let page = try await client.execute(uri: "/years/%E4%BB%A4%E5%92%8C6", method: .get, headers: sato.cookieOnly)
            #expect(page.status == .ok && page.text.contains("<h1>企画政策課 2024（令和6）年度の評価入力</h1>"))
            let history = try await client.execute(uri: "/items/%E3%81%B5%E3%82%8B%E3%81%95%E3%81%A8%E7%B4%8D%E7%A8%8E%E5%8F%97%E5%85%A5%E9%A1%8D/history", method: .get, headers: sato.cookieOnly)
            #expect(history.status == .ok && history.text.contains("6-7-I2"))
        }
    }

    @Test func unknownPathsAnswer404WithABodyAndTheSecurityHeaders() async throws {
        try await ServerFixture().test { client in
            let page = try await client.execute(uri: "/no/such/page", method: .get)
            #expect(page.status == .notFound && page.text.contains(Message.notFound.text(.ja)) && page.headers[.contentType] == "text/html; charset=utf-8")
            let api = try await client.execute(uri: "/api/v1/nothing", method: .get)
            #expect(api.status == .notFound && api.error == Message.notFound.text(.ja))
            for response in [page, api] {
                #expect(response.headers[.contentSecurityPolicy]?.contains("frame-ancestors 'none'") == true)
                #expect(response.headers[.xContentTypeOptions] == "nosniff")
            }
        }
    }

    @Test func historyIsTheOwnDepartmentsWithoutOtherDepartmentsNames() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client in
            let tanaka = try await client.signIn("tanaka")
            // 総務課 (the coordinator) adds the second review of 6-2, which 企画政策課 leads.
            let review = try await client.post("/api/v1/entries", #"{"kind": "policy", "code": "6-2", "year": 2024, "grade": "B", "stage": "二次", "comment": "見直し"}"#, headers: tanaka.headers)
            #expect(review.status == .ok)
            let suzuki = try await client.signIn("suzuki")
            #expect(try await client.post("/api/v1/entries", #"{"kind": "indicator", "code": "6-1-I1", "year": 2024, "value": "70.0", "confirm": true}"#, headers: suzuki.headers).status == .ok)

            let sato = try await PageRouteTests.signIn(client, "sato")
            let other = try await client.execute(uri: "/items/6-1-I1/history", method: .get, headers: sato.cookieOnly)
            #expect(other.status == .forbidden && other.text.contains(Message.historyNotResponsible("6-1-I1", "企画政策課").text(.ja)) && !other.text.contains("suzuki"))
            let own = try await client.execute(uri: "/items/6-2/history", method: .get, headers: sato.cookieOnly)
            #expect(own.status == .ok && own.text.contains("<td>総務課</td><td></td>") && !own.text.contains("tanaka"))
            // The fields as a reader names them, not as v_history stores them (二次評価 grade).
            #expect(own.text.contains("<td>二次評価の評価</td><td></td><td>B</td>") && own.text.contains("<td>二次評価のコメント</td><td></td><td>見直し</td>"))
            let coordinator = try await PageRouteTests.signIn(client, "tanaka")
            let all = try await client.execute(uri: "/items/6-1-I1/history", method: .get, headers: coordinator.cookieOnly)
            #expect(all.status == .ok && all.text.contains("suzuki") && all.text.contains("<td>実績値</td><td></td><td>70.0</td>"))
        }
    }
}
