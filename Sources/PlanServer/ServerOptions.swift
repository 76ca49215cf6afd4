import PlanCore

/// What `plandb serve` was told, and the limits every request meets.
public struct ServerOptions: Sendable {
    public var databasePath: String
    public var host: String
    public var port: Int
    /// Mark the session cookie Secure (and name it `__Host-…`): the town's TLS proxy talks HTTPS
    /// to the browsers, and its `X-Real-IP` names the client.
    public var behindTLSProxy: Bool
    /// The largest request body read, in bytes; a larger one is refused with 413.
    public var bodyLimit: Int
    /// A session unused for this long has ended.
    public var idleTimeout: Duration
    /// A session ends this long after sign-in, however much it is used.
    public var sessionLifetime: Duration
    public var signInPolicy: SignInPolicy
    /// Each failed sign-in in a row waits this much longer before its answer.
    public var failureDelay: Duration
    /// Failed sign-ins one client address may have within the policy's lock time (429 after).
    public var addressFailureLimit: Int
    /// Password checks (bcrypt) run at once, and how many more may wait; past both, 503.
    public var passwordChecks: Int
    public var passwordQueue: Int
    /// How long a sign-in refused for a full pool of checks waits before its 503: a client that
    /// tries again at once (a script guessing) then costs the server a request a second, not
    /// hundreds.
    public var busyDelay: Duration
    /// One write's deadline, its time in line behind other writes included.
    public var writeTimeout: Duration
    /// A connection with no request under way is closed after this long; a request's headers
    /// must arrive within it too (nothing is read until they are complete).
    public var connectionIdleTimeout: Duration
    /// A request's body must have arrived this long after its headers.
    public var bodyTimeout: Duration
    /// Read-only connections kept open for reads.
    public var readConnections: Int
    /// The largest 評価シート upload read, in bytes (413 past it): a workbook of a few MB, apart
    /// from the JSON bodies' limit.
    public var uploadLimit: Int

    public init(
        databasePath: String, host: String = "127.0.0.1", port: Int = 8080, behindTLSProxy: Bool = false,
        bodyLimit: Int = 64 * 1024, idleTimeout: Duration = .seconds(30 * 60), sessionLifetime: Duration = .seconds(10 * 60 * 60),
        signInPolicy: SignInPolicy = SignInPolicy(), failureDelay: Duration = .milliseconds(250), addressFailureLimit: Int = 30,
        passwordChecks: Int = 2, passwordQueue: Int = 8, busyDelay: Duration = .seconds(1), writeTimeout: Duration = .seconds(10),
        connectionIdleTimeout: Duration = .seconds(30), bodyTimeout: Duration = .seconds(30), readConnections: Int = 4,
        uploadLimit: Int = 8 * 1024 * 1024
    ) {
        self.databasePath = databasePath
        self.host = host
        self.port = port
        self.behindTLSProxy = behindTLSProxy
        self.bodyLimit = bodyLimit
        self.idleTimeout = idleTimeout
        self.sessionLifetime = sessionLifetime
        self.signInPolicy = signInPolicy
        self.failureDelay = failureDelay
        self.addressFailureLimit = addressFailureLimit
        self.passwordChecks = passwordChecks
        self.passwordQueue = passwordQueue
        self.busyDelay = busyDelay
        self.writeTimeout = writeTimeout
        self.connectionIdleTimeout = connectionIdleTimeout
        self.bodyTimeout = bodyTimeout
        self.readConnections = readConnections
        self.uploadLimit = uploadLimit
    }

    /// The deadline of a write that starts now.
    var writeDeadline: ContinuousClock.Instant { .now + writeTimeout }
}
