import SQLiteDB

/// The plan's items already in the database, by kind and code, and how to write the seeds' items
/// over them: matched by code (or by 旧コード), never by position, so an item keeps its row and
/// with it every evaluation, whatever moved around it.
struct PlanItems {
    enum Kind: CaseIterable {
        case policy, measure, direction, initiative, indicator

        var table: String {
            switch self {
            case .policy: return "policies"
            case .measure: return "measures"
            case .direction: return "directions"
            case .initiative: return "initiatives"
            case .indicator: return "indicators"
            }
        }
        var id: String {
            switch self {
            case .policy: return "policy_id"
            case .measure: return "measure_id"
            case .direction: return "direction_id"
            case .initiative: return "initiative_id"
            case .indicator: return "indicator_id"
            }
        }
        /// The parent and the position among its siblings, unique together (nil: not unique).
        var slot: (parent: String, order: String)? {
            switch self {
            case .policy: return nil
            case .measure: return ("policy_id", "no")
            case .direction: return ("measure_id", "no")
            case .initiative: return ("direction_id", "position")
            case .indicator: return ("policy_id", "position")
            }
        }
        /// This plan's rows (plan_id bound to :plan).
        var scope: String {
            switch self {
            case .policy: return "SELECT policy_id FROM policies WHERE plan_id = :plan"
            case .measure: return "SELECT m.measure_id FROM measures m JOIN policies p USING (policy_id) WHERE p.plan_id = :plan"
            case .direction:
                return "SELECT d.direction_id FROM directions d JOIN measures m USING (measure_id) JOIN policies p USING (policy_id) WHERE p.plan_id = :plan"
            case .initiative:
                return """
                    SELECT i.initiative_id FROM initiatives i JOIN directions d USING (direction_id) JOIN measures m USING (measure_id)
                    JOIN policies p USING (policy_id) WHERE p.plan_id = :plan
                    """
            case .indicator: return "SELECT i.indicator_id FROM indicators i JOIN policies p USING (policy_id) WHERE p.plan_id = :plan"
            }
        }
    }

    let db: Database
    let planID: Int64
    private var ids: [Kind: [String: Int64]] = [:]
    /// Rows whose (parent, position) the import will change or that it will delete.
    private var moving: [Kind: [Int64]] = [:]
    private let wanted: [Kind: [String: Slot]]
    private let renamed: [String: String]

    init(db: Database, planID: Int64, plan: SeedPlan) throws {
        self.db = db
        self.planID = planID
        renamed = Dictionary(SeedCodes(plan).renumbered.map { ($0.new, $0.old) }, uniquingKeysWith: { first, _ in first })
        wanted = Self.slots(plan)
        for kind in Kind.allCases {
            var byCode: [String: Int64] = [:]
            let slotColumns = kind.slot.map { ", \($0.parent) AS parent, \($0.order) AS slot" } ?? ""
            let rows = try db.rows("SELECT \(kind.id) AS id, code\(slotColumns) FROM \(kind.table) WHERE \(kind.id) IN (\(kind.scope))", named: ["plan": planID])
            var current: [String: (Int64?, Int?)] = [:]
            var idOf: [String: Int64] = [:]
            for row in rows {
                let code = row.string("code") ?? ""
                byCode[code] = row.int64("id")
                idOf[code] = row.int64("id")
                current[code] = (row.int64("parent"), row.int("slot"))
            }
            ids[kind] = byCode
            guard kind.slot != nil else { continue }
            // A row moves when the seeds give it another position or parent, or drop it. Parents
            // are compared by code (the parent's row is the same row whatever happens above it).
            let renamedFrom = Dictionary(renamed.map { ($0.value, $0.key) }, uniquingKeysWith: { first, _ in first })
            let parentCodes = try Self.parentCodes(db, kind: kind, planID: planID)
            for (code, id) in idOf {
                let target = wanted[kind]?[code] ?? renamedFrom[code].flatMap { wanted[kind]?[$0] }
                if target == nil || target?.order != current[code]?.1 || target?.parentCode != parentCodes[id] {
                    moving[kind, default: []].append(id)
                }
            }
        }
    }

    /// Moves every row that will change place out of the way first, so that rows can take each
    /// other's positions in any order without breaking UNIQUE (parent, position).
    func freeSlots() throws {
        for (kind, rows) in moving where !rows.isEmpty {
            guard let slot = kind.slot else { continue }
            try db.execute(
                "UPDATE \(kind.table) SET \(slot.order) = \(slot.order) + 1000000 WHERE \(kind.id) IN (SELECT value FROM json_each(?))",
                [jsonArray(rows.map(String.init))])
        }
    }

    /// Updates the row with this code (or this 旧コード) where a field differs, or inserts it; returns its id.
    mutating func write(_ kind: Kind, code: String, oldCode: String? = nil, fields: [String: ValueConvertible?]) throws -> Int64 {
        let names = fields.keys.sorted()
        if let id = ids[kind]?[code] ?? oldCode.flatMap({ ids[kind]?[$0] }) {
            var all = fields
            all["code"] = code
            let columns = all.keys.sorted()
            all["row_id"] = id
            try db.execute("""
                UPDATE \(kind.table) SET \(columns.map { "\($0) = :\($0)" }.joined(separator: ", "))
                WHERE \(kind.id) = :row_id AND (\(columns.map { "\($0) IS NOT :\($0)" }.joined(separator: " OR ")))
                """, named: all)
            ids[kind]?[code] = id
            return id
        }
        let columns = ["code"] + names
        var all = fields
        all["code"] = code
        try db.execute(
            "INSERT INTO \(kind.table) (\(columns.joined(separator: ", "))) VALUES (\(columns.map { ":" + $0 }.joined(separator: ", ")))",
            named: all)
        let id = db.lastInsertRowID
        ids[kind, default: [:]][code] = id
        return id
    }

    /// Where a seed item goes: its position among its siblings and its parent's code.
    struct Slot: Equatable {
        let order: Int
        let parentCode: String
    }

    private static func slots(_ plan: SeedPlan) -> [Kind: [String: Slot]] {
        var out: [Kind: [String: Slot]] = [:]
        for policy in plan.policies {
            for measure in policy.measures {
                out[.measure, default: [:]][measure.code] = Slot(order: measure.no, parentCode: policy.code)
                for direction in measure.directions {
                    out[.direction, default: [:]][direction.code] = Slot(order: direction.no, parentCode: measure.code)
                    for initiative in direction.initiatives {
                        out[.initiative, default: [:]][initiative.code] = Slot(order: initiative.position, parentCode: direction.code)
                    }
                }
            }
            for indicator in policy.indicators {
                out[.indicator, default: [:]][indicator.code] = Slot(order: indicator.no, parentCode: policy.code)
            }
        }
        return out
    }

    /// The code of each row's parent, by the row's id.
    private static func parentCodes(_ db: Database, kind: Kind, planID: Int64) throws -> [Int64: String] {
        guard let slot = kind.slot else { return [:] }
        let parentTable: Kind = kind == .measure || kind == .indicator ? .policy : kind == .direction ? .measure : .direction
        let rows = try db.rows("""
            SELECT c.\(kind.id) AS id, p.code FROM \(kind.table) c JOIN \(parentTable.table) p ON p.\(parentTable.id) = c.\(slot.parent)
            WHERE c.\(kind.id) IN (\(kind.scope))
            """, named: ["plan": planID])
        var out: [Int64: String] = [:]
        for row in rows { if let id = row.int64("id") { out[id] = row.string("code") } }
        return out
    }
}
