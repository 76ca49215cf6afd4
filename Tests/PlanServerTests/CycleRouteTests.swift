import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import SQLiteDB
@testable import PlanCore
@testable import PlanServer
import TestSupport
import Testing

/// The whole yearly cycle through the API and the pages, on a real server on 127.0.0.1: the
/// 評価シート down and up (checked, then recorded as the account), the freeze, the reopening and
/// the reports. Every refused upload leaves the database file byte for byte as it was.
@Suite struct CycleRouteTests {
    /// The database and its WAL, hashed: what a refused request must not change.
    static func fileHash(_ fixture: ServerFixture) -> String {
        ["", "-wal"].map { Checksum.sha256(FileManager.default.contents(atPath: fixture.path + $0) ?? Data()) }.joined(separator: " ")
    }

    static func upload(
        _ client: some TestClientProtocol, _ session: SignedIn, year: Int = 2024, dryRun: Bool = false, _ body: Data,
        type: String = "text/csv", csrf: Bool = true
    ) async throws -> TestResponse {
        var headers: HTTPFields = [.cookie: session.cookie, .contentType: type]
        if csrf { headers[HTTPField.Name("X-CSRF-Token")!] = session.csrf }
        return try await client.execute(
            uri: "/api/v1/workbook?year=\(year)\(dryRun ? "&dry_run=1" : "")", method: .post, headers: headers, body: ByteBuffer(bytes: body))
    }

    static func download(_ client: some TestClientProtocol, _ session: SignedIn, year: Int = 2024) async throws -> Data {
        let response = try await client.execute(uri: "/api/v1/workbook?year=\(year)", method: .get, headers: session.cookieOnly)
        #expect(response.status == .ok)
        #expect(response.headers[.contentType] == YearCycle.xlsxType)
        return Data(response.body.readableBytesView)
    }

    /// 6-7-I2 ふるさと納税受入額, surveyed by 企画政策課 (sato).
    static let goodCSV = Data("年度,区分,コード,実績値\r\n2024,実績値,6-7-I2,\"512,345\"\r\n".utf8)
    static let badCSV = Data("年度,区分,コード,実績値\r\n2024,実績値,6-7-I2,たくさん\r\n2024,実績値,6-1-I1,10\r\n".utf8)

