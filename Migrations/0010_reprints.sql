-- A （再掲） initiative is printed again, for reference, under another policy it serves. It is
-- evaluated once, where it is first printed, by that policy's lead department; the reprint shows
-- that evaluation and is nobody's duty (README "Reprints （再掲）").
--
-- initiatives.reprint_of_id points a reprint at its original in the same plan. A reprint whose
-- original is printed outside the loaded plan (another 大綱) has is_reprint = 1 and no
-- reprint_of_id. The seed importer checks that the original is in the same plan and is not a
-- reprint itself.
ALTER TABLE initiatives ADD COLUMN reprint_of_id INTEGER REFERENCES initiatives (initiative_id)
    CHECK (reprint_of_id IS NULL OR (is_reprint = 1 AND reprint_of_id <> initiative_id));

CREATE INDEX initiatives_by_original ON initiatives (reprint_of_id) WHERE reprint_of_id IS NOT NULL;

-- Views cannot be altered: v_initiatives is made again with every column it had, in the same
-- order, and reprint_of (the original's code, NULL for originals and for reprints whose original
-- is outside the plan) at the end. No other view reads v_initiatives.
DROP VIEW v_initiatives;

CREATE VIEW v_initiatives AS
SELECT i.code AS initiative_code, dr.code AS direction_code, p.code AS policy_code, i.title,
       i.is_reprint, d.name AS lead_dept, m.code AS measure_code, i.position,
       pl.code AS plan_code, o.code AS reprint_of
FROM initiatives i
JOIN directions dr ON dr.direction_id = i.direction_id
JOIN measures m ON m.measure_id = dr.measure_id
JOIN policies p ON p.policy_id = m.policy_id
JOIN plans pl ON pl.plan_id = p.plan_id
JOIN departments d ON d.dept_id = p.lead_dept_id
LEFT JOIN initiatives o ON o.initiative_id = i.reprint_of_id;

-- Each initiative's current evaluation as the report shows it: an original's own, and for a
-- reprint its original's, with evaluated_code saying which initiative the record belongs to.
-- v_initiative_evaluations stays the records themselves, each evaluation once. A reprint whose
-- original is outside the plan has no rows: it is evaluated where it is first printed.
CREATE VIEW v_initiative_evaluations_with_reprints AS
SELECT i.initiative_code, e.fiscal_year, e.grade, e.next_direction, e.recorded_by, e.recorded_at,
       e.result_text, e.challenge_text, i.policy_code, i.plan_code,
       i.is_reprint, e.initiative_code AS evaluated_code
FROM v_initiatives i
JOIN v_initiative_evaluations e
  ON e.plan_code = i.plan_code
 AND e.initiative_code = CASE WHEN i.is_reprint = 1 THEN i.reprint_of ELSE i.initiative_code END;

-- The origin of each reprint in a frozen year, so that the published report can say where a
-- reprint is evaluated from what was frozen (and hashed) alone. original_code is NULL for an
-- original printed outside the plan. Snapshots made before this table have no rows here.
CREATE TABLE snapshot_reprints (
    snapshot_id      INTEGER NOT NULL REFERENCES snapshots (snapshot_id),
    seq              INTEGER NOT NULL,
    initiative_code  TEXT NOT NULL,
    original_code    TEXT,
    original_dept    TEXT,
    PRIMARY KEY (snapshot_id, initiative_code)
) STRICT, WITHOUT ROWID;

CREATE TRIGGER snapshot_reprints_immutable_update BEFORE UPDATE ON snapshot_reprints
BEGIN SELECT RAISE(ABORT, 'snapshots are immutable: reopen the year and create a new version'); END;
CREATE TRIGGER snapshot_reprints_immutable_delete BEFORE DELETE ON snapshot_reprints
BEGIN SELECT RAISE(ABORT, 'snapshots are immutable: reopen the year and create a new version'); END;
