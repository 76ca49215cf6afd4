-- title: 指標の推移
-- description: One indicator across the plan's years: the baseline, each year's target (printed or interpolated) and actual.
-- param: indicator text required 指標コード (e.g. 6-7-I2)
-- param: plan text NULL 計画コード (e.g. katori-2-kouki); plandb fills it in as for --plan (by the year given, else the current fiscal year); NULL in SQL means every plan
SELECT t.indicator_code, t.fiscal_year, t.target_text, t.target_value AS target, t.target_basis,
       r.value_text AS actual, r.achieved, r.progress_pct
FROM v_indicator_year_targets t
LEFT JOIN v_indicator_results r
       ON r.indicator_code = t.indicator_code AND r.plan_code = t.plan_code AND r.fiscal_year = t.fiscal_year
WHERE t.indicator_code = :indicator AND (:plan IS NULL OR t.plan_code = :plan)
UNION ALL
SELECT indicator_code, baseline_year, baseline_text, baseline_value, 'baseline', NULL, NULL, NULL
FROM v_indicators WHERE indicator_code = :indicator AND (:plan IS NULL OR plan_code = :plan)
ORDER BY 2;
