import Foundation
import HTTPTypes
import HummingbirdTesting
@testable import PlanCore
@testable import PlanServer
import TestSupport
import Testing

/// Issue 24, writes and the queue: while another process holds the file (a command-line
/// `entry import` or `backup`), each request waits one deadline in all, its time in line
/// included, and signing in does not wait at all.
@Suite struct WriteQueueTests {
    @Test func writesBehindAnOutsideLockShareOneDeadlineAndSignInDoesNotWait() async throws {
        var fixture = try ServerFixture()
        fixture.options.writeTimeout = .seconds(2)
        // Another process's connection, as the command line's: it holds the write lock meanwhile.
        let outside = OutsideWriter(try PlanDatabase.openPlan(path: fixture.path, access: .write).0)
        try await fixture.test { client in
            let sato = try await client.signIn("sato")
            try outside.store.connection.execute("BEGIN IMMEDIATE")
            defer { try? outside.store.connection.execute("ROLLBACK") }
            let clock = ContinuousClock()
            let started = clock.now
            let answers = try await withThrowingTaskGroup(of: TestResponse.self) { group in
                for value in 1...4 {
                    group.addTask {
                        try await client.post("/api/v1/entries", #"{"kind": "indicator", "code": "6-7-I2", "year": 2024, "value": "50000\#(value)"}"#, headers: sato.headers)
                    }
                }
                return try await group.reduce(into: [TestResponse]()) { $0.append($1) }
            }
            let elapsed = clock.now - started
            #expect(answers.allSatisfy { $0.status == .serviceUnavailable }, "\(answers.map(\.status))")
            // Those still in line at the deadline say so; one (or more, on a slow machine) got the
            // writer in time and met SQLite's busy lock for the rest of it.
            #expect(answers.contains { $0.error == Message.writeBusy.text(.ja) })
            // One deadline for all four (2 s), not four busy timeouts (10 s each) one after
            // another: 40 s before. The margin is for a loaded machine running every suite at once.
            #expect(elapsed < .seconds(20), "\(elapsed)")

            let signInStarted = clock.now
            let tanaka = try await client.post("/api/v1/session", #"{"user": "tanaka", "password": "correct horse"}"#)
            #expect(tanaka.status == .ok && clock.now - signInStarted < .seconds(8))
        }
        #expect(try fixture.withStore { store, _ in try store.connection.scalar("SELECT count(*) FROM indicator_actuals").int } == 0)
    }
}

/// A connection the test holds across the server's run (used from one task at a time).
final class OutsideWriter: @unchecked Sendable {
    let store: PlanDatabase
    init(_ store: PlanDatabase) { self.store = store }
}
