import Foundation
import PlanCore
import SQLiteDB
import TestSupport
import Testing

/// `reprint_of` in the seeds: checked against the whole plan, imported as a link to the original.
extension SeedImporterTests {
    /// The fixture's policy 9-1 with its reprint 窓口のDX pointing at `origin`, and a third
    /// initiative appended when `extra` is given.
    func seeds(origin: String, extra: String = "") throws -> String {
        let policy = SeedFixture.policy1
            .replacingOccurrences(of: "reprint_of: outside", with: "reprint_of: \(origin)")
            .replacingOccurrences(of: "\nindicators:\n", with: "\n" + extra + "indicators:\n")
        return try SeedFixture.write(into: folder, policies: ["9-1": policy, "9-2": SeedFixture.policy2])
    }

    @Test func anUnknownCodeIsRefused() throws {
        #expect(issues(try seeds(origin: "9-1-1-1-9"), .ja) == [
            "policies/9-1.yaml:26:25: reprint_of：9-1-1-1-9 はこの計画の主な取組ではありません。初出の取組のコードを `plandb show` の表示どおりに書くか（例：`reprint_of: 1-2-1-1-1`）、初出がこのシードの外にあるときは `reprint_of: outside` と書いてください。",
        ])
        #expect(issues(try seeds(origin: "9-1-1-1-9")) == [
            "policies/9-1.yaml:26:25: reprint_of: 9-1-1-1-9 is not an initiative of this plan; name the original's code as `plandb show` prints it (e.g. `reprint_of: 1-2-1-1-1`), or write `reprint_of: outside` when the original is printed outside these seeds",
        ])
    }

    @Test func anotherReprintIsRefused() throws {
        let extra = """
                      - code: "9-1-1-1-3"
                        title: 窓口のDXの周知
                        reprint: true
                        reprint_of: 9-1-1-1-2

            """
        #expect(issues(try seeds(origin: "9-1-1-1-1", extra: extra), .ja) == [
            "policies/9-1.yaml:32:25: reprint_of：9-1-1-1-2 もまた再掲で、評価されません。代わりに初出を書いてください：`reprint_of: 9-1-1-1-1`",
        ])
        #expect(issues(try seeds(origin: "9-1-1-1-1", extra: extra)) == [
            "policies/9-1.yaml:32:25: reprint_of: 9-1-1-1-2 is itself a reprint （再掲）, which is never evaluated; name its original instead: `reprint_of: 9-1-1-1-1`",
        ])
    }

    @Test func aReprintMustSayWhatItReprintsAndAnOriginalMayNot() throws {
        let policy = SeedFixture.policy1
            .replacingOccurrences(of: "            reprint_of: outside\n", with: "")
            .replacingOccurrences(of: "            title: 定員適正化計画の推進\n", with: "            title: 定員適正化計画の推進\n            reprint_of: outside\n")
        let path = try SeedFixture.write(into: folder, policies: ["9-1": policy, "9-2": SeedFixture.policy2])
        #expect(issues(path, .ja) == [
            "policies/9-1.yaml:20:25: `reprint_of` は再掲の取組にだけ書きます。9-1-1-1-1 に `reprint: true` を書くか、`reprint_of` を消してください。",
            "policies/9-1.yaml:24:13: 9-1-1-1-2 は再掲です。何の再掲かを `reprint_of: CODE`（この計画の初出の取組）か `reprint_of: outside`（このシードの外に初出）で書いてください。",
        ])
        #expect(issues(path) == [
            "policies/9-1.yaml:20:25: `reprint_of` is only for a reprint （再掲）; set `reprint: true`, or remove `reprint_of` from 9-1-1-1-1",
            "policies/9-1.yaml:24:13: 9-1-1-1-2 is a reprint （再掲）: say what it reprints with `reprint_of: CODE` (the original in this plan) or `reprint_of: outside` (printed outside these seeds)",
        ])
    }

    @Test func theLinkIsImportedAndItsChangeReported() throws {
        _ = try importSeeds(try seeds(origin: "9-1-1-1-1"))
        let db = try store().connection
        #expect(try db.rows("SELECT initiative_code, is_reprint, reprint_of FROM v_initiatives ORDER BY initiative_code").map(\.values) == [
            ["9-1-1-1-1", 0, nil], ["9-1-1-1-2", 1, "9-1-1-1-1"],
        ])
        #expect(try importSeeds(try seeds(origin: "9-1-1-1-1")).changes.isEmpty)
        let outside = try importSeeds(try SeedFixture.write(into: folder))
        #expect(outside.changes == [SeedChange(action: .changed, kind: "initiative", code: "9-1-1-1-2", detail: "reprint_of")])
        #expect(try db.scalar("SELECT reprint_of FROM v_initiatives WHERE initiative_code = '9-1-1-1-2'") == .null)
    }
}
