import Foundation
import SQLiteDB

/// Failed sign-ins of plandb serve, kept in the file for every name tried (Migrations/0015):
/// the server counts in its memory and writes the counts here after the answer, and reads them
/// back when it starts, so that a lock outlives a restart alike for a name with an account and
/// one without. Times are kept as the database's UTC and handed over as seconds from now, as the
/// server counts on a monotonic clock.
public struct SignInFailures {
    let db: Database

    public init(_ store: PlanDatabase) {
        self.db = store.connection
    }

    /// One name's count.
    public struct Count: Sendable, Equatable {
        public var failures: Int
        /// Seconds since the last attempt (0 or more).
        public var sinceLast: Double
        /// Seconds until the lock runs out, when the name is locked.
        public var lockedFor: Double?
        /// The account's session epoch when counted; nil for a name with no account.
        public var epoch: Int64?

        public init(failures: Int, sinceLast: Double, lockedFor: Double?, epoch: Int64?) {
            self.failures = failures
            self.sinceLast = sinceLast
            self.lockedFor = lockedFor
            self.epoch = epoch
        }
    }

    /// The longest name kept, in Unicode scalars (SQLite's length() counts the same).
    public static let nameLimit = 128

    /// The name as counted: NFKC-folded (full-width `ｓａｔｏ` is `sato`), lower case as account
    /// names are compared, and cut at `nameLimit`.
    public static func key(_ name: String) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: name.precomposedStringWithCompatibilityMapping.lowercased().unicodeScalars.prefix(nameLimit))
        return String(scalars)
    }

    static let now = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"

    /// Whether a row still matters: locked, or counted within `window` seconds.
    static let live = "(coalesce(locked_until > \(now), 0) OR last_at > strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-' || :window || ' seconds'))"

    /// The counts that still matter (`window`: the lock time, after which a count starts again).
    public func current(window: Int) throws -> [String: Count] {
        let rows = try db.rows("""
            SELECT name, failures, epoch,
                   max(0, (julianday('now') - julianday(last_at)) * 86400.0) AS since_last,
                   CASE WHEN locked_until > \(Self.now) THEN (julianday(locked_until) - julianday('now')) * 86400.0 END AS locked_for
            FROM signin_failures WHERE \(Self.live)
            """, named: ["window": window])
        var counts: [String: Count] = [:]
        for row in rows {
            guard let name = row.string("name") else { continue }
            counts[name] = Count(
                failures: row.int("failures") ?? 0, sinceLast: row.double("since_last") ?? 0, lockedFor: row.double("locked_for"),
                epoch: row.int64("epoch"))
        }
        return counts
    }

    /// Writes the counts that changed (nil: the name's count is over, after a sign-in) in one
    /// transaction, and drops the rows that no longer matter: the table holds no more than the
    /// names tried within the lock time, and no lock is ever dropped before it runs out.
    public func save(_ changes: [String: Count?], window: Int) throws {
        try db.transaction {
            for (name, count) in changes {
                guard let count else {
                    try db.execute("DELETE FROM signin_failures WHERE name = ?", [name])
                    continue
                }
                try db.execute("""
                    INSERT INTO signin_failures (name, failures, last_at, locked_until, epoch)
                    VALUES (:name, :failures, strftime('%Y-%m-%dT%H:%M:%fZ', 'now', printf('%+.3f seconds', -:since)),
                            CASE WHEN :locked IS NULL THEN NULL ELSE strftime('%Y-%m-%dT%H:%M:%fZ', 'now', printf('%+.3f seconds', :locked)) END, :epoch)
                    ON CONFLICT (name) DO UPDATE SET failures = excluded.failures, last_at = excluded.last_at,
                        locked_until = excluded.locked_until, epoch = excluded.epoch
                    """, named: ["name": name, "failures": count.failures, "since": count.sinceLast,
                                 "locked": count.lockedFor, "epoch": count.epoch])
            }
            try db.execute("DELETE FROM signin_failures WHERE NOT \(Self.live)", named: ["window": window])
        }
    }
}
