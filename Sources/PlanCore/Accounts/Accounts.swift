import SQLiteDB

/// The accounts of plandb serve, kept in the database: `plandb user …` manages them and the
/// server checks them at every sign-in and every request.
public struct Accounts {
    let db: Database

    public init(_ store: PlanDatabase) {
        self.db = store.connection
    }

    static let now = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"

    static let selectSQL = """
        SELECT u.name, d.name AS dept, u.disabled, u.locked_until, u.session_epoch, u.created_at, u.created_by,
               u.password_hash, coalesce(u.locked_until > \(now), 0) AS locked
        FROM users u JOIN departments d ON d.dept_id = u.dept_id
        """

    static func account(_ row: Row) -> Account {
        Account(
            name: row.string("name") ?? "", dept: row.string("dept") ?? "", disabled: row.int("disabled") == 1,
            locked: row.int("locked") == 1, lockedUntil: row.string("locked_until"),
            sessionEpoch: row.int64("session_epoch") ?? 0, createdAt: row.string("created_at") ?? "",
            createdBy: row.string("created_by") ?? "")
    }

    static func isValidName(_ name: String) -> Bool {
        (1...64).contains(name.utf8.count)
            && name.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "._@-".unicodeScalars.contains($0)) }
    }

    /// Adds an account for one department; `dept` is its exact name.
    public func add(_ name: String, dept: String, password: String, actor: String, cost: UInt8 = PasswordHash.defaultCost) throws -> Account {
        guard Self.isValidName(name) else { throw PlanError(.accountBadName(name), advice: .accountBadNameAdvice) }
        try PasswordHash.check(password)
        let hash = PasswordHash.hash(password, cost: cost)
        return try db.transaction {
            guard let row = try db.row("SELECT dept_id, kind FROM departments WHERE name = ?", [dept]), let deptID = row.int64("dept_id") else {
                throw PlanError(.accountUnknownDept(dept), advice: .accountGroupDeptAdvice)
            }
            if row.string("kind") == "group" { throw PlanError(.accountGroupDept(dept), advice: .accountGroupDeptAdvice) }
            if try find(name) != nil { throw PlanError(.accountExists(name), advice: .accountExistsAdvice(name)) }
            try db.execute(
                "INSERT INTO users (name, dept_id, password_hash, created_at, created_by) VALUES (?, ?, ?, \(Self.now), ?)",
                [name, deptID, hash, actor])
            return try require(name)
        }
    }

    public func list() throws -> [Account] {
        try db.rows(Self.selectSQL + " ORDER BY d.seq, u.name").map(Self.account)
    }

    /// The account, or nil when there is none by that name (names ignore ASCII case).
    public func find(_ name: String) throws -> Account? {
        try db.row(Self.selectSQL + " WHERE u.name = ?", [name]).map(Self.account)
    }

    func require(_ name: String) throws -> Account {
        guard let account = try find(name) else { throw PlanError(.accountUnknown(name), advice: .accountUnknownAdvice) }
        return account
    }

    /// A new password ends every session of the account and clears its lock.
    public func setPassword(_ name: String, password: String, cost: UInt8 = PasswordHash.defaultCost) throws -> Account {
        try PasswordHash.check(password)
        let hash = PasswordHash.hash(password, cost: cost)
        return try db.transaction {
            let account = try require(name)
            try db.execute(
                "UPDATE users SET password_hash = ?, session_epoch = session_epoch + 1, failed_attempts = 0, locked_until = NULL WHERE name = ?",
                [hash, account.name])
            return try require(name)
        }
    }

    /// A disabled account cannot sign in and its sessions end; enabling it clears its lock too.
    public func setDisabled(_ name: String, _ disabled: Bool) throws -> Account {
        try db.transaction {
            let account = try require(name)
            if disabled {
                try db.execute("UPDATE users SET disabled = 1, session_epoch = session_epoch + 1 WHERE name = ?", [account.name])
            } else {
                try db.execute("UPDATE users SET disabled = 0, failed_attempts = 0, locked_until = NULL WHERE name = ?", [account.name])
            }
            return try require(name)
        }
    }

    // MARK: Signing in

    /// The account and its password hash, for checking a sign-in outside any transaction (the
    /// hash check is slow on purpose and must not hold the writer).
    public func credentials(_ name: String) throws -> (account: Account, hash: String)? {
        guard Self.isValidName(name), let row = try db.row(Self.selectSQL + " WHERE u.name = ?", [name]) else { return nil }
        return (Self.account(row), row.string("password_hash") ?? "")
    }

    /// A successful sign-in clears the count of failures.
    public func recordSignIn(_ name: String) throws {
        try db.transaction {
            try db.execute("UPDATE users SET failed_attempts = 0, locked_until = NULL WHERE name = ?", [name])
        }
    }

    /// Counts a failed sign-in; the failure that reaches the policy's limit locks the account
    /// for the policy's time and starts the count again.
    public func recordFailedSignIn(_ name: String, policy: SignInPolicy) throws -> SignInFailure {
        try db.transaction {
            let failures = (try db.scalar("SELECT failed_attempts FROM users WHERE name = ?", [name]).int ?? 0) + 1
            let locks = failures >= policy.maxFailures
            try db.execute("""
                UPDATE users SET failed_attempts = :failures,
                  locked_until = CASE WHEN :locks THEN strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '+' || :seconds || ' seconds') ELSE locked_until END
                WHERE name = :name
                """, named: ["failures": locks ? 0 : failures, "locks": locks, "seconds": policy.lockSeconds, "name": name])
            return SignInFailure(failures: failures, locked: locks)
        }
    }
}

/// A failed sign-in: how many in a row so far, and whether this one locked the account.
public struct SignInFailure: Sendable, Equatable {
    public let failures: Int
    public let locked: Bool

    public init(failures: Int, locked: Bool) {
        self.failures = failures
        self.locked = locked
    }
}
