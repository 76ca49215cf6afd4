import Foundation
#if canImport(Glibc)
import Glibc
#endif
import HTTPTypes
import HummingbirdTesting
@testable import PlanCore
@testable import PlanServer
import TestSupport
import Testing

/// A plain TCP connection to the live server, to send what no HTTP client sends: headers that
/// never end, a body that stops half-way, a body far over the limit sent before reading.
/// Its reads and large sends block, so they run on a Dispatch thread (`blocking`), never on the
/// threads of Swift's concurrency pool, which the server in the same process needs.
final class RawConnection: @unchecked Sendable {
    let socket: Int32

    init(port: Int, readTimeout seconds: Int = 10) throws {
        socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        try #require(connected == 0)
        var timeout = timeval(tv_sec: seconds, tv_usec: 0)
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(socket, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
    }

    deinit { close(socket) }

    /// Closes the connection from this side, as a client that gives up does.
    func hangUp() { shutdown(socket, Int32(SHUT_RDWR)) }

    /// Sends all of `bytes`; false when the server closed the connection first.
    @discardableResult
    func send(_ bytes: [UInt8]) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let sent = bytes[offset...].withUnsafeBytes { Glibc.send(socket, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            if sent <= 0 { return false }
            offset += sent
        }
        return true
    }

    @discardableResult
    func send(_ text: String) -> Bool { send(Array(text.utf8)) }

    /// `body` on a Dispatch thread.
    func blocking<T: Sendable>(_ body: @escaping @Sendable (RawConnection) -> T) async -> T {
        await withCheckedContinuation { done in
            DispatchQueue.global().async { done.resume(returning: body(self)) }
        }
    }

    /// Everything the server sends until it closes the connection (`closed`), or until the
    /// read timeout passes with the connection still open.
    func readToEnd() -> (text: String, closed: Bool) {
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = buffer.withUnsafeMutableBytes { recv(socket, $0.baseAddress, $0.count, 0) }
            if count == 0 { return (String(decoding: received, as: UTF8.self), true) }
            if count < 0 { return (String(decoding: received, as: UTF8.self), errno == ECONNRESET) }
            received += buffer[0..<count]
        }
    }
}

@Suite struct ConnectionTests {
    static func fixture() throws -> ServerFixture {
        var fixture = try ServerFixture()
        fixture.options.connectionIdleTimeout = .seconds(1)
        fixture.options.bodyTimeout = .seconds(1)
        return fixture
    }

    @Test func headersThatNeverEndAreCut() async throws {
        try await Self.fixture().testLive { client in
            let connection = try RawConnection(port: try #require(client.port), readTimeout: 8)
            let started = ContinuousClock.now
            connection.send("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ")
            for _ in 1...3 where connection.send("a") { try await Task.sleep(for: .milliseconds(300)) }
            let (_, closed) = await connection.blocking { $0.readToEnd() }
            #expect(closed && ContinuousClock.now - started < .seconds(5))
        }
    }

    @Test func anIdleConnectionIsClosed() async throws {
        try await Self.fixture().testLive { client in
            let connection = try RawConnection(port: try #require(client.port), readTimeout: 8)
            let started = ContinuousClock.now
            #expect(connection.send("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"))
            let (text, closed) = await connection.blocking { $0.readToEnd() }
            #expect(text.hasPrefix("HTTP/1.1 200") && closed && ContinuousClock.now - started < .seconds(5))
        }
    }

    @Test func aBodyThatStopsHalfWayIsCutAndLoggedQuietly() async throws {
        let log = LogRecorder()
        try await Self.fixture().testLive(log: log) { client in
            let connection = try RawConnection(port: try #require(client.port), readTimeout: 8)
            let started = ContinuousClock.now
            connection.send("POST /api/v1/session HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"user\": ")
            // A trickle keeps the idle timer going; the body's own deadline still ends it.
            for _ in 1...6 where connection.send(" ") { try await Task.sleep(for: .milliseconds(400)) }
            let (text, closed) = await connection.blocking { $0.readToEnd() }
            #expect(closed && ContinuousClock.now - started < .seconds(6))
            #expect(!text.contains("500"))
            // A client that hangs up mid-body too.
            let hangUp = try RawConnection(port: try #require(client.port))
            hangUp.send("POST /api/v1/session HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"user\"")
            try await Task.sleep(for: .milliseconds(200))
            hangUp.hangUp()
            try await Task.sleep(for: .milliseconds(300))
        }
        let loud = log.entries.filter { $0.0 >= .warning }
        #expect(loud.isEmpty, "\(loud)")
        #expect(log.entries.contains { $0.0 == .debug && $0.1.contains("closed the connection before its request was complete") })
    }

    @Test func aBodyOverTheLimitIsAnswered413AndTheConnectionCloses() async throws {
        var fixture = try ServerFixture()
        fixture.options.connectionIdleTimeout = .seconds(20)  // the body is read to its end, however slow the machine
        try await fixture.testLive { client in
            let connection = try RawConnection(port: try #require(client.port), readTimeout: 8)
            let body = [UInt8](repeating: UInt8(ascii: "x"), count: 2_000_000)
            // Like Python's urllib: the whole body first, then read the answer.
            #expect(connection.send("POST /api/v1/session HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: \(body.count)\r\n\r\n"))
            #expect(await connection.blocking { $0.send(body) })
            let (text, closed) = await connection.blocking { $0.readToEnd() }
            #expect(text.hasPrefix("HTTP/1.1 413"), "\(text.prefix(200))")
            #expect(text.lowercased().contains("connection: close") && closed)
            #expect(text.contains(#"{"error":"#))
        }
    }
}
