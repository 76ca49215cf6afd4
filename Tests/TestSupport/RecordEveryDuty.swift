import PlanCore
import SQLiteDB

/// Records every duty of `year` through the recorder, as each responsible department would,
/// leaving out the last `leavingOut` duties: a year complete but for those.
public func recordEveryDuty(_ store: PlanDatabase, plan: PlanRef, year: Int, leavingOut: Int = 0) throws {
    let recorder = Recorder(store, plan: plan)
    for status in try Completion(store, plan: plan).status(year: year).dropLast(leavingOut) {
        switch status.duty.kind {
        case .actual: _ = try recorder.recordIndicator(status.duty.code, year: year, value: "1", as: status.dept, confirmed: true)
        case .initiative: _ = try recorder.recordInitiative(status.duty.code, year: year, grade: "A", next: "継続", result: nil, challenge: nil, as: status.dept)
        case .firstReview: _ = try recorder.recordPolicy(status.duty.code, year: year, grade: "A", comment: nil, stage: .first, as: status.dept)
        case .secondReview: _ = try recorder.recordPolicy(status.duty.code, year: year, grade: "A", comment: nil, stage: .second, as: status.dept)
        case .project:
            // One person-year of the year's first rated staff kind, and the grade A.
            let kind = try StaffRates(store, plan: plan).list().rows.first { $0[0] == .integer(Int64(year)) }?[1].string ?? "正職員"
            _ = try ProjectRecorder(store, plan: plan).record(
                status.duty.code, year: year, staff: [.init(kind: kind, personYears: "1")], grade: "A", next: "継続", result: nil, challenge: nil, as: status.dept)
        }
    }
}
