import Foundation
import PlanCore

/// The server's hold on the database file: one writer connection, used by one request at a
/// time, and read-only connections that serve reads without waiting for the writer (WAL lets
/// readers see the last commit while a write is under way).
final class PlanStore: Sendable {
    let plan: PlanRef
    let path: String
    private let writer: Writer
    private let readers: ReaderPool

    init(path: String, readConnections: Int) throws {
        writer = try Writer(path: path)
        plan = writer.plan
        self.path = path
        readers = ReaderPool(path: path, keep: readConnections)
    }

    /// The writer's turn came too late: the request's deadline passed while it waited in line.
    struct QueueTimeout: Error {}

    /// Runs `body` in the writer's turn; the body is one PlanCore call, itself one transaction.
    /// `deadline` covers the whole write: the time in line behind other requests and the time
    /// SQLite waits for another process's lock (`entry import` or `backup` on the command line)
    /// together, so that the n-th request in line does not wait n busy timeouts.
    func write<T: Sendable>(deadline: ContinuousClock.Instant, _ body: @Sendable (PlanDatabase, PlanRef) throws -> T) async throws -> T {
        try await writer.run(deadline: deadline, body)
    }

    /// Runs `body` on a read-only connection of its own.
    func read<T>(_ body: (PlanDatabase, PlanRef) throws -> T) throws -> T {
        let store = try readers.take()
        defer { readers.give(store) }
        return try body(store, plan)
    }

    /// One write at a time, in the order they came, each given up when its deadline passes.
    private actor Writer {
        let store: PlanDatabase
        nonisolated let plan: PlanRef
        private var busy = false
        private var line: [(id: Int, turn: CheckedContinuation<Void, any Error>)] = []
        private var nextID = 0

        init(path: String) throws {
            (store, plan) = try PlanDatabase.openPlan(path: path, access: .write)
        }

        func run<T: Sendable>(deadline: ContinuousClock.Instant, _ body: @Sendable (PlanDatabase, PlanRef) throws -> T) async throws -> T {
            if busy { try await waitForTurn(until: deadline) } else { busy = true }
            defer { handOver() }
            let left = deadline - .now
            guard left > .zero else { throw QueueTimeout() }
            store.connection.setBusyTimeout(milliseconds: Int32(clamping: left.components.seconds * 1000 + left.components.attoseconds / 1_000_000_000_000_000))
            return try body(store, plan)
        }

        private func waitForTurn(until deadline: ContinuousClock.Instant) async throws {
            let id = nextID
            nextID += 1
            try await withCheckedThrowingContinuation { (turn: CheckedContinuation<Void, any Error>) in
                line.append((id, turn))
                Task { [weak self] in
                    try? await Task.sleep(until: deadline)
                    await self?.giveUp(id)
                }
            }
        }

        private func giveUp(_ id: Int) {
            guard let index = line.firstIndex(where: { $0.id == id }) else { return }
            line.remove(at: index).turn.resume(throwing: QueueTimeout())
        }

        /// The next in line gets the writer (it stays busy), or the writer is free.
        private func handOver() {
            if line.isEmpty { busy = false } else { line.removeFirst().turn.resume() }
        }
    }

    /// Read-only connections, opened when needed and kept for the next read.
    private final class ReaderPool: @unchecked Sendable {
        let path: String
        let keep: Int
        private let lock = NSLock()
        private var idle: [PlanDatabase] = []

        init(path: String, keep: Int) {
            self.path = path
            self.keep = keep
        }

        func take() throws -> PlanDatabase {
            if let store = lock.withLock({ idle.popLast() }) { return store }
            return try PlanDatabase.openPlan(path: path, access: .read).store
        }

        func give(_ store: PlanDatabase) {
            lock.withLock { if idle.count < keep { idle.append(store) } }
        }
    }
}