    @Test func aDepartmentDownloadsItsSheetAndAnUntouchedOneChangesNothing() async throws {
        let fixture = try ServerFixture()
        try await fixture.testLive { client in
            let sato = try await client.signIn("sato")
            let response = try await client.execute(uri: "/api/v1/workbook?year=2024", method: .get, headers: sato.cookieOnly)
            #expect(response.headers[.contentDisposition] ==
                "attachment; filename=\"____________2024.xlsx\"; filename*=UTF-8''\(PageRoutes.percentEncoded("評価シート_企画政策課_2024.xlsx"))")
            let sheet = try await Self.download(client, sato)
            #expect(sheet.starts(with: [0x50, 0x4B, 0x03, 0x04]))
            let before = Self.fileHash(fixture)
            let checked = try await Self.upload(client, sato, dryRun: true, sheet, type: YearCycle.xlsxType)
            #expect(checked.status == .ok)
            let json = try checked.json()
            #expect(json["changed"] as? Int == 0 && json["dry_run"] as? Bool == true)
            #expect(Self.fileHash(fixture) == before)
        }
    }

    @Test func anUploadIsCheckedThenRecordedAsTheAccount() async throws {
        let fixture = try ServerFixture()
        try await fixture.testLive { client in
            let sato = try await client.signIn("sato")
            let before = Self.fileHash(fixture)
            let dry = try await Self.upload(client, sato, dryRun: true, Self.goodCSV)
            #expect(dry.status == .ok)
            let dryJSON = try dry.json()
            #expect(dryJSON["changed"] as? Int == 1 && dryJSON["dry_run"] as? Bool == true)
            #expect(Self.fileHash(fixture) == before)
            let recorded = try await Self.upload(client, sato, Self.goodCSV)
            #expect(recorded.status == .ok)
            let json = try recorded.json()
            #expect(json["changed"] as? Int == 1 && json["unchanged"] as? Int == 0 && json["blank"] as? Int == 0 && json["dry_run"] as? Bool == false)
            let again = try await Self.upload(client, sato, Self.goodCSV)
            let againJSON = try again.json()
            #expect(againJSON["changed"] as? Int == 0 && againJSON["unchanged"] as? Int == 1)
        }
        let actors = try fixture.withStore { store, _ in
            try store.connection.rows("SELECT actor, source FROM indicator_actuals a JOIN indicators i USING (indicator_id) WHERE i.code = '6-7-I2' AND fiscal_year = 2024")
                .map { "\($0.string("actor") ?? "") \($0.string("source") ?? "")" }
        }
        #expect(actors == ["sato entry:評価シート.csv"])
    }

    @Test func badCellsAreNamedOneByOneAndNothingIsRecorded() async throws {
        let fixture = try ServerFixture()
        try await fixture.testLive { client in
            let sato = try await client.signIn("sato")
            let before = Self.fileHash(fixture)
            let refused = try await Self.upload(client, sato, Self.badCSV)
            #expect(refused.status == .unprocessableContent)
            let cells = try #require(try refused.json()["cells"] as? [[String: Any]])
            #expect(cells.map { $0["cell"] as? String } == ["2 行目", "3 行目"])
            #expect(cells.map { $0["code"] as? String } == ["6-7-I2", "6-1-I1"])
            #expect((cells[1]["error"] as? String)?.contains("市民協働課") == true)
            #expect(Self.fileHash(fixture) == before)
        }
    }

    @Test func hostileAndWrongUploadsAreRefusedAndChangeNothing() async throws {
        var configured = try ServerFixture()
        configured.options.uploadLimit = 1024 * 1024
        let fixture = configured
        try await fixture.testLive { client in
            let sato = try await client.signIn("sato"), suzuki = try await client.signIn("suzuki")
            let suzukisSheet = try await Self.download(client, suzuki)
            let lastYears = try await Self.download(client, sato, year: 2023)
            let before = Self.fileHash(fixture)

            let other = try await Self.upload(client, sato, suzukisSheet, type: YearCycle.xlsxType)
            #expect(other.status == .forbidden)
            #expect(other.error == Message.workbookOtherDept("評価シート.xlsx", owner: "市民協働課", dept: "企画政策課").ja)

            let year = try await Self.upload(client, sato, lastYears, type: YearCycle.xlsxType)
            #expect(year.status == .unprocessableContent)
            #expect(year.error == Message.entryFileOtherYear("評価シート.xlsx", declared: "2023（令和5）年度", year: "2024（令和6）年度").ja)
            let yearJSON = try year.json()
            #expect(yearJSON["cells"] as? [Any] != nil)

            let damaged = try await Self.upload(client, sato, Data([0x50, 0x4B, 0x03, 0x04]) + Data(repeating: 0x41, count: 500), type: YearCycle.xlsxType)
            #expect(damaged.status == .unprocessableContent && damaged.error == "評価シート.xlsx は読み込める .xlsx ブックではありません（zip が壊れています）。")

            // sato's own sheet made hostile: a sheet part padded to 40 MB (a few KB deflated), and
            // the workbook part declaring entities (the billion laughs).
            let own = try await Self.download(client, sato)
            let path = fixture.folder.path("own.xlsx")
            try own.write(to: URL(fileURLWithPath: path))
            var parts = try WorkbookParts(path: path)
            // The second sheet, 指標 (the first, 記入方法, is not read).
            let sheetPart = "xl/worksheets/sheet2.xml"
            parts[sheetPart] = (parts[sheetPart] ?? "") + String(repeating: " ", count: 40 << 20)
            try parts.write(to: fixture.folder.path("bomb.xlsx"))
            let bomb = try Data(contentsOf: URL(fileURLWithPath: fixture.folder.path("bomb.xlsx")))
            let exploded = try await Self.upload(client, sato, bomb, type: YearCycle.xlsxType)
            #expect(exploded.status == .unprocessableContent && bomb.count < 1_000_000 && exploded.error ==
                "評価シート.xlsx は展開するとブックとしては大きすぎます（xl/worksheets/sheet2.xml だけで 32 MB 超、またはパーツの合計が 128 MB 超）。読み込んでいません。")
            parts = try WorkbookParts(path: path)
            parts["xl/workbook.xml"] = (parts["xl/workbook.xml"] ?? "").replacingOccurrences(
                of: "?>", with: #"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>"#)
            try parts.write(to: fixture.folder.path("laughs.xlsx"))
            let laughs = try Data(contentsOf: URL(fileURLWithPath: fixture.folder.path("laughs.xlsx")))
            let entities = try await Self.upload(client, sato, laughs, type: YearCycle.xlsxType)
            #expect(entities.status == .unprocessableContent && entities.error ==
                "評価シート.xlsx は読み込める .xlsx ブックではありません：パーツ xl/workbook.xml に DOCTYPE かエンティティの宣言があります（表計算ソフトが書くことはありません）。")

            let empty = try await Self.upload(client, sato, Data())
            #expect(empty.status == .unprocessableContent && empty.error == "評価シート.csv は空です。")

            let noToken = try await Self.upload(client, sato, Self.goodCSV, csrf: false)
            #expect(noToken.status == .forbidden)

            let json = try await Self.upload(client, sato, Self.goodCSV, type: "application/json")
            #expect(json.status == .unsupportedMediaType && json.error == Message.uploadNotSpreadsheetType.ja)

            // Over the limit: 413, and the connection closes after it (so it comes last).
            let large = try await Self.upload(client, sato, Data(repeating: 0x41, count: 1024 * 1024 + 1))
            #expect(large.status == .contentTooLarge && large.error == Message.uploadTooLarge(1024 * 1024).ja)

            #expect(Self.fileHash(fixture) == before)
        }
    }

    @Test func theCoordinatorFreezesReopensAndDownloadsEveryReport() async throws {
        let fixture = try ServerFixture()
        try await fixture.testLive { client in
            let tanaka = try await client.signIn("tanaka"), sato = try await client.signIn("sato")
            let notYet = try await client.execute(uri: "/api/v1/reports/2024?format=html", method: .get, headers: tanaka.cookieOnly)
            #expect(notYet.status == .notFound)

            let satosSheet = try await Self.download(client, sato)
            let before = Self.fileHash(fixture)
            let notCoordinator = try await client.post("/api/v1/snapshots", #"{"year": 2024}"#, headers: sato.headers)
            #expect(notCoordinator.status == .forbidden)
            let incomplete = try await client.post("/api/v1/snapshots", #"{"year": 2024}"#, headers: tanaka.headers)
            #expect(incomplete.status == .conflict)
            let missing = try #require(try incomplete.json()["missing"] as? [[String: Any]])
            #expect(missing.contains { $0["dept"] as? String == "企画政策課" && ($0["missing"] as? Int ?? 0) > 0 })
            #expect(Self.fileHash(fixture) == before)

            let frozen = try await client.post("/api/v1/snapshots", #"{"year": 2024, "note": "速報", "allow_incomplete": true}"#, headers: tanaka.headers)
            #expect(frozen.status == .ok)
            let frozenJSON = try frozen.json()
            #expect(frozenJSON["version"] as? Int == 1 && (frozenJSON["sha256"] as? String)?.count == 64)
            let twice = try await client.post("/api/v1/snapshots", #"{"year": 2024, "allow_incomplete": true}"#, headers: tanaka.headers)
            #expect(twice.status == .conflict)

            // The year is locked: an upload is refused as every other entry is.
            let locked = try await Self.upload(client, sato, satosSheet, type: YearCycle.xlsxType)
            #expect(locked.status == .conflict && locked.error?.contains("確定") == true, "\(locked.error ?? "")")

            for (format, type) in [("html", "text/html; charset=utf-8"), ("xlsx", YearCycle.xlsxType), ("csv", "text/csv; charset=utf-8"),
                                   ("json", "application/json; charset=utf-8"), ("opendata", "application/zip")] {
                let report = try await client.execute(uri: "/api/v1/reports/2024?format=\(format)", method: .get, headers: sato.cookieOnly)
                #expect(report.status == .ok, "\(format)")
                #expect(report.headers[.contentType] == type, "\(format)")
            }
            let zip = try await client.execute(uri: "/api/v1/reports/2024?format=opendata", method: .get, headers: sato.cookieOnly)
            #expect(Data(zip.body.readableBytesView).range(of: Data("122360_指標.csv".utf8)) != nil)
            let badFormat = try await client.execute(uri: "/api/v1/reports/2024?format=pdf", method: .get, headers: sato.cookieOnly)
            #expect(badFormat.status == .unprocessableContent && badFormat.error == Message.reportFormatUnknown.ja)
            let period = try await client.execute(uri: "/api/v1/period-report?from=2023&to=2024&format=csv", method: .get, headers: sato.cookieOnly)
            #expect(period.status == .ok && period.headers[.contentType] == "text/csv; charset=utf-8")
            let noPeriod = try await client.execute(uri: "/api/v1/period-report?format=csv", method: .get, headers: sato.cookieOnly)
            #expect(noPeriod.status == .badRequest)

            let noReason = try await client.post("/api/v1/reopenings", #"{"year": 2024, "reason": " "}"#, headers: tanaka.headers)
            #expect(noReason.status == .unprocessableContent)
            let notTheirs = try await client.post("/api/v1/reopenings", #"{"year": 2024, "reason": "訂正"}"#, headers: sato.headers)
            #expect(notTheirs.status == .forbidden)
            let reopened = try await client.post("/api/v1/reopenings", #"{"year": 2024, "reason": "訂正"}"#, headers: tanaka.headers)
            let reopenedJSON = try reopened.json()
            #expect(reopened.status == .ok && reopenedJSON["version"] as? Int == 1)
        }
        // The account froze and reopened the year, beside its department (DESIGN.md "Who did it").
        let db = try Database(path: fixture.path, mode: .readOnly)
        #expect(try db.rows("SELECT created_by, actor FROM v_snapshots").map(\.values) == [[.text("総務課"), .text("tanaka")]])
        #expect(try db.rows("SELECT d.name, r.actor FROM snapshot_reopenings r JOIN departments d ON d.dept_id = r.reopened_by").map(\.values)
            == [[.text("総務課"), .text("tanaka")]])
    }

    /// The page: a multipart form with the CSRF token; findings by cell, then 記録する.
    static func multipart(_ fields: [(String, String)], file: (name: String, data: Data)?) -> (String, Data) {
        let boundary = "----plandbtest7MA4YWxkTrZu0gW"
        var body = Data()
        for (name, value) in fields {
            body += Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n".utf8)
        }
        if let file {
            body += Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(file.name)\"\r\nContent-Type: text/csv\r\n\r\n".utf8)
            body += file.data + Data("\r\n".utf8)
        }
        body += Data("--\(boundary)--\r\n".utf8)
        return ("multipart/form-data; boundary=\(boundary)", body)
    }

    @Test func thePageShowsFindingsByCellThenRecords() async throws {
        let fixture = try ServerFixture()
        try await fixture.testLive { client in
            let sato = try await PageRouteTests.signIn(client, "sato")
            let page = try await client.execute(uri: "/years/2024", method: .get, headers: sato.cookieOnly)
            #expect(page.text.contains(#"<a href="/years/2024/workbook" id="workbook-download">"#))
            #expect(page.text.contains(#"enctype="multipart/form-data" id="workbook-upload">"#))

            func check(_ data: Data, csrf: String? = nil) async throws -> TestResponse {
                let (type, body) = Self.multipart([("csrf_token", csrf ?? sato.csrf)], file: ("財政_2024.csv", data))
                return try await client.execute(uri: "/years/2024/workbook/check", method: .post, headers: [.cookie: sato.cookie, .contentType: type], body: ByteBuffer(bytes: body))
            }
            let tanakasSheet = try await Self.download(client, try await client.signIn("tanaka"))   // signing in writes
            let before = Self.fileHash(fixture)
            let wrongToken = try await check(Self.goodCSV, csrf: "nope")
            #expect(wrongToken.status == .forbidden)
            let refused = try await check(Self.badCSV)
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains(#"<td class="cell" style="white-space: nowrap">2 行目</td><td style="white-space: nowrap">6-7-I2</td>"#))
            #expect(refused.text.contains(Message.pageWorkbookRefused(2).ja) && refused.text.contains("（.xlsx または CSV、8 MBまで）"))
            #expect(!refused.text.contains("workbook-record"))
            #expect(Self.fileHash(fixture) == before)
            // Another department's sheet: the page's own advice, not the command line's `--as`.
            let others = try await check(tanakasSheet)
            #expect(others.status == .forbidden)
            #expect(others.text.contains(Message.pageUploadRefusedAdvice.ja) && !others.text.contains("--as") && !others.text.contains("plandb "))
            #expect(Self.fileHash(fixture) == before)

            let checked = try await check(Self.goodCSV)
            #expect(checked.status == .ok)
            #expect(checked.text.contains(Message.workbookChecked(changed: 1, unchanged: 0, blank: 0).ja))
            #expect(Self.fileHash(fixture) == before)
            let token = String(try #require(checked.text.firstMatch(of: /name="upload" value="([^"]+)"/)?.output.1))
            let recorded = try await PageRouteTests.post(client, "/years/2024/workbook/record", sato, [("upload", token)])
            #expect(recorded.status == .seeOther)
            #expect(recorded.headers[.location] == "/years/2024?workbook=recorded&changed=1&unchanged=0&blank=0#workbook")
            let again = try await PageRouteTests.post(client, "/years/2024/workbook/record", sato, [("upload", token)])
            #expect(again.status == .conflict && again.text.contains(Message.uploadHoldGone.ja))
        }
        let actor = try fixture.withStore { store, _ in
            try store.connection.scalar("SELECT actor FROM v_history WHERE item_code = '6-7-I2' AND fiscal_year = 2024 AND field = 'value'").string
        }
        #expect(actor == "sato")
    }

    @Test func theDashboardListsWhatIsMissingThenFreezesAndOffersTheReports() async throws {
        let fixture = try ServerFixture()
        try await fixture.testLive { client in
            let tanaka = try await PageRouteTests.signIn(client, "tanaka"), sato = try await PageRouteTests.signIn(client, "sato")
            let dashboard = try await client.execute(uri: "/years/2024/dashboard", method: .get, headers: tanaka.cookieOnly)
            #expect(dashboard.text.contains(#"<ul id="missing">"#) && dashboard.text.contains(#"id="allow-incomplete""#))
            let notCoordinator = try await PageRouteTests.post(client, "/years/2024/snapshots", sato, [("note", "")])
            #expect(notCoordinator.status == .forbidden)
            let refused = try await PageRouteTests.post(client, "/years/2024/snapshots", tanaka, [("note", "")])
            #expect(refused.status == .conflict && refused.text.contains(Message.pageFreezeIncompleteAdvice.ja) && !refused.text.contains("--allow-incomplete"))
            let frozen = try await PageRouteTests.post(client, "/years/2024/snapshots", tanaka, [("note", ""), ("allow_incomplete", "1")])
            #expect(frozen.status == .seeOther && frozen.headers[.location] == "/years/2024/dashboard?done=frozen")
            let after = try await client.execute(uri: "/years/2024/dashboard?done=frozen", method: .get, headers: tanaka.cookieOnly)
            #expect(after.text.contains(Message.snapshotFrozenPage("2024（令和6）年度", version: 1).ja))
            #expect(after.text.contains(#"<a href="/years/2024/downloads/report?format=opendata" id="download-opendata">"#))
            let xlsx = try await client.execute(uri: "/years/2024/downloads/report?format=xlsx", method: .get, headers: tanaka.cookieOnly)
            #expect(xlsx.status == .ok && xlsx.headers[.contentType] == YearCycle.xlsxType)
            let reopened = try await PageRouteTests.post(client, "/years/2024/reopenings", tanaka, [("reason", "訂正のため")])
            #expect(reopened.status == .seeOther && reopened.headers[.location] == "/years/2024/dashboard?done=reopened")
        }
    }
}
