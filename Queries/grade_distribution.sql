-- title: 施策別の評価分布
-- description: For each policy and each of its plan's own grades (A–D, S–D, ◎○△ …, in the plan's order), how many of its initiatives got that grade in a fiscal year; the row 未評価 counts those not evaluated yet. Reprints （再掲） are counted where they are first printed, not again.
-- param: year integer required 年度
-- param: plan text NULL 計画コード (e.g. katori-2-kouki); plandb fills it in as for --plan (by the year given, else the current fiscal year); NULL in SQL means every plan
WITH counted AS (
    SELECT i.plan_code, i.policy_code, e.grade
    FROM v_initiatives i
    LEFT JOIN v_initiative_evaluations e
           ON e.initiative_code = i.initiative_code AND e.plan_code = i.plan_code AND e.fiscal_year = :year
    WHERE i.is_reprint = 0 AND (:plan IS NULL OR i.plan_code = :plan)
),
grades AS (
    SELECT plan_code, term AS grade, seq FROM v_plan_vocabularies WHERE kind = 'grade'
    UNION ALL SELECT plan_code, '未評価', 1000000 FROM v_plans
)
SELECT p.plan_code, p.policy_code, p.title, g.grade,
       (SELECT count(*) FROM counted c
        WHERE c.plan_code = p.plan_code AND c.policy_code = p.policy_code
          AND (c.grade = g.grade OR (g.seq = 1000000 AND c.grade IS NULL))) AS initiatives
FROM v_policies p
JOIN grades g ON g.plan_code = p.plan_code
WHERE (:plan IS NULL OR p.plan_code = :plan)
ORDER BY p.plan_code, p.sort_key, g.seq;
