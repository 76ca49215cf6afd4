import ArgumentParser
import PlanCore

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create or migrate the database (idempotent).")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let path = global.databasePath
        let result = try Maintenance.initialize(path: path, migrator: try Migrator.embedded())
        if result.created {
            Console.line("created \(path)")
        }
        if result.applied.isEmpty {
            Console.line("\(path) is up to date: nothing to do")
        } else {
            for migration in result.applied { Console.line("applied \(migration.fileName)") }
        }
        Console.line("next: `plandb migrate status` shows the schema; `plandb check` checks the file")
    }
}
