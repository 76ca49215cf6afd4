import PlanCore

/// The PlanError `body` throws, or nil when it throws nothing (or something else), so that a
/// test can assert the exact text of a refusal in both languages:
///
///     let error = planError { try recorder.record(…) }
///     #expect(error?.text(.en) == "…\n…")
///     #expect(error?.text(.ja) == "…\n…")
public func planError(_ body: () throws -> Void) -> PlanError? {
    do {
        try body()
        return nil
    } catch let error as PlanError {
        return error
    } catch {
        return nil
    }
}
