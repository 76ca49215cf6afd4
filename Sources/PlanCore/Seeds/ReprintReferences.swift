/// The `reprint_of: CODE` references of every policy file, checked once the whole plan is read:
/// an original may be printed in a later policy than its reprint.
final class ReprintReferences {
    struct Reference {
        let file: String
        let line: Int
        let column: Int
        let reprint: String
        let original: String
    }

    private(set) var all: [Reference] = []

    func add(_ reference: Reference) { all.append(reference) }

    /// Reports each reference that names no initiative of the plan, or names another reprint: a
    /// reprint shows its original's evaluation, so the original must be evaluated itself.
    func check(_ plan: SeedPlan, issues: SeedIssues) {
        let initiatives = Dictionary(
            plan.policies.flatMap { $0.measures.flatMap { $0.directions.flatMap(\.initiatives) } }.map { ($0.code, $0) },
            uniquingKeysWith: { first, _ in first })
        for reference in all {
            guard let original = initiatives[reference.original] else {
                issues.add(reference.file, reference.line, reference.column,
                    "reprint_of: \(reference.original) is not an initiative of this plan; name the original's code as "
                        + "`plandb show` prints it (e.g. `reprint_of: 6-3-1-1-1`), or write `reprint_of: \(SeedReprintOrigin.outsideKeyword)` "
                        + "when the original is printed outside these seeds")
                continue
            }
            if original.isReprint {
                let hint: String
                if case .initiative(let first)? = original.reprintOf, first != reference.reprint {
                    hint = "name its original instead: `reprint_of: \(first)`"
                } else {
                    hint = "name the initiative printed first, without （再掲）"
                }
                issues.add(reference.file, reference.line, reference.column,
                    "reprint_of: \(reference.original) is itself a reprint （再掲）, which is never evaluated; \(hint)")
            }
        }
    }
}
