-- The evaluation part of the public reporting views (DESIGN.md), with achievement computed
-- here, in SQL anyone can read, and never typed in. The README states the same rules.
--
-- Target of a fiscal year (v_indicator_year_targets):
--   * printed: the plan prints a number for that year;
--   * none: the plan prints － for that year, or there is no printed number after it;
--   * interpolated: the plan prints nothing for that year (2024, 2026): a straight line between
--     the nearest printed numbers before (the baseline or a target) and after it.
-- achieved: increase and maintain: actual >= target; decrease and at_most: actual <= target;
--   NULL where the year has no target.
-- progress_pct, toward the final target (the last printed target with a number):
--   increase, decrease: (actual - baseline) / (final - baseline) * 100; with no baseline,
--     the baseline is taken as 0 (progress_basis says so); NULL when final = baseline;
--   maintain: actual / final * 100 (100 or more means the level is held);
--   at_most: 100 when actual <= final, else final / actual * 100.

CREATE VIEW v_indicator_year_targets AS
WITH RECURSIVE years (plan_id, fiscal_year, end_year) AS (
    SELECT plan_id, start_year, end_year FROM plans
    UNION ALL
    SELECT plan_id, fiscal_year + 1, end_year FROM years WHERE fiscal_year < end_year
),
points (indicator_id, y, v) AS (
    SELECT indicator_id, baseline_year, baseline_value FROM indicators WHERE baseline_value IS NOT NULL
    UNION ALL
    SELECT indicator_id, fiscal_year, target_value FROM indicator_targets WHERE target_value IS NOT NULL
),
grid AS (
    SELECT i.indicator_id, i.code, y.fiscal_year, pl.code AS plan_code, t.indicator_id IS NOT NULL AS is_printed,
           t.target_text, t.target_value AS printed_value,
           (SELECT max(p.y) FROM points p WHERE p.indicator_id = i.indicator_id AND p.y < y.fiscal_year) AS prev_y,
           (SELECT min(p.y) FROM points p WHERE p.indicator_id = i.indicator_id AND p.y > y.fiscal_year) AS next_y
    FROM indicators i
    JOIN policies po ON po.policy_id = i.policy_id
    JOIN plans pl ON pl.plan_id = po.plan_id
    JOIN years y ON y.plan_id = po.plan_id
    LEFT JOIN indicator_targets t ON t.indicator_id = i.indicator_id AND t.fiscal_year = y.fiscal_year
),
interpolated AS (
    SELECT g.*,
           (SELECT v FROM points p WHERE p.indicator_id = g.indicator_id AND p.y = g.prev_y ORDER BY v LIMIT 1) AS prev_v,
           (SELECT v FROM points p WHERE p.indicator_id = g.indicator_id AND p.y = g.next_y ORDER BY v LIMIT 1) AS next_v
    FROM grid g
)
SELECT code AS indicator_code, fiscal_year,
       CASE WHEN is_printed THEN printed_value
            WHEN prev_y IS NOT NULL AND next_y IS NOT NULL
                THEN round(prev_v + (next_v - prev_v) * (fiscal_year - prev_y) / (next_y - prev_y), 6)
       END AS target_value,
       CASE WHEN is_printed THEN CASE WHEN printed_value IS NULL THEN 'none' ELSE 'printed' END
            WHEN prev_y IS NOT NULL AND next_y IS NOT NULL THEN 'interpolated'
            ELSE 'none'
       END AS target_basis,
       target_text, indicator_id, plan_code
FROM interpolated;

CREATE VIEW v_indicator_final_targets AS
SELECT t.indicator_id, t.fiscal_year AS final_year, t.target_value AS final_value
FROM indicator_targets t
WHERE t.target_value IS NOT NULL
  AND t.fiscal_year = (SELECT max(u.fiscal_year) FROM indicator_targets u
                       WHERE u.indicator_id = t.indicator_id AND u.target_value IS NOT NULL);

