import Foundation
import SQLiteDB
import TestSupport
import Testing

/// `plandb plan template` and `plan export`, run as a planning officer would.
@Suite struct PlanWorkbookCommandTests {
    let folder: TemporaryFolder

    init() throws { folder = try TemporaryFolder() }

    func plandb(_ arguments: String..., environment: [String: String] = [:]) throws -> CommandResult {
        try PlanDBBinary.run(arguments, in: folder.url, environment: environment)
    }

    @Test func theTemplateChecksAndLoads() throws {
        let template = try plandb("plan", "template", "--out", "施策体系.xlsx")
        #expect(template.status == 0, "\(template.stderr)")
        #expect(template.stdout == "wrote the empty plan workbook to 施策体系.xlsx: fill it in, then check it with `plandb seed check 施策体系.xlsx`\n")
        let check = try plandb("seed", "check", "施策体系.xlsx")
        #expect(check.status == 0, "\(check.stderr)")
        #expect(check.stdout.hasPrefix("施策体系.xlsx: ok — plan sample-kihon, 1 policies, 1 measures"))
        let load = try plandb("init", "--seeds", "施策体系.xlsx")
        #expect(load.status == 0, "\(load.stderr)")
        let list = try plandb("plan", "list", "--format", "csv")
        #expect(list.stdout.contains("sample-kihon"))
    }

    @Test func theEmbeddedPlanIsExportedWhenThereIsNoDatabase() throws {
        let export = try plandb("plan", "export", "--out", "katori.xlsx")
        #expect(export.status == 0, "\(export.stderr)")
        #expect(export.stdout.hasPrefix("plan.db holds no plan: exporting the plan built into plandb\nwrote plan katori-2-kouki to katori.xlsx (7 policies"))
        #expect(!FileManager.default.fileExists(atPath: folder.path("plan.db")))
        #expect(try plandb("init", "--seeds", "katori.xlsx").status == 0)
        let embedded = folder.path("embedded.db")
        #expect(try plandb("--db", embedded, "init").status == 0)
        let a = try PlanDBBinary.run(["sql", "--format", "csv", "SELECT * FROM v_indicators ORDER BY indicator_code"], in: folder.url)
        let b = try PlanDBBinary.run(["--db", embedded, "sql", "--format", "csv", "SELECT * FROM v_indicators ORDER BY indicator_code"], in: folder.url)
        #expect(a.stdout == b.stdout && !a.stdout.isEmpty)
    }

    @Test func theLoadedPlanIsExportedAsASeedFolderThatChecks() throws {
        #expect(try plandb("init").status == 0)
        let export = try plandb("plan", "export", "--plan", "katori-2-kouki", "--out", "seeds", "--format", "yaml")
        #expect(export.status == 0, "\(export.stderr)")
        #expect(export.stdout.hasPrefix("wrote plan katori-2-kouki to seeds (7 policies"))
        let check = try plandb("seed", "check", "seeds")
        #expect(check.status == 0, "\(check.stderr)")
        // Again over its own earlier export: allowed.
        #expect(try plandb("plan", "export", "--out", "seeds", "--format", "yaml").status == 0)
    }

    @Test func exportNeverWritesOverTheDatabaseOrSomeoneElsesFolder() throws {
        #expect(try plandb("init").status == 0)
        let before = try dump(folder.path("plan.db"))
        let overDatabase = try plandb("plan", "export", "--out", "plan.db")
        #expect(overDatabase.status != 0)
        #expect(overDatabase.stderr.hasPrefix("error: "))
        try folder.write("keep me", to: "mine/notes.txt")
        let overFolder = try plandb("plan", "export", "--out", "mine", "--format", "yaml")
        #expect(overFolder.status != 0)
        #expect(overFolder.stderr.contains("mine holds files that plandb did not write; nothing was written"))
        try folder.write("my own notes", to: "notes.txt")
        let overNotes = try plandb("plan", "export", "--out", "notes.txt")
        #expect(overNotes.stderr.contains("notes.txt exists and is not a plan workbook; nothing was written"))
        #expect(try String(contentsOfFile: folder.path("notes.txt"), encoding: .utf8) == "my own notes")
        // Its own earlier workbook is replaced.
        #expect(try plandb("plan", "export", "--out", "again.xlsx").status == 0)
        #expect(try plandb("plan", "export", "--out", "again.xlsx").status == 0)
        let unknownPlan = try plandb("plan", "export", "--plan", "nowhere", "--out", "x.xlsx")
        #expect(unknownPlan.stderr.contains("there is no plan nowhere in this file"))
        let format = try plandb("plan", "export", "--out", "x.xlsx", "--format", "pdf")
        #expect(format.stderr.contains("unknown format `pdf`"))
        #expect(try dump(folder.path("plan.db")) == before)
        #expect(try String(contentsOfFile: folder.path("mine/notes.txt"), encoding: .utf8) == "keep me")
    }

    @Test func mistakesAreSaidInJapaneseAtTheirCells() throws {
        #expect(try plandb("plan", "template", "--out", "t.xlsx").status == 0)
        try Data("not a workbook".utf8).write(to: folder.url.appending(path: "plan.txt"))
        let result = try plandb("seed", "check", "plan.txt", environment: ["PLANDB_LANG": "ja"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("plan.txt: plan.txt はシードのフォルダでも .xlsx のブックでもありません。"))
    }
}
