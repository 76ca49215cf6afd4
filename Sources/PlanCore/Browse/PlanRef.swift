import Foundation
import SQLiteDB

/// The plan a command works on.
public struct PlanRef: Sendable, Equatable {
    public let id: Int64
    public let code: String
    public let name: String
    public let municipality: String
    public let startYear: Int
    public let endYear: Int
    public let coordinator: String
    /// The plan's own grades, in its order (A–D for 香取市; S–D, ◎○△ … elsewhere).
    public let grades: [String]
    /// The heading the plan prints above a policy's vision (香取市: 5年後の目指す姿).
    public let visionLabel: String

    /// Refuses a file that holds no plan yet, saying how to load one.
    public static func requireAny(_ store: PlanDatabase) throws {
        if try all(store).isEmpty { throw PlanError(.noPlanLoaded(store.path), advice: .noPlanLoadedAdvice) }
    }

    /// Stands in for a plan where one must be shown and the file holds none (never written).
    public static let placeholder = PlanRef(id: 0, code: "", name: "", municipality: "", startYear: 2000, endYear: 2000, coordinator: "")

    /// The plan chosen without --plan or a year: the current fiscal year's, or the only one.
    public static func current(_ store: PlanDatabase) throws -> PlanRef { try choose(store) }

    /// Every plan in the file, oldest first.
    public static func all(_ store: PlanDatabase) throws -> [PlanRef] {
        try store.connection.rows("""
            SELECT p.*, d.name AS coordinator
            FROM plans p JOIN departments d ON d.dept_id = p.coordinator_dept_id ORDER BY p.start_year, p.code
            """).map {
            PlanRef(
                id: $0.int64("plan_id") ?? 0, code: $0.string("code") ?? "", name: $0.string("name") ?? "",
                municipality: $0.string("municipality") ?? "", startYear: $0.int("start_year") ?? 0,
                endYear: $0.int("end_year") ?? 0, coordinator: $0.string("coordinator") ?? "",
                // A file not yet migrated to 0014 has no vision_label column.
                visionLabel: $0.string("vision_label") ?? SeedPlan.defaultVisionLabel)
        }
    }

    /// The plan a command works on (DESIGN.md, "Several plans in one file"): the one named by
    /// `code` (--plan, PLANDB_PLAN); else the one whose period holds `year` (the year the command
    /// is given, or else the current fiscal year: January 2028 is still fiscal 2027); else the
    /// only plan. When that still leaves two, or names none, the refusal lists the plans.
    public static func choose(_ store: PlanDatabase, code: String? = nil, year: Int? = nil, clock: PlanClock = .current) throws -> PlanRef {
        let plans = try all(store)
        guard !plans.isEmpty else { throw PlanError(.noPlanLoaded(store.path), advice: .noPlanLoadedAdvice) }
        let label = { (plan: PlanRef) in "\(plan.code)（\(plan.municipality) \(plan.name) \(plan.startYear)–\(plan.endYear)）" }
        let listed = plans.map(label)
        if let code, !code.isEmpty {
            guard let plan = plans.first(where: { $0.code == SeedCode.halfWidth(code) }) else {
                throw PlanError(.planUnknown(code, plans: listed), advice: .planChooseAdvice)
            }
            return try plan.withGrades(store)
        }
        let explicitYear = year != nil
        let target = year ?? clock.fiscalYear
        let holding = plans.filter { ($0.startYear...$0.endYear).contains(target) }
        if holding.count == 1 { return try holding[0].withGrades(store) }
        if plans.count == 1 { return try plans[0].withGrades(store) }
        if holding.isEmpty {
            throw PlanError(explicitYear ? .planNoneForYear(target, plans: listed) : .planNoneForToday(target, plans: listed), advice: .planChooseAdvice)
        }
        throw PlanError(.planAmbiguous(target, plans: holding.map(label)), advice: .planChooseAdvice)
    }

    init(
        id: Int64, code: String, name: String, municipality: String, startYear: Int, endYear: Int, coordinator: String,
        grades: [String] = [], visionLabel: String = SeedPlan.defaultVisionLabel
    ) {
        self.id = id
        self.code = code
        self.name = name
        self.municipality = municipality
        self.startYear = startYear
        self.endYear = endYear
        self.coordinator = coordinator
        self.grades = grades
        self.visionLabel = visionLabel
    }

    func withGrades(_ store: PlanDatabase) throws -> PlanRef {
        // A file not yet migrated to per-plan vocabularies (0014) has only the shared grades.
        let perPlan = try store.connection.scalar("SELECT count(*) FROM sqlite_schema WHERE name = 'plan_grades'").int64 == 1
        let grades = perPlan
            ? try Vocabularies(store, plan: self).grades().map(\.grade)
            : try store.connection.rows("SELECT grade FROM grades ORDER BY seq").compactMap { $0.string("grade") }
        return PlanRef(
            id: id, code: code, name: name, municipality: municipality, startYear: startYear, endYear: endYear, coordinator: coordinator,
            grades: grades, visionLabel: visionLabel)
    }

    /// The plan's grades, then any other grade `counts` holds (one frozen before the plan changed them).
    public func gradeOrder(_ counts: [String: Int]) -> [String] {
        grades + counts.keys.filter { !grades.contains($0) }.sorted()
    }
}

/// Name matching as DESIGN.md asks: NFKC, so 地域間交流・国際交流 finds 地域間交流･国際交流 and SDGs
/// finds SDGｓ, and case-insensitive for Latin letters.
public enum NameKey {
    public static func normalize(_ text: String) -> String {
        // NFKC folds ･ (U+FF65) into ・ (U+30FB), ｓ into s, ７ into 7 and （ into (.
        text.precomposedStringWithCompatibilityMapping.lowercased().trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

extension PlanDatabase {
    /// Opens a plandb file whose schema is current and finds the plan to work on (see
    /// `PlanRef.choose`): what nearly every command starts with.
    /// `declared`: the plan a file being imported says it was made for (an entry workbook),
    /// taken when the file holds that plan and nothing else names one; otherwise the import
    /// itself refuses the file by name.
    public static func openPlan(
        path: String, access: Access, plan code: String? = nil, year: Int? = nil, declared: String? = nil
    ) throws -> (store: PlanDatabase, plan: PlanRef) {
        let store = try open(path: path, access: access)
        try store.requireCurrentSchema(try Migrator.embedded())
        let held = code == nil ? declared.flatMap { declared in try? PlanRef.all(store).first { $0.code == declared }?.code } : nil
        return (store, try PlanRef.choose(store, code: code ?? held, year: year))
    }
}
