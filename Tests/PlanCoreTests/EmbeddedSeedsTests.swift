import Foundation
import PlanCore
import SQLiteDB
import TestSupport
import Testing

/// The embedded seeds against the document (shared/source/katori-kouki-taiko6.txt): counts that
/// can be checked mechanically against the text, and exact values from every policy.
@Suite struct EmbeddedSeedsTests {
    let folder: TemporaryFolder
    let db: Database

    init() throws {
        folder = try TemporaryFolder()
        db = try Database(path: try embeddedPlanDatabase(in: folder), mode: .readOnly)
    }

    func rows(_ sql: String, _ arguments: [ValueConvertible?] = []) throws -> [[Value]] {
        try db.rows(sql, arguments).map(\.values)
    }

    /// The document prints 46 directions (①…), 16 「重 点」 markers, 23 「○○課調べ」 and
    /// 403 bullet lines (387 actions and 16 関連する個別計画).
    @Test func countsPerPolicyMatchTheDocument() throws {
        let counts = try rows("""
            SELECT p.policy_code,
              (SELECT count(*) FROM v_measures m WHERE m.policy_code = p.policy_code),
              (SELECT count(*) FROM v_challenges c JOIN v_measures m USING (measure_code) WHERE m.policy_code = p.policy_code),
              (SELECT count(*) FROM v_directions d WHERE d.policy_code = p.policy_code),
              (SELECT count(*) FROM v_directions d WHERE d.policy_code = p.policy_code AND d.is_priority = 1),
              (SELECT count(*) FROM v_initiatives i WHERE i.policy_code = p.policy_code),
              (SELECT count(*) FROM v_initiatives i WHERE i.policy_code = p.policy_code AND i.is_reprint = 1),
              (SELECT count(*) FROM v_initiative_actions a JOIN v_initiatives i USING (initiative_code) WHERE i.policy_code = p.policy_code),
              (SELECT count(*) FROM v_indicators x WHERE x.policy_code = p.policy_code),
              (SELECT count(*) FROM v_indicators x WHERE x.policy_code = p.policy_code AND x.is_kpi = 1),
              (SELECT count(*) FROM v_related_plans r WHERE r.policy_code = p.policy_code)
            FROM v_policies p ORDER BY p.sort_key
            """)
        #expect(counts == [
            // policy, measures, challenges, directions, 重点, initiatives, 再掲, actions, indicators, KPI, related plans
            ["6-1", 3, 11, 11, 7, 22, 0, 87, 4, 4, 1],
            ["6-2", 2, 2, 2, 2, 6, 0, 14, 1, 1, 0],
            ["6-3", 2, 2, 2, 1, 6, 1, 21, 2, 1, 1],
            ["6-4", 2, 7, 7, 2, 16, 1, 46, 2, 1, 0],
            ["6-5", 3, 5, 5, 1, 15, 0, 51, 7, 4, 0],
            ["6-6", 4, 9, 9, 1, 28, 1, 70, 3, 1, 9],
            ["6-7", 3, 10, 10, 2, 29, 0, 98, 4, 3, 5],
        ])
        #expect(try rows("SELECT count(*) FROM sdg_goals") == [[17]])
    }

    @Test func policiesAndTheirDepartments() throws {
        #expect(try rows("""
            SELECT p.policy_code, p.title, p.lead_dept, (SELECT group_concat(dept, '・') FROM
              (SELECT dept FROM v_policy_related_depts r WHERE r.policy_code = p.policy_code ORDER BY seq))
            FROM v_policies p ORDER BY p.sort_key
            """) == [
            ["6-1", "市民協働", "市民協働課", "全課等"],
            ["6-2", "SDGs", "企画政策課", "全課等"],
            ["6-3", "過疎対策", "企画政策課", "全課等"],
            ["6-4", "地域間交流･国際交流", "市民協働課", "企画政策課・学校教育課"],
            ["6-5", "広報･広聴", "秘書広報課", "議会事務局・全課等"],
            ["6-6", "行政運営･DX対応", "総務課", "全課等"],
            ["6-7", "財政運営", "財政課", "全課等"],
        ])
        #expect(try rows("SELECT d.name FROM plans p JOIN departments d ON d.dept_id = p.coordinator_dept_id") == [["総務課"]])
    }

    /// One or more indicators of every policy, cell by cell as printed.
    @Test func indicatorsAsPrinted() throws {
        let sql = """
            SELECT indicator_code, name, unit, source_dept, is_kpi, direction, baseline_text, baseline_value, baseline_year,
              (SELECT group_concat(fiscal_year || '=' || target_text, ' ') FROM
                (SELECT fiscal_year, target_text FROM v_indicator_targets t WHERE t.indicator_code = i.indicator_code ORDER BY fiscal_year))
            FROM v_indicators i WHERE indicator_code IN ('6-1-I4', '6-2-I1', '6-3-I1', '6-4-I2', '6-5-I2', '6-6-I1', '6-7-I1', '6-7-I2', '6-7-I3')
            ORDER BY policy_code, position
            """
        #expect(try rows(sql) == [
            ["6-1-I4", "自治会等加入率", "%", "市民協働課", 1, "maintain", "73.0%", 73.0, 2021, "2023=73.0% 2025=73.0% 2027=73.0%"],
            ["6-2-I1", "SDGｓに係る研修等への参加者数", "人", "企画政策課", 1, "increase", "ー", nil, 2022, "2023=100人 2025=200人 2027=300人"],
            ["6-3-I1", "過疎対策事業債の活用実績", "億円", "財政課", 0, "increase", "28億円", 28.0, 2022, "2023=37億円 2025=62億円 2027=114億円"],
            ["6-4-I2", "市国際交流協会における通訳ガイドボランティア案内件数", "件", "市民協働課", 0, "increase", "0件", 0.0, 2021, "2023=60件 2025=80件 2027=80件"],
            ["6-5-I2", "市公式SNSの利用登録者数（その1）", "千人", "秘書広報課", 0, "increase", "－", nil, 2022, "2023=2.0千人 2025=3.5千人 2027=5.0千人"],
            ["6-6-I1", "定員管理職員数", "人", "総務課", 0, "decrease", "559人", 559.0, 2022, "2023=545人 2025=542人 2027=－"],
            ["6-7-I1", "一般市税の収納率", "%", "税務課", 1, "increase", "95.00%", 95.0, 2021, "2023=95.05% 2025=95.10% 2027=95.15%"],
            ["6-7-I2", "ふるさと納税受入額", "千円", "企画政策課", 1, "increase", "375,284千円", 375284.0, 2021, "2023=500,000千円 2025=750,000千円 2027=1,000,000千円"],
            ["6-7-I3", "将来負担比率", "%", "財政課", 0, "at_most", "19%", 19.0, 2021, "2023=30％以内 2025=30％以内 2027=30％以内"],
        ])
        #expect(try rows("SELECT baseline_note FROM v_indicators WHERE indicator_code = '6-3-I1'") == [["協議額"]])
        #expect(try rows("SELECT target_value FROM v_indicator_targets WHERE indicator_code = '6-7-I2' ORDER BY fiscal_year") == [[500000.0], [750000.0], [1000000.0]])
    }

    /// A sample of text from every policy: visions, challenges, directions, initiatives and actions.
    @Test func textAsPrinted() throws {
        #expect(try rows("SELECT text FROM v_challenges WHERE measure_code = '6-1-1' AND no = 3") == [[
            "将来にわたり、持続可能な地域主体の様々な取組を進めるため、住民自治（まちづくり）協議会の自立した活動等に係る組織運営等の強化と活動の活性化及び高度化に資する取組が必要です。",
        ]])
        #expect(try rows("SELECT title, is_priority FROM v_directions WHERE direction_code IN ('6-2-1-1', '6-3-2-1', '6-4-1-3', '6-5-3-1', '6-6-4-1', '6-7-1-2') ORDER BY direction_code") == [
            ["SDGs推進体制の整備", 1], ["移住・定住支援措置の充実", 1], ["デジタル技術を活用した交流の推進", 1],
            ["戦略的な方針等に基づく効果的なプロモーション事業の展開", 1], ["自治体DXの推進", 1], ["市税収納率の向上及び債権管理の適正化", 1],
        ])
        #expect(try rows("SELECT initiative_code, phase, text FROM v_initiative_actions WHERE initiative_code = '6-1-1-1-1' ORDER BY phase_order, seq") == [
            ["6-1-1-1-1", "体制", "専門家委員会、各協議会、関係機関等との連携"],
            ["6-1-1-1-1", "計画", "現状及び推進方針の見直しを踏まえた内容の検証"],
            ["6-1-1-1-1", "計画", "新たな推進方針等の明確化"],
        ])
        #expect(try rows("SELECT title FROM v_initiatives WHERE is_reprint = 1 ORDER BY initiative_code").count == 3)
        #expect(try rows("SELECT title FROM v_initiatives WHERE initiative_code = '6-7-1-4-1'") == [["ふるさと香取応援寄附金の積極的な活用"]])
        let vision = try #require(try rows("SELECT vision FROM v_policies WHERE policy_code = '6-7'").first?.first?.string)
        #expect(vision.hasPrefix("中長期財政推計の基、財源確保の工夫や経営視点による財政運営システムの構築が進み、"))
        #expect(try rows("SELECT name, period FROM v_related_plans WHERE policy_code = '6-3'") == [["香取市過疎地域持続的発展計画", "2022（令和4）年度～2025（令和7）年度"]])
        #expect(try rows("SELECT label, title FROM sdg_goals WHERE no IN (1, 17) ORDER BY no") == [
            ["貧困", "あらゆる場所あらゆる形態の貧困を終わらせる"],
            ["実施手段", "持続可能な開発のための実施手段を強化し、グローバル・パートナーシップを活性化する。"],
        ])
    }

    /// Names are matched after NFKC, as DESIGN.md promises.
    @Test func namesMatchAfterNFKC() throws {
        let store = try PlanDatabase.open(path: folder.path("plan.db"), access: .read)
        let lookup = PlanLookup(store, plan: try PlanRef.current(store))
        #expect(try lookup.find("地域間交流・国際交流").code == "6-4")
        #expect(try lookup.find("SDGｓに係る研修").code == "6-2-I1")
        #expect(try lookup.find("sdgs推進体制").code == "6-2-1-1")
        #expect(try lookup.find("６－７－Ｉ２").code == "6-7-I2")
        do {
            _ = try lookup.find("ふるさと")
            Issue.record("an ambiguous name was accepted")
        } catch let error as PlanError {
            #expect(error.message.en.hasPrefix("`ふるさと` matches "))
            #expect(error.message.en.contains("  6-7-I2  ふるさと納税受入額"))
        }
    }
}
