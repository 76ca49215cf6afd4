/// The plan as the seed files describe it, validated and with every stable code worked out.
public struct SeedPlan: Sendable, Equatable {
    public var code: String
    public var name: String
    public var municipality: String
    public var startYear: Int
    public var endYear: Int
    public var defaultBaselineYear: Int
    public var coordinator: String
    public var departments: [SeedDepartment]
    public var outlines: [SeedOutline]
    public var grades: [SeedTerm]
    public var nextDirections: [SeedTerm]
    public var sdgGoals: [SeedSDGGoal]
    public var policies: [SeedPolicy]
}

public struct SeedDepartment: Sendable, Equatable {
    public var name: String
    /// "department", or "group" for a printed collective such as 全課等.
    public var kind: String
}

public struct SeedOutline: Sendable, Equatable {
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
    public var no: Int
    public var code: String
    public var title: String
    public var text: String
    public var isPriority: Bool
    public var initiatives: [SeedInitiative]
}

public struct SeedInitiative: Sendable, Equatable {
    public var position: Int
    public var code: String
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
    public var no: Int
    public var code: String
    public var measureNo: Int
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
    public static let phases = ["体制", "計画", "実行", "見直し"]
    public static let directions = ["increase", "decrease", "maintain", "at_most"]
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
        self.priorities = directions.filter(\.isPriority).count
        self.initiatives = initiatives.count
        self.reprints = initiatives.filter(\.isReprint).count
        self.actions = initiatives.flatMap(\.actions).count
        self.indicators = indicators.count
        self.kpis = indicators.filter(\.isKPI).count
        self.relatedPlans = plan.policies.flatMap(\.relatedPlans).count
    }

    public var description: String { Message.seedCounts(self).text() }
}
