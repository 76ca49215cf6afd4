import Foundation

/// Where seeds come from: the copy compiled into the binary, a YAML folder, or a plan workbook.
public enum SeedSource: Sendable {
    case embedded
    case folder(String)
    case workbook(String)

    /// A path given on the command line, told apart by content: a folder of YAML, or a file
    /// (the plan workbook, whatever its name).
    public static func path(_ path: String) -> SeedSource {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue { return .workbook(path) }
        return .folder(path)
    }

    /// Reads and validates; every problem is reported at once as one `PlanError`.
    public func plan() throws -> SeedPlan {
        do {
            switch self {
            case .embedded: return try SeedReader.embedded().read()
            case .folder(let path): return try SeedReader.folder(path).read()
            case .workbook(let path): return try PlanWorkbookReader(path: path).read()
            }
        } catch let error as SeedValidationError {
            throw error.planError
        }
    }
}

extension Maintenance {
    /// `plandb init`: create or migrate, then import the seeds (an unchanged plan is a no-op).
    /// Without seeds of its own (`seeds` nil) it imports the embedded plan only into a file that
    /// holds no plan: never beside or over a town's own plans.
    public static func initialize(path: String, seeds: SeedSource?) throws -> InitResult {
        let plan = try (seeds ?? .embedded).plan()
        let (store, created, applied) = try openMigrated(path: path, migrator: try Migrator.embedded())
        if seeds == nil {
            let held = try store.connection.rows("SELECT code, municipality, name FROM plans ORDER BY start_year, code")
            if !held.isEmpty {
                return InitResult(
                    created: created, applied: applied, report: nil, planName: "", counts: nil,
                    keptPlans: held.map { "\($0.string("code") ?? "")（\($0.string("municipality") ?? "") \($0.string("name") ?? "")）" },
                    firstPolicy: "", coordinator: "")
            }
        }
        let report = try SeedImporter(store).importPlan(plan)
        return InitResult(
            created: created, applied: applied, report: report, planName: "\(plan.municipality) \(plan.name)", counts: SeedCounts(plan),
            keptPlans: [], firstPolicy: plan.policies.first?.code ?? "", coordinator: plan.coordinator)
    }
}

/// What `plandb init` did.
public struct InitResult: Sendable {
    public let created: Bool
    public let applied: [Migration]
    /// nil when the file already held plans and no seeds were given: nothing was imported.
    public let report: SeedImportReport?
    public let planName: String
    public let counts: SeedCounts?
    /// The plans the file already held, when the embedded plan was not imported.
    public let keptPlans: [String]
    /// For the hints: the loaded plan's first policy and its coordinator.
    public let firstPolicy: String
    public let coordinator: String
}
