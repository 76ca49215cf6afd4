import Foundation
@testable import PlanCore
import SQLiteDB
import TestSupport
import Testing

/// A plan nobody here wrote, and the mistakes a clerk makes filling in the plan workbook: each
/// said once, at its cell, in the user's language.
@Suite struct PlanWorkbookMistakeTests {
    let folder: TemporaryFolder
    init() throws { folder = try TemporaryFolder() }

    /// 南山町: its own coordinator and budget department, grades S–D, phases 計画・実施・評価・改善,
    /// a 以内 ceiling, a reprint inside the plan and one whose original is outside it.
    static var town: SeedPlan {
        var plan = SeedPlan(
            code: "minamiyama-2029", name: "第5次総合計画 前期基本計画", municipality: "南山町",
            municipalityCode: MunicipalityCode.withCheckDigit("12345"), startYear: 2029, endYear: 2033, defaultBaselineYear: 2028,
            coordinator: "政策推進課", budgetDept: "財務課",
            departments: [
                SeedDepartment(name: "政策推進課", kind: "department"), SeedDepartment(name: "財務課", kind: "department"),
                SeedDepartment(name: "住民課", kind: "department"), SeedDepartment(name: "全課等", kind: "group"),
            ],
            outlines: [SeedOutline(code: "2", section: "第2章", title: "みんなでつくる町")],
            grades: ["S", "A", "B", "C", "D"].map { SeedTerm(name: $0, meaning: "評価\($0)") },
            nextDirections: ["拡大", "現状維持", "見直し", "終了"].map { SeedTerm(name: $0, meaning: "\($0)する") },
            phases: ["計画", "実施", "評価", "改善"])
        func initiative(_ code: String, _ title: String, reprintOf: SeedReprintOrigin? = nil, position: Int = 1) -> SeedInitiative {
            SeedInitiative(
                position: position, code: code, oldCode: nil, title: title, isReprint: reprintOf != nil, reprintOf: reprintOf,
                actions: reprintOf != nil ? [] : [
                    SeedAction(phase: "計画", seq: 1, text: "\(title)の計画づくり"), SeedAction(phase: "実施", seq: 1, text: "\(title)の実施"),
                    SeedAction(phase: "実施", seq: 2, text: "\(title)の周知"), SeedAction(phase: "改善", seq: 1, text: "\(title)の見直し"),
                ])
        }
        func policy(_ n: Int, lead: String, initiatives: [SeedInitiative]) -> SeedPolicy {
            let code = "2-\(n)"
            return SeedPolicy(
                code: code, outlineCode: "2", title: "施策\(n)", leadDept: lead, relatedDepts: ["全課等"], vision: "町が\(n)番目の姿になっています。",
                measures: [SeedMeasure(
                    no: 1, code: "\(code)-1", title: "小施策\(n)", challenges: [SeedChallenge(no: 1, text: "課題\(n)があります。")],
                    directions: [SeedDirection(no: 1, code: "\(code)-1-1", title: "方針\(n)", text: "方針\(n)を進めます。", isPriority: n == 1, initiatives: initiatives)])],
                indicators: [SeedIndicator(
                    no: 1, code: "\(code)-I1", measureCode: "\(code)-1", name: "経常収支比率\(n)", description: "各年度の経常収支比率", sourceDept: "財務課",
                    isKPI: n == 2, unit: "%", direction: "at_most", note: nil,
                    baseline: SeedCell(year: 2028, text: "92.40%", value: "92.40", note: nil),
                    targets: [SeedCell(year: 2031, text: "90％以内", value: "90", note: nil), SeedCell(year: 2033, text: "90％以内", value: "90", note: nil)])],
                relatedPlans: [SeedRelatedPlan(name: "南山町行財政改革プラン", period: "2029～2033年度")])
        }
        plan.policies = [
            policy(1, lead: "住民課", initiatives: [initiative("2-1-1-1-1", "住民協働講座")]),
            policy(2, lead: "政策推進課", initiatives: [
                initiative("2-2-1-1-1", "行政評価の実施"),
                initiative("2-2-1-1-2", "住民協働講座", reprintOf: .initiative("2-1-1-1-1"), position: 2),
                initiative("2-2-1-1-3", "広域連携の推進", reprintOf: .outside, position: 3),
            ]),
        ]
        return plan
    }

    func texts(_ row: Row) -> [String] {
        row.values.map { value in
            switch value {
            case .null: return "NULL"
            case .integer(let number): return String(number)
            case .real(let number): return String(number)
            case .text(let text): return text
            case .blob: return "blob"
            }
        }
    }

