-- The plan as data (issue 21): every town's plan loads from its own seeds, with its own
-- vocabularies, and a revised plan never moves an evaluation onto another item.
--
-- 1. Each plan has its own grades, 今後の方向性 and phases. The global `grades` and
--    `next_directions` tables stay as the union of every plan's terms, because the evaluation
--    records refer to them by foreign key; which terms a plan offers is in the plan_ tables.
CREATE TABLE plan_grades (
    plan_id  INTEGER NOT NULL REFERENCES plans (plan_id),
    grade    TEXT NOT NULL REFERENCES grades (grade),
    seq      INTEGER NOT NULL,
    meaning  TEXT NOT NULL,
    PRIMARY KEY (plan_id, grade)
) STRICT, WITHOUT ROWID;

CREATE TABLE plan_next_directions (
    plan_id  INTEGER NOT NULL REFERENCES plans (plan_id),
    name     TEXT NOT NULL REFERENCES next_directions (name),
    seq      INTEGER NOT NULL,
    meaning  TEXT NOT NULL,
    PRIMARY KEY (plan_id, name)
) STRICT, WITHOUT ROWID;

CREATE TABLE plan_phases (
    plan_id  INTEGER NOT NULL REFERENCES plans (plan_id),
    phase    TEXT NOT NULL CHECK (length(trim(phase)) > 0),
    seq      INTEGER NOT NULL,
    PRIMARY KEY (plan_id, phase)
) STRICT, WITHOUT ROWID;

INSERT INTO plan_grades (plan_id, grade, seq, meaning) SELECT p.plan_id, g.grade, g.seq, g.meaning FROM plans p, grades g;
INSERT INTO plan_next_directions (plan_id, name, seq, meaning) SELECT p.plan_id, n.name, n.seq, n.meaning FROM plans p, next_directions n;
INSERT INTO plan_phases (plan_id, phase, seq)
WITH v (phase, seq) AS (VALUES ('体制', 1), ('計画', 2), ('実行', 3), ('見直し', 4))
SELECT p.plan_id, v.phase, v.seq FROM plans p, v;

-- 2. The phases of an initiative's 内容 were a fixed CHECK; now they are the plan's. SQLite cannot
--    drop a CHECK, so the table is made again (https://sqlite.org/lang_altertable.html, "Making
--    Other Kinds Of Table Schema Changes"): new table, copy, drop, rename, with the one view that
--    reads it dropped first and made again after. The importer checks phases against the plan.
DROP VIEW v_initiative_actions;

CREATE TABLE initiative_actions_new (
    initiative_id  INTEGER NOT NULL REFERENCES initiatives (initiative_id) ON DELETE CASCADE,
    phase          TEXT NOT NULL CHECK (length(trim(phase)) > 0),
    seq            INTEGER NOT NULL CHECK (seq > 0),
    text           TEXT NOT NULL,
    PRIMARY KEY (initiative_id, phase, seq)
) STRICT, WITHOUT ROWID;
INSERT INTO initiative_actions_new SELECT initiative_id, phase, seq, text FROM initiative_actions;
DROP TABLE initiative_actions;
ALTER TABLE initiative_actions_new RENAME TO initiative_actions;

-- phase_order is the phase's place in its plan's list (体制 1 … 見直し 4 for 香取市).
CREATE VIEW v_initiative_actions AS
SELECT i.code AS initiative_code, a.phase, a.seq, a.text, ph.seq AS phase_order, pl.code AS plan_code
FROM initiative_actions a
JOIN initiatives i ON i.initiative_id = a.initiative_id
JOIN directions dr ON dr.direction_id = i.direction_id
JOIN measures m ON m.measure_id = dr.measure_id
JOIN policies p ON p.policy_id = m.policy_id
JOIN plans pl ON pl.plan_id = p.plan_id
LEFT JOIN plan_phases ph ON ph.plan_id = p.plan_id AND ph.phase = a.phase;

-- 3. The plan's 団体コード (全国地方公共団体コード, for open data), its 予算担当課, and the heading it
--    prints above each policy's vision (香取市: 5年後の目指す姿; another plan: 10年後の姿 …).
ALTER TABLE plans ADD COLUMN municipality_code TEXT CHECK (municipality_code IS NULL OR (length(municipality_code) = 6 AND municipality_code NOT GLOB '*[^0-9]*'));
ALTER TABLE plans ADD COLUMN budget_dept_id INTEGER REFERENCES departments (dept_id);
ALTER TABLE plans ADD COLUMN vision_label TEXT NOT NULL DEFAULT '5年後の目指す姿' CHECK (length(trim(vision_label)) > 0);

CREATE VIEW v_plans AS
SELECT p.code AS plan_code, p.name, p.municipality, p.start_year, p.end_year, c.name AS coordinator, b.name AS budget_dept,
       p.municipality_code, p.default_baseline_year, p.vision_label
FROM plans p
JOIN departments c ON c.dept_id = p.coordinator_dept_id
LEFT JOIN departments b ON b.dept_id = p.budget_dept_id;

CREATE VIEW v_plan_vocabularies AS
SELECT pl.code AS plan_code, 'grade' AS kind, g.grade AS term, g.seq, g.meaning FROM plan_grades g JOIN plans pl USING (plan_id)
UNION ALL
SELECT pl.code, 'next_direction', n.name, n.seq, n.meaning FROM plan_next_directions n JOIN plans pl USING (plan_id)
UNION ALL
SELECT pl.code, 'phase', ph.phase, ph.seq, NULL FROM plan_phases ph JOIN plans pl USING (plan_id);

-- 4. Every change an import makes to a plan, kept like every other change: an item added,
--    removed, renumbered (旧コード) or a field changed (a retitled initiative keeps its
--    evaluations, and its old title is here). Append-only.
CREATE TABLE plan_revisions (
    revision_id  INTEGER PRIMARY KEY,
    plan_id      INTEGER NOT NULL REFERENCES plans (plan_id),
    at           TEXT NOT NULL,
    dept_id      INTEGER NOT NULL REFERENCES departments (dept_id),
    actor        TEXT NOT NULL,
    item_kind    TEXT NOT NULL,
    item_code    TEXT NOT NULL,
    field        TEXT NOT NULL,
    old_value    TEXT,
    new_value    TEXT
) STRICT;

CREATE INDEX plan_revisions_by_item ON plan_revisions (plan_id, item_code);

CREATE TRIGGER plan_revisions_append_only_update BEFORE UPDATE ON plan_revisions
BEGIN SELECT RAISE(ABORT, 'plan_revisions is append-only'); END;
CREATE TRIGGER plan_revisions_append_only_delete BEFORE DELETE ON plan_revisions
BEGIN SELECT RAISE(ABORT, 'plan_revisions is append-only'); END;

-- v_history gains plan_code and the plan's revisions (record_kind 4, fiscal_year NULL).
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
)
SELECT c.at, d.name AS dept, c.item_code, c.fiscal_year, c.field, c.old_value, c.new_value, c.kind AS record_kind, c.id AS record_id,
       c.seq AS field_seq, c.actor, pl.code AS plan_code
FROM changes c JOIN departments d ON d.dept_id = c.recorded_by JOIN plans pl ON pl.plan_id = c.plan_id
WHERE c.old_value IS NOT c.new_value OR (c.first AND c.new_value IS NOT NULL);