CREATE VIEW v_indicator_results AS
WITH current AS (
    SELECT a.* FROM indicator_actuals a
    WHERE a.actual_id = (SELECT max(b.actual_id) FROM indicator_actuals b
                         WHERE b.indicator_id = a.indicator_id AND b.fiscal_year = a.fiscal_year)
)
SELECT i.code AS indicator_code, a.fiscal_year, a.value_text, a.value,
       yt.target_value,
       CASE WHEN yt.target_value IS NULL THEN NULL
            WHEN i.direction IN ('increase', 'maintain') THEN a.value >= yt.target_value
            ELSE a.value <= yt.target_value
       END AS achieved,
       CASE WHEN f.final_value IS NULL THEN NULL
            WHEN i.direction IN ('increase', 'decrease') THEN
                CASE WHEN f.final_value = coalesce(i.baseline_value, 0) THEN NULL
                     ELSE round((a.value - coalesce(i.baseline_value, 0)) * 100.0 / (f.final_value - coalesce(i.baseline_value, 0)), 1)
                END
            WHEN i.direction = 'maintain' THEN
                CASE WHEN f.final_value = 0 THEN NULL ELSE round(a.value * 100.0 / f.final_value, 1) END
            ELSE
                CASE WHEN a.value <= f.final_value THEN 100.0 WHEN a.value = 0 THEN NULL ELSE round(f.final_value * 100.0 / a.value, 1) END
       END AS progress_pct,
       d.name AS recorded_by, a.recorded_at,
       yt.target_basis, yt.target_text, i.direction, i.unit, a.note,
       CASE WHEN i.baseline_value IS NULL AND i.direction IN ('increase', 'decrease') THEN 'from zero (no baseline)'
            WHEN i.direction IN ('increase', 'decrease') THEN 'from baseline'
            ELSE 'against final target'
       END AS progress_basis,
       f.final_year, f.final_value,
       p.code AS policy_code, src.name AS source_dept, pl.code AS plan_code
FROM current a
JOIN indicators i ON i.indicator_id = a.indicator_id
JOIN policies p ON p.policy_id = i.policy_id
JOIN plans pl ON pl.plan_id = p.plan_id
JOIN departments d ON d.dept_id = a.recorded_by
JOIN departments src ON src.dept_id = i.source_dept_id
LEFT JOIN v_indicator_year_targets yt ON yt.indicator_id = a.indicator_id AND yt.fiscal_year = a.fiscal_year
LEFT JOIN v_indicator_final_targets f ON f.indicator_id = a.indicator_id;

CREATE VIEW v_initiative_evaluations AS
SELECT i.code AS initiative_code, e.fiscal_year, e.grade, e.next_direction, d.name AS recorded_by, e.recorded_at,
       e.result_text, e.challenge_text, p.code AS policy_code, pl.code AS plan_code
FROM initiative_evaluations e
JOIN initiatives i ON i.initiative_id = e.initiative_id
JOIN directions dr ON dr.direction_id = i.direction_id
JOIN measures m ON m.measure_id = dr.measure_id
JOIN policies p ON p.policy_id = m.policy_id
JOIN plans pl ON pl.plan_id = p.plan_id
JOIN departments d ON d.dept_id = e.recorded_by
WHERE e.evaluation_id = (SELECT max(x.evaluation_id) FROM initiative_evaluations x
                         WHERE x.initiative_id = e.initiative_id AND x.fiscal_year = e.fiscal_year);

CREATE VIEW v_policy_evaluations AS
SELECT p.code AS policy_code, e.fiscal_year, e.stage, e.grade, e.comment, d.name AS recorded_by, e.recorded_at,
       pl.code AS plan_code
FROM policy_evaluations e
JOIN policies p ON p.policy_id = e.policy_id
JOIN plans pl ON pl.plan_id = p.plan_id
JOIN departments d ON d.dept_id = e.recorded_by
WHERE e.evaluation_id = (SELECT max(x.evaluation_id) FROM policy_evaluations x
                         WHERE x.policy_id = e.policy_id AND x.fiscal_year = e.fiscal_year AND x.stage = e.stage);

