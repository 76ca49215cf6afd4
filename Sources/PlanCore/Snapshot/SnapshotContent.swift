import Crypto
import Foundation
import SQLiteDB

/// The rows of one snapshot, table by table, in a fixed order, and the SHA-256 over them. A
/// snapshot is copied from the live views into its tables inside SQLite, then hashed by reading
/// the stored rows back, the same way `snapshot verify` does: the hash a snapshot gets is the
/// one its stored rows give. The header holds what the report prints besides the rows (plan
/// name, coordinator, …), frozen in snapshot_headers.
enum SnapshotContent {
    struct Table {
        let name: String
        let columns: [String]
        /// The live query; `:plan` and `:year` are bound.
        let liveSQL: String
    }

    static let tables: [Table] = [
        Table(
            name: "snapshot_policies",
            columns: ["seq", "policy_code", "title", "lead_dept", "vision", "first_grade", "first_comment", "second_grade", "second_comment"],
            liveSQL: """
                SELECT p.sort_key AS seq, p.policy_code, p.title, p.lead_dept, p.vision,
                       f.grade AS first_grade, f.comment AS first_comment, s.grade AS second_grade, s.comment AS second_comment
                FROM v_policies p
                LEFT JOIN v_policy_evaluations f ON f.policy_code = p.policy_code AND f.plan_code = p.plan_code AND f.fiscal_year = :year AND f.stage = '一次'
                LEFT JOIN v_policy_evaluations s ON s.policy_code = p.policy_code AND s.plan_code = p.plan_code AND s.fiscal_year = :year AND s.stage = '二次'
                WHERE p.plan_code = :plan ORDER BY p.sort_key
                """),
        Table(
            name: "snapshot_indicators",
            columns: ["seq", "indicator_code", "policy_code", "name", "unit", "source_dept", "is_kpi", "direction", "baseline_text", "baseline_value",
                "baseline_year", "targets", "target_text", "target_value", "target_basis", "value_text", "value", "achieved", "progress_pct"],
            liveSQL: """
                SELECT row_number() OVER (ORDER BY p.sort_key, i.position) AS seq, i.indicator_code, i.policy_code, i.name, i.unit,
                       i.source_dept, i.is_kpi, i.direction, i.baseline_text, i.baseline_value, i.baseline_year,
                       coalesce((SELECT group_concat(fiscal_year || ':' || target_text || ':' || ifnull(target_value, ''), char(10))
                                 FROM (SELECT fiscal_year, target_text, target_value FROM v_indicator_targets x
                                       WHERE x.indicator_code = i.indicator_code AND x.plan_code = i.plan_code ORDER BY fiscal_year)), '') AS targets,
                       t.target_text, t.target_value, t.target_basis, r.value_text, r.value, r.achieved, r.progress_pct
                FROM v_indicators i
                JOIN v_policies p ON p.policy_code = i.policy_code AND p.plan_code = i.plan_code
                LEFT JOIN v_indicator_year_targets t ON t.indicator_code = i.indicator_code AND t.plan_code = i.plan_code AND t.fiscal_year = :year
                LEFT JOIN v_indicator_results r ON r.indicator_code = i.indicator_code AND r.plan_code = i.plan_code AND r.fiscal_year = :year
                WHERE i.plan_code = :plan ORDER BY seq
                """),
        Table(
            name: "snapshot_initiatives",
            columns: ["seq", "initiative_code", "policy_code", "direction_code", "direction_title", "is_priority", "title", "is_reprint",
                "grade", "next_direction", "result_text", "challenge_text"],
            liveSQL: """
                SELECT row_number() OVER (ORDER BY p.sort_key, m.no, d.no, i.position) AS seq, i.initiative_code, i.policy_code,
                       i.direction_code, d.title AS direction_title, d.is_priority, i.title, i.is_reprint,
                       e.grade, e.next_direction, e.result_text, e.challenge_text
                FROM v_initiatives i
                JOIN v_directions d ON d.direction_code = i.direction_code AND d.plan_code = i.plan_code
                JOIN v_measures m ON m.measure_code = d.measure_code AND m.plan_code = d.plan_code
                JOIN v_policies p ON p.policy_code = i.policy_code AND p.plan_code = i.plan_code
                -- A reprint （再掲） shows its original's evaluation; one printed outside the plan shows none.
                LEFT JOIN v_initiative_evaluations e ON e.initiative_code = CASE WHEN i.is_reprint = 1 THEN i.reprint_of ELSE i.initiative_code END
                  AND e.plan_code = i.plan_code AND e.fiscal_year = :year
                WHERE i.plan_code = :plan ORDER BY seq
                """),
        // Where each reprint （再掲） is evaluated, so the report can say so from frozen rows alone.
        // Appended last: a snapshot made before it has no rows here and keeps its hash.
        Table(
            name: "snapshot_reprints",
            columns: ["seq", "initiative_code", "original_code", "original_dept"],
            liveSQL: """
                SELECT row_number() OVER (ORDER BY p.sort_key, m.no, d.no, i.position) AS seq, i.initiative_code,
                       o.initiative_code AS original_code, o.lead_dept AS original_dept
                FROM v_initiatives i
                JOIN v_directions d ON d.direction_code = i.direction_code AND d.plan_code = i.plan_code
                JOIN v_measures m ON m.measure_code = d.measure_code AND m.plan_code = d.plan_code
                JOIN v_policies p ON p.policy_code = i.policy_code AND p.plan_code = i.plan_code
                LEFT JOIN v_initiatives o ON o.initiative_code = i.reprint_of AND o.plan_code = i.plan_code
                WHERE i.plan_code = :plan AND i.is_reprint = 1 ORDER BY seq
                """),
        // 事務事業 (migration 0016), appended after the rest for the same reason.
        Table(
            name: "snapshot_projects",
            columns: ["seq", "project_code", "name", "dept", "start_year", "end_year", "budget", "settled", "specific_revenue", "personnel_cost",
                "project_cost", "full_cost", "general_revenue", "basis", "staff", "grade", "next_direction", "result_text", "challenge_text"],
            liveSQL: """
                SELECT row_number() OVER (ORDER BY p.seq) AS seq, p.project_code, p.name, p.dept, p.start_year, p.end_year,
                       c.budget, c.settled, c.specific_revenue, c.personnel_cost, c.project_cost, c.full_cost, c.general_revenue, c.basis,
                       (SELECT group_concat(s.kind || ':' || printf('%d.%02d', s.person_centi / 100, s.person_centi % 100) || ':' || ifnull(s.rate, ''), char(10))
                        FROM (SELECT * FROM v_project_staff x WHERE x.plan_code = p.plan_code AND x.project_code = p.project_code
                              AND x.fiscal_year = :year ORDER BY x.kind) s) AS staff,
                       e.grade, e.next_direction, e.result_text, e.challenge_text
                FROM v_projects p
                LEFT JOIN v_project_costs c ON c.project_code = p.project_code AND c.plan_code = p.plan_code AND c.fiscal_year = :year
                LEFT JOIN v_project_evaluations e ON e.project_code = p.project_code AND e.plan_code = p.plan_code AND e.fiscal_year = :year
                WHERE p.plan_code = :plan AND \(projectOfTheYear)
                ORDER BY seq
                """),
        Table(
            name: "snapshot_project_links",
            columns: ["seq", "project_code", "initiative_code", "share_bp"],
            liveSQL: """
                SELECT row_number() OVER (ORDER BY p.seq, l.initiative_code) AS seq, l.project_code, l.initiative_code, l.share_bp
                FROM v_project_links l
                JOIN v_projects p ON p.project_code = l.project_code AND p.plan_code = l.plan_code
                LEFT JOIN v_project_costs c ON c.project_code = p.project_code AND c.plan_code = p.plan_code AND c.fiscal_year = :year
                LEFT JOIN v_project_evaluations e ON e.project_code = p.project_code AND e.plan_code = p.plan_code AND e.fiscal_year = :year
                WHERE p.plan_code = :plan AND \(projectOfTheYear)
                ORDER BY seq
                """),
        Table(
            name: "snapshot_costs",
            columns: ["seq", "level", "code", "budget", "settled", "personnel_cost", "full_cost", "general_revenue", "projects"],
            liveSQL: """
                SELECT row_number() OVER (ORDER BY x.level_order, x.sort_key, x.no, x.direction_no, x.position) AS seq,
                       x.level, x.code, x.budget, x.settled, x.personnel_cost, x.full_cost, x.general_revenue, x.projects
                FROM (
                    SELECT 1 AS level_order, 'policy' AS level, c.policy_code AS code, p.sort_key, 0 AS no, 0 AS direction_no, 0 AS position,
                           c.budget, c.settled, c.personnel_cost, c.full_cost, c.general_revenue, c.projects
                    FROM v_policy_costs c JOIN v_policies p ON p.policy_code = c.policy_code AND p.plan_code = c.plan_code
                    WHERE c.plan_code = :plan AND c.fiscal_year = :year
                    UNION ALL
                    SELECT 2, 'initiative', c.initiative_code, p.sort_key, m.no, d.no, i.position,
                           c.budget, c.settled, c.personnel_cost, c.full_cost, c.general_revenue, c.projects
                    FROM v_initiative_costs c
                    JOIN v_initiatives i ON i.initiative_code = c.initiative_code AND i.plan_code = c.plan_code
                    JOIN v_directions d ON d.direction_code = i.direction_code AND d.plan_code = i.plan_code
                    JOIN v_measures m ON m.measure_code = d.measure_code AND m.plan_code = d.plan_code
                    JOIN v_policies p ON p.policy_code = i.policy_code AND p.plan_code = i.plan_code
                    WHERE c.plan_code = :plan AND c.fiscal_year = :year
                ) x
                ORDER BY seq
                """),
        // The plan's 全国地方公共団体コード for open data (migration 0017).
        Table(
            name: "snapshot_identity",
            columns: ["seq", "municipality_code"],
            liveSQL: "SELECT 1 AS seq, municipality_code FROM plans WHERE code = :plan"),
    ]

