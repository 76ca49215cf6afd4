import Foundation
@testable import PlanCore
import TestSupport
import Testing

/// A whole 総合計画 (6 大綱, 50 施策, 600 主な取組, 200 指標) loads from the workbook in seconds.
@Suite struct PlanWorkbookScaleTests {
    static func wholePlan() -> SeedPlan {
        var plan = SeedPlan(
            code: "big-plan", name: "第3次総合計画 基本計画", municipality: "大川市", startYear: 2028, endYear: 2032, defaultBaselineYear: 2027,
            coordinator: "企画課", budgetDept: "財政課",
            departments: (1...30).map { SeedDepartment(name: "第\($0)課", kind: "department") }
                + [SeedDepartment(name: "企画課", kind: "department"), SeedDepartment(name: "財政課", kind: "department")],
            outlines: (1...6).map { SeedOutline(code: "\($0)", section: "\($0)節", title: "大綱\($0)") },
            grades: ["A", "B", "C", "D"].map { SeedTerm(name: $0, meaning: "評価\($0)") },
            nextDirections: ["拡充", "継続", "廃止"].map { SeedTerm(name: $0, meaning: $0) },
            phases: SeedPlan.defaultPhases)
        for p in 0..<50 {
            let outline = p % 6 + 1
            let code = "\(outline)-\(p / 6 + 1)"
            let dept = "第\(p % 30 + 1)課"
            var policy = SeedPolicy(
                code: code, outlineCode: "\(outline)", title: "施策\(code)", leadDept: dept, relatedDepts: ["企画課"],
                vision: String(repeating: "目指す姿の文章です。", count: 12), measures: [], indicators: [],
                relatedPlans: [SeedRelatedPlan(name: "個別計画\(code)", period: "2028～2032年度")])
            for m in 1...3 {
                var measure = SeedMeasure(
                    no: m, code: "\(code)-\(m)", title: "小施策\(m)",
                    challenges: (1...2).map { SeedChallenge(no: $0, text: String(repeating: "現状と課題の文章です。", count: 8)) }, directions: [])
                for d in 1...2 {
                    measure.directions.append(SeedDirection(
                        no: d, code: "\(code)-\(m)-\(d)", title: "取組方針\(d)", text: String(repeating: "取組方針の文章です。", count: 6),
                        isPriority: d == 1,
                        initiatives: (1...2).map { i in
                            SeedInitiative(
                                position: i, code: "\(code)-\(m)-\(d)-\(i)", oldCode: nil, title: "主な取組\(code)-\(m)-\(d)-\(i)", isReprint: false,
                                reprintOf: nil,
                                actions: [SeedAction(phase: "計画", seq: 1, text: "計画の内容"), SeedAction(phase: "実行", seq: 1, text: "実行の内容")])
                        }))
                }
                policy.measures.append(measure)
            }
            for i in 1...4 {
                policy.indicators.append(SeedIndicator(
                    no: i, code: "\(code)-I\(i)", measureCode: "\(code)-\(i % 3 + 1)", name: "指標\(i)", description: "指標の説明", sourceDept: dept,
                    isKPI: i == 1, unit: "%", direction: "increase", note: nil,
                    baseline: SeedCell(year: 2027, text: "50.0%", value: "50.0", note: nil),
                    targets: [2028, 2030, 2032].enumerated().map { offset, year in
                        SeedCell(year: year, text: "\(51 + offset).0%", value: "\(51 + offset).0", note: nil)
                    }))
            }
            plan.policies.append(policy)
        }
        return plan
    }

    @Test func aWholePlanLoadsFromTheWorkbookInSeconds() throws {
        let folder = try TemporaryFolder()
        let plan = Self.wholePlan()
        let counts = SeedCounts(plan)
        #expect([counts.policies, counts.initiatives, counts.indicators] as [Int] == [50, 600, 200] as [Int])
        let book = folder.path("whole.xlsx")
        let writeStart = Date()
        try PlanWorkbookWriter(plan: plan).write(to: book)
        let written = Date().timeIntervalSince(writeStart)
        let readStart = Date()
        let read = try PlanWorkbookReader(path: book).read()
        let readTime = Date().timeIntervalSince(readStart)
        #expect(read == plan)
        let loadStart = Date()
        _ = try Maintenance.initialize(path: folder.path("whole.db"), seeds: .workbook(book))
        let loadTime = Date().timeIntervalSince(loadStart)
        print(String(format: "plan workbook, 50 policies / 600 initiatives / 200 indicators: write %.2f s, read+check %.2f s, init --seeds (read+check+import) %.2f s", written, readTime, loadTime))
        #expect(loadTime < 30)
    }
}
