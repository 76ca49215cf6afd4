-- Who froze a year and who reopened it: the person beside the department (DESIGN.md "Who did it"),
-- the account name for `plandb serve`, the operating-system user on the command line. Freezing
-- and reopening now happen in the browser too, where the department alone says little: every
-- clerk of 総務課 signs in as 総務課. Rows made before this migration have no actor (NULL).
-- The actor is not part of a snapshot's hash (the frozen content is), and the rows stay
-- immutable (the triggers of 0005 refuse any UPDATE).
ALTER TABLE snapshots ADD COLUMN actor TEXT;
ALTER TABLE snapshot_reopenings ADD COLUMN actor TEXT;

-- v_snapshots as 0008 made it, with the actor last.
DROP VIEW v_snapshots;
CREATE VIEW v_snapshots AS
SELECT s.fiscal_year, s.version, s.created_at, s.sha256, s.note, coalesce(h.created_by, d.name) AS created_by, s.missing,
       EXISTS (SELECT 1 FROM locked_years l WHERE l.plan_id = s.plan_id AND l.fiscal_year = s.fiscal_year)
         AND s.version = (SELECT max(x.version) FROM snapshots x WHERE x.plan_id = s.plan_id AND x.fiscal_year = s.fiscal_year) AS is_current,
       pl.code AS plan_code, s.snapshot_id, s.canon_version, s.actor
FROM snapshots s
JOIN plans pl ON pl.plan_id = s.plan_id
JOIN departments d ON d.dept_id = s.created_by
LEFT JOIN snapshot_headers h ON h.snapshot_id = s.snapshot_id;
