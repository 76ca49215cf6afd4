-- 事務事業 and their cost (DESIGN.md "事務事業 and their cost"): the unit of the budget, linked to
-- the plan's 主な取組 so that every policy has a cost and every project an evaluation.
--
-- Money is in 千円 as whole numbers, 人工 in hundredths of a person-year, 按分 in hundredths of a
-- percent: every figure is an INTEGER, so the rule below is exact (1.10 人工 × 8,400千円 is 9,240,
-- not 9,240.000000000002) and the rounding is the one the rule states, nowhere else.
--
-- The project list is kept by the coordinator and changes by import (with each change a row of
-- plan_revisions, so v_history shows it). Budget figures, 人工, rates and evaluations are
-- append-only records like actuals: the current value is the newest row, the history is every row.

CREATE TABLE projects (
    project_id  INTEGER PRIMARY KEY,
    plan_id     INTEGER NOT NULL REFERENCES plans (plan_id),
    -- 事業コード as the finance system writes it: text, leading zeros kept.
    code        TEXT NOT NULL CHECK (length(code) BETWEEN 1 AND 40 AND code = trim(code)),
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
    dept_id     INTEGER NOT NULL REFERENCES departments (dept_id),
    account     TEXT,   -- 会計
    kan         TEXT,   -- 款
    kou         TEXT,   -- 項
    moku        TEXT,   -- 目
    start_year  INTEGER CHECK (start_year IS NULL OR start_year BETWEEN 1900 AND 2200),
    end_year    INTEGER CHECK (end_year IS NULL OR end_year BETWEEN 1900 AND 2200),
    seq         INTEGER NOT NULL,
    CHECK (start_year IS NULL OR end_year IS NULL OR start_year <= end_year),
    UNIQUE (plan_id, code)
) STRICT;

-- The share (按分) of a project's cost attributed to one 主な取組, in hundredths of a percent
-- (10000 = 100 %). A project's shares add up to 10000 (the importer checks it). Links go to
-- the 主な取組 where it is first printed, never to a （再掲）, so a reprint is counted once.
CREATE TABLE project_links (
    project_id     INTEGER NOT NULL REFERENCES projects (project_id),
    initiative_id  INTEGER NOT NULL REFERENCES initiatives (initiative_id),
    share_bp       INTEGER NOT NULL CHECK (share_bp BETWEEN 1 AND 10000),
    PRIMARY KEY (project_id, initiative_id)
) STRICT, WITHOUT ROWID;

CREATE INDEX project_links_by_initiative ON project_links (initiative_id);

-- 予算額・決算額・特定財源 of a project in a year, in 千円, imported by the plan's 予算担当課.
CREATE TABLE project_budgets (
    budget_id     INTEGER PRIMARY KEY,
    project_id    INTEGER NOT NULL REFERENCES projects (project_id),
    fiscal_year   INTEGER NOT NULL CHECK (fiscal_year BETWEEN 1900 AND 2200),
    budget        INTEGER NOT NULL CHECK (budget >= 0),
    settled       INTEGER CHECK (settled IS NULL OR settled >= 0),
    national      INTEGER NOT NULL DEFAULT 0 CHECK (national >= 0),      -- 国庫支出金
    prefectural   INTEGER NOT NULL DEFAULT 0 CHECK (prefectural >= 0),   -- 県支出金
    bonds         INTEGER NOT NULL DEFAULT 0 CHECK (bonds >= 0),         -- 地方債
    other_specific INTEGER NOT NULL DEFAULT 0 CHECK (other_specific >= 0), -- その他特定財源
    recorded_by   INTEGER NOT NULL REFERENCES departments (dept_id),
    recorded_at   TEXT NOT NULL,
    source        TEXT NOT NULL DEFAULT 'command',
    actor         TEXT NOT NULL
) STRICT;

CREATE INDEX project_budgets_current ON project_budgets (project_id, fiscal_year, budget_id);

