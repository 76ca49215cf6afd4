-- plandb serve: failed sign-ins, counted for every name a client tries, whether or not it has an
-- account (issue 24). Kept in the file so that a lock outlives a restart of the server and a
-- locked name that has no account answers exactly as a locked account does (before, unknown
-- names were counted in the server's memory only, and a restart told the two apart).
--
-- name is the name as the server compares it: NFKC-folded, lower case, at most 128 characters.
-- epoch is the account's session_epoch when the count was made (NULL for a name with no
-- account): `plandb user password` (or disabling the account) starts a new epoch, which lifts
-- the lock. The server prunes rows by time as it writes (a count older than the lock time that locks
-- nothing, a lock that has run out); nothing clears the table as a whole.
CREATE TABLE signin_failures (
    name          TEXT NOT NULL PRIMARY KEY CHECK (length(name) <= 128),
    failures      INTEGER NOT NULL CHECK (failures >= 0),
    last_at       TEXT NOT NULL,
    locked_until  TEXT,
    epoch         INTEGER
) STRICT, WITHOUT ROWID;
