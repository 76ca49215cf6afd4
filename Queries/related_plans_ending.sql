-- title: 計画期間が終わる関連個別計画
-- description: Related plans (関連する個別計画) whose period ends by a given fiscal year, read from the printed period (the year after ～). Open-ended periods (「～」 with no end) are not listed.
-- param: year integer required この年度までに終わるもの
-- param: plan text NULL 計画コード (e.g. katori-2-kouki); plandb fills it in as for --plan (by the year given, else the current fiscal year); NULL in SQL means every plan
WITH periods AS (
    SELECT policy_code, name, period,
           substr(period, instr(replace(period, '~', '～'), '～') + 1) AS tail
    FROM v_related_plans
    WHERE (:plan IS NULL OR plan_code = :plan) AND instr(replace(period, '~', '～'), '～') > 0
)
SELECT policy_code, name, period, CAST(substr(tail, 1, 4) AS INTEGER) AS end_year
FROM periods
WHERE substr(tail, 1, 4) GLOB '[0-9][0-9][0-9][0-9]'
  AND CAST(substr(tail, 1, 4) AS INTEGER) <= :year
ORDER BY end_year, policy_code;
