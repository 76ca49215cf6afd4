import Foundation
import PlanCore

/// Failed sign-ins, counted for every name alike (an account's or not) and for every client
/// address. The answer never depends on whether a name has an account: a name locks after the
/// policy's failures in a row whether or not it exists, and the counts of names outlive a restart
/// alike, as they are kept in the file (SignInFailures): read when the server starts, written
/// after each change by one writer in the background, in batches, so that no sign-in waits for
/// the file. Each attempt is counted when it begins, before its password is checked, so that
/// guesses sent in parallel get no more tries than guesses sent one by one; a successful sign-in
/// takes its attempt back. The counts of client addresses stay in memory: a restart gives an
/// address its tries back, but tells nothing about names. An address is refused once its
/// failures reach the limit; attempts still being checked do not count towards it until they
/// fail, so that a room of clerks behind one address signing in at the same moment is not refused,
/// and the bounded pool of checks (PasswordChecks) bounds how many more can be under way.
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
        /// Attempts begun and not yet over (their passwords are being checked).
        var pending: Int
        var since: ContinuousClock.Instant
    }

    /// An attempt under way: what `succeeded` or `notChecked` gives back.
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

    /// Writes changed counts to the file (nil: the name's count is over).
    typealias Persist = @Sendable ([String: SignInFailures.Count?]) async throws -> Void

    let policy: SignInPolicy
    /// Failures one client address may have within the policy's lock time.
    let addressLimit: Int
    /// Enough addresses for any town hall; past it the counts that have run out are dropped
    /// first, then half of the rest at random (which gives addresses tries back, never a name).
    let addressCapacity: Int
    private let persist: Persist
    private var names: [String: NameState] = [:]
    private var addresses: [String: AddressState] = [:]
    /// Names need no cap of their own: every name counted went to a password check, and the
    /// bounded pool of checks (PasswordChecks) bounds how many are tried within the lock time.
    /// The counts that have run out are dropped whenever the table has doubled.
    private var pruneNamesAt = 1024
    private var dirty: Set<String> = []
    /// The names the file holds a count of (as far as this server wrote or read them): a count that
    /// began and ended between two batches (a sign-in, a check that never ran) needs no write.
    private var stored: Set<String>
    private var writing: Task<Void, Never>?

    /// `counts`: what the file holds (SignInFailures.current).
    init(policy: SignInPolicy, addressLimit: Int, counts: [String: SignInFailures.Count] = [:], addressCapacity: Int = 10_000,
         persist: @escaping Persist = { _ in })
    {
        self.policy = policy
        self.addressLimit = addressLimit
        self.addressCapacity = addressCapacity
        self.persist = persist
        let now = ContinuousClock.now
        stored = Set(counts.keys)
        names = counts.mapValues { count in
            NameState(failures: count.failures, lockedUntil: count.lockedFor.map { now + .milliseconds(Int($0 * 1000)) },
                      last: now - .milliseconds(Int(count.sinceLast * 1000)), epoch: count.epoch)
        }
    }

    var window: Duration { .seconds(policy.lockSeconds) }

    /// Counts the attempt (as a failure until it succeeds) or refuses it. `epoch` is the
    /// account's session epoch when the name has one.
    func begin(name: String, address: String, epoch: Int64?) -> Decision {
        let now = ContinuousClock.now
        let key = SignInFailures.key(name)
        var client = addresses[address].flatMap { now - $0.since < window ? $0 : nil } ?? AddressState(failures: 0, pending: 0, since: now)
        guard client.failures < addressLimit else { return .addressLimited }
        client.pending += 1
        if addresses[address] == nil { pruneAddresses(now: now) }
        addresses[address] = client
        var state = names[key] ?? NameState(failures: 0, lockedUntil: nil, last: now, epoch: epoch)
        let renewed = Self.renewed(state.epoch, epoch)
        if let until = state.lockedUntil {
            if now < until && !renewed {
                takeBack(address)
                return .nameLocked
            }
            state = NameState(failures: 0, lockedUntil: nil, last: now, epoch: epoch)
        } else if now - state.last >= window || renewed {
            state.failures = 0
        }
        state.failures += 1
        state.last = now
        state.epoch = epoch ?? state.epoch
        let locks = state.failures >= policy.maxFailures
        if locks { state.lockedUntil = now + window }
        if names[key] == nil { pruneNames(now: now) }
        names[key] = state
        changed(key)
        return .proceed(Attempt(name: key, address: address, failures: state.failures, locks: locks))
    }

    /// The password was wrong (or the account disabled): the address has one more failure.
    func failed(_ attempt: Attempt) {
        takeBack(attempt.address)
        addresses[attempt.address, default: AddressState(failures: 0, pending: 0, since: .now)].failures += 1
    }

    /// The password was right: the name's count starts again and the address gets its attempt back.
    func succeeded(_ attempt: Attempt) {
        names[attempt.name] = nil
        changed(attempt.name)
        takeBack(attempt.address)
    }

    /// The password was not checked (the pool of checks was full): the attempt was no guess, and
    /// is given back to the name and the address alike, the lock it would have set with it. The
    /// failures before it stay counted.
    func notChecked(_ attempt: Attempt) {
        if var state = names[attempt.name], state.failures > 0 {
            state.failures -= 1
            if attempt.locks { state.lockedUntil = nil }
            names[attempt.name] = state.failures == 0 && state.lockedUntil == nil ? nil : state
            changed(attempt.name)
        }
        takeBack(attempt.address)
    }

    /// Whether the account started a new session epoch (a new password) since the count began.
    /// Only an account's own two epochs are compared: a name that folds into an account's
    /// (`ｓａｔｏ`) has none, and must neither lift the account's lock nor have its own lifted,
    /// or the difference would tell which names are accounts.
    static func renewed(_ counted: Int64?, _ current: Int64?) -> Bool {
        guard let counted, let current else { return false }
        return counted != current
    }

    private func takeBack(_ address: String) {
        if var state = addresses[address], state.pending > 0 {
            state.pending -= 1
            addresses[address] = state
        }
    }

    private func isOver(_ state: NameState, now: ContinuousClock.Instant) -> Bool {
        state.lockedUntil.map { now >= $0 } ?? (now - state.last >= window)
    }

    private func pruneNames(now: ContinuousClock.Instant) {
        guard names.count >= pruneNamesAt else { return }
        names = names.filter { !isOver($0.value, now: now) }
        pruneNamesAt = max(1024, names.count * 2)
    }

    private func pruneAddresses(now: ContinuousClock.Instant) {
        guard addresses.count >= addressCapacity else { return }
        addresses = addresses.filter { now - $0.value.since < window || $0.value.pending > 0 }
        if addresses.count >= addressCapacity {
            addresses = Dictionary(uniqueKeysWithValues: addresses.shuffled().prefix(addressCapacity / 2).map { ($0.key, $0.value) })
        }
    }

    // MARK: Keeping the counts in the file

    /// Notes that `key`'s count changed, and starts the writer when it is not running.
    private func changed(_ key: String) {
        dirty.insert(key)
        if writing == nil { writing = Task { await writeChanges() } }
    }

    /// Writes what changed, batch after batch, until nothing is left: each batch is the counts as
    /// they are when it is written, so a later batch never writes an older count. A batch the file
    /// refuses (busy past the write's deadline) is tried again a few times, a second apart; after
    /// that the counts stay in memory only, until they change again.
    private func writeChanges() async {
        var tries = 0
        while !dirty.isEmpty {
            let now = ContinuousClock.now
            let batch = Dictionary(uniqueKeysWithValues: dirty.compactMap { key -> (String, SignInFailures.Count?)? in
                guard let state = names[key] else { return stored.contains(key) ? (key, nil) : nil }
                return (key, count(state, now: now))
            })
            dirty = []
            if batch.isEmpty { continue }
            do {
                try await persist(batch)
                for (key, count) in batch {
                    if count == nil { stored.remove(key) } else { stored.insert(key) }
                }
                tries = 0
            } catch {
                tries += 1
                guard tries < 5 else { continue }
                dirty.formUnion(batch.keys)
                try? await Task.sleep(for: .seconds(1))
            }
        }
        writing = nil
    }

    private func count(_ state: NameState, now: ContinuousClock.Instant) -> SignInFailures.Count {
        SignInFailures.Count(failures: state.failures, sinceLast: Self.seconds(now - state.last),
                             lockedFor: state.lockedUntil.map { Self.seconds($0 - now) }, epoch: state.epoch)
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    /// Returns when every change so far is in the file (or given up): at shutdown.
    func written() async {
        while let writing { await writing.value }
    }
}
