import Foundation
@testable import PlanCore
import SQLiteDB
import TestSupport
import Testing

/// Accounts of plandb serve on a real database: names, passwords, locks and session epochs.
@Suite struct AccountsTests {
    let folder: TemporaryFolder
    let store: PlanDatabase
    let accounts: Accounts
    /// bcrypt's lowest cost keeps the tests quick; the stored hash says which cost it used.
    static let cost: UInt8 = 4

    init() throws {
        folder = try TemporaryFolder()
        store = try PlanDatabase.open(path: try embeddedPlanDatabase(in: folder), access: .write)
        accounts = Accounts(store)
    }

    @Test func anAccountBelongsToOneDepartmentAndKeepsOnlyAHash() throws {
        let account = try accounts.add("tanaka", dept: "総務課", password: "correct horse", actor: "admin", cost: Self.cost)
        #expect(account.name == "tanaka" && account.dept == "総務課" && !account.disabled && !account.locked && account.createdBy == "admin")
        let hash = try #require(try accounts.credentials("tanaka")).hash
        #expect(hash.hasPrefix("$2b$04$") && hash.count == 60 && !hash.contains("correct horse"))
        #expect(PasswordHash.verify("correct horse", hash: hash))
        #expect(!PasswordHash.verify("correct horsE", hash: hash))
        #expect(try accounts.list().map(\.name) == ["tanaka"])
    }

