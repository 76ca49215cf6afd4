import Foundation
import PlanCore

/// Failed sign-ins, counted in the server's memory for every name alike (an account's or not)
/// and for every client address. The answer never depends on whether a name has an account: a
/// name locks after the policy's failures in a row whether or not it exists, and a restart
/// forgets every count alike. Each attempt is counted when it begins, before its password is
/// checked, so that guesses sent in parallel get no more tries than guesses sent one by one; a
/// successful sign-in takes its attempt back.
actor SignInThrottle {
    struct NameState {
        var failures: Int
        var lockedUntil: ContinuousClock.Instant?
        var last: ContinuousClock.Instant
        /// The account's session epoch when the lock began: `plandb user password` (a new epoch)
        /// lifts the lock at once.
        var epoch: Int64?
    }

    struct AddressState {
        var failures: Int
        var since: ContinuousClock.Instant
    }

    /// An attempt under way: what `succeeded` gives back.
    struct Attempt: Sendable {
        let name: String
        let address: String
        let failures: Int
        let locks: Bool
    }

    enum Decision: Sendable {
        case proceed(Attempt)
        case nameLocked
        case addressLimited
    }

    let policy: SignInPolicy
    /// Failures one client address may have within the policy's lock time.
    let addressLimit: Int
    /// Enough names for any town hall; past it the counts that have run out are dropped first.
    let capacity: Int
    private var names: [String: NameState] = [:]
    private var addresses: [String: AddressState] = [:]

    init(policy: SignInPolicy, addressLimit: Int, capacity: Int = 10_000) {
        self.policy = policy
        self.addressLimit = addressLimit
        self.capacity = capacity
    }

    var window: Duration { .seconds(policy.lockSeconds) }

    /// Counts the attempt (as a failure until it succeeds) or refuses it. `epoch` is the
    /// account's session epoch when the name has one.
    func begin(name: String, address: String, epoch: Int64?) -> Decision {
        let now = ContinuousClock.now
        let key = name.lowercased()
        if var state = addresses[address], now - state.since < window {
            guard state.failures < addressLimit else { return .addressLimited }
            state.failures += 1
            addresses[address] = state
        } else {
            prune(&addresses, now: now) { now - $0.since >= self.window }
            addresses[address] = AddressState(failures: 1, since: now)
        }
        var state = names[key] ?? NameState(failures: 0, lockedUntil: nil, last: now, epoch: epoch)
        if let until = state.lockedUntil {
            if now < until && state.epoch == epoch {
                takeBack(address)
                return .nameLocked
            }
            state = NameState(failures: 0, lockedUntil: nil, last: now, epoch: epoch)
        } else if now - state.last >= window {
            state.failures = 0
        }
        state.failures += 1
        state.last = now
        state.epoch = epoch
        let locks = state.failures >= policy.maxFailures
        if locks { state.lockedUntil = now + window }
        if names[key] == nil { prune(&names, now: now) { $0.lockedUntil.map { now >= $0 } ?? (now - $0.last >= self.window) } }
        names[key] = state
        return .proceed(Attempt(name: key, address: address, failures: state.failures, locks: locks))
    }

    /// The password was right: the name's count starts again and the address gets its attempt back.
    func succeeded(_ attempt: Attempt) {
        names[attempt.name] = nil
        takeBack(attempt.address)
    }

    private func takeBack(_ address: String) {
        if var state = addresses[address], state.failures > 0 {
            state.failures -= 1
            addresses[address] = state
        }
    }

    /// Keeps `table` under the capacity: drops what `expired` says is over, then, if that is not
    /// enough (a flood of names from many addresses), half of the rest at random.
    private func prune<Value>(_ table: inout [String: Value], now: ContinuousClock.Instant, expired: (Value) -> Bool) {
        guard table.count >= capacity else { return }
        table = table.filter { !expired($0.value) }
        if table.count >= capacity {
            table = Dictionary(uniqueKeysWithValues: table.shuffled().prefix(capacity / 2).map { ($0.key, $0.value) })
        }
    }
}
