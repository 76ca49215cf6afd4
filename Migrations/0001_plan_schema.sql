-- The plan as printed: plans, outlines (大綱), policies (施策) and everything inside them.
-- The plan changes rarely (a revised plan is a new seed import); evaluation records come in
-- later migrations. Every table is STRICT, every closed vocabulary is a CHECK, every reference a
-- foreign key. Codes are the stable codes of DESIGN.md, unique within their plan.

CREATE TABLE departments (
    dept_id     INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    -- 'group' is a printed collective such as 全課等: it can be named as 関係課 but never reports.
    kind        TEXT NOT NULL DEFAULT 'department' CHECK (kind IN ('department', 'group')),
    seq         INTEGER NOT NULL DEFAULT 0
) STRICT;

CREATE TABLE plans (
    plan_id                INTEGER PRIMARY KEY,
    code                   TEXT NOT NULL UNIQUE CHECK (code GLOB '[a-z0-9]*' AND code NOT GLOB '*[^a-z0-9-]*'),
    name                   TEXT NOT NULL,
    municipality           TEXT NOT NULL,
    start_year             INTEGER NOT NULL CHECK (start_year BETWEEN 1900 AND 2200),
    end_year               INTEGER NOT NULL,
    default_baseline_year  INTEGER NOT NULL,
    -- The department that chases entries, writes 二次評価 and freezes the year (総務課 for 香取市).
    coordinator_dept_id    INTEGER NOT NULL REFERENCES departments (dept_id),
    CHECK (end_year >= start_year)
) STRICT;

CREATE TABLE outlines (
    outline_id  INTEGER PRIMARY KEY,
    plan_id     INTEGER NOT NULL REFERENCES plans (plan_id) ON DELETE CASCADE,
    code        TEXT NOT NULL CHECK (code GLOB '[0-9]*' AND code NOT GLOB '*[^0-9]*'),
    section     TEXT NOT NULL DEFAULT '',
    title       TEXT NOT NULL,
    UNIQUE (plan_id, code)
) STRICT;

CREATE TABLE policies (
    policy_id    INTEGER PRIMARY KEY,
    plan_id      INTEGER NOT NULL REFERENCES plans (plan_id) ON DELETE CASCADE,
    outline_id   INTEGER NOT NULL REFERENCES outlines (outline_id) ON DELETE CASCADE,
    code         TEXT NOT NULL CHECK (code GLOB '[0-9]*-[0-9]*' AND code NOT GLOB '*[^0-9-]*'),
    seq          INTEGER NOT NULL,
    title        TEXT NOT NULL,
    lead_dept_id INTEGER NOT NULL REFERENCES departments (dept_id),
    vision       TEXT NOT NULL,
    UNIQUE (plan_id, code)
) STRICT;

