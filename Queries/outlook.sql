-- title: 指標の見通し
-- description: Where each indicator's trend leads by the plan's final year (least squares over the baseline and the actuals up to a year, v_indicator_outlook_by_year) against its final target: the misses first, the worst (largest share of the distance to the target) first.
-- param: year integer NULL 見通しの基準年度（その年度までの実績値で計算）; all actuals when omitted
-- param: plan text NULL 計画コード (e.g. katori-2-kouki); plandb fills it in as for --plan (by the year given, else the current fiscal year); NULL in SQL means every plan
SELECT o.indicator_code, i.name, o.policy_code, o.direction, o.unit,
       i.baseline_value AS baseline, i.baseline_year, o.latest_year, o.latest_value,
       o.final_year, o.final_target, o.forecast_value, o.on_track, o.gap, o.gap_pct, o.basis,
       o.as_of_year, o.points, o.actuals, o.plan_code
FROM v_indicator_outlook_by_year o
JOIN v_indicators i ON i.indicator_code = o.indicator_code AND i.plan_code = o.plan_code
JOIN v_policies p ON p.policy_code = o.policy_code AND p.plan_code = o.plan_code
WHERE (:plan IS NULL OR o.plan_code = :plan) AND o.as_of_year = coalesce(:year, o.final_year)
ORDER BY o.plan_code, o.on_track IS NULL, o.on_track, o.gap_pct IS NULL, o.gap_pct DESC, o.gap DESC, p.sort_key, i.position;
