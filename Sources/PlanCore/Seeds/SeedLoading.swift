/// Where seeds come from: the copy compiled into the binary, or a folder.
public enum SeedSource: Sendable {
    case embedded
    case folder(String)

    public func reader() throws -> SeedReader {
        switch self {
        case .embedded: return SeedReader.embedded()
        case .folder(let path): return try SeedReader.folder(path)
        }
    }

    /// Reads and validates; every problem is reported at once as one `PlanError`.
    public func plan() throws -> SeedPlan {
        do {
            return try reader().read()
        } catch let error as SeedValidationError {
            throw error.planError
        }
    }
}

extension Maintenance {
    /// `plandb init`: create or migrate, then import the seeds (an unchanged plan is a no-op).
    public static func initialize(path: String, seeds: SeedSource) throws -> InitResult {
        let plan = try seeds.plan()
        let (created, applied) = try initialize(path: path, migrator: try Migrator.embedded())
        let store = try PlanDatabase.open(path: path, access: .write)
        let report = try SeedImporter(store).importPlan(plan)
        return InitResult(created: created, applied: applied, report: report, planName: "\(plan.municipality) \(plan.name)", counts: SeedCounts(plan))
    }
}

/// What `plandb init` did.
public struct InitResult: Sendable {
    public let created: Bool
    public let applied: [Migration]
    public let report: SeedImportReport
    public let planName: String
    public let counts: SeedCounts
}