-- 人件費 per person-year (千円) of a staff kind in a year, set by the coordinator.
CREATE TABLE staff_rates (
    rate_id      INTEGER PRIMARY KEY,
    plan_id      INTEGER NOT NULL REFERENCES plans (plan_id),
    fiscal_year  INTEGER NOT NULL CHECK (fiscal_year BETWEEN 1900 AND 2200),
    kind         TEXT NOT NULL CHECK (length(trim(kind)) > 0),
    amount       INTEGER NOT NULL CHECK (amount >= 0),
    recorded_by  INTEGER NOT NULL REFERENCES departments (dept_id),
    recorded_at  TEXT NOT NULL,
    actor        TEXT NOT NULL
) STRICT;

CREATE INDEX staff_rates_current ON staff_rates (plan_id, fiscal_year, kind, rate_id);

-- 人工 (person-years, in hundredths) of one staff kind on a project in a year.
CREATE TABLE project_staff (
    staff_id      INTEGER PRIMARY KEY,
    project_id    INTEGER NOT NULL REFERENCES projects (project_id),
    fiscal_year   INTEGER NOT NULL CHECK (fiscal_year BETWEEN 1900 AND 2200),
    kind          TEXT NOT NULL,
    person_centi  INTEGER NOT NULL CHECK (person_centi BETWEEN 0 AND 1000000),
    recorded_by   INTEGER NOT NULL REFERENCES departments (dept_id),
    recorded_at   TEXT NOT NULL,
    source        TEXT NOT NULL DEFAULT 'command',
    actor         TEXT NOT NULL
) STRICT;

CREATE INDEX project_staff_current ON project_staff (project_id, fiscal_year, kind, staff_id);

-- 事務事業評価 by the project's department.
CREATE TABLE project_evaluations (
    evaluation_id   INTEGER PRIMARY KEY,
    project_id      INTEGER NOT NULL REFERENCES projects (project_id),
    fiscal_year     INTEGER NOT NULL CHECK (fiscal_year BETWEEN 1900 AND 2200),
    grade           TEXT NOT NULL REFERENCES grades (grade),
    next_direction  TEXT REFERENCES next_directions (name),
    result_text     TEXT,
    challenge_text  TEXT,
    recorded_by     INTEGER NOT NULL REFERENCES departments (dept_id),
    recorded_at     TEXT NOT NULL,
    source          TEXT NOT NULL DEFAULT 'command',
    actor           TEXT NOT NULL
) STRICT;

CREATE INDEX project_evaluations_current ON project_evaluations (project_id, fiscal_year, evaluation_id);

CREATE TRIGGER project_budgets_append_only_update BEFORE UPDATE ON project_budgets
BEGIN SELECT RAISE(ABORT, 'project_budgets is append-only: import the figures again instead'); END;
CREATE TRIGGER project_budgets_append_only_delete BEFORE DELETE ON project_budgets
BEGIN SELECT RAISE(ABORT, 'project_budgets is append-only: import the figures again instead'); END;
CREATE TRIGGER staff_rates_append_only_update BEFORE UPDATE ON staff_rates
BEGIN SELECT RAISE(ABORT, 'staff_rates is append-only: set the rate again instead'); END;
CREATE TRIGGER staff_rates_append_only_delete BEFORE DELETE ON staff_rates
BEGIN SELECT RAISE(ABORT, 'staff_rates is append-only: set the rate again instead'); END;
CREATE TRIGGER project_staff_append_only_update BEFORE UPDATE ON project_staff
BEGIN SELECT RAISE(ABORT, 'project_staff is append-only: record the 人工 again instead'); END;
CREATE TRIGGER project_staff_append_only_delete BEFORE DELETE ON project_staff
BEGIN SELECT RAISE(ABORT, 'project_staff is append-only: record the 人工 again instead'); END;
CREATE TRIGGER project_evaluations_append_only_update BEFORE UPDATE ON project_evaluations
BEGIN SELECT RAISE(ABORT, 'project_evaluations is append-only: record a new evaluation instead'); END;
CREATE TRIGGER project_evaluations_append_only_delete BEFORE DELETE ON project_evaluations
BEGIN SELECT RAISE(ABORT, 'project_evaluations is append-only: record a new evaluation instead'); END;
-- A project with recorded figures is never deleted (DESIGN.md: end it with 終了年度).
CREATE TRIGGER projects_kept_with_records BEFORE DELETE ON projects
WHEN EXISTS (SELECT 1 FROM project_budgets WHERE project_id = OLD.project_id)
  OR EXISTS (SELECT 1 FROM project_staff WHERE project_id = OLD.project_id)
  OR EXISTS (SELECT 1 FROM project_evaluations WHERE project_id = OLD.project_id)
