-- title: 重点取組方針と取組の評価
-- description: The 重点 (priority) directions with each of their initiatives and its latest grade and 今後の方向性 (of the given year, or the latest year recorded); a reprint （再掲） shows its original's.
-- param: year integer NULL 年度; the latest recorded year when omitted
-- param: plan text NULL 計画コード (e.g. katori-2-kouki); plandb fills it in as for --plan (by the year given, else the current fiscal year); NULL in SQL means every plan
SELECT d.direction_code, d.title AS direction, i.initiative_code, i.title AS initiative, i.lead_dept,
       e.fiscal_year, e.grade, e.next_direction
FROM v_directions d
JOIN v_initiatives i ON i.direction_code = d.direction_code AND i.plan_code = d.plan_code
LEFT JOIN v_initiative_evaluations_with_reprints e
       ON e.initiative_code = i.initiative_code AND e.plan_code = i.plan_code
      AND e.fiscal_year = coalesce(:year, (SELECT max(x.fiscal_year) FROM v_initiative_evaluations_with_reprints x
                                           WHERE x.initiative_code = i.initiative_code AND x.plan_code = i.plan_code))
WHERE (:plan IS NULL OR d.plan_code = :plan) AND d.is_priority = 1
ORDER BY d.plan_code, d.policy_code, d.measure_code, d.no, i.position;
