import ArgumentParser
import Foundation

/// Options every command shares.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The plan database file (default: $PLANDB_DB, else ./plan.db).", valueName: "path"))
    var db: String?

    /// --db, then $PLANDB_DB, then ./plan.db.
    var databasePath: String {
        if let db, !db.isEmpty { return db }
        if let env = ProcessInfo.processInfo.environment["PLANDB_DB"], !env.isEmpty { return env }
        return "plan.db"
    }
}
