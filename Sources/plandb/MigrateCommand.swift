import ArgumentParser
import PlanCore

struct MigrateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate",
        abstract: "Show or apply schema migrations.",
        subcommands: [Status.self, Up.self])

    struct Status: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List applied, pending and modified migrations.")

        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: FormatOptions

        func run() throws {
            let store = try PlanDatabase.open(path: global.databasePath, access: .read)
            let states = try Migrator.embedded().status(store.connection)
            Console.rows(
                ["version", "name", "state", "applied_at"],
                states.map { [.integer(Int64($0.version)), .text($0.name), .text($0.state.rawValue), $0.appliedAt.map { .text($0) } ?? .null] },
                format: output)
        }
    }

    struct Up: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Apply every pending migration, each in its own transaction.")

        @OptionGroup var global: GlobalOptions

        func run() throws {
            let store = try PlanDatabase.open(path: global.databasePath, access: .write)
            let applied = try Migrator.embedded().migrate(store.connection)
            if applied.isEmpty { Console.line("nothing to apply: \(global.databasePath) is up to date") }
            for migration in applied { Console.line("applied \(migration.fileName)") }
        }
    }
}
