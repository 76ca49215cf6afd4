import Foundation
@testable import PlanCore
import SQLiteDB
import TestSupport
import Testing

/// The plan workbook and the YAML export are two forms of one model: the embedded plan written
/// either way reads back equal, and a plan exported from a database loads into a new file with
/// every row of every plan view the same.
@Suite struct PlanWorkbookRoundTripTests {
    let folder: TemporaryFolder
    init() throws { folder = try TemporaryFolder() }

    @Test func theEmbeddedPlanReadsBackEqualFromTheWorkbook() throws {
        let embedded = try SeedReader.embedded().read()
        let path = folder.path("施策体系.xlsx")
        try PlanWorkbookWriter(plan: embedded).write(to: path)
        let back = try PlanWorkbookReader(path: path).read()
        expectSamePlan(back, embedded)
    }

    @Test func theEmbeddedPlanReadsBackEqualFromAYAMLExport() throws {
        let embedded = try SeedReader.embedded().read()
        let out = folder.path("seeds")
        try SeedFolderOutput(out).write(PlanYAMLWriter(plan: embedded).files())
        let back = try SeedReader.folder(out).read()
        expectSamePlan(back, embedded)
        // The workbook's reading of the exported folder is the same plan again.
        let book = folder.path("again.xlsx")
        try PlanWorkbookWriter(plan: back).write(to: book)
        expectSamePlan(try PlanWorkbookReader(path: book).read(), embedded)
    }

    @Test func theTemplateIsAValidPlanOfOneRowPerSheet() throws {
        let path = folder.path("template.xlsx")
        try PlanWorkbookWriter.template.write(to: path)
        let plan = try PlanWorkbookReader(path: path).read()
        expectSamePlan(plan, PlanWorkbookText.example)
        let counts = SeedCounts(plan)
        #expect([counts.policies, counts.measures, counts.directions, counts.initiatives, counts.indicators] == [Int](repeating: 1, count: 5))
    }

    @Test func aPlanExportedFromADatabaseLoadsWithEveryViewRowTheSame() throws {
        let source = try embeddedPlanDatabase(in: folder)
        let store = try PlanDatabase.open(path: source, access: .read)
        let extracted = try PlanExtract(store, planCode: "katori-2-kouki").read()

        let book = folder.path("export.xlsx")
        try PlanWorkbookWriter(plan: extracted).write(to: book)
        let fromBook = folder.path("from-book.db")
        _ = try Maintenance.initialize(path: fromBook, seeds: .workbook(book))
        #expect(try planViews(fromBook) == planViews(source))

        let seeds = folder.path("export-seeds")
        try SeedFolderOutput(seeds).write(PlanYAMLWriter(plan: extracted).files())
        let fromYAML = folder.path("from-yaml.db")
        _ = try Maintenance.initialize(path: fromYAML, seeds: .folder(seeds))
        #expect(try planViews(fromYAML) == planViews(source))
    }

    @Test func theExtractedPlanIsTheEmbeddedPlan() throws {
        let source = try embeddedPlanDatabase(in: folder)
        let extracted = try PlanExtract(PlanDatabase.open(path: source, access: .read), planCode: "katori-2-kouki").read()
        expectSamePlan(extracted, try SeedReader.embedded().read())
    }

    @Test func aFolderThatPlandbDidNotWriteIsNeverWrittenInto() throws {
        let plan = PlanWorkbookText.example
        let out = folder.path("mine")
        try folder.write("my notes", to: "mine/notes.txt")
        let error = try #require(throws: PlanError.self) { try SeedFolderOutput(out).write(PlanYAMLWriter(plan: plan).files()) }
        #expect(error.message.key == "planbook.export.folder_not_empty")
        #expect(try String(contentsOfFile: out + "/notes.txt", encoding: .utf8) == "my notes")
        // An earlier export is replaced whole: a policy dropped since is gone.
        let exported = folder.path("exported")
        var twoPolicies = plan
        twoPolicies.policies.append(plan.policies[0])
        twoPolicies.policies[1].code = "1-2"
        try SeedFolderOutput(exported).write(PlanYAMLWriter(plan: twoPolicies).files())
        try SeedFolderOutput(exported).write(PlanYAMLWriter(plan: plan).files())
        #expect(try FileManager.default.contentsOfDirectory(atPath: exported + "/policies") == ["1-1.yaml"])
        let file = try #require(throws: PlanError.self) { try SeedFolderOutput(exported + "/plan.yaml").write([]) }
        #expect(file.message.key == "planbook.export.folder_is_file")
    }
}

/// Every row of every view that holds the plan, and the tables behind its vocabularies, as sorted text.
func planViews(_ path: String) throws -> [String: [String]] {
    let db = try Database(path: path, mode: .readOnly)
    var result: [String: [String]] = [:]
    let views = [
        "v_plans", "v_plan_vocabularies", "v_policies", "v_policy_related_depts", "v_measures", "v_challenges", "v_directions",
        "v_initiatives", "v_initiative_actions", "v_related_plans", "v_indicators", "v_indicator_targets",
        "departments", "sdg_goals", "outlines",
    ]
    for view in views {
        let rows = try db.rows("SELECT * FROM \(view)").map { row in
            zip(row.columns, row.values).filter { !$0.0.hasSuffix("_id") || view.hasPrefix("v_") }.map { "\($0.0)=\($0.1)" }.joined(separator: "|")
        }
        result[view] = rows.sorted()
    }
    return result
}

/// Compares two plans item by item, so that a failure names the first item that differs.
func expectSamePlan(_ actual: SeedPlan, _ expected: SeedPlan, sourceLocation: SourceLocation = #_sourceLocation) {
    var headerA = actual, headerE = expected
    headerA.policies = []
    headerE.policies = []
    #expect(headerA == headerE, sourceLocation: sourceLocation)
    #expect(actual.policies.map(\.code) == expected.policies.map(\.code), sourceLocation: sourceLocation)
    for (a, e) in zip(actual.policies, expected.policies) where a != e {
        var shellA = a, shellE = e
        shellA.measures = []; shellE.measures = []
        shellA.indicators = []; shellE.indicators = []
        #expect(shellA == shellE, "policy \(e.code)", sourceLocation: sourceLocation)
        for (ma, me) in zip(a.measures, e.measures) where ma != me {
            #expect(ma == me, "measure \(me.code)", sourceLocation: sourceLocation)
        }
        for (ia, ie) in zip(a.indicators, e.indicators) where ia != ie {
            #expect(ia == ie, "indicator \(ie.code)", sourceLocation: sourceLocation)
        }
        #expect(a.measures.count == e.measures.count && a.indicators.count == e.indicators.count, sourceLocation: sourceLocation)
    }
}
