/// The plan as either form of the seeds describes it (a YAML folder or the plan workbook),
/// validated. Every stable code is written in the seeds, never worked out from a position: an
/// item is its code, so rows inserted or moved around it never renumber it.
public struct SeedPlan: Sendable, Equatable {
    public var origin: SeedOrigin = .none
    public var code: String
    public var name: String
    public var municipality: String
    /// 全国地方公共団体コード (6 digits with its check digit), when the plan gives it.
    public var municipalityCode: String?
    public var startYear: Int
    public var endYear: Int
    public var defaultBaselineYear: Int
    public var coordinator: String
    /// 予算担当課: the department that imports budget figures, when the plan names one.
    public var budgetDept: String?
    /// The heading the plan prints above each policy's vision (香取市: 5年後の目指す姿).
    public var visionLabel: String = SeedPlan.defaultVisionLabel
    public var departments: [SeedDepartment]
    public var outlines: [SeedOutline]
    /// The plan's own vocabularies: its grades (S, A–E, ◎○△ …), 今後の方向性 and the phases of
    /// its initiatives' 内容 (体制・計画・実行・見直し for 香取市).
    public var grades: [SeedTerm]
    public var nextDirections: [SeedTerm]
    public var phases: [String]
    public var sdgGoals: [SeedSDGGoal]
    public var policies: [SeedPolicy]

    public init(
        code: String = "", name: String = "", municipality: String = "", municipalityCode: String? = nil, startYear: Int = 0,
        endYear: Int = 0, defaultBaselineYear: Int = 0, coordinator: String = "", budgetDept: String? = nil,
        departments: [SeedDepartment] = [], outlines: [SeedOutline] = [], grades: [SeedTerm] = [], nextDirections: [SeedTerm] = [],
        phases: [String] = [], sdgGoals: [SeedSDGGoal] = [], policies: [SeedPolicy] = []
    ) {
        self.code = code
        self.name = name
        self.municipality = municipality
        self.municipalityCode = municipalityCode
        self.startYear = startYear
        self.endYear = endYear
        self.defaultBaselineYear = defaultBaselineYear
        self.coordinator = coordinator
        self.budgetDept = budgetDept
        self.departments = departments
        self.outlines = outlines
        self.grades = grades
        self.nextDirections = nextDirections
        self.phases = phases
        self.sdgGoals = sdgGoals
        self.policies = policies
    }
}

/// Where a seed item was read, for messages: a YAML file position or a workbook cell. It is not
/// part of the plan's content, so two plans read from the two forms compare equal.
public struct SeedOrigin: Sendable, Hashable, Equatable {
    public var file: String
    public var line: Int
    public var column: Int
    /// `指標!F12` for an item read from the plan workbook; nil for YAML.
    public var cell: String?
    /// Where each field of the item was read (`source_dept` → `指標!G12`), when known.
    public var fields: [String: SeedOrigin] = [:]

    public init(file: String, line: Int, column: Int, cell: String? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.cell = cell
    }

    /// `指標!F12`, or `file:line:column` (the form editors jump to).
    public var place: String { cell ?? "\(file):\(line):\(column)" }

    /// Where `field` was read, or the item itself when that is not known.
    public func at(_ field: String) -> SeedOrigin { fields[field] ?? self }

    public static let none = SeedOrigin(file: "", line: 0, column: 0)

    public static func == (_: SeedOrigin, _: SeedOrigin) -> Bool { true }
    public func hash(into hasher: inout Hasher) {}
}

public struct SeedDepartment: Sendable, Equatable {
    public var origin: SeedOrigin = .none
    public var name: String
    /// "department", or "group" for a printed collective such as 全課等.
    public var kind: String
}

public struct SeedOutline: Sendable, Equatable {
    public var origin: SeedOrigin = .none
    public var code: String
    public var section: String
    public var title: String
}

/// A vocabulary entry: a grade (A–D) or a 今後の方向性.
public struct SeedTerm: Sendable, Equatable {
    public var name: String
    public var meaning: String
}

public struct SeedSDGGoal: Sendable, Equatable {
    public var no: Int
    public var label: String
    public var title: String
}

