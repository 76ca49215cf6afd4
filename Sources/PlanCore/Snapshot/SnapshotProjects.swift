import SQLiteDB

/// The 事務事業 of a frozen year and what each policy and 主な取組 cost (DESIGN.md "事務事業 and
/// their cost"), read back from snapshot_projects, snapshot_project_links and snapshot_costs for
/// every export. A town has hundreds to a few thousand projects, so they are read whole.
public struct SnapshotProjects: Sendable {
    public struct Project: Sendable {
        public let code, name, dept: String
        public let budget, settled, specificRevenue, personnelCost, projectCost, fullCost, generalRevenue: Int64?
        /// `settled` (決算) or `budget` (予算): what 事業費 was taken from.
        public let basis: String?
        /// 人工 per staff kind: (kind, person-years as recorded `1.10`, rate in 千円).
        public let staff: [(kind: String, personYears: String, rate: Int64?)]
        public let grade, nextDirection, result, challenge: String?
        /// The 主な取組 it serves, with the share in hundredths of a percent.
        public var links: [(initiative: String, shareBP: Int64)] = []

        /// `決算` or `予算`, as the reports print the basis.
        public var basisLabel: String? {
            switch basis {
            case "settled": return "決算"
            case "budget": return "予算"
            default: return nil
            }
        }

        /// `6-1-1-1-1（60%）、6-4-1-1-1（40%）`.
        public var linksLabel: String {
            links.map { "\($0.initiative)（\(FixedPoint.percentText($0.shareBP))%）" }.joined(separator: "、")
        }

        /// `正職員 1.10、会計年度任用職員 0.50`.
        public var staffLabel: String {
            staff.map { "\($0.kind) \($0.personYears)" }.joined(separator: "、")
        }
    }

    /// A policy's or a 主な取組's cost in the year (千円).
    public struct Cost: Sendable {
        public let level, code: String
        public let budget, settled, personnelCost, fullCost, generalRevenue: Int64?
        public let projects: Int
    }

    public var projects: [Project] = []
    public var costs: [Cost] = []

    public var isEmpty: Bool { projects.isEmpty && costs.isEmpty }

    public func cost(policy code: String) -> Cost? { costs.first { $0.level == "policy" && $0.code == code } }

    /// The projects serving a 主な取組, in the list's order.
    public func projects(serving initiative: String) -> [Project] {
        projects.filter { $0.links.contains { $0.initiative == initiative } }
    }

    static func load(_ db: Database, snapshotID: Int64) throws -> SnapshotProjects {
        func rows(_ table: String) throws -> [Row] { try db.rows("SELECT * FROM \(table) WHERE snapshot_id = ? ORDER BY seq", [snapshotID]) }
        return SnapshotProjects(projects: try rows("snapshot_projects"), links: try rows("snapshot_project_links"), costs: try rows("snapshot_costs"))
    }

    /// From rows named as the snapshot tables' columns: the frozen rows, or the live rows a
    /// snapshot would freeze (SnapshotContent's queries).
    init(projects projectRows: [Row], links linkRows: [Row], costs costRows: [Row]) {
        var links: [String: [(initiative: String, shareBP: Int64)]] = [:]
        for row in linkRows {
            links[row.string("project_code") ?? "", default: []].append((row.string("initiative_code") ?? "", row.int64("share_bp") ?? 0))
        }
        projects = projectRows.map { row in
            let code = row.string("project_code") ?? ""
            var project = Project(
                code: code, name: row.string("name") ?? "", dept: row.string("dept") ?? "",
                budget: row.int64("budget"), settled: row.int64("settled"), specificRevenue: row.int64("specific_revenue"),
                personnelCost: row.int64("personnel_cost"), projectCost: row.int64("project_cost"), fullCost: row.int64("full_cost"),
                generalRevenue: row.int64("general_revenue"), basis: row.string("basis"), staff: Self.staffLines(row.string("staff")),
                grade: row.string("grade"), nextDirection: row.string("next_direction"), result: row.string("result_text"),
                challenge: row.string("challenge_text"))
            project.links = links[code] ?? []
            return project
        }
        costs = costRows.map { row in
            Cost(level: row.string("level") ?? "", code: row.string("code") ?? "", budget: row.int64("budget"), settled: row.int64("settled"),
                 personnelCost: row.int64("personnel_cost"), fullCost: row.int64("full_cost"), generalRevenue: row.int64("general_revenue"),
                 projects: row.int("projects") ?? 0)
        }
    }

    public init() {}

    /// The `staff` column: a "kind:person-years:rate" line per kind.
    static func staffLines(_ text: String?) -> [(kind: String, personYears: String, rate: Int64?)] {
        guard let text, !text.isEmpty else { return [] }
        return text.split(separator: "\n").map { line in
            // The kind may hold a colon; the last two fields never do.
            let parts = line.split(separator: ":", omittingEmptySubsequences: false)
            let rate = parts.count >= 3 ? Int64(parts[parts.count - 1]) : nil
            let years = parts.count >= 3 ? String(parts[parts.count - 2]) : ""
            let kind = parts.count >= 3 ? parts[..<(parts.count - 2)].joined(separator: ":") : String(line)
            return (kind, years, rate)
        }
    }

    /// 12345 → `12,345`: amounts in 千円 as the reports print them, by the rule of every
    /// printed figure (FigureText).
    public static func amount(_ value: Int64?) -> String {
        value.map { FigureText.recorded(String($0)) } ?? "—"
    }
}
