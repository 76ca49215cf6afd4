-- title: 計画の規模（施策別の件数）
-- description: How much each policy holds: measures, challenges, directions (and 重点), initiatives (and 再掲), actions, indicators (and KPI), related plans.
-- param: plan text NULL 計画コード (e.g. katori-2-kouki); plandb fills it in as for --plan (by the year given, else the current fiscal year); NULL in SQL means every plan
SELECT p.policy_code, p.title, p.lead_dept,
       (SELECT count(*) FROM v_measures m WHERE m.policy_code = p.policy_code AND m.plan_code = p.plan_code) AS measures,
       (SELECT count(*) FROM v_challenges c JOIN v_measures m USING (measure_code, plan_code)
         WHERE m.policy_code = p.policy_code AND m.plan_code = p.plan_code) AS challenges,
       (SELECT count(*) FROM v_directions d WHERE d.policy_code = p.policy_code AND d.plan_code = p.plan_code) AS directions,
       (SELECT count(*) FROM v_directions d WHERE d.policy_code = p.policy_code AND d.plan_code = p.plan_code AND d.is_priority = 1) AS priority,
       (SELECT count(*) FROM v_initiatives i WHERE i.policy_code = p.policy_code AND i.plan_code = p.plan_code) AS initiatives,
       (SELECT count(*) FROM v_initiatives i WHERE i.policy_code = p.policy_code AND i.plan_code = p.plan_code AND i.is_reprint = 1) AS reprints,
       (SELECT count(*) FROM v_initiative_actions a JOIN v_initiatives i USING (initiative_code, plan_code)
         WHERE i.policy_code = p.policy_code AND i.plan_code = p.plan_code) AS actions,
       (SELECT count(*) FROM v_indicators x WHERE x.policy_code = p.policy_code AND x.plan_code = p.plan_code) AS indicators,
       (SELECT count(*) FROM v_indicators x WHERE x.policy_code = p.policy_code AND x.plan_code = p.plan_code AND x.is_kpi = 1) AS kpis,
       (SELECT count(*) FROM v_related_plans r WHERE r.policy_code = p.policy_code AND r.plan_code = p.plan_code) AS related_plans
FROM v_policies p
WHERE (:plan IS NULL OR p.plan_code = :plan)
ORDER BY p.plan_code, p.sort_key;