    /// A project belongs to a frozen year when its 開始年度–終了年度 hold the year (open ends are
    /// the plan's), or when it has figures or an evaluation recorded for the year.
    static let projectOfTheYear = "((\(Projects.runsInYear)) OR c.project_code IS NOT NULL OR e.project_code IS NOT NULL)"

    /// The rows each snapshot table would receive if `year` were frozen now.
    static func liveRows(_ db: Database, plan: PlanRef, year: Int) throws -> [String: [Row]] {
        var rows: [String: [Row]] = [:]
        for table in tables {
            rows[table.name] = try liveStatement(db, table.liveSQL, plan: plan, year: year).allRows()
        }
        return rows
    }

    /// `sql` prepared with the parameters it uses bound (snapshot_reprints does not depend on the year).
    static func liveStatement(_ db: Database, _ sql: String, plan: PlanRef, year: Int) throws -> Statement {
        let statement = try db.prepare(sql)
        for (name, value) in [("plan", Value.text(plan.code)), ("year", .integer(Int64(year)))] where statement.parameterNames.contains(":" + name) {
            try statement.bind(value, named: name)
        }
        return statement
    }

    /// Copies the rows of `year` from the live views into the snapshot tables under `snapshotID`,
    /// inside SQLite: nothing of the year is held in memory, however many rows it has.
    static func copyLive(_ db: Database, plan: PlanRef, year: Int, snapshotID: Int64) throws {
        for table in tables {
            let columns = table.columns.joined(separator: ", ")
            let statement = try liveStatement(
                db, "INSERT INTO \(table.name) (snapshot_id, \(columns)) SELECT :snapshot_id, \(columns) FROM (\(table.liveSQL))", plan: plan, year: year)
            try statement.bind(snapshotID, named: "snapshot_id")
            try statement.run()
        }
    }

