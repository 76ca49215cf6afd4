import Foundation
import HTTPTypes
import HummingbirdTesting
@testable import PlanCore
@testable import PlanServer
import TestSupport
import Testing

/// GET /api/v1/items, POST /api/v1/entries, GET /api/v1/status, POST /api/v1/submissions and
/// POST /api/v1/returns: every answer of the API table.
@Suite struct EntryRouteTests {
    static let actual = #"{"kind": "indicator", "code": "6-7-I2", "year": 2024, "value": "500,000千円", "note": "速報値"}"#

    @Test func readsNeedASessionAndAYear() async throws {
        try await ServerFixture().test { client in
            for uri in ["/api/v1/items?year=2024", "/api/v1/status?year=2024"] {
                let response = try await client.execute(uri: uri, method: .get)
                #expect(response.status == .unauthorized && response.error == Message.notSignedIn.text(.ja))
            }
            let sato = try await client.signIn("sato")
            let noYear = try await client.execute(uri: "/api/v1/items", method: .get, headers: sato.cookieOnly)
            #expect(noYear.status == .badRequest && noYear.error == Message.yearMissing.text(.ja))
            let outside = try await client.execute(uri: "/api/v1/items?year=2030", method: .get, headers: sato.cookieOnly)
            #expect(outside.status == .unprocessableContent)
            let words = try await client.execute(uri: "/api/v1/status?year=abc", method: .get, headers: sato.cookieOnly)
            #expect(words.status == .unprocessableContent)
        }
    }

    @Test func itemsAreTheDepartmentsOwnWithWhatIsEntered() async throws {
        try await ServerFixture().test { client in
            let sato = try await client.signIn("sato")
            let before = try await client.execute(uri: "/api/v1/items?year=令和6", method: .get, headers: sato.cookieOnly).jsonArray()
            #expect(before.count == 18)
            #expect(Set(before.compactMap { $0["kind"] as? String }) == ["indicator", "initiative", "policy"])
            let furusato = try #require(before.first { $0["code"] as? String == "6-7-I2" })
            #expect(furusato["name"] as? String == "ふるさと納税受入額" && furusato["unit"] as? String == "千円")
            #expect(furusato["current"] is NSNull && furusato["last_year"] is NSNull && furusato["target"] is String && furusato["baseline"] is String)
            #expect(try await client.post("/api/v1/entries", Self.actual, headers: sato.headers).status == .ok)
            let after = try await client.execute(uri: "/api/v1/items?year=2024", method: .get, headers: sato.cookieOnly).jsonArray()
            let current = try #require(after.first { $0["code"] as? String == "6-7-I2" }?["current"] as? [String: Any])
            #expect(current["value"] as? String == "500000" && current["note"] as? String == "速報値" && current["recorded_at"] is String)
        }
    }

