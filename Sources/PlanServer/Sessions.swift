import Foundation
import PlanCore

/// A signed-in account. Sessions live in the server's memory only: a cookie from another run
/// of the server names no session, and every request checks the account again in the database.
struct Session: Sendable {
    let user: String
    let dept: String
    /// The account's session_epoch at sign-in: a later password change or disable ends it.
    let epoch: Int64
    let csrfToken: String
    var lastSeen: ContinuousClock.Instant
}

actor SessionStore {
    private var sessions: [String: Session] = [:]
    let idleTimeout: Duration

    init(idleTimeout: Duration) {
        self.idleTimeout = idleTimeout
    }

    /// A new session for `account`, with its cookie token.
    func begin(_ account: Account) -> (token: String, session: Session) {
        dropIdle()
        let token = Self.randomToken()
        let session = Session(user: account.name, dept: account.dept, epoch: account.sessionEpoch, csrfToken: Self.randomToken(), lastSeen: .now)
        sessions[token] = session
        return (token, session)
    }

    /// The session for `token`, if it is still alive; using it keeps it alive.
    func session(for token: String) -> Session? {
        guard var session = sessions[token] else { return nil }
        guard ContinuousClock.now - session.lastSeen < idleTimeout else {
            sessions[token] = nil
            return nil
        }
        session.lastSeen = .now
        sessions[token] = session
        return session
    }

    func end(_ token: String) {
        sessions[token] = nil
    }

    private func dropIdle() {
        let now = ContinuousClock.now
        sessions = sessions.filter { now - $0.value.lastSeen < idleTimeout }
    }

    /// 256 random bits from the system's generator, URL-safe base64.
    static func randomToken() -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        return Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }
}

/// Failed sign-ins for names that have no account, counted in memory with the same policy as
/// accounts, so that the answers do not tell which names exist.
actor UnknownNameThrottle {
    private var failures: [String: (count: Int, lockedUntil: ContinuousClock.Instant?)] = [:]
    let policy: SignInPolicy
    /// Enough names for any town hall; past it the counts start again rather than grow without end.
    static let capacity = 10_000

    init(policy: SignInPolicy) {
        self.policy = policy
    }

    func isLocked(_ name: String) -> Bool {
        guard let until = failures[name.lowercased()]?.lockedUntil else { return false }
        return ContinuousClock.now < until
    }

    func fail(_ name: String) -> SignInFailure {
        if failures.count >= Self.capacity { failures.removeAll() }
        let key = name.lowercased()
        let count = (failures[key]?.count ?? 0) + 1
        if count >= policy.maxFailures {
            failures[key] = (0, .now + .seconds(policy.lockSeconds))
            return SignInFailure(failures: count, locked: true)
        }
        failures[key] = (count, failures[key]?.lockedUntil)
        return SignInFailure(failures: count, locked: false)
    }
}
