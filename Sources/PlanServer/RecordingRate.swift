import Foundation
import PlanCore

extension PlanServer {
    /// Records `count` actuals, one transaction each, through the writer the server uses and
    /// the same PlanCore call as POST /api/v1/entries, without HTTP: the rate the load test's
    /// requests per second are compared with. The values are new each time, so each is recorded.
    public static func measureRecording(_ options: ServerOptions, count: Int) async throws -> String {
        let store = try PlanStore(path: options.databasePath, readConnections: 1)
        let indicators = try store.read { store, plan in
            try DepartmentYear(store, plan: plan).items(dept: plan.coordinator, year: plan.startYear + 1).filter { $0.kind == .indicator }
        }
        guard let indicator = indicators.first else { return "no indicator to record" }
        let year = store.plan.startYear + 1
        let clock = ContinuousClock()
        let started = clock.now
        let count = min(count, 99_999)  // five decimals make each value new
        for index in 0..<count {
            let entry = WebEntry(kind: .indicator, code: indicator.code, year: year, value: "9.\(String(format: "%05d", index))", confirmed: true)
            _ = try await store.write(deadline: .now + .seconds(60)) { store, plan in try entry.record(in: store, plan: plan, dept: plan.coordinator, user: "measure") }
        }
        let elapsed = clock.now - started
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        return String(format: "recorded %d actuals in %.3f s: %.0f per second", count, seconds, Double(count) / seconds)
    }
}