BEGIN SELECT RAISE(ABORT, 'a project with recorded figures is never deleted: end it with its end year'); END;

-- The public views.

CREATE VIEW v_projects AS
SELECT p.code AS project_code, p.name, d.name AS dept, p.start_year, p.end_year,
       p.account, p.kan, p.kou, p.moku, pl.code AS plan_code, p.seq
FROM projects p
JOIN departments d ON d.dept_id = p.dept_id
JOIN plans pl ON pl.plan_id = p.plan_id;

-- share_pct is the 按分 as a number of percent (33.33); share_bp the same in hundredths, exact.
CREATE VIEW v_project_links AS
SELECT p.code AS project_code, i.code AS initiative_code, l.share_bp / 100.0 AS share_pct, l.share_bp,
       pl.code AS plan_code
FROM project_links l
JOIN projects p ON p.project_id = l.project_id
JOIN initiatives i ON i.initiative_id = l.initiative_id
JOIN plans pl ON pl.plan_id = p.plan_id;

CREATE VIEW v_staff_rates AS
SELECT pl.code AS plan_code, r.fiscal_year, r.kind, r.amount, r.recorded_at
FROM staff_rates r
JOIN plans pl ON pl.plan_id = r.plan_id
WHERE r.rate_id = (SELECT max(x.rate_id) FROM staff_rates x
                   WHERE x.plan_id = r.plan_id AND x.fiscal_year = r.fiscal_year AND x.kind = r.kind);

-- Each project's current 人工 per staff kind and year, with the year's rate (NULL while unset).
CREATE VIEW v_project_staff AS
SELECT p.code AS project_code, s.fiscal_year, s.kind, s.person_centi / 100.0 AS person_years, s.person_centi,
       (SELECT r.amount FROM staff_rates r WHERE r.plan_id = p.plan_id AND r.fiscal_year = s.fiscal_year AND r.kind = s.kind
        ORDER BY r.rate_id DESC LIMIT 1) AS rate,
       pl.code AS plan_code
FROM project_staff s
JOIN projects p ON p.project_id = s.project_id
JOIN plans pl ON pl.plan_id = p.plan_id
WHERE s.staff_id = (SELECT max(x.staff_id) FROM project_staff x
                    WHERE x.project_id = s.project_id AND x.fiscal_year = s.fiscal_year AND x.kind = s.kind);

CREATE VIEW v_project_evaluations AS
SELECT p.code AS project_code, e.fiscal_year, e.grade, e.next_direction, d.name AS recorded_by, e.recorded_at,
       e.result_text, e.challenge_text, pl.code AS plan_code
FROM project_evaluations e
JOIN projects p ON p.project_id = e.project_id
JOIN departments d ON d.dept_id = e.recorded_by
JOIN plans pl ON pl.plan_id = p.plan_id
WHERE e.evaluation_id = (SELECT max(x.evaluation_id) FROM project_evaluations x
                         WHERE x.project_id = e.project_id AND x.fiscal_year = e.fiscal_year);

