import ArgumentParser
import Foundation
import PlanCore

/// Options every command shares.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(Message.helpOptionDatabase.text(), valueName: "path"))
    var db: String?

    @Option(name: .long, help: ArgumentHelp(Message.helpOptionPlan.text(), valueName: "code"))
    var plan: String?

    /// --plan, then $PLANDB_PLAN; nil lets the year choose (DESIGN.md, "Several plans in one file").
    var planCode: String? {
        if let plan, !plan.isEmpty { return plan }
        if let env = ProcessInfo.processInfo.environment["PLANDB_PLAN"], !env.isEmpty { return env }
        return nil
    }

    /// --db, then $PLANDB_DB, then ./plan.db.
    var databasePath: String {
        if let db, !db.isEmpty { return db }
        if let env = ProcessInfo.processInfo.environment["PLANDB_DB"], !env.isEmpty { return env }
        return "plan.db"
    }
}

extension GlobalOptions {
    /// The database at `databasePath`, checked to be current, for what belongs to no one plan
    /// (accounts, departments, the list of plans).
    func openDatabase(_ access: PlanDatabase.Access) throws -> PlanDatabase {
        let store = try PlanDatabase.open(path: databasePath, access: access)
        try store.requireCurrentSchema(try Migrator.embedded())
        return store
    }

    /// The database at `databasePath`, checked to be current, and the plan to work on: --plan,
    /// else the plan whose period holds `year` (the command's own year), else the current fiscal year's.
    func openPlan(_ access: PlanDatabase.Access, year: Int? = nil, declaredPlan: String? = nil) throws -> (store: PlanDatabase, plan: PlanRef) {
        try PlanDatabase.openPlan(path: databasePath, access: access, plan: planCode, year: year, declared: declaredPlan)
    }
}
