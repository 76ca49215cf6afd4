import Foundation
@testable import PlanCore
import SQLiteDB
import TestSupport
import Testing

/// `snapshot export Y --format opendata` on the embedded 香取市 plan (団体コード 122360): every file
/// parses, its columns are its 項目定義's, its figures are the views', and it reads only the snapshot.
@Suite struct OpenDataTests {
    let folder: TemporaryFolder
    let store: PlanDatabase
    let plan: PlanRef

    init() throws {
        folder = try TemporaryFolder()
        store = try PlanDatabase.open(path: try embeddedPlanDatabase(in: folder), access: .write)
        plan = try PlanRef.choose(store, year: 2025)
        _ = try ProjectListImport(store, plan: plan).run(file: try folder.write(ProjectCostTests.projectList, to: "p.csv"), as: "総務課", dryRun: false)
        _ = try BudgetImport(store, plan: plan).run(file: try folder.write(ProjectCostTests.budget2025, to: "b.csv"), year: 2025, as: "財政課", dryRun: false)
        _ = try StaffRates(store, plan: plan).set(year: 2025, kind: "正職員", amount: "8400", as: "総務課")
        _ = try ProjectRecorder(store, plan: plan).record("00123", year: 2025, staff: [.init(kind: "正職員", personYears: "1.10")], grade: "B", next: "改善",
                                                         result: nil, challenge: nil, as: "市民協働課")
        _ = try Recorder(store, plan: plan).recordIndicator("6-7-I3", year: 2025, value: "95.10", as: "財政課", confirmed: true)
    }

    func files() throws -> [String: String] {
        let info = try Snapshots(store, plan: plan).find(year: 2025)
        return Dictionary(uniqueKeysWithValues: try SnapshotOpenData(store, plan: plan, snapshot: info).files().map { ($0.name, $0.text) })
    }

    @Test func everyFileParsesAndMatchesItsDefinitionAndTheViews() throws {
        _ = try Snapshots(store, plan: plan).create(year: 2025, as: "総務課", note: nil, allowIncomplete: true)
        let files = try files()
        #expect(files.keys.sorted() == [
            "122360_主な取組の評価.csv", "122360_主な取組の評価_項目定義.csv", "122360_事業とコスト.csv", "122360_事業とコスト_項目定義.csv",
            "122360_指標.csv", "122360_指標_項目定義.csv", "122360_施策の評価.csv", "122360_施策の評価_項目定義.csv", "README.md",
        ])
        for kind in ["指標", "主な取組の評価", "施策の評価", "事業とコスト"] {
            let data = try CSVReader.records(try #require(files["122360_\(kind).csv"]))
            let definition = try CSVReader.records(try #require(files["122360_\(kind)_項目定義.csv"]))
            #expect(definition.first?.fields == ["項目名", "説明", "形式", "記入例"])
            // The file's columns are the definition's items, in order, and every row has them all.
            #expect(data.first?.fields == definition.dropFirst().map { $0.fields[0] })
            #expect(data.allSatisfy { $0.fields.count == data[0].fields.count })
            #expect(data.dropFirst().allSatisfy { $0.fields.prefix(2) == ["122360", "香取市"] })
        }
        let indicators = try CSVReader.records(files["122360_指標.csv"] ?? "")
        let row = try #require(indicators.first { $0.fields[5] == "6-7-I3" })
        #expect(Array(row.fields[12...13]) == ["95.10", "0"])
        #expect(indicators.count - 1 == (try store.connection.scalar("SELECT count(*) FROM v_indicators WHERE plan_code = 'katori-2-kouki'").int))
        let projects = try CSVReader.records(files["122360_事業とコスト.csv"] ?? "").dropFirst().map { Array($0.fields[4...]) }
        #expect(projects.first == ["00123", "協働のまちづくり推進事業", "市民協働課", "6-1-1-1-1", "60", "12345", "11000", "2500", "9240", "20240", "17740", "決算", "B", "改善"])
        let cost = try store.connection.row("SELECT full_cost, general_revenue FROM v_policy_costs WHERE policy_code = '6-1' AND fiscal_year = 2025")
        let policy = try #require(try CSVReader.records(files["122360_施策の評価.csv"] ?? "").first { $0.fields[4] == "6-1" })
        #expect(policy.fields.suffix(2) == [String(cost?.int("full_cost") ?? 0), String(cost?.int("general_revenue") ?? 0)])
        #expect(files["README.md"]?.contains("SHA-256：\(try Snapshots(store, plan: plan).find(year: 2025).sha256)") == true)
    }

    @Test func itReadsOnlyTheSnapshot() throws {
        _ = try Snapshots(store, plan: plan).create(year: 2025, as: "総務課", note: nil, allowIncomplete: true)
        let before = try files()
        let db = store.connection
        try db.execute("UPDATE plans SET municipality_code = '011002', name = '改ざん計画'")
        try db.execute("UPDATE projects SET name = '改ざん事業'")
        #expect(try files() == before)
    }

    @Test func aPlanWithoutItsCodeIsRefused() throws {
        try store.connection.execute("UPDATE plans SET municipality_code = NULL")
        _ = try Snapshots(store, plan: plan).create(year: 2025, as: "総務課", note: nil, allowIncomplete: true)
        let error = planError { _ = try files() }
        #expect(error?.message.key == "opendata.no_municipality_code")
    }
}
