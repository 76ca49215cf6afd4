-- v_indicator_year_targets built its years with a recursive CTE, which SQLite cannot filter
-- before it runs: every query that joined it (v_indicator_results, snapshots, the entry sheet)
-- computed the target of every indicator in every year first, 6 s on a plan of 100,000
-- indicators whatever the question. The years now come from a plain list of offsets (a plan
-- may span up to 50 fiscal years), which SQLite flattens into the query, so a filter on
-- indicator or year reaches the per-row lookups. The rules, columns and results are unchanged.
--
-- v_indicator_results now joins the year's target with an inner join: SQLite cannot flatten a
-- view that is the right side of a LEFT JOIN, and would build the whole grid again. Every
-- actual lies in its plan's period (recording refuses other years), so each has its grid row.
-- Actuals are also found by year through their own index.

DROP VIEW v_indicator_results;
DROP VIEW v_indicator_year_targets;

CREATE INDEX indicator_actuals_by_year ON indicator_actuals (fiscal_year, indicator_id, actual_id);

CREATE VIEW v_indicator_year_targets AS
WITH offsets (n) AS (
    VALUES (0), (1), (2), (3), (4), (5), (6), (7), (8), (9), (10), (11), (12), (13), (14), (15), (16), (17), (18), (19),
           (20), (21), (22), (23), (24), (25), (26), (27), (28), (29), (30), (31), (32), (33), (34), (35), (36), (37), (38), (39),
           (40), (41), (42), (43), (44), (45), (46), (47), (48), (49)
),
grid AS (
    SELECT i.indicator_id, i.code, pl.start_year + o.n AS fiscal_year, pl.code AS plan_code, i.baseline_year, i.baseline_value
    FROM indicators i
    JOIN policies po ON po.policy_id = i.policy_id
    JOIN plans pl ON pl.plan_id = po.plan_id
    JOIN offsets o ON pl.start_year + o.n <= pl.end_year
),
located AS (
    SELECT g.*, t.indicator_id IS NOT NULL AS is_printed, t.target_text, t.target_value AS printed_value,
           -- The nearest printed numbers before and after the year: a target, or the baseline.
           (SELECT max(u.fiscal_year) FROM indicator_targets u
             WHERE u.indicator_id = g.indicator_id AND u.fiscal_year < g.fiscal_year AND u.target_value IS NOT NULL) AS prev_target_y,
           (SELECT min(u.fiscal_year) FROM indicator_targets u
             WHERE u.indicator_id = g.indicator_id AND u.fiscal_year > g.fiscal_year AND u.target_value IS NOT NULL) AS next_y
    FROM grid g
    LEFT JOIN indicator_targets t ON t.indicator_id = g.indicator_id AND t.fiscal_year = g.fiscal_year
),
points AS (
    SELECT l.*,
           CASE WHEN l.prev_target_y IS NOT NULL THEN l.prev_target_y
                WHEN l.baseline_value IS NOT NULL AND l.baseline_year < l.fiscal_year THEN l.baseline_year END AS prev_y,
           CASE WHEN l.prev_target_y IS NOT NULL
                THEN (SELECT u.target_value FROM indicator_targets u WHERE u.indicator_id = l.indicator_id AND u.fiscal_year = l.prev_target_y)
                WHEN l.baseline_value IS NOT NULL AND l.baseline_year < l.fiscal_year THEN l.baseline_value END AS prev_v,
           (SELECT u.target_value FROM indicator_targets u WHERE u.indicator_id = l.indicator_id AND u.fiscal_year = l.next_y) AS next_v
    FROM located l
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
FROM points;

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
JOIN v_indicator_year_targets yt ON yt.indicator_id = a.indicator_id AND yt.fiscal_year = a.fiscal_year
LEFT JOIN v_indicator_final_targets f ON f.indicator_id = a.indicator_id;
