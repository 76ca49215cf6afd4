/// A person who signs in to plandb serve. The account's department decides everything it may
/// do, by the same rules as `--as DEPT` on the command line.
public struct Account: Sendable, Equatable {
    public let name: String
    public let dept: String
    public let disabled: Bool
    /// True while repeated failed sign-ins keep the account locked.
    public let locked: Bool
    public let lockedUntil: String?
    /// Grows when the password changes or the account is disabled: a session begun in an
    /// earlier epoch has ended.
    public let sessionEpoch: Int64
    public let createdAt: String
    public let createdBy: String

    /// enabled, disabled or locked, in `language`.
    public func state(_ language: Language = .current) -> String {
        (disabled ? Message.accountStateDisabled : locked ? .accountStateLocked : .accountStateEnabled).text(language)
    }
}

/// How many failed sign-ins in a row lock an account, and for how long.
public struct SignInPolicy: Sendable {
    public var maxFailures: Int
    public var lockSeconds: Int

    public init(maxFailures: Int = 5, lockSeconds: Int = 15 * 60) {
        self.maxFailures = maxFailures
        self.lockSeconds = lockSeconds
    }
}
