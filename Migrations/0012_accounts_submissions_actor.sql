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
