import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
@testable import PlanCore
@testable import PlanServer
import TestSupport
import Testing

/// What a careless or hostile client sends: each is refused with the right status and changes
/// nothing, or is kept as plain text.
@Suite struct HostileRequestTests {
    @Test func malformedBodiesAre400() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client in
            let sato = try await client.signIn("sato")
            let cases: [(String, Message)] = [
                (#"{"kind": "indicator", "code": "6-7-I2", "year": 2024, "value": "1""#, .bodyNotJSON),
                ("", .bodyNotJSON),
                (#"[{"kind": "indicator"}]"#, .bodyNotJSON),
                (#""indicator""#, .bodyNotJSON),
                (#"{"kind": "indicator", "code": "6-7-I2", "year": 2024, "value": "1", "dept": "総務課"}"#, .unknownFields("dept")),
                (#"{"kind": "indicator", "code": "6-7-I2", "year": 2024, "value": "1", "grade": "A"}"#, .unknownFields("grade")),
                (#"{"kind": "indicator", "code": "6-7-I2", "year": "2024", "value": "1"}"#, .fieldNotInteger("year")),
                (#"{"kind": "indicator", "code": "6-7-I2", "year": 2024.5, "value": "1"}"#, .fieldNotInteger("year")),
                (#"{"kind": "indicator", "code": ["6-7-I2"], "year": 2024, "value": "1"}"#, .fieldNotText("code")),
                (#"{"kind": "indicator", "code": "6-7-I2", "year": 2024, "value": true}"#, .fieldNotText("value")),
                (#"{"kind": "indicator", "code": "6-7-I2", "year": 2024}"#, .missingField("value")),
                (#"{"kind": "budget", "code": "6-7-I2", "year": 2024}"#, .badKind),
                (#"{"kind": "policy", "code": "6-7", "year": 2024, "grade": "A", "stage": "三次"}"#, .badStage),
                (#"{"kind": "indicator", "code": "6-7-I2", "year": 2024, "value": "1", "note": "\#(String(repeating: "x", count: 4001))"}"#, .fieldTooLong("note", 4000)),
            ]
            for (body, message) in cases {
                let response = try await client.post("/api/v1/entries", body, headers: sato.headers)
                #expect(response.status == .badRequest, "\(body.prefix(80))")
                #expect(response.error == message.text(.ja), "\(body.prefix(80))")
            }
            let signIn = try await client.post("/api/v1/session", #"{"user": "sato", "password": "correct horse", "remember": true}"#)
            #expect(signIn.status == .badRequest && signIn.error == Message.unknownFields("remember").text(.ja))
            let numberAsName = try await client.post("/api/v1/session", #"{"user": 1, "password": "correct horse"}"#)
            #expect(numberAsName.status == .badRequest)
        }
        #expect(try fixture.withStore { store, _ in try store.connection.scalar("SELECT count(*) FROM indicator_actuals").int } == 0)
    }

    @Test func aBodyOverTheLimitIs413() async throws {
        try await ServerFixture().test { client in
            let sato = try await client.signIn("sato")
            let huge = #"{"kind": "indicator", "code": "6-7-I2", "year": 2024, "value": "1", "note": ""# + String(repeating: "x", count: 100_000) + #""}"#
            let response = try await client.post("/api/v1/entries", huge, headers: sato.headers)
            #expect(response.status == .contentTooLarge && response.error == Message.bodyTooLarge(16 * 1024).text(.ja))
            let deep = String(repeating: "[", count: 5000) + String(repeating: "]", count: 5000)
            #expect(try await client.post("/api/v1/entries", deep, headers: sato.headers).status == .badRequest)
        }
    }

    @Test func sqlAndHTMLInTextFieldsAreKeptAsText() async throws {
        let fixture = try ServerFixture()
        // No white space around the note: every way in trims it (EntryText), which is not what this test is about.
        let note = #"'); DROP TABLE indicator_actuals; -- <script>alert("x")</script> &"#
        try await fixture.test { client in
            let sato = try await client.signIn("sato")
            let body = #"{"kind": "indicator", "code": "6-7-I2", "year": 2024, "value": "500000", "note": "'); DROP TABLE indicator_actuals; -- <script>alert(\"x\")</script> &"}"#
            #expect(try await client.post("/api/v1/entries", body, headers: sato.headers).status == .ok)
            let items = try await client.execute(uri: "/api/v1/items?year=2024", method: .get, headers: sato.cookieOnly)
            #expect(!items.text.contains("<script>") && items.text.contains(#"\u003cscript\u003e"#))
            let current = try #require(try items.jsonArray().first { $0["code"] as? String == "6-7-I2" }?["current"] as? [String: Any])
            #expect(current["note"] as? String == note)
            let sqlName = try await client.post("/api/v1/session", #"{"user": "sato' OR '1'='1", "password": "' OR '1'='1"}"#)
            #expect(sqlName.status == .unauthorized)
            let htmlDept = try await client.post("/api/v1/returns", #"{"dept": "<b>総務課</b>", "year": 2024, "reason": "<i>x</i>"}"#, headers: try await client.signIn("tanaka").headers)
            #expect(htmlDept.status == .unprocessableContent && !htmlDept.text.contains("<b>"))
        }
        #expect(try fixture.withStore { store, _ in try store.connection.scalar("SELECT note FROM indicator_actuals").string } == note)
    }
}
