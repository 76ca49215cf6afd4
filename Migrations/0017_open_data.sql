-- Open data (issue 27): `snapshot export Y --format opendata` publishes a frozen year with the
-- plan's 全国地方公共団体コード in its first column. The export reads only the snapshot, so the code
-- is frozen with it, like the rest of the header; and, like every snapshot table, covered by the
-- snapshot's SHA-256. A snapshot frozen before this migration has no row here and keeps its hash;
-- its open data takes the plan's code as it is now.
CREATE TABLE snapshot_identity (
    snapshot_id        INTEGER NOT NULL REFERENCES snapshots (snapshot_id),
    seq                INTEGER NOT NULL,
    municipality_code  TEXT,
    PRIMARY KEY (snapshot_id, seq)
) STRICT, WITHOUT ROWID;

CREATE TRIGGER snapshot_identity_immutable_update BEFORE UPDATE ON snapshot_identity
BEGIN SELECT RAISE(ABORT, 'snapshots are immutable: reopen the year and create a new version'); END;
CREATE TRIGGER snapshot_identity_immutable_delete BEFORE DELETE ON snapshot_identity
BEGIN SELECT RAISE(ABORT, 'snapshots are immutable: reopen the year and create a new version'); END;
