-- title: 目標を下回るKPI
-- description: KPIs (総合戦略 KPI) off track in a fiscal year: below their target (achieved = 0), or moving the wrong way since the year before.
-- param: year integer required 評価する年度
-- param: plan text NULL 計画コード (e.g. katori-2-kouki); plandb fills it in as for --plan (by the year given, else the current fiscal year); NULL in SQL means every plan
SELECT r.indicator_code, i.name, r.fiscal_year, r.value_text AS actual, r.target_value AS target, r.achieved,
       prev.value_text AS previous_year,
       CASE
         WHEN r.achieved = 0 THEN 'below target'
         WHEN i.direction IN ('increase', 'maintain') AND r.value < prev.value THEN 'falling'
         WHEN i.direction IN ('decrease', 'at_most') AND r.value > prev.value THEN 'rising'
       END AS why,
       i.source_dept
FROM v_indicator_results r
JOIN v_indicators i ON i.indicator_code = r.indicator_code AND i.plan_code = r.plan_code
LEFT JOIN v_indicator_results prev
       ON prev.indicator_code = r.indicator_code AND prev.plan_code = r.plan_code AND prev.fiscal_year = r.fiscal_year - 1
WHERE (:plan IS NULL OR r.plan_code = :plan) AND i.is_kpi = 1 AND r.fiscal_year = :year
  AND (r.achieved = 0
       OR (i.direction IN ('increase', 'maintain') AND r.value < prev.value)
       OR (i.direction IN ('decrease', 'at_most') AND r.value > prev.value))
ORDER BY r.plan_code, i.policy_code, i.position;
