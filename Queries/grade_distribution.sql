-- title: 施策別の評価分布
-- description: For each policy, how many of its initiatives got each grade in a fiscal year, and how many are not evaluated yet. Reprints （再掲） are counted where they are first printed, not again.
-- param: year integer required 年度
SELECT p.policy_code, p.title,
       count(i.initiative_code) AS initiatives,
       count(CASE WHEN e.grade = 'A' THEN 1 END) AS a,
       count(CASE WHEN e.grade = 'B' THEN 1 END) AS b,
       count(CASE WHEN e.grade = 'C' THEN 1 END) AS c,
       count(CASE WHEN e.grade = 'D' THEN 1 END) AS d,
       count(i.initiative_code) - count(e.grade) AS not_evaluated
FROM v_policies p
LEFT JOIN v_initiatives i ON i.policy_code = p.policy_code AND i.plan_code = p.plan_code AND i.is_reprint = 0
LEFT JOIN v_initiative_evaluations e
       ON e.initiative_code = i.initiative_code AND e.plan_code = i.plan_code AND e.fiscal_year = :year
GROUP BY p.plan_code, p.policy_code
ORDER BY p.plan_code, p.sort_key;
