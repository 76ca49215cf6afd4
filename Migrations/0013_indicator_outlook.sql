-- The outlook (見通し, DESIGN.md): where each indicator's trend leads by the plan's final year,
-- and whether that meets the final target. Written here, in SQL anyone can read; the README
-- states the same rules.
--
-- The trend is the ordinary least-squares line through the points known so far: the baseline
-- (at its baseline_year, when the plan prints one) and every current actual up to the year of
-- the outlook. With x = fiscal year - final year (the same line as with x = fiscal year, but
-- without the cancellation of squaring numbers near 2000):
--   slope    = (n·Σxy - Σx·Σy) / (n·Σx² - (Σx)²)
--   forecast = (Σy - slope·Σx) / n        (the line's value at the final year, x = 0)
-- With a single point (one actual and no baseline), or points all in one year, there is no
-- trend: the forecast is the latest actual and `basis` says so.
--
-- final_target is the last printed target with a number (v_indicator_final_targets, as for
-- progress_pct); its year may come before the plan's final year (a － in 2027).
-- on_track, NULL without a final target: increase and maintain: forecast >= final target
--   (maintain means not falling below it); decrease and at_most: forecast <= final target
--   (a ceiling stays a ceiling).
-- gap: how far the forecast falls short of the final target in the indicator's unit, positive
--   when it misses, negative when it passes (increase/maintain: target - forecast;
--   decrease/at_most: forecast - target).
-- gap_pct: gap as a share of the distance from the baseline to the final target,
--   gap / |final target - baseline| × 100; with no baseline the distance counts from 0, as
--   progress_pct does; NULL when the distance is 0.
--
-- v_indicator_outlook_by_year holds the outlook as it stood at the end of every year of the
-- plan (as_of_year: only actuals up to that year); v_indicator_outlook is its row for the
-- plan's final year, which holds every actual (recording refuses years outside the plan).

CREATE VIEW v_indicator_outlook_by_year AS
WITH offsets (n) AS (
    VALUES (0), (1), (2), (3), (4), (5), (6), (7), (8), (9), (10), (11), (12), (13), (14), (15), (16), (17), (18), (19),
           (20), (21), (22), (23), (24), (25), (26), (27), (28), (29), (30), (31), (32), (33), (34), (35), (36), (37), (38), (39),
           (40), (41), (42), (43), (44), (45), (46), (47), (48), (49)
),
current AS (
    SELECT a.indicator_id, a.fiscal_year, a.value FROM indicator_actuals a
    WHERE a.actual_id = (SELECT max(b.actual_id) FROM indicator_actuals b
                         WHERE b.indicator_id = a.indicator_id AND b.fiscal_year = a.fiscal_year)
),
as_of AS (
    SELECT i.indicator_id, pl.start_year + o.n AS as_of_year, pl.end_year AS final_year
    FROM indicators i
    JOIN policies po ON po.policy_id = i.policy_id
    JOIN plans pl ON pl.plan_id = po.plan_id
    JOIN offsets o ON pl.start_year + o.n <= pl.end_year
),
points AS (
    SELECT s.indicator_id, s.as_of_year, s.final_year, c.fiscal_year - s.final_year AS x, c.value AS y, 1 AS is_actual, c.fiscal_year
    FROM as_of s JOIN current c ON c.indicator_id = s.indicator_id AND c.fiscal_year <= s.as_of_year
    UNION ALL
    SELECT s.indicator_id, s.as_of_year, s.final_year, i.baseline_year - s.final_year, i.baseline_value, 0, NULL
    FROM as_of s JOIN indicators i ON i.indicator_id = s.indicator_id
    WHERE i.baseline_value IS NOT NULL
),
sums AS (
    SELECT indicator_id, as_of_year, final_year, count(*) AS n, sum(is_actual) AS actuals,
           min(fiscal_year) AS first_year, max(fiscal_year) AS latest_year,
           sum(x) AS sx, sum(y) AS sy, sum(x * x) AS sxx, sum(x * y) AS sxy
    FROM points
    GROUP BY indicator_id, as_of_year
    HAVING sum(is_actual) > 0
),
fits AS (
    SELECT s.*,
           CASE WHEN n * sxx - sx * sx <> 0 THEN (n * sxy - sx * sy) / (n * sxx - sx * sx) END AS slope,
           (SELECT c.value FROM current c WHERE c.indicator_id = s.indicator_id AND c.fiscal_year = s.latest_year) AS latest_value
    FROM sums s
),
forecasts AS (
    SELECT f.*, i.code, i.direction, i.unit, i.baseline_value, i.baseline_year, i.policy_id,
           round(CASE WHEN f.slope IS NULL THEN f.latest_value ELSE (f.sy - f.slope * f.sx) / f.n END, 6) AS forecast_value,
           ft.final_year AS final_target_year, ft.final_value AS final_target
    FROM fits f
    JOIN indicators i ON i.indicator_id = f.indicator_id
    LEFT JOIN v_indicator_final_targets ft ON ft.indicator_id = f.indicator_id
),
gaps AS (
    SELECT fc.*,
           CASE WHEN fc.final_target IS NULL THEN NULL
                WHEN fc.direction IN ('increase', 'maintain') THEN round(fc.final_target - fc.forecast_value, 6)
                ELSE round(fc.forecast_value - fc.final_target, 6)
           END AS gap
    FROM forecasts fc
)
SELECT g.code AS indicator_code, g.latest_year, g.latest_value, g.final_year, g.final_target, g.forecast_value,
       CASE WHEN g.gap IS NULL THEN NULL ELSE g.gap <= 0 END AS on_track,
       CASE WHEN g.n = 1 THEN 'one point: no trend'
            WHEN g.slope IS NULL THEN 'one year: no trend'
            WHEN g.baseline_value IS NOT NULL
                THEN 'least squares: baseline ' || g.baseline_year || ' and ' || g.actuals || ' actual' || CASE WHEN g.actuals = 1 THEN '' ELSE 's' END
                     || ' ' || g.first_year || CASE WHEN g.latest_year > g.first_year THEN '-' || g.latest_year ELSE '' END
            ELSE 'least squares: ' || g.actuals || ' actuals ' || g.first_year || '-' || g.latest_year || ' (no baseline)'
       END AS basis,
       g.as_of_year, g.gap,
       CASE WHEN g.gap IS NULL OR g.final_target = coalesce(g.baseline_value, 0) THEN NULL
            ELSE round(g.gap * 100.0 / abs(g.final_target - coalesce(g.baseline_value, 0)), 1)
       END AS gap_pct,
       round(g.slope, 6) AS slope, g.n AS points, g.actuals, g.final_target_year, g.direction, g.unit,
       g.baseline_value, g.baseline_year, p.code AS policy_code, pl.code AS plan_code, g.indicator_id
FROM gaps g
JOIN policies p ON p.policy_id = g.policy_id
JOIN plans pl ON pl.plan_id = p.plan_id;

CREATE VIEW v_indicator_outlook AS
SELECT indicator_code, latest_year, latest_value, final_year, final_target, forecast_value, on_track, basis,
       gap, gap_pct, slope, points, actuals, final_target_year, direction, unit, baseline_value, baseline_year,
       policy_code, plan_code, indicator_id
FROM v_indicator_outlook_by_year
WHERE as_of_year = final_year;
