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
    let started: ContinuousClock.Instant
    var lastSeen: ContinuousClock.Instant
}

actor SessionStore {
    private var sessions: [String: Session] = [:]
    let idleTimeout: Duration
    /// A session ends this long after sign-in however much it is used.
    let lifetime: Duration

    init(idleTimeout: Duration, lifetime: Duration) {
        self.idleTimeout = idleTimeout
        self.lifetime = lifetime
    }

    /// A new session for `account`, with its cookie token.
    func begin(_ account: Account) -> (token: String, session: Session) {
        dropIdle()
        let token = Self.randomToken()
        let session = Session(user: account.name, dept: account.dept, epoch: account.sessionEpoch, csrfToken: Self.randomToken(), started: .now, lastSeen: .now)
        sessions[token] = session
        return (token, session)
    }

    /// The session for `token`, if it is still alive; using it keeps it alive.
    func session(for token: String) -> Session? {
        guard var session = sessions[token] else { return nil }
        guard isAlive(session, now: .now) else {
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

    private func isAlive(_ session: Session, now: ContinuousClock.Instant) -> Bool {
        now - session.lastSeen < idleTimeout && now - session.started < lifetime
    }

    private func dropIdle() {
        let now = ContinuousClock.now
        sessions = sessions.filter { isAlive($0.value, now: now) }
    }

    /// 256 random bits from the system's generator, URL-safe base64.
    static func randomToken() -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        return Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }
}
