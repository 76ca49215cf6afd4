-- title: 縮小・休止・廃止に向かう取組
-- description: Initiatives whose latest 今後の方向性 is 縮小, 休止 or 廃止, with the grade and the reasons recorded.
-- param: year integer NULL 年度; every year when omitted
-- param: plan text NULL 計画コード (e.g. katori-2-kouki); plandb fills it in as for --plan (by the year given, else the current fiscal year); NULL in SQL means every plan
SELECT e.initiative_code, i.title, i.lead_dept, e.fiscal_year, e.grade, e.next_direction, e.result_text, e.challenge_text
FROM v_initiative_evaluations e
JOIN v_initiatives i ON i.initiative_code = e.initiative_code AND i.plan_code = e.plan_code
WHERE (:plan IS NULL OR e.plan_code = :plan) AND e.next_direction IN ('縮小', '休止', '廃止')
  AND (:year IS NULL OR e.fiscal_year = :year)
ORDER BY e.fiscal_year, e.initiative_code;
