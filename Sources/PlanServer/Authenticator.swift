import Foundation
import HTTPTypes
import Hummingbird
import PlanCore

/// Signing in and out, and the session behind each request. An unknown name and a wrong
/// password get the same answer after the same work, and lock alike (SignInThrottle); each
/// attempt is counted before its password is checked; the check runs on a small bounded pool
/// (PasswordChecks), never on the threads that serve clerks; and signing in waits for no write.
struct Authenticator: Sendable {
    let store: PlanStore
    let sessions: SessionStore
    let throttle: SignInThrottle
    let checks: PasswordChecks
    let options: ServerOptions

    static let csrfHeader = HTTPField.Name("X-CSRF-Token")!

    /// Reads the counts of failed sign-ins the file keeps, so that every lock outlives a restart.
    init(store: PlanStore, options: ServerOptions) throws {
        self.store = store
        self.options = options
        sessions = SessionStore(idleTimeout: options.idleTimeout, lifetime: options.sessionLifetime)
        let window = options.signInPolicy.lockSeconds
        let counts = try store.read { store in try SignInFailures(store).current(window: window) }
        throttle = SignInThrottle(policy: options.signInPolicy, addressLimit: options.addressFailureLimit, counts: counts) { changes in
            try await store.write(deadline: .now + .seconds(10)) { store in try SignInFailures(store).save(changes, window: window) }
        }
        checks = PasswordChecks(running: options.passwordChecks, waiting: options.passwordQueue)
    }

    /// The session cookie's name. Behind the TLS proxy it has the `__Host-` prefix: the browser
    /// then takes it only over HTTPS, for the whole site and from this host alone, so that no
    /// other host of the domain can plant one.
    var cookieName: String { options.behindTLSProxy ? "__Host-plandb_session" : "plandb_session" }
    /// The sign-in form's own cookie (the token the form must send back).
    var signInCookieName: String { options.behindTLSProxy ? "__Host-plandb_signin" : "plandb_signin" }

    enum Outcome: Sendable {
        case signedIn(token: String, session: Session)
        case refused
        case locked
        /// Too many failures from this client address.
        case addressLimited
        /// Too many password checks under way: try again in a moment.
        case busy
    }

    /// Signs `user` in. `previous` is the session cookie the request came with: signing in
    /// again ends it.
    func signIn(user: String, password: String, address: String, previous: String?) async throws -> Outcome {
        let found = try store.read { store in try Accounts(store).credentials(user) }
        let attempt: SignInThrottle.Attempt
        switch await throttle.begin(name: user, address: address, epoch: found?.account.sessionEpoch) {
        case .nameLocked: return .locked
        case .addressLimited: return .addressLimited
        case .proceed(let begun): attempt = begun
        }
        let matches: Bool
        do {
            matches = try await checks.verify(password, hash: found?.hash)
        } catch is PasswordChecks.Full {
            await throttle.notChecked(attempt)
            try? await Task.sleep(for: options.busyDelay)
            return .busy
        }
        if matches, let account = found?.account, !account.disabled {
            await throttle.succeeded(attempt)
            if let previous { await sessions.end(previous) }
            let (token, session) = await sessions.begin(account)
            recordInBackground { try Accounts($0).recordSignIn(account.name) }
            return .signedIn(token: token, session: session)
        }
        await throttle.failed(attempt)
        if let account = found?.account {
            let policy = options.signInPolicy
            recordInBackground { _ = try Accounts($0).recordFailedSignIn(account.name, policy: policy) }
        }
        try? await Task.sleep(for: options.failureDelay * attempt.failures)
        return attempt.locks ? .locked : .refused
    }

    /// Writes what `user list` shows of sign-ins (failures in a row, the lock) without making
    /// the sign-in wait for the writer: the answer never depends on it (SignInThrottle decides).
    func recordInBackground(_ body: @escaping @Sendable (PlanDatabase) throws -> Void) {
        let store = self.store
        Task.detached { try? await store.write(deadline: .now + .seconds(10)) { store in try body(store) } }
    }

    func signOut(_ token: String) async {
        await sessions.end(token)
    }

    /// The session cookie's token, if the request has one.
    func token(_ request: Request) -> String? {
        request.cookies[cookieName]?.value
    }

    /// The request's live session: its cookie names a session of this server run, and the
    /// account is still enabled, in the same department, with the same password.
    func session(_ request: Request) async throws -> (token: String, session: Session) {
        guard let token = token(request), let session = await sessions.session(for: token) else {
            throw APIError(.unauthorized, .notSignedIn)
        }
        let account = try store.read { store in try Accounts(store).find(session.user) }
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

    /// Signing in is refused when another site's page sends it (CrossSite).
    func requireSameSite(_ request: Request) throws {
        if CrossSite.isCrossSite(request) { throw APIError(.forbidden, .signInCrossSite, advice: .signInCrossSiteAdvice) }
    }

    static func constantTimeEqual(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        return zip(x, y).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }

    func cookie(_ token: String) -> Cookie {
        Cookie(name: cookieName, value: token, path: "/", secure: options.behindTLSProxy, httpOnly: true, sameSite: .strict)
    }

    func endedCookie() -> Cookie {
        Cookie(name: cookieName, value: "", maxAge: 0, path: "/", secure: options.behindTLSProxy, httpOnly: true, sameSite: .strict)
    }

    /// The sign-in form's cookie: the form carries the same token, and a page of another site
    /// can neither read it nor make the browser send it (SameSite=Strict).
    func signInCookie(_ token: String) -> Cookie {
        Cookie(name: signInCookieName, value: token, maxAge: 3600, path: "/", secure: options.behindTLSProxy, httpOnly: true, sameSite: .strict)
    }
}
