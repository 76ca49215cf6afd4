-- title: 指標の達成状況（年度別）
-- description: Each indicator's actual for a fiscal year against its target: achieved, progress toward the final target, and how the target was found (printed, interpolated, none).
-- description: Indicators without an actual for the year are listed too, with an empty value.
-- param: year integer required 評価する年度 (e.g. 2023)
-- param: policy text NULL 施策コード (e.g. 6-7); all policies when omitted
-- param: dept text NULL 調べ department (e.g. 財政課); all when omitted
-- param: plan text NULL 計画コード (e.g. katori-2-kouki); plandb fills it in as for --plan (by the year given, else the current fiscal year); NULL in SQL means every plan
SELECT i.indicator_code, i.name, i.unit, i.source_dept,
       r.value_text AS actual,
       coalesce(r.target_value, t.target_value) AS target,
       t.target_basis,
       r.achieved, r.progress_pct, r.progress_basis
FROM v_indicators i
JOIN v_indicator_year_targets t
       ON t.indicator_code = i.indicator_code AND t.plan_code = i.plan_code AND t.fiscal_year = :year
LEFT JOIN v_indicator_results r
       ON r.indicator_code = i.indicator_code AND r.plan_code = i.plan_code AND r.fiscal_year = :year
WHERE (:plan IS NULL OR i.plan_code = :plan)
  AND (:policy IS NULL OR i.policy_code = :policy)
  AND (:dept IS NULL OR i.source_dept = :dept)
ORDER BY i.plan_code, i.policy_code, i.position;
