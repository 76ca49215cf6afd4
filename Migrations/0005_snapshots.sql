-- Annual evaluation snapshots: the frozen, published record of a fiscal year. A snapshot copies
-- everything about its year, plan text included, so it reads the same after the seeds change.
-- Its rows can never be updated or deleted (triggers), and its SHA-256 over a canonical form
-- lets `plandb check` prove that nothing changed since.

CREATE TABLE snapshots (
    snapshot_id  INTEGER PRIMARY KEY,
    plan_id      INTEGER NOT NULL REFERENCES plans (plan_id),
    fiscal_year  INTEGER NOT NULL,
    version      INTEGER NOT NULL CHECK (version > 0),
    created_at   TEXT NOT NULL,
    created_by   INTEGER NOT NULL REFERENCES departments (dept_id),
    note         TEXT,
    -- Made with missing entries, by --allow-incomplete; how many were missing.
    missing      INTEGER NOT NULL DEFAULT 0 CHECK (missing >= 0),
    sha256       TEXT NOT NULL CHECK (length(sha256) = 64),
    UNIQUE (plan_id, fiscal_year, version)
) STRICT;

CREATE TABLE snapshot_policies (
    snapshot_id     INTEGER NOT NULL REFERENCES snapshots (snapshot_id),
    seq             INTEGER NOT NULL,
    policy_code     TEXT NOT NULL,
    title           TEXT NOT NULL,
    lead_dept       TEXT NOT NULL,
    vision          TEXT NOT NULL,
    first_grade     TEXT,
    first_comment   TEXT,
    second_grade    TEXT,
    second_comment  TEXT,
    PRIMARY KEY (snapshot_id, policy_code)
) STRICT, WITHOUT ROWID;

CREATE TABLE snapshot_indicators (
    snapshot_id     INTEGER NOT NULL REFERENCES snapshots (snapshot_id),
    seq             INTEGER NOT NULL,
    indicator_code  TEXT NOT NULL,
    policy_code     TEXT NOT NULL,
    name            TEXT NOT NULL,
    unit            TEXT NOT NULL,
    source_dept     TEXT NOT NULL,
    is_kpi          INTEGER NOT NULL,
    direction       TEXT NOT NULL,
    baseline_text   TEXT NOT NULL,
    baseline_value  REAL,
    baseline_year   INTEGER NOT NULL,
    -- Every printed target as "year:text:value" lines, for the report's chart.
    targets         TEXT NOT NULL,
    target_text     TEXT,
    target_value    REAL,
    target_basis    TEXT NOT NULL,
    value_text      TEXT,
    value           REAL,
    achieved        INTEGER,
    progress_pct    REAL,
    PRIMARY KEY (snapshot_id, indicator_code)
) STRICT, WITHOUT ROWID;

CREATE TABLE snapshot_initiatives (
    snapshot_id      INTEGER NOT NULL REFERENCES snapshots (snapshot_id),
    seq              INTEGER NOT NULL,
    initiative_code  TEXT NOT NULL,
    policy_code      TEXT NOT NULL,
    direction_code   TEXT NOT NULL,
    direction_title  TEXT NOT NULL,
    is_priority      INTEGER NOT NULL,
    title            TEXT NOT NULL,
    is_reprint       INTEGER NOT NULL,
    grade            TEXT,
    next_direction   TEXT,
    result_text      TEXT,
    challenge_text   TEXT,
    PRIMARY KEY (snapshot_id, initiative_code)
) STRICT, WITHOUT ROWID;

-- Every reopening of a locked year, and why.
CREATE TABLE snapshot_reopenings (
    reopening_id  INTEGER PRIMARY KEY,
    plan_id       INTEGER NOT NULL REFERENCES plans (plan_id),
    fiscal_year   INTEGER NOT NULL,
    version       INTEGER NOT NULL,
    reason        TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    reopened_by   INTEGER NOT NULL REFERENCES departments (dept_id),
    reopened_at   TEXT NOT NULL
) STRICT;

CREATE TRIGGER snapshots_immutable_update BEFORE UPDATE ON snapshots
BEGIN SELECT RAISE(ABORT, 'snapshots are immutable: reopen the year and create a new version'); END;
CREATE TRIGGER snapshots_immutable_delete BEFORE DELETE ON snapshots
BEGIN SELECT RAISE(ABORT, 'snapshots are immutable: reopen the year and create a new version'); END;
CREATE TRIGGER snapshot_policies_immutable_update BEFORE UPDATE ON snapshot_policies
BEGIN SELECT RAISE(ABORT, 'snapshots are immutable: reopen the year and create a new version'); END;
CREATE TRIGGER snapshot_policies_immutable_delete BEFORE DELETE ON snapshot_policies
BEGIN SELECT RAISE(ABORT, 'snapshots are immutable: reopen the year and create a new version'); END;
CREATE TRIGGER snapshot_indicators_immutable_update BEFORE UPDATE ON snapshot_indicators
BEGIN SELECT RAISE(ABORT, 'snapshots are immutable: reopen the year and create a new version'); END;
CREATE TRIGGER snapshot_indicators_immutable_delete BEFORE DELETE ON snapshot_indicators
BEGIN SELECT RAISE(ABORT, 'snapshots are immutable: reopen the year and create a new version'); END;
CREATE TRIGGER snapshot_initiatives_immutable_update BEFORE UPDATE ON snapshot_initiatives
BEGIN SELECT RAISE(ABORT, 'snapshots are immutable: reopen the year and create a new version'); END;
CREATE TRIGGER snapshot_initiatives_immutable_delete BEFORE DELETE ON snapshot_initiatives
BEGIN SELECT RAISE(ABORT, 'snapshots are immutable: reopen the year and create a new version'); END;
CREATE TRIGGER snapshot_reopenings_immutable_update BEFORE UPDATE ON snapshot_reopenings
BEGIN SELECT RAISE(ABORT, 'the reopening log is append-only'); END;
CREATE TRIGGER snapshot_reopenings_immutable_delete BEFORE DELETE ON snapshot_reopenings
BEGIN SELECT RAISE(ABORT, 'the reopening log is append-only'); END;

CREATE VIEW v_snapshots AS
SELECT s.fiscal_year, s.version, s.created_at, s.sha256, s.note, d.name AS created_by, s.missing,
       EXISTS (SELECT 1 FROM year_locks l WHERE l.plan_id = s.plan_id AND l.fiscal_year = s.fiscal_year)
         AND s.version = (SELECT max(x.version) FROM snapshots x WHERE x.plan_id = s.plan_id AND x.fiscal_year = s.fiscal_year) AS is_current,
       pl.code AS plan_code, s.snapshot_id
FROM snapshots s
JOIN plans pl ON pl.plan_id = s.plan_id
JOIN departments d ON d.dept_id = s.created_by;
