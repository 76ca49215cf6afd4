import Dispatch
import PlanCore

/// bcrypt off the request path: password checks run on Dispatch's threads, never on the
/// threads that serve requests, at most `running` at a time with at most `waiting` more
/// queued; past that a sign-in is answered 503 at once rather than slowing every clerk's request.
actor PasswordChecks {
    let running: Int
    let waiting: Int
    private var busy = 0
    private var queue: [CheckedContinuation<Void, Never>] = []

    init(running: Int, waiting: Int) {
        self.running = max(1, running)
        self.waiting = max(0, waiting)
    }

    struct Full: Error {}

    /// Whether `password` matches `hash` (nil: no account, checked against a stand-in hash).
    func verify(_ password: String, hash: String?) async throws -> Bool {
        try await enter()
        defer { leave() }
        return await withCheckedContinuation { done in
            DispatchQueue.global().async { done.resume(returning: PasswordHash.verify(password, hash: hash)) }
        }
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