    func workbook(_ plan: SeedPlan, name: String = "town.xlsx") throws -> String {
        let path = folder.path(name)
        try PlanWorkbookWriter(plan: plan).write(to: path)
        return path
    }

    func issues(_ path: String, _ language: Language = .en) -> [String] {
        do {
            _ = try PlanWorkbookReader(path: path).read()
            return []
        } catch let error as SeedValidationError {
            return error.issues.map { $0.text(language) }
        } catch {
            return ["\(error)"]
        }
    }

    @Test func aMadeUpTownLoadsWithItsOwnVocabulariesAndReprints() throws {
        let path = try workbook(Self.town)
        expectSamePlan(try PlanWorkbookReader(path: path).read(), Self.town)
        let db = folder.path("town.db")
        _ = try Maintenance.initialize(path: db, seeds: .workbook(path))
        let store = try PlanDatabase.open(path: db, access: .read)
        let c = store.connection
        #expect(try c.rows("SELECT plan_code, municipality, coordinator, budget_dept, municipality_code FROM v_plans").map(texts)
            == [["minamiyama-2029", "南山町", "政策推進課", "財務課", "123455"]])
        #expect(try c.rows("SELECT term FROM v_plan_vocabularies WHERE kind = 'grade' ORDER BY seq").compactMap { $0.string("term") } == ["S", "A", "B", "C", "D"])
        #expect(try c.rows("SELECT term FROM v_plan_vocabularies WHERE kind = 'phase' ORDER BY seq").compactMap { $0.string("term") } == ["計画", "実施", "評価", "改善"])
        #expect(try c.rows("SELECT initiative_code, is_reprint, reprint_of FROM v_initiatives WHERE is_reprint = 1 ORDER BY 1").map(texts)
            == [["2-2-1-1-2", "1", "2-1-1-1-1"], ["2-2-1-1-3", "1", "NULL"]])
        #expect(try c.rows("SELECT DISTINCT direction FROM v_indicators").compactMap { $0.string("direction") } == ["at_most"])
        // The export of the loaded town is the town again.
        expectSamePlan(try PlanExtract(store, planCode: "minamiyama-2029").read(), Self.town)
        // Its S grade is a grade like any other.
        let plan = try PlanRef.choose(store, year: 2030)
        #expect(plan.grades == ["S", "A", "B", "C", "D"])
        let writer = try PlanDatabase.open(path: db, access: .write)
        _ = try Recorder(writer, plan: plan).recordInitiative("2-1-1-1-1", year: 2029, grade: "S", next: "拡大", result: nil, challenge: nil, as: "住民課")
        #expect(try c.scalar("SELECT grade FROM v_initiative_evaluations WHERE initiative_code = '2-1-1-1-1'").string == "S")
    }

    @Test func everyMistakeOfTheFileIsSaidAtItsCellAtOnce() throws {
        var plan = Self.town
        plan.policies[0].leadDept = "総務部"                                   // unknown department: 施策!D3
        plan.policies[0].indicators[0].targets[1].year = 2040                  // outside the period: 目標値!B4
        plan.policies[1].measures[0].directions[0].initiatives[2].code = "2-2-1-1-1"   // duplicate code: 主な取組!A6
        plan.policies[1].measures[0].directions[0].initiatives[1].reprintOf = .initiative("2-9-1-1-1")  // unknown 再掲元: 主な取組!D5
        plan.policies[1].measures[0].title = ""                                // blank required cell: 小施策!C4
        let path = try workbook(plan)
        #expect(issues(path) == [
            "施策!D3: lead_dept: unknown department 総務部; add it to the departments (`departments` in plan.yaml, or the 課 sheet)",
            "小施策!C4: 「名称」 is blank; fill it in",
            "主な取組!D5: 再掲元 2-9-1-1-1 is not a 主な取組 of this workbook; write the code of the 主な取組 where it is first printed, or 計画外 when that is outside this plan",
            "主な取組!A6: code 2-2-1-1-1 is already used at 主な取組!A4; every item keeps a code of its own",
            "目標値!B4: target year 2040 of 2-1-I1 is outside the plan's period 2029–2033",
        ])
        #expect(issues(path, .ja) == [
            "施策!D3: 主担当課：総務部 という課はありません。課の一覧（plan.yaml の `departments` か、課シート）に追加してください。",
            "小施策!C4: 「名称」が空欄です。記入してください。",
            "主な取組!D5: 再掲元 2-9-1-1-1 はこのブックの主な取組にありません。初出の主な取組のコードを書くか、初出がこの計画の外にあるときは「計画外」と書いてください。",
            "主な取組!A6: コード 2-2-1-1-1 は 主な取組!A4 でも使われています。項目ごとに別のコードにしてください。",
            "目標値!B4: 2-1-I1 の目標年度 2040 が計画期間 2029–2033 の外です。",
        ])
    }

    @Test func fullWidthCodesAndNumbersAreReadAsHalfWidth() throws {
        var plan = Self.town
        plan.policies[0].code = "２－１"
        plan.policies[0].measures[0].code = "２－１－１"
        plan.policies[0].indicators[0].measureCode = "２－１－１"
        plan.policies[0].indicators[0].baseline.value = "９２．４０"
        let path = try workbook(plan)
        let read = try PlanWorkbookReader(path: path).read()
        expectSamePlan(read, Self.town)
    }

    @Test func aMissingSheetIsNamedWithoutItsEchoes() throws {
        let path = try workbook(Self.town)
        var parts = try WorkbookParts(path: path)
        let workbook = try #require(parts["xl/workbook.xml"])
        parts["xl/workbook.xml"] = workbook.replacing(/<sheet name="目標値"[^>]*\/>/, with: "")
        try parts.write(to: path)
        #expect(issues(path) == ["town.xlsx: the sheet 「目標値」 is missing; add it with its header row (`plandb plan template` shows every sheet)"])
        #expect(issues(path, .ja) == ["town.xlsx: シート「目標値」がありません。見出し行とともに追加してください（`plandb plan template` ですべてのシートを確認できます）。"])
    }

    @Test func aRowThatCannotBePlacedIsReportedOnceNotByWhatHangsBelowIt() throws {
        // 小施策 2-2-1 names policy 2-9 (a typo): its 取組方針, 主な取組, 取組内容, the reprint of
        // one of them and the indicator that names it say nothing more.
        let path = try workbook(Self.town)
        var parts = try WorkbookParts(path: path)
        parts.replaceCell("B4", in: sheetPart(parts, "小施策"), with: "<c r=\"B4\" t=\"inlineStr\"><is><t>2-9</t></is></c>")
        try parts.write(to: path)
        #expect(issues(path) == ["小施策!B4: 施策コード 2-9 is not on the sheet 「施策」; write a code listed there"])
    }

    @Test func anUnknownSheetIsNamed() throws {
        let path = try workbook(Self.town)
        var parts = try WorkbookParts(path: path)
        parts["xl/workbook.xml"] = parts["xl/workbook.xml"]?.replacingOccurrences(of: "<sheet name=\"SDGs\"", with: "<sheet name=\"Sheet1\"")
        try parts.write(to: path)
        #expect(issues(path) == [
            "Sheet1: the sheet 「Sheet1」 is not a sheet of the plan workbook; rename it to one of 「計画」・「課」・「評価区分」・「大綱」・「施策」・「小施策」・「現状と課題」・「取組方針」・「主な取組」・「取組内容」・「指標」・「目標値」・「関連計画」・「SDGs」, or delete it",
        ])
    }

    @Test func numbersWhereTextIsExpectedAreReadAsTheirText() throws {
        let path = try workbook(Self.town)
        var parts = try WorkbookParts(path: path)
        // Excel stores a typed 2031 as a number, and a code typed into a General cell as a date.
        let targets = sheetPart(parts, "目標値")
        parts.replaceCell("B3", in: targets, with: "<c r=\"B3\"><v>2031</v></c>")
        try parts.write(to: path)
        expectSamePlan(try PlanWorkbookReader(path: path).read(), Self.town)
    }

    /// The part that holds a sheet, by its name in workbook.xml and the relations.
    func sheetPart(_ parts: WorkbookParts, _ name: String) -> String {
        let workbook = parts["xl/workbook.xml"] ?? ""
        let relations = parts["xl/_rels/workbook.xml.rels"] ?? ""
        let id = workbook.firstMatch(of: try! Regex("<sheet name=\"\(name)\" sheetId=\"[0-9]+\" r:id=\"(rId[0-9]+)\""))?.output[1].substring ?? ""
        let target = relations.firstMatch(of: try! Regex("Id=\"\(id)\"[^>]*Target=\"([^\"]+)\""))?.output[1].substring
            ?? relations.firstMatch(of: try! Regex("Target=\"([^\"]+)\"[^>]*Id=\"\(id)\""))?.output[1].substring ?? ""
        return "xl/" + String(target)
    }
}
