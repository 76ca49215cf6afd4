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
                    .seedReprintUnknown(reference.original, outside: SeedReprintOrigin.outsideKeyword))
                continue
            }
            if original.isReprint {
                let message: Message
                if case .initiative(let first)? = original.reprintOf, first != reference.reprint {
                    message = .seedReprintOfReprint(reference.original, first: first)
                } else {
                    message = .seedReprintOfReprintNoOrigin(reference.original)
                }
                issues.add(reference.file, reference.line, reference.column, message)
            }
        }
    }
}
