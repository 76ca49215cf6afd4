import PlanCore

/// What `plandb serve` was told, and the limits every request meets.
public struct ServerOptions: Sendable {
    public var databasePath: String
    public var host: String
    public var port: Int
    /// Mark the session cookie Secure: the town's TLS proxy talks HTTPS to the browsers.
    public var behindTLSProxy: Bool
    /// The largest request body read, in bytes; a larger one is refused with 413.
    public var bodyLimit: Int
    /// A session unused for this long has ended.
    public var idleTimeout: Duration
    public var signInPolicy: SignInPolicy
    /// Each failed sign-in in a row waits this much longer before its answer.
    public var failureDelay: Duration
    /// Read-only connections kept open for reads.
    public var readConnections: Int

    public init(
        databasePath: String, host: String = "127.0.0.1", port: Int = 8080, behindTLSProxy: Bool = false,
        bodyLimit: Int = 64 * 1024, idleTimeout: Duration = .seconds(30 * 60), signInPolicy: SignInPolicy = SignInPolicy(),
        failureDelay: Duration = .milliseconds(250), readConnections: Int = 4
    ) {
        self.databasePath = databasePath
        self.host = host
        self.port = port
        self.behindTLSProxy = behindTLSProxy
        self.bodyLimit = bodyLimit
        self.idleTimeout = idleTimeout
        self.signInPolicy = signInPolicy
        self.failureDelay = failureDelay
        self.readConnections = readConnections
    }
}
