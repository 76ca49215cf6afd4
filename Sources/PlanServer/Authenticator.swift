import Foundation
import HTTPTypes
import Hummingbird
import PlanCore

/// Signing in and out, and the session behind each request. The password is checked outside
/// the writer (bcrypt is slow on purpose); an unknown name and a wrong password get the same
/// answer after the same work; repeated failures wait longer each time and then lock the name.
struct Authenticator: Sendable {
    let store: PlanStore
    let sessions: SessionStore
    let unknownNames: UnknownNameThrottle
    let options: ServerOptions

    static let cookieName = "plandb_session"
    static let csrfHeader = HTTPField.Name("X-CSRF-Token")!

    init(store: PlanStore, options: ServerOptions) {
        self.store = store
        self.options = options
        sessions = SessionStore(idleTimeout: options.idleTimeout)
        unknownNames = UnknownNameThrottle(policy: options.signInPolicy)
    }

    enum Outcome: Sendable {
        case signedIn(token: String, session: Session)
        case refused
        case locked
    }

    func signIn(user: String, password: String) async throws -> Outcome {
        let found = try store.read { store, _ in try Accounts(store).credentials(user) }
        if let found {
            if found.account.locked { return .locked }
        } else if await unknownNames.isLocked(user) {
            return .locked
        }
        let matches = PasswordHash.verify(password, hash: found?.hash)
        if matches, let account = found?.account, !account.disabled {
            try await store.write { store, _ in try Accounts(store).recordSignIn(account.name) }
            let (token, session) = await sessions.begin(account)
            return .signedIn(token: token, session: session)
        }
        let failure: SignInFailure
        if let account = found?.account {
            let policy = options.signInPolicy
            failure = try await store.write { store, _ in try Accounts(store).recordFailedSignIn(account.name, policy: policy) }
        } else {
            failure = await unknownNames.fail(user)
        }
        try? await Task.sleep(for: options.failureDelay * failure.failures)
        return failure.locked ? .locked : .refused
    }

    func signOut(_ token: String) async {
        await sessions.end(token)
    }

    /// The request's live session: its cookie names a session of this server run, and the
    /// account is still enabled, in the same department, with the same password.
    func session(_ request: Request) async throws -> (token: String, session: Session) {
        guard let token = request.cookies[Self.cookieName]?.value, let session = await sessions.session(for: token) else {
            throw APIError(.unauthorized, .notSignedIn)
        }
        let account = try store.read { store, _ in try Accounts(store).find(session.user) }
        guard let account, !account.disabled, account.sessionEpoch == session.epoch, account.dept == session.dept else {
            await sessions.end(token)
            throw APIError(.unauthorized, .notSignedIn)
        }
        return (token, session)
    }

    /// A write needs the session's CSRF token: in the X-CSRF-Token header, or a form's field.
    func requireCSRF(_ given: String?, _ session: Session) throws {
        guard let given, Self.constantTimeEqual(given, session.csrfToken) else {
            throw APIError(.forbidden, .csrfRefused, advice: .csrfAdvice)
        }
    }

    static func constantTimeEqual(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        return zip(x, y).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }

    func cookie(_ token: String) -> Cookie {
        Cookie(name: Self.cookieName, value: token, path: "/", secure: options.behindTLSProxy, httpOnly: true, sameSite: .strict)
    }

    func endedCookie() -> Cookie {
        Cookie(name: Self.cookieName, value: "", maxAge: 0, path: "/", secure: options.behindTLSProxy, httpOnly: true, sameSite: .strict)
    }
}