public struct SeedPolicy: Sendable, Equatable {
    public var origin: SeedOrigin = .none
    public var code: String
    public var outlineCode: String
    public var title: String
    public var leadDept: String
    public var relatedDepts: [String]
    public var vision: String
    public var measures: [SeedMeasure]
    public var indicators: [SeedIndicator]
    public var relatedPlans: [SeedRelatedPlan]
}

public struct SeedMeasure: Sendable, Equatable {
    public var origin: SeedOrigin = .none
    /// The position in its policy (1, 2, …), as printed.
    public var no: Int
    public var code: String
    public var title: String
    public var challenges: [SeedChallenge]
    public var directions: [SeedDirection]
}

public struct SeedChallenge: Sendable, Equatable {
    public var no: Int
    public var text: String
}

public struct SeedDirection: Sendable, Equatable {
    public var origin: SeedOrigin = .none
    /// The position in its measure: ① = 1.
    public var no: Int
    public var code: String
    public var title: String
    public var text: String
    public var isPriority: Bool
    public var initiatives: [SeedInitiative]
}

public struct SeedInitiative: Sendable, Equatable {
    public var origin: SeedOrigin = .none
    public var position: Int
    public var code: String
    /// 旧コード: the code this initiative had before a renumbering revision; its evaluations follow it.
    public var oldCode: String?
    public var title: String
    public var isReprint: Bool
    /// What a （再掲） reprints; nil for an original.
    public var reprintOf: SeedReprintOrigin?
    public var actions: [SeedAction]
}

/// Where the original of a （再掲） initiative is printed: `reprint_of: CODE` (an initiative of
/// this plan, which is evaluated for both) or `reprint_of: outside` (a part of the plan these
/// seeds do not hold, where it is evaluated).
public enum SeedReprintOrigin: Sendable, Equatable {
    case initiative(String)
    case outside

    /// The seed keyword for an original outside the loaded plan.
    public static let outsideKeyword = "outside"
}

public struct SeedAction: Sendable, Equatable {
    /// 体制, 計画, 実行 or 見直し.
    public var phase: String
    public var seq: Int
    public var text: String
}

public struct SeedIndicator: Sendable, Equatable {
    public var origin: SeedOrigin = .none
    /// The position in its policy's indicator table.
    public var no: Int
    public var code: String
    public var measureCode: String
    public var name: String
    public var description: String
    public var sourceDept: String
    public var isKPI: Bool
    public var unit: String
    public var direction: String
    public var note: String?
    public var baseline: SeedCell
    public var targets: [SeedCell]
}

/// One printed cell of the indicator table: the text as printed and its number.
public struct SeedCell: Sendable, Equatable {
    public var origin: SeedOrigin = .none
    public var year: Int
    public var text: String
    /// The printed number as a decimal string ("95.10"), nil where the cell prints －.
    public var value: String?
    public var note: String?
}

public struct SeedRelatedPlan: Sendable, Equatable {
    public var name: String
    public var period: String
}

extension SeedPlan {
    /// 香取市's heading of a policy's vision, the default when a plan names none.
    public static let defaultVisionLabel = "5年後の目指す姿"

    /// 香取市's phases, the default when a seed folder's vocabularies list none.
    public static let defaultPhases = ["体制", "計画", "実行", "見直し"]
}

/// How much a seed plan holds, for `seed check` and tests.
public struct SeedCounts: Sendable, Equatable, CustomStringConvertible {
    public let policies, measures, challenges, directions, priorities, initiatives, reprints, actions, indicators, kpis, relatedPlans: Int

    public init(_ plan: SeedPlan) {
        let measures = plan.policies.flatMap(\.measures)
        let directions = measures.flatMap(\.directions)
        let initiatives = directions.flatMap(\.initiatives)
        let indicators = plan.policies.flatMap(\.indicators)
        self.policies = plan.policies.count
        self.measures = measures.count
        self.challenges = measures.flatMap(\.challenges).count
        self.directions = directions.count
        self.priorities = directions.count(where: \.isPriority)
        self.initiatives = initiatives.count
        self.reprints = initiatives.count(where: \.isReprint)
        self.actions = initiatives.flatMap(\.actions).count
        self.indicators = indicators.count
        self.kpis = indicators.count(where: \.isKPI)
        self.relatedPlans = plan.policies.flatMap(\.relatedPlans).count
    }

    public var description: String { Message.seedCounts(self).text() }
}