    @Test func anEntryIsRecordedOnceAndThenUnchanged() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client in
            let sato = try await client.signIn("sato")
            let first = try await client.post("/api/v1/entries", Self.actual, headers: sato.headers)
            #expect(first.status == .ok)
            let json = try first.json()
            #expect(json["result"] as? String == "recorded" && json["code"] as? String == "6-7-I2" && json["current"] as? String == "500000")
            #expect(json["previous"] is NSNull && json["year"] as? Int == 2024)
            let again = try await client.post("/api/v1/entries", Self.actual, headers: sato.headers)
            #expect(try again.json()["result"] as? String == "unchanged")
            let initiative = try await client.post("/api/v1/entries", #"""
                {"kind": "initiative", "code": "6-2-1-1-1", "year": 2024, "grade": "b", "next": "継続", "result": "実施した", "challenge": null}
                """#, headers: sato.headers)
            #expect(initiative.status == .ok)
            #expect(try initiative.json()["current"] as? String == "B / 継続")
            let policy = try await client.post("/api/v1/entries", #"{"kind": "policy", "code": "6-2", "year": 2024, "grade": "B", "comment": "おおむね順調"}"#, headers: sato.headers)
            #expect(policy.status == .ok)
        }
        let sources = try fixture.withStore { store, _ in
            try store.connection.rows("SELECT source, count(*) FROM indicator_actuals GROUP BY source").map(\.values)
        }
        #expect(sources == [[.text("web"), .integer(1)]])
    }

    @Test func writesNeedTheSessionsCSRFToken() async throws {
        try await ServerFixture().test { client in
            let sato = try await client.signIn("sato")
            let tanaka = try await client.signIn("tanaka")
            let missing = try await client.post("/api/v1/entries", Self.actual, headers: sato.cookieOnly)
            #expect(missing.status == .forbidden && missing.error == Message.csrfRefused.text(.ja))
            var otherSessions = sato.headers
            otherSessions[HTTPField.Name("X-CSRF-Token")!] = tanaka.csrf
            #expect(try await client.post("/api/v1/entries", Self.actual, headers: otherSessions).status == .forbidden)
            #expect(try await client.post("/api/v1/submissions", #"{"year": 2024}"#, headers: sato.cookieOnly).status == .forbidden)
            #expect(try await client.post("/api/v1/returns", #"{"dept": "企画政策課", "year": 2024, "reason": "x"}"#, headers: tanaka.cookieOnly).status == .forbidden)
            let unauthenticated = try await client.post("/api/v1/entries", Self.actual, headers: [HTTPField.Name("X-CSRF-Token")!: sato.csrf])
            #expect(unauthenticated.status == .unauthorized)
        }
    }

    @Test func valuesThatDoNotParseAre422() async throws {
        try await ServerFixture().test { client in
            let sato = try await client.signIn("sato")
            for body in [
                #"{"kind": "indicator", "code": "6-7-I2", "year": 2024, "value": "たくさん"}"#,
                #"{"kind": "initiative", "code": "6-2-1-1-1", "year": 2024, "grade": "Z"}"#,
                #"{"kind": "initiative", "code": "6-2-1-1-1", "year": 2024, "grade": "A", "next": "様子見"}"#,
                #"{"kind": "indicator", "code": "9-9-I9", "year": 2024, "value": "1"}"#,
                #"{"kind": "indicator", "code": "6-7-I2", "year": 2031, "value": "1"}"#,
            ] {
                let response = try await client.post("/api/v1/entries", body, headers: sato.headers)
                #expect(response.status == .unprocessableContent, "\(body)")
                #expect(response.error?.isEmpty == false)
            }
        }
    }

    @Test func submitStatusAndReturn() async throws {
        try await ServerFixture().test { client in
            let sato = try await client.signIn("sato")
            let tanaka = try await client.signIn("tanaka")
            let submitted = try await client.post("/api/v1/submissions", #"{"year": 2024}"#, headers: sato.headers)
            #expect(submitted.status == .ok)
            let json = try submitted.json()
            #expect(json["state"] as? String == "提出済" && json["actor"] as? String == "sato" && json["dept"] as? String == "企画政策課")
            #expect(try await client.post("/api/v1/submissions", #"{"year": 2024}"#, headers: sato.headers).status == .conflict)

            let refused = try await client.post("/api/v1/entries", Self.actual, headers: sato.headers)
            #expect(refused.status == .conflict && refused.error?.hasPrefix("企画政策課 は 2024（令和6）年度 を提出済みです（") == true)

            let ownStatus = try await client.execute(uri: "/api/v1/status?year=2024", method: .get, headers: sato.cookieOnly).jsonArray()
            #expect(ownStatus.count == 1 && ownStatus[0]["dept"] as? String == "企画政策課" && ownStatus[0]["state"] as? String == "提出済")
            #expect(ownStatus[0]["required"] as? Int == 18 && ownStatus[0]["entered"] as? Int == 0 && ownStatus[0]["missing"] as? Int == 18)
            let all = try await client.execute(uri: "/api/v1/status?year=2024", method: .get, headers: tanaka.cookieOnly).jsonArray()
            #expect(all.count == 6 && all.contains { $0["dept"] as? String == "総務課" && $0["state"] as? String == "未提出" })

            let notCoordinator = try await client.post("/api/v1/returns", #"{"dept": "企画政策課", "year": 2024, "reason": "x"}"#, headers: sato.headers)
            #expect(notCoordinator.status == .forbidden && notCoordinator.error == Message.returnNotCoordinator("企画政策課", "総務課").text(.ja))
            let noReason = try await client.post("/api/v1/returns", #"{"dept": "企画政策課", "year": 2024, "reason": " "}"#, headers: tanaka.headers)
            #expect(noReason.status == .unprocessableContent && noReason.error == Message.returnReasonMissing.text(.ja))
            let returned = try await client.post("/api/v1/returns", #"{"dept": "企画政策課", "year": 2024, "reason": "6-7-I2 を入力してください"}"#, headers: tanaka.headers)
            #expect(returned.status == .ok)
            let returnedJSON = try returned.json()
            #expect(returnedJSON["state"] as? String == "差し戻し" && returnedJSON["reason"] as? String == "6-7-I2 を入力してください")
            let twice = try await client.post("/api/v1/returns", #"{"dept": "企画政策課", "year": 2024, "reason": "again"}"#, headers: tanaka.headers)
            #expect(twice.status == .conflict)
            #expect(try await client.post("/api/v1/entries", Self.actual, headers: sato.headers).status == .ok)
        }
    }

    @Test func anotherDepartmentsItemIs403AndALockedYearIs409() async throws {
        let fixture = try ServerFixture()
        _ = try fixture.withStore { store, plan in try Snapshots(store, plan: plan).create(year: 2023, as: "総務課", note: nil, allowIncomplete: true) }
        try await fixture.test { client in
            let sato = try await client.signIn("sato")
            let other = try await client.post("/api/v1/entries", #"{"kind": "indicator", "code": "6-1-I1", "year": 2024, "value": "25"}"#, headers: sato.headers)
            #expect(other.status == .forbidden)
            #expect(other.error?.hasPrefix("企画政策課は 6-1-I1 住民自治（まちづくり）協議会数 の実績値を記録できません。") == true)
            #expect(other.error?.contains("記録できるのは市民協働課だけです") == true)
            let initiative = try await client.post("/api/v1/entries", #"{"kind": "initiative", "code": "6-7-1-1-1", "year": 2024, "grade": "B"}"#, headers: sato.headers)
            #expect(initiative.status == .forbidden && initiative.error?.contains("財政課") == true)
            let second = try await client.post("/api/v1/entries", #"{"kind": "policy", "code": "6-2", "year": 2024, "grade": "B", "stage": "二次"}"#, headers: sato.headers)
            #expect(second.status == .forbidden && second.error?.contains("総務課") == true)
            let locked = try await client.post("/api/v1/entries", Self.actual.replacingOccurrences(of: "2024", with: "2023"), headers: sato.headers)
            #expect(locked.status == .conflict && locked.error?.contains("2023（令和5）年度") == true)
            #expect(try await client.post("/api/v1/submissions", #"{"year": 2023}"#, headers: sato.headers).status == .conflict)
        }
        let rows = try fixture.withStore { store, _ in try store.connection.scalar("SELECT count(*) FROM indicator_actuals").int }
        #expect(rows == 0)
    }

    @Test func theAccountIsTheActorOfEveryWebWrite() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client in
            let sato = try await client.signIn("sato")
            #expect(try await client.post("/api/v1/entries", Self.actual, headers: sato.headers).status == .ok)
            let typo = #"{"kind": "indicator", "code": "6-7-I2", "year": 2024, "value": "1"}"#
            #expect(try await client.post("/api/v1/entries", typo, headers: sato.headers).status == .unprocessableContent)
            let confirmed = typo.replacingOccurrences(of: "}", with: #", "confirm": true}"#)
            #expect(try await client.post("/api/v1/entries", confirmed, headers: sato.headers).status == .ok)
            let notBool = typo.replacingOccurrences(of: "}", with: #", "confirm": "yes"}"#)
            #expect(try await client.post("/api/v1/entries", notBool, headers: sato.headers).status == .badRequest)
        }
        let history = try fixture.withStore { store, _ in
            try store.connection.rows("SELECT field, new_value, actor FROM v_history ORDER BY record_id, field_seq").map(\.values)
        }
        #expect(history == [
            [.text("value"), .text("500000"), .text("sato")], [.text("note"), .text("速報値"), .text("sato")],
            [.text("value"), .text("1"), .text("sato")],
        ])
    }
}