    @Test func namesAreCheckedAndUniqueIgnoringCase() throws {
        _ = try accounts.add("tanaka", dept: "総務課", password: "correct horse", actor: "admin", cost: Self.cost)
        #expect(throws: PlanError(.accountExists("Tanaka"), advice: .accountExistsAdvice("Tanaka"))) {
            try accounts.add("Tanaka", dept: "財政課", password: "correct horse", actor: "admin", cost: Self.cost)
        }
        for bad in ["", "田中", "a b", "x'; DROP TABLE users; --", String(repeating: "a", count: 65)] {
            #expect(throws: PlanError(.accountBadName(bad), advice: .accountBadNameAdvice)) {
                try accounts.add(bad, dept: "総務課", password: "correct horse", actor: "admin", cost: Self.cost)
            }
        }
        #expect(throws: PlanError(.accountGroupDept("全課等"), advice: .accountGroupDeptAdvice)) {
            try accounts.add("all", dept: "全課等", password: "correct horse", actor: "admin", cost: Self.cost)
        }
        #expect(try accounts.credentials("x'; DROP TABLE users; --") == nil)
        #expect(try accounts.list().count == 1)
    }

    @Test func thePasswordIsTheFirstLineAndHasALength() throws {
        #expect(try PasswordHash.password(fromFirstLineOf: "correct horse\nsecond line\n") == "correct horse")
        #expect(try PasswordHash.password(fromFirstLineOf: "correct horse\r\n") == "correct horse")
        #expect(throws: PlanError(.passwordMissing, advice: .passwordAdvice)) { try PasswordHash.password(fromFirstLineOf: nil) }
        #expect(throws: PlanError(.passwordMissing, advice: .passwordAdvice)) { try PasswordHash.password(fromFirstLineOf: "\n") }
        #expect(throws: PlanError(.passwordLength(8, 72), advice: .passwordAdvice)) { try PasswordHash.password(fromFirstLineOf: "short\n") }
        #expect(throws: PlanError(.passwordLength(8, 72), advice: .passwordAdvice)) {
            try PasswordHash.password(fromFirstLineOf: String(repeating: "あ", count: 25))  // 75 bytes
        }
    }

    /// bcrypt reads a C string: a NUL would cut the password short. Every control character is
    /// refused, on standard input and by Accounts itself (every way in), and never matches.
    @Test func aPasswordWithAControlCharacterIsRefused() throws {
        let refused = PlanError(.passwordControlCharacter, advice: .passwordAdvice)
        for password in ["\u{0}nul-first-pass", "correct\u{0}horse", "correct\thorse", "escape\u{1B}[31m", "delete\u{7F}here", "c1\u{9B}control"] {
            #expect(throws: refused, "\(password.debugDescription)") { try PasswordHash.password(fromFirstLineOf: password + "\n") }
            #expect(throws: refused) { try accounts.add("tanaka", dept: "総務課", password: password, actor: "admin", cost: Self.cost) }
            #expect(!PasswordHash.verify(password, hash: PasswordHash.hash(password, cost: Self.cost)))
        }
        _ = try accounts.add("tanaka", dept: "総務課", password: "correct horse", actor: "admin", cost: Self.cost)
        #expect(throws: refused) { try accounts.setPassword("tanaka", password: "battery\u{0}staple", cost: Self.cost) }
        let hash = try #require(try accounts.credentials("tanaka")).hash
        #expect(PasswordHash.verify("correct horse", hash: hash))
        #expect(!PasswordHash.verify("correct horse\u{0}more", hash: hash))
    }

    @Test func failuresLockTheAccountAndANewPasswordClearsIt() throws {
        _ = try accounts.add("tanaka", dept: "総務課", password: "correct horse", actor: "admin", cost: Self.cost)
        let policy = SignInPolicy(maxFailures: 3, lockSeconds: 600)
        #expect(try accounts.recordFailedSignIn("tanaka", policy: policy) == SignInFailure(failures: 1, locked: false))
        #expect(try accounts.recordFailedSignIn("tanaka", policy: policy) == SignInFailure(failures: 2, locked: false))
        #expect(try accounts.find("tanaka")?.locked == false)
        #expect(try accounts.recordFailedSignIn("tanaka", policy: policy) == SignInFailure(failures: 3, locked: true))
        let locked = try #require(try accounts.find("tanaka"))
        #expect(locked.locked && locked.lockedUntil != nil && locked.state(.ja) == "ロック中")
        let changed = try accounts.setPassword("tanaka", password: "battery staple", cost: Self.cost)
        #expect(!changed.locked && changed.sessionEpoch == locked.sessionEpoch + 1)
        #expect(PasswordHash.verify("battery staple", hash: try #require(try accounts.credentials("tanaka")).hash))
    }

    @Test func aSuccessfulSignInForgetsEarlierFailures() throws {
        _ = try accounts.add("tanaka", dept: "総務課", password: "correct horse", actor: "admin", cost: Self.cost)
        let policy = SignInPolicy(maxFailures: 3, lockSeconds: 600)
        _ = try accounts.recordFailedSignIn("tanaka", policy: policy)
        _ = try accounts.recordFailedSignIn("tanaka", policy: policy)
        try accounts.recordSignIn("tanaka")
        #expect(try accounts.recordFailedSignIn("tanaka", policy: policy) == SignInFailure(failures: 1, locked: false))
    }

    @Test func disablingEndsSessionsAndEnablingLetsItBackIn() throws {
        let added = try accounts.add("tanaka", dept: "総務課", password: "correct horse", actor: "admin", cost: Self.cost)
        let disabled = try accounts.setDisabled("TANAKA", true)
        #expect(disabled.disabled && disabled.sessionEpoch == added.sessionEpoch + 1 && disabled.state(.en) == "disabled")
        let enabled = try accounts.setDisabled("tanaka", false)
        #expect(!enabled.disabled && enabled.sessionEpoch == disabled.sessionEpoch && enabled.state(.en) == "enabled")
        #expect(throws: PlanError(.accountUnknown("suzuki"), advice: .accountUnknownAdvice)) { try accounts.setDisabled("suzuki", true) }
    }

    @Test func theDatabaseRefusesAPlainTextPassword() throws {
        #expect(throws: SQLiteError.self) {
            try store.connection.execute(
                "INSERT INTO users (name, dept_id, password_hash, created_at, created_by) VALUES ('x', 1, 'correct horse', 'now', 'me')")
        }
    }

    // MARK: Failed sign-ins of every name (0015)

    @Test func failedSignInsAreKeptByTheFoldedNameAndPrunedByTimeOnly() throws {
        let failures = SignInFailures(store)
        #expect(SignInFailures.key("ＳＡＴＯ") == "sato" && SignInFailures.key("Sato") == "sato")
        #expect(SignInFailures.key(String(repeating: "ａ", count: 500)) == String(repeating: "a", count: 128))
        try failures.save([
            "counting": SignInFailures.Count(failures: 2, sinceLast: 10, lockedFor: nil, epoch: nil),
            // Counted longer ago than the window (600 s): over, dropped.
            "stale": SignInFailures.Count(failures: 2, sinceLast: 700, lockedFor: nil, epoch: nil),
            // Last tried long ago but still locked: kept until the lock runs out.
            "locked": SignInFailures.Count(failures: 3, sinceLast: 700, lockedFor: 300, epoch: 4),
            "ran-out": SignInFailures.Count(failures: 3, sinceLast: 700, lockedFor: -1, epoch: nil),
        ], window: 600)
        #expect(try store.connection.rows("SELECT name FROM signin_failures ORDER BY name").compactMap { $0[0].string } == ["counting", "locked"])
        let current = try failures.current(window: 600)
        #expect(current.keys.sorted() == ["counting", "locked"])
        let counting = try #require(current["counting"]), locked = try #require(current["locked"])
        #expect(counting.failures == 2 && counting.lockedFor == nil && counting.epoch == nil && abs(counting.sinceLast - 10) < 2)
        #expect(locked.failures == 3 && locked.epoch == 4 && abs((locked.lockedFor ?? 0) - 300) < 2)
        // A sign-in ends a count; nothing else goes.
        let over: SignInFailures.Count? = nil
        try failures.save(["counting": over], window: 600)
        #expect(try failures.current(window: 600).keys.sorted() == ["locked"])
        // A name longer than the limit is refused by the table itself.
        #expect(throws: SQLiteError.self) {
            try store.connection.execute("INSERT INTO signin_failures (name, failures, last_at) VALUES (?, 1, 'x')", [String(repeating: "a", count: 129)])
        }
    }
}