    /// The header a stored snapshot was hashed with and the form of its canonical text.
    static func storedHeader(_ db: Database, snapshotID: Int64) throws -> [String: Value] {
        guard let canon = try db.scalar("SELECT canon_version FROM snapshots WHERE snapshot_id = ?", [snapshotID]).int else {
            throw PlanError(.snapshotNoID(snapshotID), advice: .snapshotListAdvice)
        }
        // Version 1 hashed the plan code and the creator's name as the live tables held them;
        // version 2 hashes the header frozen with the snapshot (a missing one reads as NULLs).
        let headSQL = canon == SnapshotCanon.v1.rawValue
            ? """
                SELECT pl.code AS plan_code, s.fiscal_year, s.version, s.created_at, d.name AS created_by, s.note, s.missing
                FROM snapshots s JOIN plans pl USING (plan_id) JOIN departments d ON d.dept_id = s.created_by WHERE s.snapshot_id = ?
                """
            : """
                SELECT h.plan_code, h.plan_name, h.municipality, h.start_year, h.end_year, h.coordinator,
                       s.fiscal_year, s.version, s.created_at, h.created_by, s.note, s.missing, s.canon_version
                FROM snapshots s LEFT JOIN snapshot_headers h USING (snapshot_id) WHERE s.snapshot_id = ?
                """
        var header: [String: Value] = [:]
        if let head = try db.row(headSQL, [snapshotID]) {
            for (name, value) in zip(head.columns, head.values) { header[name] = value }
        }
        return header
    }

