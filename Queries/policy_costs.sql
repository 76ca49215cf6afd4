-- title: 施策別の費用（フルコスト）
-- description: What each policy cost in a fiscal year, in 千円: the sum of its 主な取組's projects, each by its share (按分), by the rule of v_policy_costs (事業費 = 決算額, else 予算額; フルコスト = 事業費 + 人件費; 一般財源 = フルコスト − 特定財源). Policies without projects are listed with empty figures.
-- param: year integer required 年度 (e.g. 2025)
-- param: plan text NULL 計画コード (e.g. katori-2-kouki); plandb fills it in as for --plan (by the year given, else the current fiscal year); NULL in SQL means every plan
SELECT p.policy_code, p.title, p.lead_dept, c.budget, c.settled, c.personnel_cost, c.full_cost, c.general_revenue, c.projects
FROM v_policies p
LEFT JOIN v_policy_costs c ON c.policy_code = p.policy_code AND c.plan_code = p.plan_code AND c.fiscal_year = :year
WHERE (:plan IS NULL OR p.plan_code = :plan)
ORDER BY p.plan_code, p.sort_key;
