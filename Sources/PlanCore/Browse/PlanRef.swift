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

    /// The only plan in the file; with several, the one whose period holds this year, else the newest.
    public static func current(_ store: PlanDatabase, year: Int = Calendar(identifier: .gregorian).component(.year, from: Date())) throws -> PlanRef {
        let rows = try store.connection.rows("""
            SELECT p.plan_id, p.code, p.name, p.municipality, p.start_year, p.end_year, d.name AS coordinator
            FROM plans p JOIN departments d ON d.dept_id = p.coordinator_dept_id ORDER BY p.start_year DESC
            """)
        let plans = rows.map {
            PlanRef(
                id: $0.int64("plan_id") ?? 0, code: $0.string("code") ?? "", name: $0.string("name") ?? "",
                municipality: $0.string("municipality") ?? "", startYear: $0.int("start_year") ?? 0,
                endYear: $0.int("end_year") ?? 0, coordinator: $0.string("coordinator") ?? "")
        }
        guard let newest = plans.first else {
            throw PlanError(.noPlanLoaded(store.path), advice: .noPlanLoadedAdvice)
        }
        let chosen = plans.first { ($0.startYear...$0.endYear).contains(year) } ?? newest
        return try chosen.withGrades(store)
    }

    init(id: Int64, code: String, name: String, municipality: String, startYear: Int, endYear: Int, coordinator: String, grades: [String] = []) {
        self.id = id
        self.code = code
        self.name = name
        self.municipality = municipality
        self.startYear = startYear
        self.endYear = endYear
        self.coordinator = coordinator
        self.grades = grades
    }

    func withGrades(_ store: PlanDatabase) throws -> PlanRef {
        let grades = try Vocabularies(store, plan: self).grades().map(\.grade)
        return PlanRef(id: id, code: code, name: name, municipality: municipality, startYear: startYear, endYear: endYear, coordinator: coordinator, grades: grades)
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
    /// Opens a plandb file whose schema is current and finds the plan to work on: what nearly
    /// every command starts with.
    public static func openPlan(path: String, access: Access) throws -> (store: PlanDatabase, plan: PlanRef) {
        let store = try open(path: path, access: access)
        try store.requireCurrentSchema(try Migrator.embedded())
        return (store, try PlanRef.current(store))
    }
}