CREATE TABLE policy_related_depts (
    policy_id  INTEGER NOT NULL REFERENCES policies (policy_id) ON DELETE CASCADE,
    dept_id    INTEGER NOT NULL REFERENCES departments (dept_id),
    seq        INTEGER NOT NULL,
    PRIMARY KEY (policy_id, dept_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE measures (
    measure_id  INTEGER PRIMARY KEY,
    policy_id   INTEGER NOT NULL REFERENCES policies (policy_id) ON DELETE CASCADE,
    no          INTEGER NOT NULL CHECK (no > 0),
    code        TEXT NOT NULL,
    title       TEXT NOT NULL,
    UNIQUE (policy_id, no)
) STRICT;

CREATE TABLE challenges (
    measure_id  INTEGER NOT NULL REFERENCES measures (measure_id) ON DELETE CASCADE,
    no          INTEGER NOT NULL CHECK (no > 0),
    text        TEXT NOT NULL,
    PRIMARY KEY (measure_id, no)
) STRICT, WITHOUT ROWID;

CREATE TABLE directions (
    direction_id  INTEGER PRIMARY KEY,
    measure_id    INTEGER NOT NULL REFERENCES measures (measure_id) ON DELETE CASCADE,
    no            INTEGER NOT NULL CHECK (no > 0),
    code          TEXT NOT NULL,
    title         TEXT NOT NULL,
    text          TEXT NOT NULL,
    is_priority   INTEGER NOT NULL CHECK (is_priority IN (0, 1)),
    UNIQUE (measure_id, no)
) STRICT;

CREATE TABLE initiatives (
    initiative_id  INTEGER PRIMARY KEY,
    direction_id   INTEGER NOT NULL REFERENCES directions (direction_id) ON DELETE CASCADE,
    position       INTEGER NOT NULL CHECK (position > 0),
    code           TEXT NOT NULL,
    title          TEXT NOT NULL,
    is_reprint     INTEGER NOT NULL CHECK (is_reprint IN (0, 1)),
    UNIQUE (direction_id, position)
) STRICT;

CREATE TABLE initiative_actions (
    initiative_id  INTEGER NOT NULL REFERENCES initiatives (initiative_id) ON DELETE CASCADE,
    phase          TEXT NOT NULL CHECK (phase IN ('体制', '計画', '実行', '見直し')),
    seq            INTEGER NOT NULL CHECK (seq > 0),
    text           TEXT NOT NULL,
    PRIMARY KEY (initiative_id, phase, seq)
) STRICT, WITHOUT ROWID;

CREATE TABLE indicators (
    indicator_id    INTEGER PRIMARY KEY,
    policy_id       INTEGER NOT NULL REFERENCES policies (policy_id) ON DELETE CASCADE,
    measure_id      INTEGER NOT NULL REFERENCES measures (measure_id) ON DELETE CASCADE,
    position        INTEGER NOT NULL CHECK (position > 0),
    code            TEXT NOT NULL,
    name            TEXT NOT NULL,
    description     TEXT NOT NULL,
    unit            TEXT NOT NULL,
    source_dept_id  INTEGER NOT NULL REFERENCES departments (dept_id),
    is_kpi          INTEGER NOT NULL CHECK (is_kpi IN (0, 1)),
    -- Which way is good, fixed in the seeds and never guessed at run time.
    direction       TEXT NOT NULL CHECK (direction IN ('increase', 'decrease', 'maintain', 'at_most')),
    note            TEXT,
    baseline_text   TEXT NOT NULL,
    -- NULL where the document prints －/ー (no baseline).
    baseline_value  REAL,
    baseline_year   INTEGER NOT NULL,
    baseline_note   TEXT,
    UNIQUE (policy_id, position)
) STRICT;

CREATE TABLE indicator_targets (
    indicator_id  INTEGER NOT NULL REFERENCES indicators (indicator_id) ON DELETE CASCADE,
    fiscal_year   INTEGER NOT NULL,
    target_text   TEXT NOT NULL,
    -- NULL where the document prints －: that year has no target.
    target_value  REAL,
    PRIMARY KEY (indicator_id, fiscal_year)
) STRICT, WITHOUT ROWID;

CREATE TABLE related_plans (
    policy_id  INTEGER NOT NULL REFERENCES policies (policy_id) ON DELETE CASCADE,
    seq        INTEGER NOT NULL CHECK (seq > 0),
    name       TEXT NOT NULL,
    period     TEXT NOT NULL,
    PRIMARY KEY (policy_id, seq)
) STRICT, WITHOUT ROWID;

CREATE TABLE sdg_goals (
    no     INTEGER PRIMARY KEY CHECK (no BETWEEN 1 AND 17),
    label  TEXT NOT NULL,
    title  TEXT NOT NULL
) STRICT;

-- Evaluation vocabularies, from the seeds: grades (A–D) and 今後の方向性.
CREATE TABLE grades (
    grade    TEXT PRIMARY KEY CHECK (length(grade) BETWEEN 1 AND 4),
    seq      INTEGER NOT NULL,
    meaning  TEXT NOT NULL
) STRICT;

CREATE TABLE next_directions (
    name     TEXT PRIMARY KEY,
    seq      INTEGER NOT NULL,
    meaning  TEXT NOT NULL
) STRICT;

CREATE INDEX policies_by_outline ON policies (outline_id);
CREATE INDEX policies_by_lead ON policies (lead_dept_id);
CREATE INDEX measures_by_policy ON measures (policy_id);
CREATE INDEX directions_by_measure ON directions (measure_id);
CREATE INDEX initiatives_by_direction ON initiatives (direction_id);
CREATE INDEX indicators_by_measure ON indicators (measure_id);
CREATE INDEX indicators_by_source ON indicators (source_dept_id);
CREATE INDEX policy_related_by_dept ON policy_related_depts (dept_id);