-- Every change, oldest first: one row per field whose value a record changed.
CREATE VIEW v_history AS
WITH actuals AS (
    SELECT a.actual_id AS id, a.recorded_at AS at, a.recorded_by, i.code AS item_code, a.fiscal_year,
           LAG(a.value_text) OVER w AS old_value, a.value_text AS new_value, p.plan_id
    FROM indicator_actuals a JOIN indicators i ON i.indicator_id = a.indicator_id
    JOIN policies p ON p.policy_id = i.policy_id
    WINDOW w AS (PARTITION BY a.indicator_id, a.fiscal_year ORDER BY a.actual_id)
),
initiatives_h AS (
    SELECT e.evaluation_id AS id, e.recorded_at AS at, e.recorded_by, i.code AS item_code, e.fiscal_year,
           LAG(e.grade) OVER w AS old_grade, e.grade AS new_grade,
           LAG(e.next_direction) OVER w AS old_next, e.next_direction AS new_next,
           LAG(e.result_text) OVER w AS old_result, e.result_text AS new_result,
           LAG(e.challenge_text) OVER w AS old_challenge, e.challenge_text AS new_challenge,
           LAG(e.evaluation_id) OVER w AS previous_id, m.policy_id
    FROM initiative_evaluations e JOIN initiatives i ON i.initiative_id = e.initiative_id
    JOIN directions dr ON dr.direction_id = i.direction_id JOIN measures m ON m.measure_id = dr.measure_id
    WINDOW w AS (PARTITION BY e.initiative_id, e.fiscal_year ORDER BY e.evaluation_id)
),
policies_h AS (
    SELECT e.evaluation_id AS id, e.recorded_at AS at, e.recorded_by, p.code AS item_code, e.fiscal_year, e.stage,
           LAG(e.grade) OVER w AS old_grade, e.grade AS new_grade,
           LAG(e.comment) OVER w AS old_comment, e.comment AS new_comment,
           LAG(e.evaluation_id) OVER w AS previous_id, p.plan_id
    FROM policy_evaluations e JOIN policies p ON p.policy_id = e.policy_id
    WINDOW w AS (PARTITION BY e.policy_id, e.fiscal_year, e.stage ORDER BY e.evaluation_id)
),
changes (kind, id, at, recorded_by, item_code, fiscal_year, field, old_value, new_value, first) AS (
    SELECT 1, id, at, recorded_by, item_code, fiscal_year, 'value', old_value, new_value, old_value IS NULL FROM actuals
    UNION ALL SELECT 2, id, at, recorded_by, item_code, fiscal_year, 'grade', old_grade, new_grade, previous_id IS NULL FROM initiatives_h
    UNION ALL SELECT 2, id, at, recorded_by, item_code, fiscal_year, 'next_direction', old_next, new_next, previous_id IS NULL FROM initiatives_h
    UNION ALL SELECT 2, id, at, recorded_by, item_code, fiscal_year, 'result', old_result, new_result, previous_id IS NULL FROM initiatives_h
    UNION ALL SELECT 2, id, at, recorded_by, item_code, fiscal_year, 'challenge', old_challenge, new_challenge, previous_id IS NULL FROM initiatives_h
    UNION ALL SELECT 3, id, at, recorded_by, item_code, fiscal_year, stage || '評価 grade', old_grade, new_grade, previous_id IS NULL FROM policies_h
    UNION ALL SELECT 3, id, at, recorded_by, item_code, fiscal_year, stage || '評価 comment', old_comment, new_comment, previous_id IS NULL FROM policies_h
)
SELECT c.at, d.name AS dept, c.item_code, c.fiscal_year, c.field, c.old_value, c.new_value, c.kind AS record_kind, c.id AS record_id
FROM changes c JOIN departments d ON d.dept_id = c.recorded_by
WHERE c.old_value IS NOT c.new_value OR (c.first AND c.new_value IS NOT NULL);
