-- title: 予算編成に向けた事業の見直し
-- description: For 予算編成: every project whose 今後の方向性 for the year is not 継続 or 拡充 (改善, 縮小, 休止, 廃止 …), with its cost for the year (千円, by the rule of v_project_costs) and the grade of each 主な取組 it serves.
-- description: A project linked to two 主な取組 is listed once per 主な取組, with its share (按分).
-- param: year integer required 評価した年度 (e.g. 2025)
-- param: dept text NULL 担当課 (e.g. 市民協働課); all when omitted
-- param: plan text NULL 計画コード (e.g. katori-2-kouki); plandb fills it in as for --plan (by the year given, else the current fiscal year); NULL in SQL means every plan
SELECT p.project_code, p.name, p.dept, e.grade, e.next_direction,
       c.full_cost, c.general_revenue, c.basis,
       l.initiative_code, l.share_pct, ie.grade AS initiative_grade,
       e.result_text, e.challenge_text
FROM v_project_evaluations e
JOIN v_projects p ON p.project_code = e.project_code AND p.plan_code = e.plan_code
LEFT JOIN v_project_costs c ON c.project_code = e.project_code AND c.plan_code = e.plan_code AND c.fiscal_year = e.fiscal_year
LEFT JOIN v_project_links l ON l.project_code = e.project_code AND l.plan_code = e.plan_code
LEFT JOIN v_initiative_evaluations ie
       ON ie.initiative_code = l.initiative_code AND ie.plan_code = l.plan_code AND ie.fiscal_year = e.fiscal_year
WHERE e.fiscal_year = :year AND (:plan IS NULL OR e.plan_code = :plan)
  AND (:dept IS NULL OR p.dept = :dept)
  AND (e.next_direction IS NULL OR e.next_direction NOT IN ('継続', '拡充'))
ORDER BY e.plan_code, p.seq, l.initiative_code;
