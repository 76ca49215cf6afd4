import ArgumentParser
import PlanCore

struct MigrateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate",
        abstract: Message.helpMigrateAbstract.text(),
        subcommands: [Status.self, Up.self])

    struct Status: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "status", abstract: Message.helpMigrateStatusAbstract.text())

        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: FormatOptions

        func run() throws {
            let store = try PlanDatabase.open(path: global.databasePath, access: .read)
            let states = try Migrator.embedded().status(store.connection)
            Console.rows(
                ["version", "name", "state", "applied_at"],
                states.map { [.integer(Int64($0.version)), .text($0.name), .text(output.forPeople ? Message.migrationState($0.state).text() : $0.state.rawValue), $0.appliedAt.map { .text($0) } ?? .null] },
                format: output, headings: Message.migrateStatusHeadings)
        }
    }

    struct Up: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "up", abstract: Message.helpMigrateUpAbstract.text())

        @OptionGroup var global: GlobalOptions

        func run() throws {
            let store = try PlanDatabase.open(path: global.databasePath, access: .write)
            let applied = try Migrator.embedded().migrate(store.connection)
            if applied.isEmpty { Console.line(Message.migrateUpToDate(global.databasePath)) }
            for migration in applied { Console.line(Message.migrateApplied(migration.fileName)) }
        }
    }
}
