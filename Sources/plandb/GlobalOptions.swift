import ArgumentParser
import Foundation
import PlanCore

/// Options every command shares.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(Message.helpOptionDatabase.text(), valueName: "path"))
    var db: String?

    /// --db, then $PLANDB_DB, then ./plan.db.
    var databasePath: String {
        if let db, !db.isEmpty { return db }
        if let env = ProcessInfo.processInfo.environment["PLANDB_DB"], !env.isEmpty { return env }
        return "plan.db"
    }
}

extension GlobalOptions {
    /// The database at `databasePath`, checked to be current, and the plan in it.
    func openPlan(_ access: PlanDatabase.Access) throws -> (store: PlanDatabase, plan: PlanRef) {
        try PlanDatabase.openPlan(path: databasePath, access: access)
    }
}
