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

    /// Runs `body` in the writer's turn; the body is one PlanCore call, itself one transaction.
    func write<T: Sendable>(_ body: @Sendable (PlanDatabase, PlanRef) throws -> T) async throws -> T {
        try await writer.run(body)
    }

    /// Runs `body` on a read-only connection of its own.
    func read<T>(_ body: (PlanDatabase, PlanRef) throws -> T) throws -> T {
        let store = try readers.take()
        defer { readers.give(store) }
        return try body(store, plan)
    }

    private actor Writer {
        let store: PlanDatabase
        nonisolated let plan: PlanRef

        init(path: String) throws {
            (store, plan) = try PlanDatabase.openPlan(path: path, access: .write)
        }

        func run<T: Sendable>(_ body: @Sendable (PlanDatabase, PlanRef) throws -> T) throws -> T {
            try body(store, plan)
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
