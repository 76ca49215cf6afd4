import SQLiteDB

/// A plan element found by code or by name.
public struct PlanItem: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        case policy, measure, direction, initiative, indicator
    }
    public let kind: Kind
    public let code: String
    public let name: String
}

/// Resolves what a user typed (a stable code, or a unique part of a name) to one plan item.
public struct PlanLookup {
    let db: Database
    let plan: PlanRef

    public init(_ store: PlanDatabase, plan: PlanRef) {
        self.db = store.connection
        self.plan = plan
    }

    static let itemsSQL = """
        SELECT 'policy' AS kind, policy_code AS code, title AS name FROM v_policies WHERE plan_code = :plan
        UNION ALL SELECT 'measure', measure_code, title FROM v_measures WHERE plan_code = :plan
        UNION ALL SELECT 'direction', direction_code, title FROM v_directions WHERE plan_code = :plan
        UNION ALL SELECT 'initiative', initiative_code, title FROM v_initiatives WHERE plan_code = :plan
        UNION ALL SELECT 'indicator', indicator_code, name FROM v_indicators WHERE plan_code = :plan
        """

    public func allItems(kinds: Set<PlanItem.Kind> = Set(PlanItem.Kind.allCases)) throws -> [PlanItem] {
        try db.rows(Self.itemsSQL, named: ["plan": plan.code]).compactMap { row in
            guard let kind = PlanItem.Kind(rawValue: row.string("kind") ?? ""), kinds.contains(kind) else { return nil }
            return PlanItem(kind: kind, code: row.string("code") ?? "", name: row.string("name") ?? "")
        }
    }

    /// The one item whose code is `query`, or whose normalised name contains it. An unknown or
    /// ambiguous query is an error that lists the candidates.
    public func find(_ query: String, kinds: Set<PlanItem.Kind> = Set(PlanItem.Kind.allCases)) throws -> PlanItem {
        let items = try allItems(kinds: kinds)
        let typed = NameKey.normalize(query)
        let what = Message.itemKinds(kinds.sorted { $0.rawValue < $1.rawValue }, all: kinds.count == PlanItem.Kind.allCases.count)
        guard !typed.isEmpty else { throw PlanError(.noItemNamed(what), advice: .noItemNamedAdvice) }
        if let exact = items.first(where: { $0.code.lowercased() == typed }) { return exact }
        let byName = items.filter { NameKey.normalize($0.name) == typed }
        if byName.count == 1 { return byName[0] }
        // Reprinted initiatives (（再掲）) share a title with the original: prefer one per name.
        let matches = items.filter { NameKey.normalize($0.name).contains(typed) }
        if matches.count == 1 { return matches[0] }
        if matches.isEmpty {
            throw PlanError(.noItemMatches(what, query: query), advice: .noItemMatchesAdvice)
        }
        let listed = matches.prefix(12).map { "  \($0.code)  \($0.name)" }.joined(separator: "\n")
        throw PlanError(
            .itemAmbiguous(query, count: matches.count, listed: listed, more: max(0, matches.count - 12)),
            advice: .itemAmbiguousAdvice)
    }
}
