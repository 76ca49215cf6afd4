import Foundation
import PlanCore

/// A checked upload kept between the page's check and the clerk's 記録する: a browser cannot send
/// a file again without the clerk choosing it again, so the server keeps the one it checked, in
/// memory, for 30 minutes, one per account (a new check replaces it). Recording takes it out.
actor UploadHold {
    struct Held {
        let token: String
        let user: String
        let year: Int
        let plan: String?
        let name: String
        let data: Data
        let kept: ContinuousClock.Instant
    }

    static let lifetime: Duration = .seconds(30 * 60)
    private var held: [String: Held] = [:]

    /// Keeps `data` for `user`, replacing what the account kept before; the token names it.
    func keep(user: String, year: Int, plan: String?, name: String, data: Data) -> String {
        dropOld()
        let token = SessionStore.randomToken()
        held[user] = Held(token: token, user: user, year: year, plan: plan, name: name, data: data, kept: .now)
        return token
    }

    /// The upload `user` kept under `token` for `year`, taken out of the hold; nil when it is gone.
    func take(user: String, token: String, year: Int) -> Held? {
        dropOld()
        guard let kept = held[user], Authenticator.constantTimeEqual(kept.token, token), kept.year == year else { return nil }
        held[user] = nil
        return kept
    }

    private func dropOld() {
        let now = ContinuousClock.now
        held = held.filter { now - $0.value.kept < Self.lifetime }
    }
}
