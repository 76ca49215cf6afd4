import HTTPTypes
import Hummingbird
import PlanCore

/// plandb serve: the application over one database file.
public enum PlanServer {
    /// The server for `options`, ready to run (or to test without a socket).
    public static func application(_ options: ServerOptions) throws -> some ApplicationProtocol {
        let store = try PlanStore(path: options.databasePath, readConnections: options.readConnections)
        let auth = Authenticator(store: store, options: options)
        let router = Router()
        router.add(middleware: SecurityHeadersMiddleware())
        router.get("healthz") { _, _ in Response(status: .ok, headers: [.contentType: "text/plain; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: "ok\n"))) }
        router.get("openapi.json") { _, _ in JSONAnswer.response(.ok, OpenAPIDocument.document) }
        APIRoutes(store: store, auth: auth, options: options).add(to: router)
        PageRoutes(store: store, auth: auth, options: options, library: try PageTemplates.library()).add(to: router)
        return Application(router: router, configuration: .init(address: .hostname(options.host, port: options.port), serverName: "plandb"))
    }

    /// Serves until SIGINT or SIGTERM.
    public static func run(_ options: ServerOptions) async throws {
        let app = try application(options)
        try await app.runService()
    }

    /// What the server prints when it starts: the plan and address, and a hint when no account
    /// can sign in yet.
    public static func describe(_ options: ServerOptions) throws -> [Message] {
        let (store, plan) = try PlanDatabase.openPlan(path: options.databasePath, access: .read)
        let scheme = options.behindTLSProxy ? "https (TLS proxy) → http" : "http"
        let listening = Message.serveListening("\(scheme)://\(options.host):\(options.port)", options.databasePath, plan.name)
        return try Accounts(store).list().contains { !$0.disabled } ? [listening] : [listening, .serveNoAccounts]
    }
}

/// Headers every answer carries: no framing by other sites, no guessing of content types, no
/// scripts or styles from anywhere but this server, and no referrer sent elsewhere.
struct SecurityHeadersMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response = try await next(request, context)
        response.headers[.contentSecurityPolicy] = "default-src 'self'; script-src 'none'; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'; form-action 'self'"
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[HTTPField.Name("Referrer-Policy")!] = "same-origin"
        response.headers[HTTPField.Name("X-Frame-Options")!] = "DENY"
        return response
    }
}
