-- title: 未入力一覧（部署別）
-- description: What each department must report for a fiscal year and has not entered yet: actuals of the indicators it surveys, evaluations of the initiatives (reprints （再掲） excepted: they are evaluated where first printed) and 一次評価 of the policies it leads, and the coordinator's 二次評価.
-- param: year integer required 年度
-- param: dept text NULL 部署 (e.g. 総務課); all departments when omitted
-- param: plan text NULL 計画コード (e.g. katori-2-kouki); plandb fills it in as for --plan (by the year given, else the current fiscal year); NULL in SQL means every plan
WITH duties (dept, duty, code, name, sort_key) AS (
    SELECT source_dept, '実績値', indicator_code, name, 1 FROM v_indicators WHERE (:plan IS NULL OR plan_code = :plan)
    UNION ALL SELECT lead_dept, '取組評価', initiative_code, title, 2 FROM v_initiatives WHERE is_reprint = 0 AND (:plan IS NULL OR plan_code = :plan)
    UNION ALL SELECT lead_dept, '一次評価', policy_code, title, 3 FROM v_policies WHERE (:plan IS NULL OR plan_code = :plan)
    UNION ALL SELECT d.name, '二次評価', p.policy_code, p.title, 4
      FROM v_policies p JOIN plans pl ON pl.code = p.plan_code JOIN departments d ON d.dept_id = pl.coordinator_dept_id
      WHERE (:plan IS NULL OR p.plan_code = :plan)
),
entered (duty, code) AS (
    SELECT '実績値', indicator_code FROM v_indicator_results WHERE fiscal_year = :year AND (:plan IS NULL OR plan_code = :plan)
    UNION ALL SELECT '取組評価', initiative_code FROM v_initiative_evaluations WHERE fiscal_year = :year AND (:plan IS NULL OR plan_code = :plan)
    UNION ALL SELECT stage || '評価', policy_code FROM v_policy_evaluations WHERE fiscal_year = :year AND (:plan IS NULL OR plan_code = :plan)
)
SELECT d.dept, d.duty, d.code, d.name
FROM duties d
WHERE (:dept IS NULL OR d.dept = :dept)
  AND NOT EXISTS (SELECT 1 FROM entered e WHERE e.duty = d.duty AND e.code = d.code)
ORDER BY d.dept, d.sort_key, d.code;
