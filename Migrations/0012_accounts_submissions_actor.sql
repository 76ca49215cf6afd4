-- plandb serve: accounts that belong to one department, each department's submission (提出)
-- and return (差し戻し) of a year, and the person behind every write (actor).

-- An account signs in to plandb serve and records for its department only. The password is
-- kept only as a bcrypt hash (salted, slow). Repeated failures lock the account for a while;
-- session_epoch grows when the password changes or the account is disabled, which ends every
-- session begun before (sessions live in the server's memory and carry the epoch they began in).
CREATE TABLE users (
    user_id          INTEGER PRIMARY KEY,
    name             TEXT NOT NULL UNIQUE COLLATE NOCASE
                     CHECK (length(name) BETWEEN 1 AND 64 AND name NOT GLOB '*[^A-Za-z0-9._@-]*'),
    dept_id          INTEGER NOT NULL REFERENCES departments (dept_id),
    password_hash    TEXT NOT NULL CHECK (password_hash GLOB '$2[aby]$[0-9][0-9]$*' AND length(password_hash) = 60),
    disabled         INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
    failed_attempts  INTEGER NOT NULL DEFAULT 0 CHECK (failed_attempts >= 0),
    locked_until     TEXT,
    session_epoch    INTEGER NOT NULL DEFAULT 0,
    created_at       TEXT NOT NULL,
    created_by       TEXT NOT NULL
) STRICT;

-- Every submit and every return, append-only: the current state is the newest event.
CREATE TABLE submission_events (
    event_id     INTEGER PRIMARY KEY,
    plan_id      INTEGER NOT NULL REFERENCES plans (plan_id),
    fiscal_year  INTEGER NOT NULL CHECK (fiscal_year BETWEEN 1900 AND 2200),
    dept_id      INTEGER NOT NULL REFERENCES departments (dept_id),
    action       TEXT NOT NULL CHECK (action IN ('submit', 'return')),
    -- A return always says why; a submit has no reason.
    reason       TEXT CHECK ((action = 'return') = (reason IS NOT NULL AND length(trim(reason)) > 0)),
    -- The department that acted: the department itself for a submit, the coordinator for a return.
    by_dept_id   INTEGER NOT NULL REFERENCES departments (dept_id),
    actor        TEXT NOT NULL CHECK (length(actor) > 0),
    at           TEXT NOT NULL
) STRICT;

CREATE INDEX submission_events_current ON submission_events (plan_id, fiscal_year, dept_id, event_id);

CREATE TRIGGER submission_events_append_only_update BEFORE UPDATE ON submission_events
BEGIN SELECT RAISE(ABORT, 'submission_events is append-only: submit or return again instead'); END;
CREATE TRIGGER submission_events_append_only_delete BEFORE DELETE ON submission_events
BEGIN SELECT RAISE(ABORT, 'submission_events is append-only: submit or return again instead'); END;

-- Each department's state for every year of every plan: 未提出 until its first submit, then
-- the newest event decides (提出済 after a submit, 差し戻し after a return).
CREATE VIEW v_submissions AS
WITH RECURSIVE years (plan_id, fiscal_year, end_year) AS (
    SELECT plan_id, start_year, end_year FROM plans
    UNION ALL SELECT plan_id, fiscal_year + 1, end_year FROM years WHERE fiscal_year < end_year
),
latest AS (
    SELECT e.*, ROW_NUMBER() OVER (PARTITION BY e.plan_id, e.fiscal_year, e.dept_id ORDER BY e.event_id DESC) AS n
    FROM submission_events e
)
SELECT y.fiscal_year, d.name AS dept,
       CASE l.action WHEN 'submit' THEN '提出済' WHEN 'return' THEN '差し戻し' ELSE '未提出' END AS state,
       l.at, l.actor, l.reason, p.code AS plan_code
FROM years y
JOIN plans p ON p.plan_id = y.plan_id
JOIN departments d ON d.kind = 'department'
LEFT JOIN latest l ON l.plan_id = y.plan_id AND l.fiscal_year = y.fiscal_year AND l.dept_id = d.dept_id AND l.n = 1;

-- Every submit and return, oldest first, for the history.
CREATE VIEW v_submission_history AS
SELECT e.at, d.name AS dept, e.fiscal_year,
       CASE e.action WHEN 'submit' THEN '提出' ELSE '差し戻し' END AS action,
       b.name AS by_dept, e.actor, e.reason, p.code AS plan_code, e.event_id
FROM submission_events e
JOIN plans p ON p.plan_id = e.plan_id
JOIN departments d ON d.dept_id = e.dept_id
JOIN departments b ON b.dept_id = e.by_dept_id;

-- The person behind each record: the account for writes through plandb serve, the operating
-- system user for the command line and entry import. Rows from before this migration have none.
ALTER TABLE indicator_actuals ADD COLUMN actor TEXT;
ALTER TABLE initiative_evaluations ADD COLUMN actor TEXT;
ALTER TABLE policy_evaluations ADD COLUMN actor TEXT;

-- v_history as 0009 defines it, with the person (actor) after every column it had.
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
           LAG(e.evaluation_id) OVER w AS previous_id, m.policy_id
    FROM initiative_evaluations e JOIN initiatives i ON i.initiative_id = e.initiative_id
    JOIN directions dr ON dr.direction_id = i.direction_id JOIN measures m ON m.measure_id = dr.measure_id
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
changes (kind, id, seq, at, recorded_by, actor, item_code, fiscal_year, field, old_value, new_value, first) AS (
    SELECT 1, id, 1, at, recorded_by, actor, item_code, fiscal_year, 'value', old_value, new_value, previous_id IS NULL FROM actuals
    UNION ALL SELECT 1, id, 2, at, recorded_by, actor, item_code, fiscal_year, 'note', old_note, new_note, previous_id IS NULL FROM actuals
    UNION ALL SELECT 2, id, 3, at, recorded_by, actor, item_code, fiscal_year, 'grade', old_grade, new_grade, previous_id IS NULL FROM initiatives_h
    UNION ALL SELECT 2, id, 4, at, recorded_by, actor, item_code, fiscal_year, 'next_direction', old_next, new_next, previous_id IS NULL FROM initiatives_h
    UNION ALL SELECT 2, id, 5, at, recorded_by, actor, item_code, fiscal_year, 'result', old_result, new_result, previous_id IS NULL FROM initiatives_h
    UNION ALL SELECT 2, id, 6, at, recorded_by, actor, item_code, fiscal_year, 'challenge', old_challenge, new_challenge, previous_id IS NULL FROM initiatives_h
    UNION ALL SELECT 3, id, 7, at, recorded_by, actor, item_code, fiscal_year, stage || '評価 grade', old_grade, new_grade, previous_id IS NULL FROM policies_h
    UNION ALL SELECT 3, id, 8, at, recorded_by, actor, item_code, fiscal_year, stage || '評価 comment', old_comment, new_comment, previous_id IS NULL FROM policies_h
)
SELECT c.at, d.name AS dept, c.item_code, c.fiscal_year, c.field, c.old_value, c.new_value, c.kind AS record_kind, c.id AS record_id,
       c.seq AS field_seq, c.actor
FROM changes c JOIN departments d ON d.dept_id = c.recorded_by
WHERE c.old_value IS NOT c.new_value OR (c.first AND c.new_value IS NOT NULL);
