-- The yearly evaluation (行政評価): indicator actuals (実績値), initiative evaluations and
-- policy evaluations (一次 by the lead department, 二次 by the coordinator).
--
-- Records are append-only. A new entry for the same item and year supersedes the earlier one,
-- which stays as it was: the current value is the newest row, and the history is every row.
-- Triggers refuse UPDATE and DELETE, so nothing is overwritten without a trace, not even by
-- hand-written SQL.

CREATE TABLE indicator_actuals (
    actual_id       INTEGER PRIMARY KEY,
    indicator_id    INTEGER NOT NULL REFERENCES indicators (indicator_id),
    fiscal_year     INTEGER NOT NULL CHECK (fiscal_year BETWEEN 1900 AND 2200),
    -- The value in canonical form as typed ("95.10", "1000000"): trailing zeros kept.
    value_text      TEXT NOT NULL CHECK (value_text GLOB '[0-9-]*' AND value_text NOT GLOB '*[^0-9.-]*'),
    value           REAL NOT NULL,
    note            TEXT,
    recorded_by     INTEGER NOT NULL REFERENCES departments (dept_id),
    recorded_at     TEXT NOT NULL,
    -- How it came in: a command, or a named entry file.
    source          TEXT NOT NULL DEFAULT 'command'
) STRICT;

CREATE INDEX indicator_actuals_current ON indicator_actuals (indicator_id, fiscal_year, actual_id);

CREATE TABLE initiative_evaluations (
    evaluation_id   INTEGER PRIMARY KEY,
    initiative_id   INTEGER NOT NULL REFERENCES initiatives (initiative_id),
    fiscal_year     INTEGER NOT NULL CHECK (fiscal_year BETWEEN 1900 AND 2200),
    grade           TEXT NOT NULL REFERENCES grades (grade),
    next_direction  TEXT REFERENCES next_directions (name),
    result_text     TEXT,
    challenge_text  TEXT,
    recorded_by     INTEGER NOT NULL REFERENCES departments (dept_id),
    recorded_at     TEXT NOT NULL,
    source          TEXT NOT NULL DEFAULT 'command'
) STRICT;

CREATE INDEX initiative_evaluations_current ON initiative_evaluations (initiative_id, fiscal_year, evaluation_id);

CREATE TABLE policy_evaluations (
    evaluation_id   INTEGER PRIMARY KEY,
    policy_id       INTEGER NOT NULL REFERENCES policies (policy_id),
    fiscal_year     INTEGER NOT NULL CHECK (fiscal_year BETWEEN 1900 AND 2200),
    stage           TEXT NOT NULL CHECK (stage IN ('一次', '二次')),
    grade           TEXT NOT NULL REFERENCES grades (grade),
    comment         TEXT,
    recorded_by     INTEGER NOT NULL REFERENCES departments (dept_id),
    recorded_at     TEXT NOT NULL,
    source          TEXT NOT NULL DEFAULT 'command'
) STRICT;

CREATE INDEX policy_evaluations_current ON policy_evaluations (policy_id, fiscal_year, stage, evaluation_id);

-- A locked fiscal year refuses new records. Snapshots lock and reopen years; the lock check
-- lives here so that every write path meets it.
CREATE TABLE year_locks (
    plan_id      INTEGER NOT NULL REFERENCES plans (plan_id),
    fiscal_year  INTEGER NOT NULL,
    locked_at    TEXT NOT NULL,
    locked_by    INTEGER NOT NULL REFERENCES departments (dept_id),
    reason       TEXT,
    PRIMARY KEY (plan_id, fiscal_year)
) STRICT, WITHOUT ROWID;

CREATE TRIGGER indicator_actuals_append_only_update BEFORE UPDATE ON indicator_actuals
BEGIN SELECT RAISE(ABORT, 'indicator_actuals is append-only: record a new value instead'); END;
CREATE TRIGGER indicator_actuals_append_only_delete BEFORE DELETE ON indicator_actuals
BEGIN SELECT RAISE(ABORT, 'indicator_actuals is append-only: record a new value instead'); END;
CREATE TRIGGER initiative_evaluations_append_only_update BEFORE UPDATE ON initiative_evaluations
BEGIN SELECT RAISE(ABORT, 'initiative_evaluations is append-only: record a new evaluation instead'); END;
CREATE TRIGGER initiative_evaluations_append_only_delete BEFORE DELETE ON initiative_evaluations
BEGIN SELECT RAISE(ABORT, 'initiative_evaluations is append-only: record a new evaluation instead'); END;
CREATE TRIGGER policy_evaluations_append_only_update BEFORE UPDATE ON policy_evaluations
BEGIN SELECT RAISE(ABORT, 'policy_evaluations is append-only: record a new evaluation instead'); END;
CREATE TRIGGER policy_evaluations_append_only_delete BEFORE DELETE ON policy_evaluations
BEGIN SELECT RAISE(ABORT, 'policy_evaluations is append-only: record a new evaluation instead'); END;
