import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import NIOCore
@testable import PlanCore
@testable import PlanServer
import TestSupport
import Testing

/// A database with the embedded 香取市 plan and three accounts, and the server's options for
/// tests: no waiting after failures, three failures lock.
struct ServerFixture {
    let folder: TemporaryFolder
    let path: String
    var options: ServerOptions

    static let password = "correct horse"
    /// 企画政策課 surveys 6-7-I2 and leads 6-2 and 6-3; 総務課 coordinates; 市民協働課 surveys 6-1-I1.
    static let users = [("sato", "企画政策課"), ("tanaka", "総務課"), ("suzuki", "市民協働課")]

    init(behindTLSProxy: Bool = false) throws {
        folder = try TemporaryFolder()
        path = try embeddedPlanDatabase(in: folder)
        let store = try PlanDatabase.open(path: path, access: .write)
        for (name, dept) in Self.users {
            _ = try Accounts(store).add(name, dept: dept, password: Self.password, actor: "test", cost: 4)
        }
        options = ServerOptions(
            databasePath: path, behindTLSProxy: behindTLSProxy, bodyLimit: 16 * 1024,
            signInPolicy: SignInPolicy(maxFailures: 3, lockSeconds: 600), failureDelay: .zero)
    }

    /// Opens the file the way another process would (the command line beside the server).
    func withStore<T>(_ body: (PlanDatabase, PlanRef) throws -> T) throws -> T {
        let (store, plan) = try PlanDatabase.openPlan(path: path, access: .write)
        return try body(store, plan)
    }

    func test(_ body: @escaping @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        let options = self.options
        try await PlanServer.application(options).test(.router) { client in try await body(client) }
    }

    /// The server on a real socket of 127.0.0.1 (a free port): for what only a connection
    /// shows. `log` collects what the server logs.
    func testLive(log: LogRecorder? = nil, _ body: @escaping @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        var options = self.options
        options.port = 0
        let logger = log.map { recorder in Logger(label: "plandb-test") { _ in recorder.handler() } }
        try await PlanServer.application(options, logger: logger).test(.live) { client in try await body(client) }
    }
}

/// A signed-in client: the cookie to send back and the CSRF token for writes.
struct SignedIn: Sendable {
    let cookie: String
    let csrf: String

    var headers: HTTPFields { [.cookie: cookie, HTTPField.Name("X-CSRF-Token")!: csrf, .contentType: "application/json"] }
    var cookieOnly: HTTPFields { [.cookie: cookie] }
}

extension TestClientProtocol {
    func post(_ uri: String, _ body: String, headers: HTTPFields = [.contentType: "application/json"]) async throws -> TestResponse {
        try await execute(uri: uri, method: .post, headers: headers, body: ByteBuffer(string: body))
    }

    func signIn(_ user: String, password: String = ServerFixture.password, headers: HTTPFields = [.contentType: "application/json"]) async throws -> SignedIn {
        let response = try await post("/api/v1/session", #"{"user": "\#(user)", "password": "\#(password)"}"#, headers: headers)
        #expect(response.status == .ok)
        let cookie = String(try #require(response.headers[.setCookie]).split(separator: ";")[0])
        let csrf = try #require(try response.json()["csrf_token"] as? String)
        return SignedIn(cookie: cookie, csrf: csrf)
    }
}

extension TestResponse {
    var text: String { String(buffer: body) }

    func json() throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    func jsonArray() throws -> [[String: Any]] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
    }

    /// The answer's `error` text.
    var error: String? { (try? json())?["error"] as? String }
}

/// What a server logged, level by level (every level, trace included).
final class LogRecorder: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [(Logger.Level, String)] = []

    var entries: [(Logger.Level, String)] { lock.withLock { stored } }

    func append(_ level: Logger.Level, _ message: String) { lock.withLock { stored.append((level, message)) } }

    func handler() -> some LogHandler { Handler(recorder: self) }

    struct Handler: LogHandler {
        let recorder: LogRecorder
        var metadata: Logger.Metadata = [:]
        var logLevel: Logger.Level = .trace

        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }

        func log(level: Logger.Level, message: Logger.Message, metadata: Logger.Metadata?, source: String, file: String, function: String, line: UInt) {
            recorder.append(level, message.description)
        }
    }
}
