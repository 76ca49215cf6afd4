-- What `plandb check` must see (issue 10). A hostile test found three ways to change a frozen
-- year that the SHA-256 did not cover; this migration closes the part that lives in the schema.
--
-- 1. The canonical text of snapshots frozen from now on spells every value with its type, so
--    that NULL, +Inf, -Inf, an integer, a real and a text can never hash alike (version 1 wrote
--    ±Inf as null). Each snapshot says which form its SHA-256 was taken of: every snapshot frozen
--    before this migration keeps version 1 and is verified by the version 1 rules.
ALTER TABLE snapshots ADD COLUMN canon_version INTEGER NOT NULL DEFAULT 1 CHECK (canon_version IN (1, 2));

-- 2. The report's own header (plan name, municipality, period, coordinator, who froze it) was
--    read from the live tables, so `UPDATE plans SET name = …` retitled a frozen report. It is
--    now frozen with the snapshot and, from canon version 2, covered by its SHA-256. Snapshots
--    frozen before get the header their report shows today: it is not covered by their version 1
--    hash, but it can no longer change.
CREATE TABLE snapshot_headers (
    snapshot_id   INTEGER PRIMARY KEY REFERENCES snapshots (snapshot_id),
    plan_code     TEXT NOT NULL,
    plan_name     TEXT NOT NULL,
    municipality  TEXT NOT NULL,
    start_year    INTEGER NOT NULL,
    end_year      INTEGER NOT NULL,
    coordinator   TEXT NOT NULL,
    created_by    TEXT NOT NULL
) STRICT;

INSERT INTO snapshot_headers (snapshot_id, plan_code, plan_name, municipality, start_year, end_year, coordinator, created_by)
SELECT s.snapshot_id, pl.code, pl.name, pl.municipality, pl.start_year, pl.end_year, c.name, d.name
FROM snapshots s
JOIN plans pl ON pl.plan_id = s.plan_id
JOIN departments c ON c.dept_id = pl.coordinator_dept_id
JOIN departments d ON d.dept_id = s.created_by;

CREATE TRIGGER snapshot_headers_immutable_update BEFORE UPDATE ON snapshot_headers
BEGIN SELECT RAISE(ABORT, 'snapshots are immutable: reopen the year and create a new version'); END;
CREATE TRIGGER snapshot_headers_immutable_delete BEFORE DELETE ON snapshot_headers
BEGIN SELECT RAISE(ABORT, 'snapshots are immutable: reopen the year and create a new version'); END;

-- 3. A frozen number is finite. STRICT REAL columns accept ±Inf (SQLite stores NaN as NULL), and
--    a CHECK constraint cannot be added to an existing table, so a trigger refuses them. Updates
--    are already refused by the immutability triggers; dropping any of these triggers is itself
--    reported by `plandb check`, which compares the schema with what the migrations create.
CREATE TRIGGER snapshot_indicators_finite BEFORE INSERT ON snapshot_indicators
WHEN abs(NEW.baseline_value) = 9e999 OR abs(NEW.target_value) = 9e999 OR abs(NEW.value) = 9e999 OR abs(NEW.progress_pct) = 9e999
BEGIN SELECT RAISE(ABORT, 'a snapshot holds finite numbers only'); END;

-- 4. A year is locked while its latest snapshot has not been reopened. That follows from the
--    append-only snapshots and reopenings alone, so deleting a row of year_locks no longer
--    unlocks a frozen year (and `plandb check` reports the missing row). year_locks still locks
--    a year of its own accord.
CREATE VIEW locked_years AS
SELECT plan_id, fiscal_year FROM year_locks
UNION
SELECT s.plan_id, s.fiscal_year FROM snapshots s
GROUP BY s.plan_id, s.fiscal_year
HAVING max(s.version) > coalesce((SELECT max(r.version) FROM snapshot_reopenings r
                                  WHERE r.plan_id = s.plan_id AND r.fiscal_year = s.fiscal_year), 0);

-- v_snapshots said a snapshot was current only while its year_locks row existed.
DROP VIEW v_snapshots;
CREATE VIEW v_snapshots AS
SELECT s.fiscal_year, s.version, s.created_at, s.sha256, s.note, coalesce(h.created_by, d.name) AS created_by, s.missing,
       EXISTS (SELECT 1 FROM locked_years l WHERE l.plan_id = s.plan_id AND l.fiscal_year = s.fiscal_year)
         AND s.version = (SELECT max(x.version) FROM snapshots x WHERE x.plan_id = s.plan_id AND x.fiscal_year = s.fiscal_year) AS is_current,
       pl.code AS plan_code, s.snapshot_id, s.canon_version
FROM snapshots s
JOIN plans pl ON pl.plan_id = s.plan_id
JOIN departments d ON d.dept_id = s.created_by
LEFT JOIN snapshot_headers h ON h.snapshot_id = s.snapshot_id;
