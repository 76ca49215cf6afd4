import SQLiteDB

/// `plandb plan list`: the plans a file holds, with their period, coordinator and size.
public enum PlanList {
    public static let columns = ["plan_code", "name", "municipality", "start_year", "end_year", "coordinator", "policies", "initiatives", "indicators"]

    public static func rows(_ store: PlanDatabase) throws -> [[Value]] {
        try store.connection.rows("""
            SELECT v.plan_code, v.name, v.municipality, v.start_year, v.end_year, v.coordinator,
                   (SELECT count(*) FROM v_policies p WHERE p.plan_code = v.plan_code) AS policies,
                   (SELECT count(*) FROM v_initiatives i WHERE i.plan_code = v.plan_code) AS initiatives,
                   (SELECT count(*) FROM v_indicators i WHERE i.plan_code = v.plan_code) AS indicators
            FROM v_plans v ORDER BY v.start_year, v.plan_code
            """).map(\.values)
    }
}
