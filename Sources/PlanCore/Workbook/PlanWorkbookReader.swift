/// Reads the plan workbook (施策体系ワークブック) into the plan model. Placeholder until the reader lands.
struct PlanWorkbookReader {
    let path: String

    func read() throws -> SeedPlan {
        throw SeedValidationError(issues: [SeedIssue(file: path, line: 0, column: 0, message: .seedFileEmpty)])
    }
}
