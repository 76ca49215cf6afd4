import HTTPTypes
import Hummingbird
import HummingbirdCore
import Logging
import Mustache
import NIOCore
import PlanCore
import ServiceLifecycle

/// plandb serve: the application over one database file.
public enum PlanServer {
    /// The server for `options`, ready to run (or to test without a socket); `logger` is
    /// Hummingbird's own when nil.
    public static func application(_ options: ServerOptions, logger: Logger? = nil) throws -> some ApplicationProtocol {
        let store = try PlanStore(path: options.databasePath, readConnections: options.readConnections)
        let auth = try Authenticator(store: store, options: options)
        let library = try PageTemplates.library()
        let router = Router(context: PlanRequestContext.self)
        router.get("healthz") { _, _ in Response(status: .ok, headers: [.contentType: "text/plain; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: "ok\n"))) }
        router.get("openapi.json") { _, _ in JSONAnswer.response(.ok, OpenAPIDocument.document) }
        APIRoutes(store: store, auth: auth, options: options).add(to: router)
        PageRoutes(store: store, auth: auth, options: options, library: library).add(to: router)
        let server = HTTP1Channel.Configuration(
            additionalChannelHandlers: [ConnectionGuard(bodyTimeout: .init(options.bodyTimeout))],
            idleTimeout: .init(options.connectionIdleTimeout))
        var app = Application(
            responder: PlanResponder(inner: router.buildResponder(), library: library, plan: store.plan.name),
            server: .http1(configuration: server),
            configuration: .init(address: .hostname(options.host, port: options.port), serverName: "plandb"),
            logger: logger)
        app.addServices(SignInCountsAtShutdown(throttle: auth.throttle))
        return app
    }

    /// Serves until SIGINT or SIGTERM.
    public static func run(_ options: ServerOptions) async throws {
        let app = try application(options)
        try await app.runService()
    }

    /// What the server prints when it starts: the plan and address, and a hint when no account
    /// can sign in yet.
    public static func describe(_ options: ServerOptions) throws -> [Message] {
        let store = try PlanDatabase.open(path: options.databasePath, access: .read)
        try store.requireCurrentSchema(try Migrator.embedded())
        try PlanRef.requireAny(store)
        let plans = try PlanRef.all(store).map { "\($0.name) \($0.startYear)–\($0.endYear)" }.joined(separator: ", ")
        let scheme = options.behindTLSProxy ? "https (TLS proxy) → http" : "http"
        let listening = Message.serveListening("\(scheme)://\(options.host):\(options.port)", options.databasePath, plans)
        return try Accounts(store).list().contains { !$0.disabled } ? [listening] : [listening, .serveNoAccounts]
    }
}

/// Every answer, whatever route made it (or none: an unknown path), leaves through here: a
/// request no route takes gets 404 with a body (JSON under /api/, a page elsewhere), and every
/// answer carries the security headers.
struct PlanResponder<Inner: HTTPResponder>: HTTPResponder where Inner.Context == PlanRequestContext {
    typealias Context = PlanRequestContext
    let inner: Inner
    let library: MustacheLibrary
    let plan: String

    /// A refusal as JSON under /api/, as a page elsewhere.
    func answer(_ refusal: APIError, to request: Request) -> Response {
        request.uri.path.hasPrefix("/api/")
            ? JSONAnswer.response(refusal.status, refusal.body) : PageErrorMiddleware<Context>.page(refusal, library: library, plan: plan)
    }

    func respond(to request: Request, context: Context) async throws -> Response {
        var response: Response
        do {
            response = try await inner.respond(to: request, context: context)
            // The router answers a path no route takes with an empty 404 of its own.
            if response.status == .notFound, response.headers[.contentType] == nil {
                response = answer(APIError(.notFound, .notFound), to: request)
            }
        } catch {
            response = answer(APIError.from(error, logger: context.logger), to: request)
        }
        SecurityHeaders.apply(to: &response)
        // A body over the limit was not read: the connection closes after the answer
        // (ConnectionGuard), rather than wait for a body nobody will read.
        if response.status == .contentTooLarge { response.headers[.connection] = "close" }
        return response
    }
}

/// Headers every answer carries: no framing by other sites, no guessing of content types, no
/// scripts or styles from anywhere but this server, and no referrer sent elsewhere.
enum SecurityHeaders {
    static func apply(to response: inout Response) {
        response.headers[.contentSecurityPolicy] = "default-src 'self'; script-src 'none'; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'; form-action 'self'"
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[HTTPField.Name("Referrer-Policy")!] = "same-origin"
        response.headers[HTTPField.Name("X-Frame-Options")!] = "DENY"
    }
}

/// At shutdown (SIGTERM, SIGINT), the counts of failed sign-ins not yet in the file are written
/// before the server ends, so that a lock set just before a restart is there after it.
struct SignInCountsAtShutdown: Service {
    let throttle: SignInThrottle

    func run() async throws {
        try? await gracefulShutdown()
        await throttle.written()
    }
}