    /// The SHA-256 of a stored snapshot's canonical text (see SnapshotCanon), with `header` in
    /// front of the rows stored under `snapshotID`. The rows are read one at a time and the text
    /// is hashed as it is written, so memory does not grow with the snapshot.
    static func sha256(_ db: Database, header: [String: Value], snapshotID: Int64) throws -> String {
        let canon = canon(of: header)
        var hasher = SHA256()
        var text: [UInt8] = []
        text.reserveCapacity(1 << 17)
        func flush() {
            text.withUnsafeBufferPointer { hasher.update(bufferPointer: UnsafeRawBufferPointer($0)) }
            text.removeAll(keepingCapacity: true)
        }
        let keys = header.keys.sorted()
        canon.append("snapshot", columns: keys, values: keys.map { header[$0] ?? .null }, to: &text)
        text.append(0x0A)
        var values: [Value] = []
        for table in tables {
            let statement = try db.prepare(
                "SELECT \(table.columns.joined(separator: ", ")) FROM \(table.name) WHERE snapshot_id = ? ORDER BY seq")
            try statement.bind([snapshotID])
            let count = table.columns.count
            while try statement.step() {
                values.removeAll(keepingCapacity: true)
                for column in 0..<count { values.append(statement.value(at: column)) }
                canon.append(table.name, columns: table.columns, values: values, to: &text)
                text.append(0x0A)
                if text.count >= 1 << 16 { flush() }
            }
        }
        flush()
        return Checksum.hex(hasher.finalize())
    }

    /// The header of a snapshot frozen now: everything its report prints besides the rows.
    static func header(plan: PlanRef, year: Int, version: Int, createdAt: String, createdBy: String, note: String?, missing: Int) -> [String: Value] {
        [
            "plan_code": .text(plan.code), "plan_name": .text(plan.name), "municipality": .text(plan.municipality),
            "start_year": .integer(Int64(plan.startYear)), "end_year": .integer(Int64(plan.endYear)), "coordinator": .text(plan.coordinator),
            "fiscal_year": .integer(Int64(year)), "version": .integer(Int64(version)), "created_at": .text(createdAt),
            "created_by": .text(createdBy), "note": note.map(Value.text) ?? .null, "missing": .integer(Int64(missing)),
            "canon_version": .integer(Int64(SnapshotCanon.current.rawValue)),
        ]
    }

    /// The form the hash was taken in: the header says so from version 2 on.
    static func canon(of header: [String: Value]) -> SnapshotCanon {
        guard let stored = header["canon_version"] else { return .v1 }
        return stored.int.flatMap(SnapshotCanon.init(rawValue:)) ?? .current
    }
}