-- The rule (README "The cost of a policy"), per project and year, in 千円:
--   人件費 = Σ 人工(kind) × rate(kind, year), rounded half up to whole 千円 (person_centi is in
--            hundredths, so the sum is divided by 100 once, after adding 50);
--   事業費 = 決算額, or 予算額 while no 決算額 is recorded (basis says which);
--   フルコスト = 事業費 + 人件費; 一般財源 = フルコスト − 特定財源 (国庫 + 県 + 地方債 + その他).
-- A project has a row for a year once it has a budget or 人工 recorded for it.
-- Written so that a filter on fiscal_year reaches the tables (the years come from a UNION, which
-- SQLite pushes a WHERE into, and each year's figures from correlated lookups on the indexes):
-- one year of 100,000 projects costs a fifth of computing every year.
CREATE VIEW v_project_costs AS
SELECT p.code AS project_code, k.fiscal_year, b.budget, b.settled,
       coalesce(b.national + b.prefectural + b.bonds + b.other_specific, 0) AS specific_revenue,
       k.personnel_cost, coalesce(b.settled, b.budget, 0) AS project_cost,
       coalesce(b.settled, b.budget, 0) + k.personnel_cost AS full_cost,
       coalesce(b.settled, b.budget, 0) + k.personnel_cost - coalesce(b.national + b.prefectural + b.bonds + b.other_specific, 0) AS general_revenue,
       CASE WHEN b.settled IS NOT NULL THEN 'settled' WHEN b.budget IS NOT NULL THEN 'budget' END AS basis,
       pl.code AS plan_code
FROM (
    SELECT y.project_id, y.fiscal_year,
           -- 人件費: the current 人工 of each kind × that kind's current rate for the year.
           coalesce((SELECT (sum(s.person_centi * coalesce(r.amount, 0)) + 50) / 100
                     FROM project_staff s
                     JOIN projects sp ON sp.project_id = s.project_id
                     LEFT JOIN staff_rates r ON r.rate_id = (SELECT max(x.rate_id) FROM staff_rates x
                                                             WHERE x.plan_id = sp.plan_id AND x.fiscal_year = s.fiscal_year AND x.kind = s.kind)
                     WHERE s.project_id = y.project_id AND s.fiscal_year = y.fiscal_year
                       AND s.staff_id = (SELECT max(x.staff_id) FROM project_staff x
                                         WHERE x.project_id = s.project_id AND x.fiscal_year = s.fiscal_year AND x.kind = s.kind)), 0) AS personnel_cost,
           (SELECT max(x.budget_id) FROM project_budgets x WHERE x.project_id = y.project_id AND x.fiscal_year = y.fiscal_year) AS budget_id
    FROM (SELECT project_id, fiscal_year FROM project_budgets UNION SELECT project_id, fiscal_year FROM project_staff) y
) k
JOIN projects p ON p.project_id = k.project_id
JOIN plans pl ON pl.plan_id = p.plan_id
LEFT JOIN project_budgets b ON b.budget_id = k.budget_id;

-- A 主な取組's cost = Σ its projects' cost × 按分, and a policy's = Σ its 主な取組's. The shares
-- are applied to the exact sums and each total is rounded once, half up (一般財源, which can be
-- negative, half away from zero), to whole 千円 (so a policy's cost can differ by 1 from the sum of its 主な取組's rounded costs). A
-- （再掲） has no links of its own: it counts once, where it is first printed.
CREATE VIEW v_initiative_costs AS
WITH shared AS (
    SELECT i.code AS initiative_code, c.fiscal_year, pl.code AS plan_code,
           sum(c.budget * l.share_bp) AS budget, sum(c.settled * l.share_bp) AS settled,
           sum(c.personnel_cost * l.share_bp) AS personnel_cost, sum(c.full_cost * l.share_bp) AS full_cost,
           sum(c.general_revenue * l.share_bp) AS general_revenue, count(*) AS projects
    FROM project_links l
    JOIN projects p ON p.project_id = l.project_id
    JOIN plans pl ON pl.plan_id = p.plan_id
    JOIN initiatives i ON i.initiative_id = l.initiative_id
    JOIN v_project_costs c ON c.project_code = p.code AND c.plan_code = pl.code
    GROUP BY i.initiative_id, c.fiscal_year
)
SELECT initiative_code, fiscal_year,
       (budget + 5000) / 10000 AS budget,
       (settled + 5000) / 10000 AS settled,
       (personnel_cost + 5000) / 10000 AS personnel_cost,
       (full_cost + 5000) / 10000 AS full_cost,
       CASE WHEN general_revenue >= 0 THEN (general_revenue + 5000) / 10000 ELSE -((-general_revenue + 5000) / 10000) END AS general_revenue,
       projects, plan_code
FROM shared;

CREATE VIEW v_policy_costs AS
WITH shared AS (
    SELECT po.code AS policy_code, c.fiscal_year, pl.code AS plan_code,
           sum(c.budget * l.share_bp) AS budget, sum(c.settled * l.share_bp) AS settled,
           sum(c.personnel_cost * l.share_bp) AS personnel_cost, sum(c.full_cost * l.share_bp) AS full_cost,
           sum(c.general_revenue * l.share_bp) AS general_revenue, count(DISTINCT p.project_id) AS projects
    FROM project_links l
    JOIN projects p ON p.project_id = l.project_id
    JOIN plans pl ON pl.plan_id = p.plan_id
    JOIN initiatives i ON i.initiative_id = l.initiative_id
    JOIN directions dr ON dr.direction_id = i.direction_id
    JOIN measures m ON m.measure_id = dr.measure_id
    JOIN policies po ON po.policy_id = m.policy_id
    JOIN v_project_costs c ON c.project_code = p.code AND c.plan_code = pl.code
    GROUP BY po.policy_id, c.fiscal_year
)
SELECT policy_code, fiscal_year,
       (budget + 5000) / 10000 AS budget,
       (settled + 5000) / 10000 AS settled,
       (personnel_cost + 5000) / 10000 AS personnel_cost,
       (full_cost + 5000) / 10000 AS full_cost,
       CASE WHEN general_revenue >= 0 THEN (general_revenue + 5000) / 10000 ELSE -((-general_revenue + 5000) / 10000) END AS general_revenue,
       projects, plan_code
FROM shared;

-- v_history gains the project records: 事務事業評価 (record_kind 5), budget figures (6, 特定財源 as
-- 国庫/県/地方債/その他), 人工 per staff kind (7) and the rates (8, item_code 'rate'). Views cannot
-- be altered, so it is made again with every column it had (0014), in the same order.
DROP VIEW v_history;

CREATE VIEW v_history AS
WITH actuals AS (
    SELECT a.actual_id AS id, a.recorded_at AS at, a.recorded_by, a.actor, i.code AS item_code, a.fiscal_year,
           LAG(a.value_text) OVER w AS old_value, a.value_text AS new_value,
           LAG(a.note) OVER w AS old_note, a.note AS new_note,
           LAG(a.actual_id) OVER w AS previous_id, p.plan_id
    FROM indicator_actuals a JOIN indicators i ON i.indicator_id = a.indicator_id
    JOIN policies p ON p.policy_id = i.policy_id
    WINDOW w AS (PARTITION BY a.indicator_id, a.fiscal_year ORDER BY a.actual_id)
),
initiatives_h AS (
    SELECT e.evaluation_id AS id, e.recorded_at AS at, e.recorded_by, e.actor, i.code AS item_code, e.fiscal_year,
           LAG(e.grade) OVER w AS old_grade, e.grade AS new_grade,
           LAG(e.next_direction) OVER w AS old_next, e.next_direction AS new_next,
           LAG(e.result_text) OVER w AS old_result, e.result_text AS new_result,
           LAG(e.challenge_text) OVER w AS old_challenge, e.challenge_text AS new_challenge,
           LAG(e.evaluation_id) OVER w AS previous_id, p.plan_id
    FROM initiative_evaluations e JOIN initiatives i ON i.initiative_id = e.initiative_id
    JOIN directions dr ON dr.direction_id = i.direction_id JOIN measures m ON m.measure_id = dr.measure_id
    JOIN policies p ON p.policy_id = m.policy_id
    WINDOW w AS (PARTITION BY e.initiative_id, e.fiscal_year ORDER BY e.evaluation_id)
),
policies_h AS (
    SELECT e.evaluation_id AS id, e.recorded_at AS at, e.recorded_by, e.actor, p.code AS item_code, e.fiscal_year, e.stage,
           LAG(e.grade) OVER w AS old_grade, e.grade AS new_grade,
           LAG(e.comment) OVER w AS old_comment, e.comment AS new_comment,
           LAG(e.evaluation_id) OVER w AS previous_id, p.plan_id
    FROM policy_evaluations e JOIN policies p ON p.policy_id = e.policy_id
    WINDOW w AS (PARTITION BY e.policy_id, e.fiscal_year, e.stage ORDER BY e.evaluation_id)
),
project_evals AS (
    SELECT e.evaluation_id AS id, e.recorded_at AS at, e.recorded_by, e.actor, p.code AS item_code, e.fiscal_year,
           LAG(e.grade) OVER w AS old_grade, e.grade AS new_grade,
           LAG(e.next_direction) OVER w AS old_next, e.next_direction AS new_next,
           LAG(e.result_text) OVER w AS old_result, e.result_text AS new_result,
           LAG(e.challenge_text) OVER w AS old_challenge, e.challenge_text AS new_challenge,
           LAG(e.evaluation_id) OVER w AS previous_id, p.plan_id
    FROM project_evaluations e JOIN projects p ON p.project_id = e.project_id
    WINDOW w AS (PARTITION BY e.project_id, e.fiscal_year ORDER BY e.evaluation_id)
),
budgets AS (
    SELECT b.budget_id AS id, b.recorded_at AS at, b.recorded_by, b.actor, p.code AS item_code, b.fiscal_year,
           LAG(b.budget) OVER w AS old_budget, b.budget AS new_budget,
           LAG(b.settled) OVER w AS old_settled, b.settled AS new_settled,
           LAG(b.national || '/' || b.prefectural || '/' || b.bonds || '/' || b.other_specific) OVER w AS old_specific,
           b.national || '/' || b.prefectural || '/' || b.bonds || '/' || b.other_specific AS new_specific,
           LAG(b.budget_id) OVER w AS previous_id, p.plan_id
    FROM project_budgets b JOIN projects p ON p.project_id = b.project_id
    WINDOW w AS (PARTITION BY b.project_id, b.fiscal_year ORDER BY b.budget_id)
),
staff AS (
    SELECT s.staff_id AS id, s.recorded_at AS at, s.recorded_by, s.actor, p.code AS item_code, s.fiscal_year, s.kind,
           LAG(printf('%d.%02d', s.person_centi / 100, s.person_centi % 100)) OVER w AS old_value,
           printf('%d.%02d', s.person_centi / 100, s.person_centi % 100) AS new_value,
           LAG(s.staff_id) OVER w AS previous_id, p.plan_id
    FROM project_staff s JOIN projects p ON p.project_id = s.project_id
    WINDOW w AS (PARTITION BY s.project_id, s.fiscal_year, s.kind ORDER BY s.staff_id)
),
rates AS (
    SELECT r.rate_id AS id, r.recorded_at AS at, r.recorded_by, r.actor, r.fiscal_year, r.kind,
           LAG(r.amount) OVER w AS old_value, r.amount AS new_value, LAG(r.rate_id) OVER w AS previous_id, r.plan_id
    FROM staff_rates r
    WINDOW w AS (PARTITION BY r.plan_id, r.fiscal_year, r.kind ORDER BY r.rate_id)
),
changes (kind, id, seq, at, recorded_by, actor, item_code, fiscal_year, field, old_value, new_value, first, plan_id) AS (
    SELECT 1, id, 1, at, recorded_by, actor, item_code, fiscal_year, 'value', old_value, new_value, previous_id IS NULL, plan_id FROM actuals
    UNION ALL SELECT 1, id, 2, at, recorded_by, actor, item_code, fiscal_year, 'note', old_note, new_note, previous_id IS NULL, plan_id FROM actuals
    UNION ALL SELECT 2, id, 3, at, recorded_by, actor, item_code, fiscal_year, 'grade', old_grade, new_grade, previous_id IS NULL, plan_id FROM initiatives_h
    UNION ALL SELECT 2, id, 4, at, recorded_by, actor, item_code, fiscal_year, 'next_direction', old_next, new_next, previous_id IS NULL, plan_id FROM initiatives_h
    UNION ALL SELECT 2, id, 5, at, recorded_by, actor, item_code, fiscal_year, 'result', old_result, new_result, previous_id IS NULL, plan_id FROM initiatives_h
    UNION ALL SELECT 2, id, 6, at, recorded_by, actor, item_code, fiscal_year, 'challenge', old_challenge, new_challenge, previous_id IS NULL, plan_id FROM initiatives_h
    UNION ALL SELECT 3, id, 7, at, recorded_by, actor, item_code, fiscal_year, stage || '評価 grade', old_grade, new_grade, previous_id IS NULL, plan_id FROM policies_h
    UNION ALL SELECT 3, id, 8, at, recorded_by, actor, item_code, fiscal_year, stage || '評価 comment', old_comment, new_comment, previous_id IS NULL, plan_id FROM policies_h
    UNION ALL SELECT 4, revision_id, 9, at, dept_id, actor, item_code, NULL, 'plan ' || item_kind || ' ' || field, old_value, new_value, 0, plan_id FROM plan_revisions
    UNION ALL SELECT 5, id, 10, at, recorded_by, actor, item_code, fiscal_year, 'project grade', old_grade, new_grade, previous_id IS NULL, plan_id FROM project_evals
    UNION ALL SELECT 5, id, 11, at, recorded_by, actor, item_code, fiscal_year, 'project next_direction', old_next, new_next, previous_id IS NULL, plan_id FROM project_evals
    UNION ALL SELECT 5, id, 12, at, recorded_by, actor, item_code, fiscal_year, 'project result', old_result, new_result, previous_id IS NULL, plan_id FROM project_evals
    UNION ALL SELECT 5, id, 13, at, recorded_by, actor, item_code, fiscal_year, 'project challenge', old_challenge, new_challenge, previous_id IS NULL, plan_id FROM project_evals
    UNION ALL SELECT 6, id, 14, at, recorded_by, actor, item_code, fiscal_year, 'budget', old_budget, new_budget, previous_id IS NULL, plan_id FROM budgets
    UNION ALL SELECT 6, id, 15, at, recorded_by, actor, item_code, fiscal_year, 'settled', old_settled, new_settled, previous_id IS NULL, plan_id FROM budgets
    UNION ALL SELECT 6, id, 16, at, recorded_by, actor, item_code, fiscal_year, 'specific_revenue', old_specific, new_specific, previous_id IS NULL, plan_id FROM budgets
    UNION ALL SELECT 7, id, 17, at, recorded_by, actor, item_code, fiscal_year, 'staff ' || kind, old_value, new_value, previous_id IS NULL, plan_id FROM staff
    UNION ALL SELECT 8, id, 18, at, recorded_by, actor, 'rate', fiscal_year, 'rate ' || kind, old_value, new_value, previous_id IS NULL, plan_id FROM rates
)
SELECT c.at, d.name AS dept, c.item_code, c.fiscal_year, c.field, c.old_value, c.new_value, c.kind AS record_kind, c.id AS record_id,
       c.seq AS field_seq, c.actor, pl.code AS plan_code
FROM changes c JOIN departments d ON d.dept_id = c.recorded_by JOIN plans pl ON pl.plan_id = c.plan_id
WHERE c.old_value IS NOT c.new_value OR (c.first AND c.new_value IS NOT NULL);

-- A frozen year holds its projects too: each project of the year with its cost and evaluation,
-- its links, and the cost of each policy and 主な取組 as the views computed it. Like every
-- snapshot table they are covered by the snapshot's SHA-256 and can never change. A snapshot
-- frozen before this migration has no rows here and keeps its hash.
CREATE TABLE snapshot_projects (
    snapshot_id       INTEGER NOT NULL REFERENCES snapshots (snapshot_id),
    seq               INTEGER NOT NULL,
    project_code      TEXT NOT NULL,
    name              TEXT NOT NULL,
    dept              TEXT NOT NULL,
    start_year        INTEGER,
    end_year          INTEGER,
    budget            INTEGER,
    settled           INTEGER,
    specific_revenue  INTEGER,
    personnel_cost    INTEGER,
    project_cost      INTEGER,
    full_cost         INTEGER,
    general_revenue   INTEGER,
    basis             TEXT,
    -- 人工 as "kind:person-years:rate" lines, in kind order.
    staff             TEXT,
    grade             TEXT,
    next_direction    TEXT,
    result_text       TEXT,
    challenge_text    TEXT,
    PRIMARY KEY (snapshot_id, project_code)
) STRICT, WITHOUT ROWID;

CREATE TABLE snapshot_project_links (
    snapshot_id      INTEGER NOT NULL REFERENCES snapshots (snapshot_id),
    seq              INTEGER NOT NULL,
    project_code     TEXT NOT NULL,
    initiative_code  TEXT NOT NULL,
    share_bp         INTEGER NOT NULL,
    PRIMARY KEY (snapshot_id, project_code, initiative_code)
) STRICT, WITHOUT ROWID;

-- level is 'policy' or 'initiative'.
CREATE TABLE snapshot_costs (
    snapshot_id      INTEGER NOT NULL REFERENCES snapshots (snapshot_id),
    seq              INTEGER NOT NULL,
    level            TEXT NOT NULL CHECK (level IN ('policy', 'initiative')),
    code             TEXT NOT NULL,
    budget           INTEGER,
    settled          INTEGER,
    personnel_cost   INTEGER,
    full_cost        INTEGER,
    general_revenue  INTEGER,
    projects         INTEGER NOT NULL,
    PRIMARY KEY (snapshot_id, level, code)
) STRICT, WITHOUT ROWID;

CREATE TRIGGER snapshot_projects_immutable_update BEFORE UPDATE ON snapshot_projects
BEGIN SELECT RAISE(ABORT, 'snapshots are immutable: reopen the year and create a new version'); END;
CREATE TRIGGER snapshot_projects_immutable_delete BEFORE DELETE ON snapshot_projects
BEGIN SELECT RAISE(ABORT, 'snapshots are immutable: reopen the year and create a new version'); END;
CREATE TRIGGER snapshot_project_links_immutable_update BEFORE UPDATE ON snapshot_project_links
BEGIN SELECT RAISE(ABORT, 'snapshots are immutable: reopen the year and create a new version'); END;
CREATE TRIGGER snapshot_project_links_immutable_delete BEFORE DELETE ON snapshot_project_links
BEGIN SELECT RAISE(ABORT, 'snapshots are immutable: reopen the year and create a new version'); END;
CREATE TRIGGER snapshot_costs_immutable_update BEFORE UPDATE ON snapshot_costs
BEGIN SELECT RAISE(ABORT, 'snapshots are immutable: reopen the year and create a new version'); END;
CREATE TRIGGER snapshot_costs_immutable_delete BEFORE DELETE ON snapshot_costs
BEGIN SELECT RAISE(ABORT, 'snapshots are immutable: reopen the year and create a new version'); END;
