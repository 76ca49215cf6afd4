import Foundation
import PlanCore

#if canImport(Glibc)
import Glibc
#endif

/// bcrypt off the request path: password checks run on threads of their own, at most `running`
/// at a time with at most `waiting` more queued; past that a sign-in is answered 503 at once
/// rather than slowing every clerk's request.
///
/// The threads are the checks' own, not Dispatch's: on Linux, Dispatch's global queue shares its
/// threads with Swift's cooperative pool, on which every request is served, so two checks of a
/// quarter to one and a half seconds each held both threads of a two-core server and every
/// clerk's request waited for them (a clerk's write went from 5 ms to 500 ms beside 16
/// connections guessing). They also run at a lower priority (nice 10) than the threads that serve
/// requests, so that guessing takes only the time the clerks leave.
actor PasswordChecks {
    let running: Int
    let waiting: Int
    private let threads: CheckThreads
    private var busy = 0
    private var queue: [CheckedContinuation<Void, Never>] = []

    init(running: Int, waiting: Int) {
        self.running = max(1, running)
        self.waiting = max(0, waiting)
        threads = CheckThreads(count: self.running)
    }

    deinit {
        threads.stop()
    }

    struct Full: Error {}

    /// Whether `password` matches `hash` (nil: no account, checked against a stand-in hash).
    func verify(_ password: String, hash: String?) async throws -> Bool {
        try await enter()
        defer { leave() }
        return await threads.run { PasswordHash.verify(password, hash: hash) }
    }

    private func enter() async throws {
        if busy < running {
            busy += 1
            return
        }
        guard queue.count < waiting else { throw Full() }
        await withCheckedContinuation { queue.append($0) }
    }

    private func leave() {
        if queue.isEmpty {
            busy -= 1
        } else {
            queue.removeFirst().resume()
        }
    }
}

/// A few threads that run the jobs given to them in turn, at nice 10; they end with `stop`.
final class CheckThreads: @unchecked Sendable {
    private let condition = NSCondition()
    private var jobs: [@Sendable () -> Void] = []
    private var stopped = false

    init(count: Int) {
        for index in 0..<count {
            let thread = Thread { [self] in work() }
            thread.name = "plandb-password-check-\(index)"
            thread.start()
        }
    }

    private func work() {
        #if canImport(Glibc)
        // On Linux the nice value is each thread's own: this one only.
        _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, 10)
        #endif
        while let job = next() { job() }
    }

    /// The next job, or nil once stopped.
    private func next() -> (@Sendable () -> Void)? {
        condition.lock()
        defer { condition.unlock() }
        while jobs.isEmpty && !stopped { condition.wait() }
        return jobs.isEmpty ? nil : jobs.removeFirst()
    }

    func run<T: Sendable>(_ body: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { done in
            condition.lock()
            jobs.append { done.resume(returning: body()) }
            condition.signal()
            condition.unlock()
        }
    }

    func stop() {
        condition.lock()
        stopped = true
        condition.broadcast()
        condition.unlock()
    }
}
