import Foundation
import Hummingbird
import PlanCore

/// The server's hold on the database file: one writer connection, used by one request at a
/// time, and read-only connections that serve reads without waiting for the writer (WAL lets
/// readers see the last commit while a write is under way).
///
/// The file may hold several plans (the current one and the next): each request works on the
/// plan its year belongs to, or the one `?plan=` names (DESIGN.md, "Several plans in one file").
final class PlanStore: Sendable {
    let path: String
    private let writer: Writer
    private let readers: ReaderPool

    init(path: String, readConnections: Int) throws {
        writer = try Writer(path: path)
        self.path = path
        readers = ReaderPool(path: path, keep: readConnections)
        try read { store in try PlanRef.requireAny(store) }
    }

    /// The plan of the current fiscal year (or the only one; else the newest), for what is shown
    /// before a year is chosen: the page titles, the year a department starts at.
    var plan: PlanRef {
        let chosen = try? read { store in try PlanRef.choose(store) }
        let newest = try? read { store in try PlanRef.all(store).last }
        return chosen ?? newest.flatMap { $0 } ?? PlanRef.placeholder
    }

    /// The plan a request works on: `code` (`?plan=`), else the one `year` belongs to.
    func plan(year: Int?, code: String? = nil) throws -> PlanRef {
        try read { store in try PlanRef.choose(store, code: code, year: year) }
    }

    /// The writer's turn came too late: the request's deadline passed while it waited in line.
    struct QueueTimeout: Error {}

    /// Runs `body` in the writer's turn; the body is one PlanCore call, itself one transaction.
    /// `deadline` covers the whole write: the time in line behind other requests and the time
    /// SQLite waits for another process's lock (`entry import` or `backup` on the command line)
    /// together, so that the n-th request in line does not wait n busy timeouts.
    func write<T: Sendable>(
        deadline: ContinuousClock.Instant, year: Int? = nil, plan code: String? = nil, _ body: @Sendable (PlanDatabase, PlanRef) throws -> T
    ) async throws -> T {
        try await writer.run(deadline: deadline) { store in try body(store, try PlanRef.choose(store, code: code, year: year)) }
    }

    /// Runs `body` in the writer's turn, for what belongs to no one plan (accounts).
    func write<T: Sendable>(deadline: ContinuousClock.Instant, _ body: @Sendable (PlanDatabase) throws -> T) async throws -> T {
        try await writer.run(deadline: deadline, body)
    }

    /// Runs `body` on a read-only connection of its own, with the plan of `year` (or `code`).
    func read<T>(year: Int? = nil, plan code: String? = nil, _ body: (PlanDatabase, PlanRef) throws -> T) throws -> T {
        try read { store in try body(store, try PlanRef.choose(store, code: code, year: year)) }
    }

    /// Runs `body` on a read-only connection of its own, for what belongs to no one plan.
    func read<T>(_ body: (PlanDatabase) throws -> T) throws -> T {
        let store = try readers.take()
        defer { readers.give(store) }
        return try body(store)
    }

    /// One write at a time, in the order they came, each given up when its deadline passes.
    private actor Writer {
        let store: PlanDatabase
        private var busy = false
        private var line: [(id: Int, turn: CheckedContinuation<Void, any Error>)] = []
        private var nextID = 0

        init(path: String) throws {
            store = try PlanDatabase.open(path: path, access: .write)
            try store.requireCurrentSchema(try Migrator.embedded())
        }

        func run<T: Sendable>(deadline: ContinuousClock.Instant, _ body: @Sendable (PlanDatabase) throws -> T) async throws -> T {
            if busy { try await waitForTurn(until: deadline) } else { busy = true }
            defer { handOver() }
            let left = deadline - .now
            guard left > .zero else { throw QueueTimeout() }
            store.connection.setBusyTimeout(milliseconds: Int32(clamping: left.components.seconds * 1000 + left.components.attoseconds / 1_000_000_000_000_000))
            return try body(store)
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
            let store = try PlanDatabase.open(path: path, access: .read)
            try store.requireCurrentSchema(try Migrator.embedded())
            return store
        }

        func give(_ store: PlanDatabase) {
            lock.withLock { if idle.count < keep { idle.append(store) } }
        }
    }
}

/// `?plan=CODE`: the plan, where a year belongs to two (the year chooses it otherwise); the API
/// and the pages read it alike.
func planCode(_ request: Request) -> String? {
    request.uri.queryParameters["plan"].map(String.init).flatMap { $0.isEmpty ? nil : $0 }
}
